/**
 * Stands in for `mime-types` inside mimetext (wrangler.toml [alias]). mimetext's
 * Node entry imports it for its default environment; buildMime gives the
 * message an environment of its own (mime.ts), so the 130 KB type table would
 * be dead weight in a Worker whose bundle is budgeted.
 */
export function contentType(type: string): string | false {
  return type;
}

export default { contentType };
