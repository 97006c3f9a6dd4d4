import { localIsoDate, markDayComplete, markDayIncomplete, tasksOnLines, toggleTasks, type EditOutcome } from '../../core';
import { ArgReader, DAY_HELP, daySpec, exactly, positiveInteger } from '../options';
import { field, plural, shellWord } from '../output';
import { editPlan } from '../planEdits';
import { lookupDayArg } from '../plans';
import { EXIT, type Verb } from '../verb';

function dayVerb(name: 'done' | 'undone'): Verb {
  return {
    name,
    summary: name === 'done' ? 'Mark a day complete: \u2705 and the date on it and on its open tasks' : 'Mark a day incomplete again: its stamps go, its tasks are unchecked',
    usage: name === 'done' ? 'done <file> <DAY> [--date YYYY-MM-DD] [--max-size 5MB]' : 'undone <file> <DAY> [--max-size 5MB]',
    description: name === 'done'
      ? `Mark a day complete: stamp its heading with \u2705 and the date (default: today, local time)
and check its open tasks, stamping them too. ${DAY_HELP}`
      : `Mark a day incomplete: remove the heading's stamp, uncheck its tasks and remove their stamps (a task
stamped before the day's own stamp stays checked); a skipped day (\u23ED) is put back in the plan, its tasks as
they are. ${DAY_HELP} For undone, today is the day marked complete today.`,
    async run(args, context) {
      const reader = new ArgReader(args);
      const today = localIsoDate(context.clock());
      const date = name === 'done' ? reader.dateUpTo('--date', today) : null;
      const maxBytes = reader.maxSize();
      const [file, dayText] = exactly(reader.positionals(), 2, name, 'a file and one DAY');
      const spec = daySpec(dayText);
      let redated = '';
      const { summary } = await editPlan(file, context, maxBytes, (text, plan): EditOutcome => {
        // The name as shown (escaped): the refusal's lines are joined here and split again by editPlan.
        const found = lookupDayArg(plan, spec, field(file), context, name === 'done' ? 'current' : 'markedToday');
        if (!found.ok) return { ok: false, message: [found.message, ...found.candidates.map((c) => `  ${c}`)].join('\n') };
        const outcome = name === 'done' ? markDayComplete(text, found.day, { date: date ?? today, checkTasks: true }) : markDayIncomplete(text, found.day);
        // Done on another date than --date asks: the stamp stays; say how to date it again.
        redated = outcome.ok && outcome.edits.length === 0 && date !== null && found.day.doneDate !== null && found.day.doneDate !== date
          ? `; to date it ${date}: learning-plans undone ${shellWord(file)} ${shellWord(dayText)}, then done again with --date ${date}` : '';
        return outcome;
      });
      context.io.out(`${field(file)}: ${summary}${redated}`);
      return EXIT.ok;
    },
  };
}

export const doneVerb = dayVerb('done');
export const undoneVerb = dayVerb('undone');

export const toggleVerb: Verb = {
  name: 'toggle',
  summary: 'Check or uncheck the task on a line (checking stamps it)',
  usage: 'toggle <file> <line> [--date YYYY-MM-DD] [--max-size 5MB]',
  description: 'Check or uncheck the task on that 1-based line, also written line:N (checking stamps it with the date).',
  async run(args, context) {
    const reader = new ArgReader(args);
    const today = localIsoDate(context.clock());
    const date = reader.dateUpTo('--date', today);
    const maxBytes = reader.maxSize();
    const [file, lineText] = exactly(reader.positionals(), 2, 'toggle', 'a file and a line');
    const line = positiveInteger(lineText.replace(/^line:/i, ''), 'the line');
    const { summary } = await editPlan(file, context, maxBytes, (text, plan) => {
      const tasks = tasksOnLines(plan, line - 1, line - 1);
      if (tasks.length === 0) {
        const lines = text.split(/\r\n|\r|\n/).length - (/[\r\n]$/.test(text) ? 1 : 0);
        return { ok: false, message: line > lines ? `${file} has ${plural(lines, 'line')}: there is no line ${line}` : `line ${line} of ${file} is not a task` };
      }
      return toggleTasks(text, tasks, date ?? today);
    });
    context.io.out(`${field(file)}: ${summary}`);
    return EXIT.ok;
  },
};
