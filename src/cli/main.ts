import { localIsoDate, planToJson, systemClock, type Clock } from '../core';
import { parseArgs, UsageError, USAGE, type CliArgs } from './args';
import type { CliIo } from './io';
import { renderOutline } from './outline';
import { runProgressCommand } from './progressCommands';
import { loadPlans, runStatus } from './statusCommand';
import { runLab, runLinks } from './labCommands';
import { runShareVerb } from './shareVerbs';

declare const __VERSION__: string | undefined;

export type { CliIo };

/** Runs the CLI and returns its exit code: 0 ok, 1 no such day or task, 2 usage error or missing path. */
export function runCli(argv: readonly string[], io: CliIo, clock: Clock = systemClock): number {
  const shared = runShareVerb(argv, io, clock);
  if (shared !== null) return shared;
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`learning-plans: ${error.message}\n${USAGE}`);
    return 2;
  }
  switch (args.command) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'version':
      io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
      return 0;
    case 'index':
      return runIndex(args, io);
    case 'status':
      return runStatus(args, io, args.today ?? localIsoDate(clock()));
    case 'lab':
      return runLab(args, io, clock);
    case 'links':
      return runLinks(args, io);
    default:
      return runProgressCommand(args, io, clock);
  }
}

function runIndex(args: Extract<CliArgs, { command: 'index' }>, io: CliIo): number {
  const plans = loadPlans(args.paths, io);
  if (typeof plans === 'number') return plans;
  if (args.json) {
    io.out(JSON.stringify({ plans: plans.map(({ plan, file }) => planToJson(plan, file)) }, null, 2));
  } else {
    io.out(plans.map(({ plan, file }) => renderOutline(plan.root, file)).join('\n\n'));
  }
  return 0;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
  });
}
