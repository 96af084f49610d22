/**
 * Stands in for Node's `module` inside email-forward-parser (wrangler.toml [alias]). At load time it asks
 * `createRequire(import.meta.url)` for the optional `re2` engine; a bundled Worker has no `import.meta.url`, so
 * the call threw and the Worker failed to start. Refusing every require here is what a machine without re2
 * gives it: the library catches the refusal and uses JavaScript's own regular expressions.
 */
export function createRequire(_from: unknown): (id: string) => never {
  return (id: string) => {
    throw new Error(`${id} is not available in a Worker`);
  };
}
