/**
 * What content outside headings adds to the node it is under: its task, links and fields, read from an inline token
 * into reused lists (hot: most content adds nothing, and a list made per call was most of the garbage).
 */
import type { Field, Link, Task } from '../model';
import type { BlockToken } from './markdown';
import type { PlanSink } from './planSink';
import { inlineFields, inlineLinks } from './inlineText';
import { dayNumberEnd } from './paragraphDays';

/** The links of an inline token, on lines from `line`. */
export function linksOf(inline: BlockToken, line: number): readonly Link[] {
  clear(scratchLinks);
  inlineLinks(inline, line, scratchLinks);
  if (scratchLinks.length === 0) return NONE;
  const links = scratchLinks.slice();
  clear(scratchLinks);
  return links;
}

/**
 * Content outside headings (a paragraph, a list item, a cell): its task, links and fields. Hot: they are
 * collected in reused lists, which the sink reads during the call (one that keeps them copies them).
 */
export function content(builder: PlanSink, inline: BlockToken, line: number, task: Task | null, dayLabel = false): void {
  clear(scratchFields);
  clear(scratchLinks);
  inlineFields(inline, line, scratchFields);
  // `**Day 1:** Started Rust`: the bold label that makes the paragraph a day is its title, no field of it (`show`
  // printed the title twice, once as a field "Day 1").
  if (dayLabel && scratchFields.length > 0 && scratchFields[0].line === line && dayNumberEnd(scratchFields[0].name) >= 0) scratchFields.shift();
  inlineLinks(inline, line, scratchLinks);
  builder.inline(task, scratchLinks, scratchFields, !labLinkOnly(inline, scratchLinks, scratchFields));
  clear(scratchFields);
  clear(scratchLinks);
}

/**
 * The line the lab scaffold writes under its day (`- **Lab:** [day-031](…)`, labLink.ts) and nothing else, on one line:
 * no note of the learner's. Counted as one, a plan of dated days with one task read as a journal once a lab was
 * linked (a fuzz run's). A line more (`felt hard today` under it) is the learner's.
 */
function labLinkOnly(inline: BlockToken, links: readonly Link[], fields: readonly Field[]): boolean {
  return fields.length === 1 && links.length === 1 && /^lab$/i.test(fields[0].name) && fields[0].value.trim() === links[0].text && !inline.content.includes('\n');
}

const scratchLinks: Link[] = [];
const scratchFields: Field[] = [];
const NONE: readonly never[] = [];

/** Empties a scratch list (it holds one or two items, if any: cheaper than setting its length, a call into the runtime). */
function clear(list: unknown[]): void {
  while (list.length !== 0) list.pop();
}
