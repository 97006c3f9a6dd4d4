import { isValidIsoDate } from '../core';
import { SHARE_USAGE } from './shareUsage';

export type CliArgs =
  | { readonly command: 'help' | 'version' }
  | { readonly command: 'index'; readonly paths: readonly string[]; readonly json: boolean }
  | { readonly command: 'status'; readonly paths: readonly string[]; readonly json: boolean; readonly today: string | null }
  | { readonly command: 'done' | 'undone'; readonly file: string; readonly day: number; readonly date: string | null }
  | { readonly command: 'toggle'; readonly file: string; readonly line: number; readonly date: string | null }
  | { readonly command: 'lab'; readonly file: string; readonly day: number; readonly root: string | null; readonly link: boolean }
  | { readonly command: 'links'; readonly file: string; readonly day: number };

export class UsageError extends Error {}

export const USAGE = `Usage:
  learning-plans index <file-or-folder>... [--json]
  learning-plans status <file-or-folder>... [--today YYYY-MM-DD] [--json]
  learning-plans done <file> <day-number> [--date YYYY-MM-DD]
  learning-plans undone <file> <day-number>
  learning-plans toggle <file> <line> [--date YYYY-MM-DD]
  learning-plans lab <file> <day-number> [--root DIR] [--no-link]
  learning-plans links <file> <day-number>

  index    Print the plan outline of markdown files; folders are searched for *.md
           (node_modules, .git, out, dist and build are skipped). Non-plan files are not listed.
           --json prints one JSON document: { "plans": [Node] }.
  status   The active plan, the current day, the study streak and per-plan progress.
           --today fixes the date (default: today, local time); --json keys: activePlan, currentDay, streak.
  done     Mark a day complete: stamp its heading with ✅ and the date (default: today, local time)
           and check its open tasks, stamping them too.
  undone   Mark a day incomplete: remove the heading's stamp, uncheck its tasks and remove their stamps.
  toggle   Check or uncheck the task on that 1-based line (checking stamps it with the date).
  lab      Scaffold the day's lab (notebook + notes) in <root>/labs/<plan>/day-NNN-<title>/, never
           overwriting, and link it under the day's heading (not with --no-link). The root is the
           nearest folder above the plan holding .git or .learning-plans (templates are read from
           <root>/.learning-plans/templates/), else the plan's folder.
  links    List the day's links, one per line: text, a tab, target.
  --help   Show this help.  --version   Show the version.

Review and share:
${SHARE_USAGE}`;

/** Pulls `--name value` out of the argument list. */
function takeOption(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

function positiveInteger(text: string | undefined, what: string): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`${what} must be a positive whole number, not '${text ?? ''}'`);
  return Number(text);
}

function rejectUnknown(args: readonly string[], allowed: readonly string[]): void {
  const unknown = args.find((a) => a.startsWith('--') && !allowed.includes(a));
  if (unknown) throw new UsageError(`unknown option '${unknown}'`);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  const args = [...rest];
  switch (command) {
    case 'index': {
      rejectUnknown(args, ['--json']);
      const paths = args.filter((a) => a !== '--json');
      if (paths.length === 0) throw new UsageError('index needs at least one file or folder');
      return { command, paths, json: args.includes('--json') };
    }
    case 'status': {
      const today = takeOption(args, '--today');
      if (today !== null && !isValidIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not '${today}'`);
      rejectUnknown(args, ['--json']);
      const paths = args.filter((a) => a !== '--json');
      if (paths.length === 0) throw new UsageError('status needs at least one file or folder');
      return { command, paths, json: args.includes('--json'), today };
    }
    case 'done':
    case 'undone':
    case 'toggle': {
      const date = command === 'undone' ? null : takeOption(args, '--date');
      if (date !== null && !isValidIsoDate(date)) throw new UsageError(`--date must be a real date as YYYY-MM-DD, not '${date}'`);
      rejectUnknown(args, []);
      if (args.length !== 2) throw new UsageError(`${command} needs a file and a ${command === 'toggle' ? 'line' : 'day number'}`);
      const [file, target] = args;
      if (command === 'toggle') return { command, file, line: positiveInteger(target, 'the line'), date };
      return { command, file, day: positiveInteger(target, 'the day number'), date };
    }
    case 'lab':
    case 'links': {
      const root = command === 'lab' ? takeOption(args, '--root') : null;
      const link = !args.includes('--no-link');
      const rest = args.filter((a) => a !== '--no-link' || command !== 'lab');
      rejectUnknown(rest, []);
      if (rest.length !== 2) throw new UsageError(`${command} needs a file and a day number`);
      const day = positiveInteger(rest[1], 'the day number');
      return command === 'lab' ? { command, file: rest[0], day, root, link } : { command, file: rest[0], day };
    }
    default:
      throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  }
}
