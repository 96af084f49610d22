/**
 * Stands in for @babel/runtime-corejs3's `trim` helper inside mimetext
 * (wrangler.toml [alias]): workerd has String.prototype.trim, so core-js's
 * polyfill machinery is dead weight in the bundle.
 */
export default function trim(_it: unknown): (this: string) => string {
  return String.prototype.trim;
}
