/**
 * Stands in for `mime-types` inside mimetext (wrangler.toml [alias]). mimetext
 * only asks it whether a content type is valid; we always pass explicit types
 * (text/plain, text/html, text/calendar), so its 130 KB type table is dead weight
 * in a Worker whose bundle is budgeted.
 */
export function contentType(type: string): string | false {
  return /^[\w.+-]+\/[\w.+-]+$/.test(type.split(";")[0]!.trim()) ? type : false;
}

export default { contentType };
