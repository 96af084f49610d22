// Types for dev.mjs, which the Node tests import (test/node/worker-start.test.ts).
import type { Email } from "postal-mime";

export const root: string;
export function sampleMail(now: Date, daysAhead?: number): string;
export function startDev(): Promise<{
  base: string;
  persist: string;
  logs: string[];
  stop: () => void;
  email: (raw: string, from: string, to?: string) => Promise<string[]>;
  tick: (ms: number) => Promise<string[]>;
  dueKeys: () => Array<{ name: string }>;
}>;
export function readMail(path: string): Promise<Email>;
export function printMail(mail: Email, heading: string): void;
