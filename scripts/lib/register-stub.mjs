import { register } from "node:module";
import { BLOB_MODEL, JoinedBlob } from "./workerd-blob.mjs";

register("./cloudflare-stub.mjs", import.meta.url);
// The Worker's Blob, not Node's, unless BENCH_BLOB=node (workerd-blob.mjs).
if (BLOB_MODEL === "joined") globalThis.Blob = JoinedBlob;
