/** Pieces of KV key names shared by every store module. */

/** KV keys are limited to 512 bytes; a Message-ID comes from the sender and can be any length. */
export const MAX_ID_IN_KEY = 200;

/** A Message-ID as it may appear in a key: as is when short, else a stable 64-bit FNV-1a digest. */
export function keyPart(id: string): string {
  if (new TextEncoder().encode(id).length <= MAX_ID_IN_KEY) return id;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return `#${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}
