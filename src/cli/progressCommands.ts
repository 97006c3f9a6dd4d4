import * as fs from 'fs';
import {
  applyEditsToBytes, ByteEditError, localIsoDate, markDayComplete, markDayIncomplete,
  tasksOnLines, toggleTasks, type Clock, type EditOutcome, type ParsedPlan,
} from '../core';
import type { CliArgs } from './args';
import { readPlanForEdit } from './files';
import type { CliIo } from './io';

type ProgressArgs = Extract<CliArgs, { command: 'done' | 'undone' | 'toggle' }>;

function compute(args: ProgressArgs, text: string, plan: ParsedPlan, today: string): EditOutcome {
  const date = args.date ?? today;
  if (args.command === 'toggle') {
    const tasks = tasksOnLines(plan, args.line - 1, args.line - 1);
    if (tasks.length === 0) return { ok: false, message: `line ${args.line} of ${args.file} is not a task` };
    return toggleTasks(text, tasks, date);
  }
  const day = plan.days.find((d) => d.number === args.day);
  if (!day) return { ok: false, message: `${args.file} has no Day ${args.day}` };
  return args.command === 'done' ? markDayComplete(text, day, { date, checkTasks: true }) : markDayIncomplete(text, day);
}

/**
 * `done`, `undone` and `toggle`: the same core edits as the extension's commands, written back so that
 * only the edited lines' bytes change. Exit codes: 0 done (or nothing to do), 1 no such day or task
 * (nothing written), 2 a missing or unreadable file.
 */
export function runProgressCommand(args: ProgressArgs, io: CliIo, clock: Clock): number {
  const read = readPlanForEdit(args.file, io.err);
  if (typeof read === 'number') return read;
  const { plan } = read;
  const outcome = compute(args, read.text, plan, localIsoDate(clock()));
  if (!outcome.ok) {
    io.err(`learning-plans: ${outcome.message}; nothing written`);
    return 1;
  }
  if (outcome.edits.length > 0) {
    try {
      fs.writeFileSync(args.file, applyEditsToBytes(read.bytes, outcome.edits));
    } catch (error) {
      if (!(error instanceof ByteEditError)) throw error;
      io.err(`learning-plans: ${error.message}; nothing written`);
      return 1;
    }
  }
  io.out(`${args.file}: ${outcome.summary}`);
  return 0;
}
