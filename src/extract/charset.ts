/**
 * Text a client wrote in windows-1252 but labelled ISO-8859-1 (Outlook does, in headers especially): decoded as
 * labelled, its curly quotes and dashes come out as C1 control characters (U+0080–U+009F), which no real text
 * holds. They are read as windows-1252 meant them, as the WHATWG encoding standard reads that label.
 */
import { warmable } from "./patterns.ts";
const WINDOWS_1252: Record<number, string> = {
  0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰", 0x8a: "Š", 0x8b: "‹", 0x8c: "Œ",
  0x8e: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9a: "š", 0x9b: "›",
  0x9c: "œ", 0x9e: "ž", 0x9f: "Ÿ",
};
const C1 = /[\u0080-\u009f]/g;

export function repairC1(text: string): string;
export function repairC1(text: string | null | undefined): string | null | undefined;
export function repairC1(text: string | null | undefined): string | null | undefined {
  if (!text) return text;
  return C1.test(text) ? text.replace(C1, (c) => WINDOWS_1252[c.charCodeAt(0)] ?? " ") : text;
}

// Compiled at start-up (patterns.ts): a first mail that needs one of these does not pay for it.
warmable(C1);
