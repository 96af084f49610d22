import { register } from "node:module";
register("./cloudflare-stub.mjs", import.meta.url);
