import { dayAtLine, formatMinutes, isBoxlessItem, isRestEntry, isThematicBreakAt, LineRanges, Lines, loggedMinutes, openDayDates, studyTime, type PlanNode } from '../../core';
import { dayLines } from '../dayDetails';
import { ArgReader, DAY_HELP, daySpec, exactly } from '../options';
import { progressWithUnit } from '../outline';
import { field, plural } from '../output';
import { dayOrRefuse, loadPlan } from '../plans';
import { restOption } from './replan';
import { EXIT, type Verb } from '../verb';

/** A list item's line: a task, a field, a link listed (`show` lists them itself). */
const LIST_ITEM = /^[ \t>]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** How many lines of a day's own text `show` gives, when it has no field, link or task to list. */
const TEXT_LINES = 12;

/**
 * A day's lines as written, its sections' too (a journal's entry is prose: `show week.md monday` said there was nothing
 * under it; a trial's entry showed "(1 section below it)" for its `### Key learnings`), blank lines left out; or, with
 * none, that there is nothing under it. `proseOnly`: its own prose beside what `show` lists, up to its first section.
 */
function ownText(source: Lines, day: PlanNode, literal: LineRanges, proseOnly = false): string[] {
  const end = proseOnly && day.children.length > 0 ? day.children[0].line : day.endLine;
  // Beside what `show` lists, a field's own line is listed there (`**Key learnings**` was printed twice: a review's).
  const fieldLines = new Set(proseOnly ? day.fields.map((f) => f.line) : []);
  // A list item day's text begins inside its first paragraph, after its title's line.
  const from = isBoxlessItem(day) ? day.titleEndLine + 1 : day.bodyLine;
  const lines = Array.from({ length: Math.max(0, end - from) }, (_, i) => from + i)
    .filter((at) => !fieldLines.has(at))
    // A thematic break (`---` before the next module) is no text of the day's (a trial's table day ended in one); one
    // in code is (a YAML example's `---`).
    .filter((at) => literal.at(at) || !isThematicBreakAt(source.at(at), 0, source.at(at).length))
    .map((at) => source.at(at).trimEnd())
    .filter((line) => line.trim() !== '' && !(proseOnly && LIST_ITEM.test(line)));
  // Dedented by what every line shares: a list item day's text is indented under its item (`   with a second line`).
  const indent = Math.min(...lines.map((line) => /^[ \t]*/.exec(line)![0].length));
  const shown = lines.slice(0, TEXT_LINES).map((line) => `  ${field(line.slice(indent))}`);
  const more = lines.length - shown.length;
  const text = [...shown, ...(more > 0 ? [`  ... ${plural(more, 'more line')}`] : [])];
  if (lines.length === 0 && !proseOnly) return ['  (nothing under it: no field, link or task)'];
  return text;
}

/** The date a skipped day's `⏭` carries on its title's lines (a table row: its line), as `done` gives its date. */
function skipDate(source: Lines, day: PlanNode): string | null {
  const title = Array.from({ length: day.titleEndLine - day.line + 1 }, (_, i) => source.at(day.line + i)).join(' ');
  return /\u23ED\uFE0F?[ \t]*(\d{4}-\d{2}-\d{2})/u.exec(title)?.[1] ?? null;
}

/**
 * Any day as `status` shows the current one: a learner looking ahead at Day 34, or back at what Day 12 asked, had
 * only the current day's details (or the whole outline, or a day's links alone).
 */
export const showVerb: Verb = {
  name: 'show',
  summary: 'A day\'s fields, links and tasks, as status shows the current day',
  usage: 'show <file> <DAY> [--today YYYY-MM-DD] [--rest sat,sun] [--max-size 5MB]',
  description: `Print a day: its title and line, its state (done and when, skipped, or open with the date it is planned
on when the plan has a schedule), its progress and study time, then its fields, links and tasks in the plan's
order, each task with the line toggle takes; a day with none of them, its own text (a journal's entry). ${DAY_HELP} For show, line:N may be any line of the day.
--today (or --date) reads the plan as of that day (today is then the day current on it); --rest gives rest
weekdays for a plan without rest:.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const on = reader.date('--today', '--date');
    const rest = restOption(reader);
    const maxBytes = reader.maxSize();
    const [file, dayText] = exactly(reader.positionals(), 2, 'show', 'a file and a DAY');
    const spec = daySpec(dayText);
    const { plan, text } = await loadPlan(file, context, maxBytes);
    // The day's own lines, read where asked (a 5 MB plan is not split whole, twice).
    const source = new Lines(text);
    // Reading only: a line inside a day (a task's, from status) names that day (`line:7` was refused as no heading).
    // A session's line below a table names the row it was logged for (a trial's was "no day heading").
    const inside = spec.kind === 'line' ? dayAtLine(plan, spec.line - 1) ?? plan.days.find((d) => d.sessions.some((s) => s.line === spec.line - 1)) : undefined;
    const day = inside ?? dayOrRefuse(plan, spec, file, context, { studiedOn: on ?? undefined, means: 'asStatus', rest });
    const planned = openDayDates(plan, { configuredRest: rest }).get(day.line);
    const time = studyTime(day);
    const logged = loggedMinutes(day);
    const skippedOn = day.skipped ? skipDate(source, day) : null;
    const state = plan.journal ? (isRestEntry(day) ? 'a journal\'s entry, rest day' : day.skipped ? 'a journal\'s entry, no study' : 'a journal\'s entry') : day.skipped ? `skipped${skippedOn ? ` ${skippedOn}` : ''}` : day.done ? `done${day.doneDate ? ` ${day.doneDate}` : ''}` : 'open';
    const facts = [
      state,
      planned ? `planned ${planned}` : '',
      plan.journal || day.skipped || day.done ? '' : progressWithUnit(day),
      time.total > 0 ? `${formatMinutes(time.total)} planned` : '',
      logged > 0 ? `${formatMinutes(logged)} studied` : '',
    ].filter(Boolean);
    const body = await dayLines(day, file, context.files, Number.POSITIVE_INFINITY, { plan, text });
    context.io.out([
      `${field(day.title)} (${field(file)}:${day.line + 1})`,
      `  ${facts.join(' \u00B7 ')}`,
      // A journal's entry is its prose first: its to-dos and links alone hid what the learner wrote (a trial's).
      ...(body.length === 0 ? ownText(source, day, new LineRanges(plan.literalBlocks)) : plan.journal ? [...ownText(source, day, new LineRanges(plan.literalBlocks), true), ...body] : body),
    ].join('\n'));
    return EXIT.ok;
  },
};
