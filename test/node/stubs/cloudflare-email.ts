// `cloudflare:email` for the Node tests: the warm-up now runs a cron tick, and so imports the scheduled handler.
export class EmailMessage {
  constructor(readonly from: string, readonly to: string, readonly raw: string) {}
}
