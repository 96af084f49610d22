/**
 * A second reading of a calendar file ical.js refused: real files carry one bad line anywhere (a fold the
 * writer lost, a stray "NAME=value", a parameter with no value, a quote around the value, text after
 * END:VCALENDAR, a component never closed), and one line must not lose the invite. Each content line is
 * kept only if ical.js reads it alone; a line that does not read continues the one before it when that
 * reads, and is dropped otherwise. Components are balanced as they nest.
 */
import ICAL from "ical.js";

/**
 * Lines that fail before the repair gives up: a damaged real file has one or two. Each failure costs ical.js
 * an exception (~10 µs), so a crafted file of 16,000 bad lines would cost 150 ms.
 */
export const MAX_BAD_LINES = 20;
/** Content lines a repaired file may have: an invite has a few hundred; each costs ical.js a parse of its own. */
export const MAX_REPAIR_LINES = 1_500;
/** Nesting a calendar needs: VCALENDAR > VEVENT > VALARM, VCALENDAR > VTIMEZONE > STANDARD. */
const MAX_COMPONENT_DEPTH = 4;

function reads(line: string): boolean {
  try {
    ICAL.parse.property(line);
    return true;
  } catch {
    return false;
  }
}

/** Exchange writes `DTSTART;TZID="W. Europe Standard Time:20200609T090000"`: the quote closes after the value. */
function requoted(line: string): string | null {
  const m = /^([^:"]*="[^":]*):([^"]*)"$/.exec(line);
  return m ? `${m[1]}":${m[2]}` : null;
}

/** The file rewritten with only lines ical.js reads, or null when no calendar is left. */
export function repairCalendar(ics: string): string | null {
  const lines = ics.replace(/\r\n?/g, "\n").replace(/\n[ \t]/g, "").split("\n");
  if (lines.length > MAX_REPAIR_LINES) return null;
  const out: string[] = [];
  const open: string[] = [];
  let seen = false;
  let bad = 0;
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    const edge = /^(BEGIN|END):([A-Za-z0-9-]+)$/i.exec(line.trim());
    if (edge) {
      const name = edge[2]!.toUpperCase();
      if (edge[1]!.toUpperCase() === "BEGIN") {
        if (open.length === 0 && (name !== "VCALENDAR" || seen)) continue; // one calendar; nothing outside it
        if (open.length >= MAX_COMPONENT_DEPTH) continue;
        open.push(name);
        seen = true;
        out.push(`BEGIN:${name}`);
      } else if (open.includes(name)) {
        // Components left open inside this one are closed with it.
        while (open.length) {
          const closed = open.pop()!;
          out.push(`END:${closed}`);
          if (closed === name) break;
        }
        if (open.length === 0) break; // text after END:VCALENDAR is not the calendar's
      }
      continue;
    }
    if (open.length === 0) continue;
    const fixed = reads(line) ? line : [requoted(line)].find((l): l is string => !!l && reads(l));
    if (fixed) {
      out.push(fixed);
      continue;
    }
    if (++bad > MAX_BAD_LINES) return null;
    const last = out[out.length - 1];
    if (last && !/^(BEGIN|END):/.test(last) && reads(last + line)) out[out.length - 1] = last + line; // a lost fold
  }
  while (open.length) out.push(`END:${open.pop()}`);
  return seen ? out.join("\r\n") : null;
}
