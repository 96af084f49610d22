import { EmailMessage } from "cloudflare:email";
export default {
  async fetch() { const m = new EmailMessage("a@b.example", "c@d.example", "Subject: x\r\n\r\nhi"); return new Response(JSON.stringify({keys: Object.keys(m), own: Object.getOwnPropertyNames(m), from: (m as any).from, raw: String((m as any).raw)})); },
} satisfies ExportedHandler<Env>;
