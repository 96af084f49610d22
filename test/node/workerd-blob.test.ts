/**
 * The benches time the worker with a Blob that joins its parts when made, as workerd's does (scripts/lib/
 * workerd-blob.mjs), not with Node's. Their figures stand for the Worker's only if postal-mime reads every mail the
 * same through it: text, HTML, and each attachment's bytes.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterEach, describe, expect, it } from "vitest";
import { JoinedBlob } from "../../scripts/lib/workerd-blob.mjs";

const CORPUS = join(import.meta.dirname, "../fixtures/corpus");
const cases = readdirSync(CORPUS).filter((c) => existsSync(join(CORPUS, c, "message.eml")));
const NodeBlob = globalThis.Blob;

async function read(raw: Uint8Array) {
  const mail = await PostalMime.parse(raw, { attachmentEncoding: "arraybuffer", maxRfc822NestingDepth: 0 });
  const attachments = mail.attachments.map((a) => ({ type: a.mimeType, name: a.filename, bytes: [...new Uint8Array(a.content as ArrayBuffer)] }));
  return { text: mail.text, html: mail.html, attachments };
}

describe("the benches' Blob", () => {
  afterEach(() => {
    globalThis.Blob = NodeBlob;
  });

  it.for(cases)("postal-mime reads %s the same through it as through Node's", async (name) => {
    const raw = new Uint8Array(readFileSync(join(CORPUS, name, "message.eml")));
    const viaNode = await read(raw);
    globalThis.Blob = JoinedBlob;
    const viaJoined = await read(raw);
    expect(viaJoined).toEqual(viaNode);
  });

  it("joins strings, bytes and other Blobs in order, with size, type and slices", async () => {
    const inner = new JoinedBlob(["c"]);
    const blob = new JoinedBlob(["a", new Uint8Array([0x62]), inner, new Uint8Array([0x64, 0x65]).buffer], { type: "Text/Plain" });
    expect([blob.size, blob.type, await blob.text()]).toEqual([5, "text/plain", "abcde"]);
    expect(await blob.slice(1, 3).text()).toBe("bc");
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe("abcde");
  });
});
