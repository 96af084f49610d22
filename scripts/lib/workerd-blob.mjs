/**
 * The benches run the worker in Node, whose Blob differs from the Worker's where postal-mime spends on it. postal-mime
 * collects each decoded part as one chunk a line and reads it back through `new Blob(chunks).arrayBuffer()`. workerd
 * joins a Blob's parts in C++ when it is made (src/workerd/api/blob.c++, `concat`) and resolves arrayBuffer() with a
 * copy; Node 20 keeps the parts and reads them back one by one through a stream, a microtask each. On a 1,200-line
 * list mail that reading was half of a fresh process's first mail (16 of 16–22 ms; 7 with this Blob), a cost a
 * deployed Worker does not pay. So the benches' Blob joins its parts when made, in JavaScript (slower than
 * workerd's C++, so no saving is overstated). BENCH_BLOB=node keeps Node's own (docs/performance.md).
 * test/node/workerd-blob.test.ts checks postal-mime reads every corpus mail the same through either.
 */
const encoder = new TextEncoder();

function bytesOf(part) {
  if (typeof part === "string") return encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof JoinedBlob) return part.bytesNow();
  // postal-mime passes bytes only; anything else here is a bench bug, not a part to guess at.
  throw new TypeError(`JoinedBlob: unsupported part ${Object.prototype.toString.call(part)}`);
}

export class JoinedBlob {
  #bytes;
  #type;

  constructor(parts = [], options = {}) {
    const chunks = Array.from(parts, bytesOf);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    this.#bytes = bytes;
    this.#type = options.type ? String(options.type).toLowerCase() : "";
  }

  get size() {
    return this.#bytes.byteLength;
  }

  get type() {
    return this.#type;
  }

  get [Symbol.toStringTag]() {
    return "Blob";
  }

  /** The joined bytes themselves, for a Blob made of Blobs. */
  bytesNow() {
    return this.#bytes;
  }

  async arrayBuffer() {
    return this.#bytes.slice().buffer;
  }

  async bytes() {
    return this.#bytes.slice();
  }

  async text() {
    return new TextDecoder().decode(this.#bytes);
  }

  slice(start, end, type) {
    return new JoinedBlob([this.#bytes.slice(start, end)], { type });
  }

  stream() {
    const bytes = this.#bytes.slice();
    return new ReadableStream({ start: (c) => (c.enqueue(bytes), c.close()) });
  }
}

/** The Blob the benches run with: register-stub.mjs installs JoinedBlob unless this says "node". */
export const BLOB_MODEL = process.env.BENCH_BLOB === "node" ? "node" : "joined";
