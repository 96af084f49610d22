// Types for workerd-blob.mjs, which the benches and a Node test import.
export class JoinedBlob extends Blob {}
export const BLOB_MODEL: "joined" | "node";
