/** `npm run holidays`: writes src/schedule/holidays-data.ts from date-holidays (scripts/lib/holiday-table.ts). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { holidayModule, holidayTable } from "./lib/holiday-table.ts";

const out = join(fileURLToPath(import.meta.url), "../../src/schedule/holidays-data.ts");
writeFileSync(out, holidayModule(holidayTable()));
console.log(`wrote ${out}`);
