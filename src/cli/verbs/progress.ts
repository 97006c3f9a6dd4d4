import * as fs from 'fs';
import {
  applyEditsToBytes, ByteEditError, localIsoDate, markDayComplete, markDayIncomplete, tasksOnLines, toggleTasks,
  type EditOutcome, type ParsedPlan,
} from '../../core';
import { ArgReader, positiveInteger } from '../options';
import { loadPlanForEdit } from '../plans';
import { CliError, EXIT, UsageError, type CliContext, type Verb } from '../verb';

/**
 * Runs one progress edit: the same core edits as the extension's commands, written back so that only
 * the edited lines' bytes change. A refusal exits 1 and writes nothing.
 */
function writeEdit(file: string, context: CliContext, compute: (text: string, plan: ParsedPlan) => EditOutcome): number {
  const read = loadPlanForEdit(file, context);
  const outcome = compute(read.text, read.plan);
  if (!outcome.ok) throw new CliError(`${outcome.message}; nothing written`);
  if (outcome.edits.length > 0) {
    try {
      fs.writeFileSync(file, applyEditsToBytes(read.bytes, outcome.edits));
    } catch (error) {
      if (error instanceof ByteEditError) throw new CliError(`${error.message}; nothing written`);
      throw error;
    }
  }
  context.io.out(`${file}: ${outcome.summary}`);
  return EXIT.ok;
}

function dayVerb(name: 'done' | 'undone'): Verb {
  return {
    name,
    usage: name === 'done' ? 'done <file> <day-number> [--date YYYY-MM-DD]' : 'undone <file> <day-number>',
    description: name === 'done'
      ? `Mark a day complete: stamp its heading with \u2705 and the date (default: today, local time)
and check its open tasks, stamping them too.`
      : 'Mark a day incomplete: remove the heading\'s stamp, uncheck its tasks and remove their stamps.',
    async run(args, context) {
      const reader = new ArgReader(args);
      const date = name === 'done' ? reader.date('--date') : null;
      const positionals = reader.positionals();
      if (positionals.length !== 2) throw new UsageError(`${name} needs a file and a day number`);
      const [file, dayText] = positionals;
      const number = positiveInteger(dayText, 'the day number');
      return writeEdit(file, context, (text, plan) => {
        const day = plan.days.find((d) => d.number === number);
        if (!day) return { ok: false, message: `${file} has no Day ${number}` };
        return name === 'done'
          ? markDayComplete(text, day, { date: date ?? localIsoDate(context.clock()), checkTasks: true })
          : markDayIncomplete(text, day);
      });
    },
  };
}

export const doneVerb = dayVerb('done');
export const undoneVerb = dayVerb('undone');

export const toggleVerb: Verb = {
  name: 'toggle',
  usage: 'toggle <file> <line> [--date YYYY-MM-DD]',
  description: 'Check or uncheck the task on that 1-based line (checking stamps it with the date).',
  async run(args, context) {
    const reader = new ArgReader(args);
    const date = reader.date('--date');
    const positionals = reader.positionals();
    if (positionals.length !== 2) throw new UsageError('toggle needs a file and a line');
    const [file, lineText] = positionals;
    const line = positiveInteger(lineText, 'the line');
    return writeEdit(file, context, (text, plan) => {
      const tasks = tasksOnLines(plan, line - 1, line - 1);
      if (tasks.length === 0) return { ok: false, message: `line ${line} of ${file} is not a task` };
      return toggleTasks(text, tasks, date ?? localIsoDate(context.clock()));
    });
  },
};
