import { completionState, everyDaySkipped, frontMatterTitle, isRestEntry, openDayDates, progressLabel, skippedDays, type ParsedPlan, type PlanNode, type ScheduleOptions } from '../core';
import { field, plural } from './output';

const MARK = { done: '[x]', partial: '[~]', open: '[ ]' } as const;

/** `day 3` when the title does not show the day's number itself (`第三天`), else `day`: no `day 1: Day 1: ...`. */
function label(node: PlanNode): string {
  const shown = node.number === null || showsNumber(node.title, node.number);
  return node.kind === 'day' && !shown ? `${node.kind} ${node.number}` : node.kind;
}

/** Whether `title` holds `number` as a whole number (leading zeros allowed: `Day 007`). A scan, not a regex per day: an outline of 9,000 days compiled 9,000 of them (80 ms). */
function showsNumber(title: string, number: number): boolean {
  const digits = String(number);
  for (let i = 0; i < title.length; ) {
    if (!isDigit(title.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    while (end < title.length && isDigit(title.charCodeAt(end))) end++;
    let start = i;
    while (start < end - digits.length && title.charCodeAt(start) === 0x30) start++;
    if (title.slice(start, end) === digits) return true;
    i = end;
  }
  return false;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A node's progress with its unit, as the outline and `status` print it: `34/130 tasks`, `0/30 days`, `✓ 2026-11-20`.
 * The tree shows `34/130` beside a title (progressLabel); a line of text read on its own says what it counts.
 */
export function progressWithUnit(node: PlanNode): string {
  const label = progressLabel(node);
  // What progressLabel counts: a day's tasks until it is done (then its date), else days when there are any.
  const countsTasks = node.kind === 'day' ? !node.done : node.progress.daysTotal === 0;
  const counted = label && countsTasks ? `${label} tasks` : label;
  // Skipped days left the count: said beside it (a learner read `3/17 days` of a 28-day plan as days lost).
  const skipped = label ? skippedDays(node) : 0;
  return skipped > 0 ? `${counted}, ${plural(skipped, 'day')} skipped` : counted;
}

/**
 * A plan as a line of text names it: its file (what a learner types next), and the title its front matter gives it
 * (`title: SQL in 30 days`), which the extension's tree shows instead of the file's name.
 */
export function planName(plan: ParsedPlan, file: string, outline = false): string {
  const title = frontMatterTitle(plan);
  // An outline whose first heading shows the title already (`# = this.title`, read as it) does not say it twice.
  const shown = title === null || (outline && plan.root.children.some((node) => node.title === title));
  return shown ? field(file) : `${field(file)} \u2014 ${field(title)}`;
}

/**
 * The human outline: one line per node, indented by depth, with its state and progress, and an open day's
 * planned date when the plan has a schedule (as the extension's tree shows it). A journal's entries are a
 * record, not work to do: they show as `- entry:` (with their date) rather than as open boxes.
 */
export function renderOutline(plan: ParsedPlan, file: string, schedule: ScheduleOptions = {}): string {
  const { root, journal } = plan;
  const planned = openDayDates(plan, schedule);
  const lines: string[] = [`${planName(plan, file, true)}  ${journal ? 'journal' : progressWithUnit(root)}`.trimEnd()];
  const visit = (node: PlanNode, depth: number): void => {
    const indent = '  '.repeat(depth);
    if (journal && node.kind === 'day') {
      // An entry that says no study was done says so: a day missed (`Skipped - sick`) makes no day of the streak, a
      // day of rest (`Rest day`) is passed over by it.
      const notes = [node.date && !node.title.includes(node.date) ? node.date : '', isRestEntry(node) ? 'rest day' : node.skipped ? 'no study' : ''].filter(Boolean).join('; ');
      lines.push(`${indent}-   entry: ${field(node.title)}${notes ? `  (${notes})` : ''}`);
    } else if (journal) {
      lines.push(`${indent}-   ${node.kind}: ${field(node.title)}`);
    } else {
      // A section with no day or task in it (`## Key Learnings`) is nothing to do: no box. A skipped day (⏭)
      // left the plan: `[-]`, as a cancelled task, and said (its module's count no longer holds it, nor its
      // tasks); so is a module whose days were all skipped.
      const skipped = node.skipped || everyDaySkipped(node);
      const nothingToDo = node.kind !== 'day' && node.progress.tasksTotal === 0 && node.progress.daysTotal === 0;
      const mark = skipped ? '[-]' : nothingToDo ? '-  ' : MARK[completionState(node)];
      const date = node.kind === 'day' ? planned.get(node.line) : undefined;
      const note = skipped ? 'skipped' : [progressWithUnit(node), date && `planned ${date}`].filter(Boolean).join('; ');
      lines.push(`${indent}${mark} ${label(node)}: ${field(node.title)}${note ? `  (${note})` : ''}`);
    }
    node.children.forEach((child) => visit(child, depth + 1));
  };
  root.children.forEach((child) => visit(child, 1));
  return lines.join('\n');
}
