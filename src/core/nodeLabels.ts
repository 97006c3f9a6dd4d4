/**
 * Short labels for a narrow tree (a 300 px sidebar): the icon already says "day" and a module's day range
 * repeats what its days say, so rows drop them; tooltips and the CLI keep the full titles.
 */
import * as l10n from '@vscode/l10n';
import { fileStem } from './document';
import type { ParsedPlan, PlanNode } from './model';
import { ownDayName } from './parse/classifyHeading';
import { weekDayName } from './parse/weekHeadings';

/** `Days 31-37`, `Days 31 – 37`, `Day 1-7`, `Days 1 to 7` in parentheses or after a separator at the end. */
const TRAILING_RANGE = /\s*(?:\(\s*days?\s*\d{1,5}\s*(?:-|\u2013|\u2014|to)\s*\d{1,5}\s*\)|[-\u2013\u2014:|]\s*days?\s*\d{1,5}\s*(?:-|\u2013|\u2014|to)\s*\d{1,5})\s*$/i;
/** `Day 31 - `, `Day 31: `, `Day #4 – `, `day 7. ` at the start (after emoji or bullets). */
const LEADING_DAY = /^([^\p{L}\p{N}]*)day\s*#?\s*(\d{1,5})\b\s*(?:[-\u2013\u2014:|.]\s*)?/iu;

/**
 * The plan's own name: its front matter's `title:` when it has one (the model is titled with it: an explicit
 * name wins); else its first heading when that is a level-1 heading at the top of the file (the learner's
 * `# Days 31-60: Lakehouse Architecture`); else the file name.
 */
export function planTitle(plan: ParsedPlan): string {
  const titled = frontMatterTitle(plan);
  if (titled !== null) return titled;
  const first = plan.root.children[0];
  return first && first.level === 1 && plan.root.children.filter((c) => c.level === 1).length === 1 ? first.title : plan.root.title;
}

/** The title the plan's front matter gives it (`title:`), or null when it gives none. */
export function frontMatterTitle(plan: ParsedPlan): string | null {
  return plan.frontMatter !== null && plan.root.title !== fileStem(plan.uri) ? plan.root.title : null;
}

/**
 * The node that stands for the plan in a tree: the single level-1 heading that names it, whose children
 * then sit right under the plan (one level less to indent), or the plan's root.
 */
export function planBody(plan: ParsedPlan): PlanNode {
  const first = plan.root.children[0];
  const onlyHeading = plan.root.children.length === 1 && first.level === 1 && first.kind !== 'day' && plan.root.tasks.length === 0 && plan.root.links.length === 0;
  return onlyHeading ? first : plan.root;
}

/** A row's label: `31 · Lakehouse vs Data Warehouse` for `Day 31 - Lakehouse vs Data Warehouse`; a module without its day range. */
export function shortTitle(node: PlanNode): string {
  if (node.kind === 'day' && node.number !== null) {
    const match = LEADING_DAY.exec(node.title);
    if (match) {
      const rest = node.title.slice(match[0].length).trim();
      return rest ? `${match[1]}${match[2]} \u00b7 ${rest}` : node.title;
    }
    return node.title;
  }
  if (node.kind === 'module' || node.kind === 'cycle') {
    const shorter = node.title.replace(TRAILING_RANGE, '').trim();
    return shorter || node.title;
  }
  return node.title;
}

/**
 * How a message names a day: as its heading does in the plan's language (`Tag 3`, `Día 3`, `第3天`), else `Day 32`,
 * `Days 3-4` for a range day (`done 4` finds it) in the user's; a day with no number by its title, in quotes.
 */
export function dayName(day: PlanNode, quoted = true): string {
  if (day.number === null) return quoted ? `"${day.title}"` : day.title;
  const own = ownDayName(day.title) ?? weekDayName(day.title);
  if (own !== null) return own;
  return day.rangeEnd !== null ? l10n.t('Days {0}-{1}', day.number, day.rangeEnd) : l10n.t('Day {0}', day.number);
}
