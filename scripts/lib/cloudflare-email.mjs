// `cloudflare:email` outside workerd (the benches, the Node tests): an EmailMessage of the same shape as workerd's.
// The warm-up runs a cron tick, and so imports the scheduled handler, which sends through it.
export class EmailMessage {
  constructor(from, to, raw) {
    this.from = from;
    this.to = to;
    this.raw = raw;
  }
}
