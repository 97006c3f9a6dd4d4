import { allTasks, applyTextEdits, clip, containerTitle, currentDayOf, dayName, daysMatching, isDayMark, localIsoDate, markDayComplete, markDayIncomplete, otherDaysChanged, tasksLike, tasksNamed, tasksOnLines, toggleTasks, weekDayOf, type EditOutcome, type ParsedPlan, type PlanNode, type Task, type TextEdit } from '../../core';
import { ArgReader, warnOf, DAY_HELP, daySpec, exactly, positiveInteger } from '../options';
import { field, plural, shellWord } from '../output';
import { dayNames } from '../dayNames';
import { DRY_RUN_NOTE, editPlan, type PlanEditResult } from '../planEdits';
import { lookupDayArg, notAPlan, parsePlan } from '../plans';
import { CliError, EXIT, UsageError, type CliContext, type ExitCode, type Verb } from '../verb';

function dayVerb(name: 'done' | 'undone'): Verb {
  return {
    name,
    summary: name === 'done' ? 'Mark a day complete: \u2705 and the date on it and on its open tasks' : 'Mark a day incomplete again: its stamps go, its tasks are unchecked',
    usage: name === 'done' ? 'done <file> <DAY>[,DAY... or N-M] [--date YYYY-MM-DD] [--dry-run] [--max-size 5MB]' : 'undone <file> <DAY>[,DAY... or N-M] [--today YYYY-MM-DD] [--dry-run] [--max-size 5MB]',
    description: name === 'done'
      ? `Mark a day complete: stamp its heading with \u2705 and the date (default: today, local time)
and check its open tasks, stamping them too. Several days at once: 3,4 or 3-5 (day numbers; W2D1-3 or
Week 2, Days 1-3 in a plan that numbers each week's days from 1), in one write.
--dry-run prints the diff and writes nothing. ${DAY_HELP}`
      : `Mark a day incomplete: remove the heading's stamp, uncheck its tasks and remove their stamps (a task
stamped before the day was marked, or checked by hand with no date in a day stamped with one, stays checked;
a day marked by hand with no date was marked on its tasks' last stamp date); a skipped day (\u23ED) is put back in the plan, its tasks as
they are. --dry-run prints the diff and writes nothing. ${DAY_HELP} For undone, today is the day marked complete today
(--today D, or --date D: on D).`,
    async run(args, context) {
      const reader = new ArgReader(args, context.clock);
      const today = localIsoDate(context.clock());
      const date = name === 'done' ? reader.dateUpTo('--date', today, warnOf(context), '--today') : null;
      // undone's `today` is the day marked complete on that date (a learner's simulated day could not be undone).
      const markedOn = name === 'undone' ? reader.date('--today', '--date') : null;
      const dryRun = reader.flag('--dry-run');
      const maxBytes = reader.maxSize();
      const [file, dayText] = exactly(reader.positionals(), 2, name, 'a file and one DAY (or several: 3,4 or 3-5)');
      // Several days at once (`done plan.md 3-5`, `3,4`, `W2D1-3`): a learner catching up was refused a list.
      // A date with a comma (`Nov 26, 2026`, as status tells to write one) is one DAY.
      const names = dayNames(dayText);
      if (names.length !== 1 || names[0] !== dayText.trim()) {
        let redatedList = '';
        const result = await editPlan(file, context, maxBytes, (text, plan): EditOutcome => {
          if (name === 'done' && recordsOnly(plan)) return { ok: false, message: `${field(file)} is a journal: its entries are records, with nothing to mark complete` };
          const days = new Set<PlanNode>();
          for (const each of names) {
            const found = lookupDayArg(plan, daySpec(each), field(file), context, name === 'done' ? 'current' : 'markedToday', (name === 'done' ? date : markedOn) ?? undefined);
            if (!found.ok) return { ok: false, message: [found.message, ...found.candidates.map((c) => `  ${c}`)].join('\n') };
            days.add(found.day);
          }
          const edits: TextEdit[] = [];
          const summaries: string[] = [];
          for (const day of days) {
            // Each day's edit is checked with the others (`undone 1-2`: Day 1's date says how Day 2's is read, and goes too).
            const outcome = name === 'done' ? markDayComplete(text, day, { date: date ?? today, checkTasks: true, journal: plan.journal }, false) : markDayIncomplete(text, day, plan.journal, false);
            if (!outcome.ok) return outcome;
            edits.push(...outcome.edits);
            summaries.push(outcome.summary);
          }
          const meant = new Set([...days].map((day) => plan.days.indexOf(day)));
          const changed = edits.length === 0 ? null : otherDaysChanged(plan, parsePlan(context, file, applyTextEdits(text, edits)), meant, true);
          if (changed !== null) return { ok: false, message: changed };
          redatedList = redatedHint(plan, [...days], date, file, dayText);
          return { ok: true, edits, summary: summaries.join('; ') + (edits.length > 0 ? whichOfSeveralListed(plan, [...days]) : '') };
        }, dryRun);
        return finished(context, file, result, redatedList, dryRun);
      }
      const spec = daySpec(dayText);
      let redated = '';
      const result = await editPlan(file, context, maxBytes, (text, plan): EditOutcome => {
        if (name === 'done' && recordsOnly(plan)) return { ok: false, message: `${field(file)} is a journal: its entries are records, with nothing to mark complete (log time with learning-plans log)` };
        // Before any lookup: a date's fallback below found a row of a file read as no plan, and wrote a stamp there that
        // undone then refused to take back (a trial's habit table).
        const noPlan = notAPlan(plan, field(file));
        if (noPlan !== null) return { ok: false, message: noPlan };
        // The name as shown (escaped): the refusal's lines are joined here and split again by editPlan.
        // `today` with --date: the day current on that date (a journal's section headed by it).
        let found = lookupDayArg(plan, spec, field(file), context, name === 'done' ? 'current' : 'markedToday', (name === 'done' ? date : markedOn) ?? undefined);
        // Two days planned on a date (after a spread), one of them done: `done DATE` means the other (a learner's).
        const open = !found.ok && name === 'done' && spec.kind === 'date' ? daysMatching(plan, spec).filter((day) => !day.done && !day.skipped) : [];
        if (open.length === 1) found = { ok: true, day: open[0] };
        // Only where no day has the number (a list of the days that have it says enough).
        const hint = !found.ok && found.candidates.length === 0 && spec.kind === 'number' ? taskDayHint(plan, spec.number, name, file) : null;
        if (!found.ok && hint) return { ok: false, message: `${found.message}; ${hint}` };
        if (!found.ok) return { ok: false, message: [found.message, ...found.candidates.map((c) => `  ${c}`)].join('\n') };
        const on = date ?? today;
        // Days named by their dates (a tracker's rows) and none of today's: `today` named the next one, dated days
        // ahead, and marked it (a trial's). Named, not guessed. One missed before today is marked, late (and said so).
        if (found.ok && name === 'done' && spec.kind === 'today' && !plan.journal && found.day.number === null && found.day.date !== null && found.day.date > on) {
          return { ok: false, message: `no day of ${field(file)} is dated ${on}, and today would name "${field(dayName(found.day, false))}": to mark it, name it: learning-plans done ${shellWord(file)} ${found.day.date}${date === null ? '' : ` --date ${date}`} (learning-plans status ${shellWord(file)} lists the days missed)` };
        }
        // `done today` run again (from the shell's history) marked the next day, never studied: named, not guessed. So
        // after the day's last task was checked today (a trial's Day 4 was done by its tasks, and Day 5 got marked).
        // By its tasks: one of them checked that day (a day's own date is no check's: a review's undated checks of a dated
        // day refused with "completed by its tasks on" its date).
        const doneOn = (day: PlanNode): boolean => day.stampDate === on || (day.stampDate === null && day.doneDate === on && allTasks(day).some((task) => task.doneDate === on));
        const already = name === 'done' && spec.kind === 'today' ? plan.days.find((day) => day !== found.day && day.done && doneOn(day)) : undefined;
        if (already && found.ok) {
          // By its number where it names one day alone (`Day 2` of Week 1 and Week 2 is not: its line, from a review).
          const number = found.day.number;
          const next = number !== null && plan.days.filter((day) => day.number === number).length === 1 ? String(number) : `line:${found.day.line + 1}`;
          return { ok: false, message: `${field(dayName(already, false))} was ${already.stampDate === on ? 'marked complete' : 'completed by its tasks'} on ${on} already, and today now names ${field(dayName(found.day, false))}: to mark it as well, name it: learning-plans done ${shellWord(file)} ${next}${date === null ? '' : ` --date ${date}`}` };
        }
        const marked = name === 'done' ? markDayComplete(text, found.day, { date: date ?? today, checkTasks: true, journal: plan.journal, uri: plan.uri }) : markDayIncomplete(text, found.day, plan.journal, true, plan.uri);
        const outcome = marked.ok && marked.edits.length > 0 ? { ...marked, summary: marked.summary + whichOfSeveral(plan, found.day) } : marked;
        // Done on another date than --date asks: the stamp stays; say how to date it again.
        redated = outcome.ok && outcome.edits.length === 0 ? redatedHint(plan, [found.day], date, file, dayText) : '';
        // A past date as the DAY names the day; the stamp is today's (a trial meant "studied on the 27th"): said, with the way to date it.
        // So does a dated day named otherwise (`thursday`, `line:6`, `today` on an overdue one); one dated after today is done early.
        const named = spec.kind === 'date' ? spec.date : found.day.number === null ? found.day.date : null;
        if (outcome.ok && outcome.edits.length > 0 && name === 'done' && date === null && named !== null && named !== today) {
          redated = named < today ? `; stamped today, ${today}: if it was studied on ${named}, learning-plans undone ${shellWord(file)} ${shellWord(dayText)}, then done again with --date ${named}`
            : `; done early: it is ${spec.kind === 'date' && found.day.date !== named ? 'planned for' : 'dated'} ${named}, after today`;
        }
        // `today` with --date naming a day dated before it (no day dated then): marked late, and said so (a trial's
        // `done diario.md today --date 2026-11-29` stamped a Monday of four weeks before without a word).
        const own = found.day.date;
        if (outcome.ok && outcome.edits.length > 0 && name === 'done' && date !== null && spec.kind === 'today' && own !== null && own !== date) {
          redated = own < date ? `; it is dated ${own}, before ${date}: marked late (learning-plans undone ${shellWord(file)} ${shellWord(own)} takes it back)`
            : `; done early: it is dated ${own}, after ${date}`;
        }
        return outcome;
      }, dryRun);
      return finished(context, file, result, redated, dryRun);
    },
  };
}

/**
 * Which day it was, where the plan has several of its number (`Marked Day 1 complete` said nothing of the week
 * in a plan that numbers its days again each week: a trial's): its line and the module it stands in.
 */
function whichOfSeveral(plan: ParsedPlan, day: PlanNode): string {
  // A day named by its own week (`### Week 2, Day 1`) says it already.
  if (day.number === null || weekDayOf(day.title) !== null || plan.days.filter((other) => other.number === day.number).length < 2) return '';
  const container = containerTitle(plan.root, day, true);
  return `; line ${day.line + 1}${container ? `, in ${field(container)}` : ''}`;
}

/** whichOfSeveral for the days of a list, said once for days under one section: `; lines 7, 9, in Week 2`. */
function whichOfSeveralListed(plan: ParsedPlan, days: readonly PlanNode[]): string {
  const several = days.filter((day) => whichOfSeveral(plan, day) !== '');
  if (several.length === 0) return '';
  const containers = new Set(several.map((day) => containerTitle(plan.root, day, true)));
  if (containers.size > 1) return several.map((day) => whichOfSeveral(plan, day)).join('');
  const container = [...containers][0];
  return `; ${several.length === 1 ? 'line' : 'lines'} ${several.map((day) => day.line + 1).join(', ')}${container ? `, in ${field(container)}` : ''}`;
}

/**
 * A task that reads `Day 3 ...` and is no day (one alone in a to-do list, a recap under a day heading: items that
 * are days are days, see planBuilder.ts): what `done 3` / `undone 3` should do instead (the task's line to toggle,
 * or that it is so already); null when no such task reads `Day N`.
 */
function taskDayHint(plan: ParsedPlan, number: number, name: 'done' | 'undone', file: string): string | null {
  const named = new RegExp(`^day\\s*0*${number}(?!\\d)`, 'i');
  // A day's own box (`- [ ] Day 3: X` read as a day) is that day, not a task to point at.
  const days = new Set(plan.days.map((day) => day.line));
  const task = allTasks(plan.root).find((t) => named.test(t.text) && !days.has(t.line));
  if (!task) return null;
  const done = name === 'done';
  const what = task.checked === done ? `${done ? 'checked' : 'open'} already` : `${done ? 'check' : 'uncheck'} it with learning-plans toggle ${shellWord(file)} ${task.line + 1}`;
  return `line ${task.line + 1} is a task that reads '${field(task.text)}': ${what}`;
}

/** For days done already on another date than --date asks: how to date them so (else ''). */
function redatedHint(plan: ParsedPlan, days: readonly PlanNode[], date: string | null, file: string, dayText: string): string {
  const other = date === null ? [] : days.filter((day) => day.doneDate !== null && day.doneDate !== date);
  if (other.length === 0) return '';
  // Those alone (a trial's hint named days 10 and 11, marked on that date, with the day 9 it meant).
  const named = other.length === days.length ? dayText : other.map((day) => (day.number !== null && plan.days.filter((d) => d.number === day.number).length === 1 ? String(day.number) : `line:${day.line + 1}`)).join(',');
  return `; to date ${other.length === 1 ? (days.length === 1 ? 'it' : dayName(other[0], false)) : 'them'} ${date}: learning-plans undone ${shellWord(file)} ${shellWord(named)}, then done again with --date ${date}`;
}

/**
 * Says what done/undone did. Done already on another date than --date asks, and nothing else written: a refusal
 * (exit 1, on stderr; a trial met exit 0 with nothing written). Done already with no date asked: so it is (exit 0).
 */
function finished(context: CliContext, file: string, { summary, changed }: PlanEditResult, redated: string, dryRun: boolean): ExitCode {
  if (!changed && redated !== '') throw new CliError(`${field(file)}: ${summary}${redated}; nothing written`);
  context.io.out(`${field(file)}: ${summary}${redated}${dryRun ? DRY_RUN_NOTE : ''}`);
  return EXIT.ok;
}

/** No task holds the words: said, with the task(s) a typo most likely meant (never toggled on a guess). */
function noTaskReads(plan: ParsedPlan, file: string, target: string): string {
  // A letter or two inside a word: why it names none (a review's read "no task reads 'x'" beside "syntax").
  const short = [...target.trim()].length <= 2 && allTasks(plan.root).some((t) => t.text.toLowerCase().includes(target.trim().toLowerCase()));
  const none = `no task of ${field(file)} reads '${field(target)}'${short ? ' as a word (a letter or two name a task only as a whole word)' : ''}`;
  const like = tasksLike(plan, target);
  if (like.length === 1) return `${none}; did you mean line ${like[0].line + 1}, '${field(like[0].text)}'?`;
  if (like.length === 0) return none;
  const more = like.length > 3 ? [`  and ${plural(like.length - 3, 'other')} as near`] : [];
  return [`${none}; the nearest:`, ...taskLines(plan, like.slice(0, 3)), ...more].join('\n');
}

/**
 * Tasks as candidates: each one's line, box and text, and, where they are under different days or sections, the one it
 * is under (a trial's two "Performance tuning" tasks were told apart by line numbers alone).
 */
function taskLines(plan: ParsedPlan, tasks: readonly Task[]): string[] {
  const chains = tasks.map((task) => sectionsAt(plan.root, task.line));
  const under = chains.map((chain) => chain[chain.length - 1]);
  const apart = new Set(under).size > 1;
  // Sections of one name (`Day 1` in Week 1 and Week 2) say the one above them too: `Week 2 › Day 1`.
  const titles = under.map((node) => node.title);
  const named = chains.map((chain, i) => {
    const above = chain.length > 2 ? chain[chain.length - 2] : undefined;
    return above && titles.indexOf(titles[i]) !== titles.lastIndexOf(titles[i]) ? `${above.title} \u203A ${titles[i]}` : titles[i];
  });
  return tasks.map((task, i) => {
    const where = apart && under[i].kind !== 'plan' ? ` (${field(clip(named[i], 80))})` : '';
    return `  line ${task.line + 1}: [${task.checked ? 'x' : ' '}] ${field(task.text)}${task.due ? ` \u{1F4C5} ${task.due}` : ''}${where}`;
  });
}

/** The nodes whose sections hold the line, from the plan's root down to the deepest. */
function sectionsAt(node: PlanNode, line: number, chain: PlanNode[] = [node]): PlanNode[] {
  const child = node.children.find((c) => line >= c.line && line < c.endLine);
  return child ? sectionsAt(child, line, [...chain, child]) : chain;
}

/** A journal with no open task: nothing `done` could do (an entry holding a to-do has its tasks checked). */
function recordsOnly(plan: ParsedPlan): boolean {
  return plan.journal && !allTasks(plan.root).some((task) => task.status === 'open' || task.status === 'inProgress');
}

export const doneVerb = dayVerb('done');
export const undoneVerb = dayVerb('undone');

export const toggleVerb: Verb = {
  name: 'toggle',
  summary: 'Check or uncheck a task by its line or its words (checking stamps it)',
  usage: 'toggle <file> <line | "task words"> [--date YYYY-MM-DD] [--dry-run] [--max-size 5MB]',
  description: `Check or uncheck a task (checking stamps it with the date): the one on that 1-based line (also
written line:N), or the one whose text holds the words given ("exercise 2"; case does not count, a task
that reads exactly them wins, then one holding them as whole words: "day 1" before "day 10"; a letter or two only as a whole word; of several, the
current day's open one): words still name the task after a log or a lab line moved it down. --dry-run prints
the diff and writes nothing.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const today = localIsoDate(context.clock());
    const date = reader.dateUpTo('--date', today, warnOf(context), '--today');
    const dryRun = reader.flag('--dry-run');
    const maxBytes = reader.maxSize();
    const [file, target] = exactly(reader.positionals(), 2, 'toggle', 'a file and a line or the task\'s words');
    if (target.trim() === '') throw new UsageError('toggle needs a line or some of the task\'s words, not an empty argument');
    const byLine = /^(?:line:)?[+-]?\d+$/i.test(target.trim());
    const line = byLine ? positiveInteger(target.trim().replace(/^line:/i, ''), 'the line') : 0;
    const { summary } = await editPlan(file, context, maxBytes, (text, plan) => {
      const noPlan = notAPlan(plan, field(file));
      if (noPlan !== null) return { ok: false, message: noPlan };
      if (!byLine) {
        const { tasks: named, others } = tasksNamed(plan, target);
        if (named.length === 1) {
          // The task that reads exactly the words won over others that hold them: said, with its line, so a learner
          // who meant another sees which was changed.
          const outcome = dayOwnBox(text, plan, named, date ?? today) ?? toggleTasks(text, named, date ?? today, plan);
          return outcome.ok && others > 0 ? { ...outcome, summary: `${outcome.summary} (line ${named[0].line + 1}; ${plural(others, 'other task')} also ${others === 1 ? 'holds' : 'hold'} '${field(target)}')` } : outcome;
        }
        // Shown escaped (a name or a task may hold control characters): editPlan splits the lines again.
        if (named.length === 0) return { ok: false, message: noTaskReads(plan, file, target) };
        // Tasks that read the same, one of them open, are a recurring task's done ones and its next (`toggle f.md
        // Flashcards` worked once only): the open one is meant, said with its line. Tasks that read otherwise are
        // never guessed between.
        const open = named.filter((t) => !t.checked && t.status !== 'cancelled');
        if (open.length === 1 && new Set(named.map((t) => t.text)).size === 1) {
          const outcome = toggleTasks(text, open, date ?? today, plan);
          return outcome.ok ? { ...outcome, summary: `${outcome.summary} (line ${open[0].line + 1}, the one open of ${named.length})` } : outcome;
        }
        // One of them the current day's: that one (a trial's `toggle plan.md "exercise 1"` on Day 3 was refused for
        // Day 2's "Exercise 1: ..." done the day before), said with its line.
        const current = currentDayOf(plan, date ?? today);
        // An open one only: a done one of today's is never unchecked on a guess while others are open (a review's).
        const ofToday = current ? named.filter((t) => allTasks(current).includes(t)) : [];
        if (ofToday.length === 1 && !ofToday[0].checked && ofToday[0].status !== 'cancelled') {
          const outcome = dayOwnBox(text, plan, ofToday, date ?? today) ?? toggleTasks(text, ofToday, date ?? today, plan);
          return outcome.ok ? { ...outcome, summary: `${outcome.summary} (line ${ofToday[0].line + 1}, the current day's; ${plural(named.length - 1, 'other task')} also ${named.length === 2 ? 'holds' : 'hold'} '${field(target)}')` } : outcome;
        }
        return { ok: false, message: [`${named.length} tasks of ${field(file)} read '${field(target)}'; name one by its line:`, ...taskLines(plan, named)].join('\n') };
      }
      // A line a task's text wraps onto names that task (`toggle f.md 4` on its second line said "is not a task").
      const tasks = tasksOnLines(plan, line - 1, line - 1);
      const wrapped = tasks.length === 1 && tasks[0].line !== line - 1 ? tasks[0] : undefined;
      if (wrapped) {
        const outcome = dayOwnBox(text, plan, [wrapped], date ?? today) ?? toggleTasks(text, [wrapped], date ?? today, plan);
        const which = `the task of line ${wrapped.line + 1}, whose text goes on over line ${line}`;
        return outcome.ok ? { ...outcome, summary: outcome.summary.endsWith(')') ? `${outcome.summary.slice(0, -1)}; ${which})` : `${outcome.summary} (${which})` } : outcome;
      }
      if (tasks.length === 0) {
        const lines = text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0);
        if (line > lines) return { ok: false, message: `${file} has ${plural(lines, 'line')}: there is no line ${line}` };
        // A day's heading (or row) is marked with done/undone: said (a trial's `toggle plan.md 3` on one read "is not a task").
        const day = plan.days.find((d) => d.line === line - 1);
        if (!day) return { ok: false, message: `line ${line} of ${file} is not a task` };
        // A journal's entry is a record, with nothing to mark (done refuses it).
        if (plan.journal) return { ok: false, message: `line ${line} of ${file} is ${field(dayName(day, false))}, a journal's entry, not a task` };
        const dated = date !== null && !day.done ? ` --date ${date}` : '';
        return { ok: false, message: `line ${line} of ${file} is ${field(dayName(day, false))}, a day, not a task: mark it with learning-plans ${day.done ? 'undone' : 'done'} ${shellWord(file)} line:${line}${dated}` };
      }
      return dayOwnBox(text, plan, tasks, date ?? today) ?? toggleTasks(text, tasks, date ?? today, plan);
    }, dryRun);
    context.io.out(`${field(file)}: ${summary}${dryRun ? DRY_RUN_NOTE : ''}`);
    return EXIT.ok;
  },
};

/**
 * A day's own box (`- [ ] Day 1: SELECT`, `### [ ] Day 3`) toggled: the day marked complete or incomplete, its
 * tasks with it, as `done` and `undone` do (the box alone was checked and the day's tasks left open). Null for a task.
 */
function dayOwnBox(text: string, plan: ParsedPlan, tasks: readonly Task[], date: string): EditOutcome | null {
  // A skipped day's `[-]` is reopened as a cancelled task is (from a review: it was marked done, for good).
  if (tasks.length !== 1 || tasks[0].status === 'cancelled') return null;
  const day = plan.days.find((d) => isDayMark(d, tasks[0]));
  if (!day) return null;
  return day.done ? markDayIncomplete(text, day, plan.journal, true, plan.uri) : markDayComplete(text, day, { date, checkTasks: true, journal: plan.journal, uri: plan.uri });
}
