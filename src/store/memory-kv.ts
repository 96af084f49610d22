/** An in-memory KV namespace for benchmarks: sorted keys, metadata, prefix/limit/cursor lists, and an operation count. */
export class MemoryKV {
  private data = new Map<string, { value: string; metadata: unknown }>();
  private sorted: string[] | null = null;
  ops = { get: 0, put: 0, list: 0, delete: 0 };

  get total(): number {
    return this.ops.get + this.ops.put + this.ops.list + this.ops.delete;
  }
  reset(): void {
    this.ops = { get: 0, put: 0, list: 0, delete: 0 };
  }
  /** Loads a key without counting it: setting up a benchmark is not what is measured. */
  seed(key: string, value: string, metadata?: unknown): void {
    this.data.set(key, { value, metadata: metadata ?? null });
    this.sorted = null;
  }
  /** Every key with its value and metadata: a store prepared in one process and loaded into another. */
  entries(): Array<[string, { value: string; metadata: unknown }]> {
    return [...this.data];
  }
  static from(entries: Array<[string, { value: string; metadata: unknown }]>): MemoryKV {
    const kv = new MemoryKV();
    for (const [key, { value, metadata }] of entries) kv.seed(key, value, metadata);
    return kv;
  }
  async get(key: string, type?: "json" | "text"): Promise<unknown> {
    this.ops.get++;
    const v = this.data.get(key);
    if (!v) return null;
    return type === "json" ? JSON.parse(v.value) : v.value;
  }
  async put(key: string, value: string, opts?: { metadata?: unknown }): Promise<void> {
    this.ops.put++;
    if (!this.data.has(key)) this.sorted = null;
    this.data.set(key, { value, metadata: opts?.metadata ?? null });
  }
  async delete(key: string): Promise<void> {
    this.ops.delete++;
    if (this.data.delete(key)) this.sorted = null;
  }
  async list(opts: { prefix?: string; limit?: number; cursor?: string } = {}) {
    this.ops.list++;
    this.sorted ??= [...this.data.keys()].sort();
    const prefix = opts.prefix ?? "";
    const limit = Math.min(opts.limit ?? 1000, 1000);
    let i = opts.cursor ? Number(opts.cursor) : lowerBound(this.sorted, prefix);
    const keys = [];
    while (i < this.sorted.length && keys.length < limit && this.sorted[i]!.startsWith(prefix)) {
      const name = this.sorted[i]!;
      keys.push({ name, metadata: this.data.get(name)!.metadata });
      i++;
    }
    const complete = i >= this.sorted.length || !this.sorted[i]!.startsWith(prefix);
    return { keys, list_complete: complete, cursor: complete ? undefined : String(i) };
  }
}

function lowerBound(a: string[], x: string): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
