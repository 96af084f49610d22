/** Test doubles for the Email Workers runtime objects, around real raw bytes. */
import PostalMime, { type Email } from "postal-mime";
import knownContactMissesJson from "../fixtures/corpus/known-contact-misses.json";
import knownMissesJson from "../fixtures/corpus/known-misses.json";

export const corpus = import.meta.glob<string>(["../fixtures/corpus/*/message.eml", "../fixtures/extra/*/message.eml"], { query: "?raw", import: "default", eager: true });
export const expectations = import.meta.glob<Record<string, unknown>>(["../fixtures/corpus/*/expected.json", "../fixtures/extra/*/expected.json"], { import: "default", eager: true });

export type CorpusCase = { name: string; raw: string; expected: import("../../scripts/judge.ts").Expected };

export const allCases: CorpusCase[] = Object.keys(corpus)
  .sort()
  .map((path) => {
    const name = path.split("/").at(-2)!;
    return { name, raw: corpus[path]!, expected: expectations[path.replace("message.eml", "expected.json")] as never };
  });

/**
 * Cases the extraction still reads wrong, each with the class of format it belongs to: the suite runs every
 * other case everywhere, and test/known-misses.test.ts fails as soon as one of these reads right, so the list
 * only ever shrinks.
 */
export const knownMisses: Record<string, string> = knownMissesJson as Record<string, string>;
export const cases: CorpusCase[] = allCases.filter((c) => !(c.name in knownMisses));
export const missedCases: CorpusCase[] = allCases.filter((c) => c.name in knownMisses);
/** Cases read right but for their contacts (recruiters), which the judge does not score: the same rule. */
export const knownContactMisses: Record<string, string> = knownContactMissesJson as Record<string, string>;

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

/**
 * The platform's rules for message.reply(), as wrangler's local runtime enforces them: the incoming
 * mail must be replyable (not auto-submitted; In-Reply-To and References both or neither, fewer than
 * 100 references; one Message-ID), and the reply's In-Reply-To must be its Message-ID and its
 * References must contain the incoming ones. Throws as the runtime does.
 */
export async function checkReply(incomingRaw: string, replyRaw: string): Promise<void> {
  const inc = await PostalMime.parse(incomingRaw);
  const rep = await PostalMime.parse(replyRaw);
  const head = incomingRaw.split(/\r?\n\r?\n/)[0]!;
  if ((head.match(/^message-id:/gim)?.length ?? 0) > 1) throw new Error("incoming mail has two Message-ID headers");
  const auto = inc.headers.find((h) => h.key === "auto-submitted")?.value.toLowerCase();
  if (auto && auto !== "no") throw new Error("incoming mail is auto-submitted");
  if ((inc.inReplyTo === undefined) !== (inc.references === undefined)) throw new Error("incoming mail is not replyable");
  if ((inc.references?.match(/@/g)?.length ?? 0) >= 100) throw new Error("incoming References has more than 100 entries");
  if (rep.inReplyTo === undefined) throw new Error("no In-Reply-To header found in reply message");
  if (rep.inReplyTo !== inc.messageId) throw new Error("In-Reply-To does not match original Message-ID");
  if (rep.references !== undefined && !(rep.references.includes(inc.messageId!) && rep.references.includes(inc.references ?? ""))) {
    throw new Error("provided References header is invalid");
  }
  for (const line of replyRaw.split("\r\n\r\n")[0]!.split("\r\n")) if (line.length > 998) throw new Error("header line over 998 bytes");
}

export function incoming(raw: string, from: string, to = "followups@assistant.example", opts: { refuseReply?: boolean } = {}): Incoming {
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
      if (opts.refuseReply) throw new Error("reply refused (test)");
      await checkReply(raw, rawOf(m));
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
