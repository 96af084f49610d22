// Lets the worker's own modules run in Node for the benchmark: `cloudflare:email`
// resolves to a plain EmailMessage with the same shape as workerd's.
export async function resolve(specifier, context, next) {
  if (specifier === "cloudflare:email") return { url: "data:text/javascript,export class EmailMessage { constructor(from, to, raw) { this.from = from; this.to = to; this.raw = raw; } }", shortCircuit: true };
  return next(specifier, context);
}
