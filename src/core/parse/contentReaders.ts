/**
 * What content outside headings adds to the node it is under: its task, links and fields, read from an inline token
 * into reused lists (hot: most content adds nothing, and a list made per call was most of the garbage).
 */
import type { Field, Link, Task } from '../model';
import type { BlockToken } from './markdown';
import type { PlanSink } from './planSink';
import { inlineFields, inlineLinks } from './inlineText';

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
export function content(builder: PlanSink, inline: BlockToken, line: number, task: Task | null): void {
  clear(scratchFields);
  clear(scratchLinks);
  inlineFields(inline, line, scratchFields);
  inlineLinks(inline, line, scratchLinks);
  builder.inline(task, scratchLinks, scratchFields);
  clear(scratchFields);
  clear(scratchLinks);
}

const scratchLinks: Link[] = [];
const scratchFields: Field[] = [];
const NONE: readonly never[] = [];

/** Empties a scratch list (it holds one or two items, if any: cheaper than setting its length, a call into the runtime). */
function clear(list: unknown[]): void {
  while (list.length !== 0) list.pop();
}
