// Lets the worker's own modules run in Node for the benchmark: `cloudflare:email` resolves to cloudflare-email.mjs.
const EMAIL = new URL("./cloudflare-email.mjs", import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === "cloudflare:email") return { url: EMAIL, shortCircuit: true };
  return next(specifier, context);
}
