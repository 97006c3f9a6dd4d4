import { PlanCache, planToJson, inMemoryDocument } from '../core';
import { parseArgs, UsageError, USAGE } from './args';
import { findMarkdownFiles, MissingPathError, readPlanFile } from './files';
import { renderOutline } from './outline';

declare const __VERSION__: string | undefined;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the CLI and returns its exit code: 0 ok, 2 usage error or missing path. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`learning-plans: ${error.message}\n${USAGE}`);
    return 2;
  }
  if (args.command === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (args.command === 'version') {
    io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return 0;
  }

  let files: string[];
  try {
    files = findMarkdownFiles(args.paths);
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    io.err(`learning-plans: ${error.message}`);
    return 2;
  }

  const cache = new PlanCache();
  const plans = [];
  for (const file of files) {
    const read = readPlanFile(file);
    if ('warning' in read) {
      io.err(`learning-plans: warning: ${read.warning}`);
      continue;
    }
    const plan = cache.get(inMemoryDocument(file, read.text));
    if (plan.isPlan) plans.push({ plan, file });
  }

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
