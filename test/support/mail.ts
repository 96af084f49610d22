/** Test doubles for the Email Workers runtime objects, around real raw bytes. */
import PostalMime, { type Email } from "postal-mime";

export const corpus = import.meta.glob<string>(["../fixtures/corpus/*/message.eml", "../fixtures/extra/*/message.eml"], { query: "?raw", import: "default", eager: true });
export const expectations = import.meta.glob<Record<string, unknown>>(["../fixtures/corpus/*/expected.json", "../fixtures/extra/*/expected.json"], { import: "default", eager: true });

export type CorpusCase = { name: string; raw: string; expected: import("../../scripts/judge.ts").Expected };

export const cases: CorpusCase[] = Object.keys(corpus)
  .sort()
  .map((path) => {
    const name = path.split("/").at(-2)!;
    return { name, raw: corpus[path]!, expected: expectations[path.replace("message.eml", "expected.json")] as never };
  });

export function corpusCase(prefix: string): CorpusCase {
  const c = cases.find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no corpus case ${prefix}`);
  return c;
}

/** workerd keeps the raw MIME of an EmailMessage under this own property. */
export function rawOf(m: EmailMessage): string {
  const raw = (m as unknown as Record<string, unknown>)["EmailMessage::raw"];
  if (typeof raw === "string") return raw;
  throw new Error(`unexpected EmailMessage raw: ${typeof raw}`);
}

function headersOf(raw: string): Headers {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const h = new Headers();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i <= 0) continue;
    // Like the runtime's Headers, this copy holds only what HTTP headers can: the raw bytes keep the rest.
    const value = line.slice(i + 1).trim().replace(/[^\x20-\x7e\t]/g, "?");
    try {
      h.append(line.slice(0, i).trim(), value);
    } catch {
      // a header name no Headers object accepts: the raw message still carries it
    }
  }
  return h;
}

export type Incoming = {
  message: ForwardableEmailMessage;
  replies: string[];
  rejections: string[];
};

export function incoming(raw: string, from: string, to = "followups@assistant.example"): Incoming {
  const bytes = new TextEncoder().encode(raw);
  const replies: string[] = [];
  const rejections: string[] = [];
  const message = {
    from,
    to,
    headers: headersOf(raw),
    raw: new Response(bytes).body!,
    rawSize: bytes.byteLength,
    setReject: (reason: string) => void rejections.push(reason),
    reply: async (m: EmailMessage) => {
      replies.push(rawOf(m));
      return { messageId: "<reply@test>" };
    },
    forward: async () => ({ messageId: "<fwd@test>" }),
  } as unknown as ForwardableEmailMessage;
  return { message, replies, rejections };
}

export function parseMail(raw: string): Promise<Email> {
  return PostalMime.parse(raw);
}

/** A send_email binding that records what it sends, and can be told to fail. */
export function recordingMailer(opts: { failTimes?: number } = {}) {
  const sent: Array<{ from: string; to: string; raw: string }> = [];
  let failures = opts.failTimes ?? 0;
  const mailer = {
    async send(m: EmailMessage) {
      if (failures > 0) {
        failures--;
        throw new Error("send failed (test)");
      }
      sent.push({ from: m.from, to: m.to, raw: rawOf(m) });
      return { messageId: "<sent@test>" };
    },
  } as unknown as SendEmail;
  return { mailer, sent };
}
