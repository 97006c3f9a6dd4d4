import { FileError, keepStringsCompact, PlanCache, systemClock, type Clock } from '../core';
import { describeError, NodeFileSystem } from './nodeFileSystem';
import { field, safeIo } from './output';
import { sourceMappedStack } from './stackTrace';
import { StdinLines } from './stdinLines';
import { findVerb, suggestVerb } from './registry';
import { usage, verbHelp, verbUsage } from './usage';
import { CliError, EXIT, UsageError, type CliContext, type CliIo } from './verb';

declare const __VERSION__: string | undefined;

export type { CliIo };

/**
 * Runs the CLI and resolves to its exit code: 0 ok, 1 refused or not found (nothing written), 2 usage error
 * or missing path. Expected failures print one line; anything else rejects (the entry point prints it, exit 70).
 */
export async function runCli(argv: readonly string[], rawIo: CliIo, clock: Clock = systemClock, files = new NodeFileSystem()): Promise<number> {
  // Plans and file names are untrusted: nothing they hold reaches the terminal as a control sequence.
  const io = safeIo(rawIo);
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    // `status --help` and `help status` show that verb; `--help` alone the whole help; a word that is no command
    // is said to be one, as without --help (a learner's `skip --help` printed the whole help and exit 0).
    const asked = argv[0] === 'help' ? argv[1] : argv[0];
    const named = findVerb(asked ?? '');
    if (!named && asked !== undefined && !asked.startsWith('-')) return unknownCommand(io, asked);
    io.out(named ? verbHelp(named) : usage());
    return EXIT.ok;
  }
  // `-v` alone too, as node and npm take it (a learner's `-v` was an unknown command).
  if (argv.includes('--version') || (argv.length === 1 && (argv[0] === '-v' || argv[0] === '-V'))) {
    io.out(typeof __VERSION__ === 'string' ? __VERSION__ : 'dev');
    return EXIT.ok;
  }
  const gone = workingFolderGone();
  if (gone) {
    io.err(`learning-plans: the working folder cannot be read (${gone}); cd to a folder that exists`);
    return EXIT.usage;
  }
  const [name, ...args] = argv;
  const verb = name === undefined ? undefined : findVerb(name);
  if (!verb) {
    if (name === undefined) {
      io.err(`learning-plans: missing command\n${usage()}`);
      return EXIT.usage;
    }
    return unknownCommand(io, name);
  }
  const context: CliContext = { io, clock, cache: new PlanCache(), files };
  try {
    return await verb.run(args, context);
  } catch (error) {
    // A message is one line: what an argument or a file name holds (a line break, a tab) is shown escaped.
    if (error instanceof UsageError) {
      io.err(`learning-plans: ${field(error.message)}\n${verbUsage(verb)}`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      io.err([`learning-plans: ${field(error.message)}`, ...error.details.map(field)].join('\n'));
      return error.code;
    }
    if (error instanceof FileError) {
      io.err(`learning-plans: ${field(error.message)}`);
      return EXIT.refused;
    }
    throw error;
  }
}

/**
 * Why the working folder cannot be read (deleted while the shell stood in it), or null. Every relative path
 * is read from it: without it a verb would fail half way with a trace, or read `.` as nothing.
 */
function workingFolderGone(): string | null {
  try {
    process.cwd();
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it was deleted' : describeError(error);
  }
}

/** Exit code of a bug (BSD's EX_SOFTWARE): the message and a stack trace that points into the TypeScript sources. */
export const EXIT_INTERNAL_ERROR = 70;

/** What a CLI process sets before its first verb (the build's training run for the code cache too). */
export function configureCliProcess(): void {
  // This process prints its models and exits: no compact copies of their strings (the extension keeps them).
  keepStringsCompact(false);
}

/** The process entry point (dist/cli.js). A bug's stack trace is mapped to the sources when it is printed. */
export function main(): void {
  configureCliProcess();
  // `learning-plans index . | head` closes the pipe early: that is the reader's choice, not an error. Any other
  // failure to write the output (a full disk: `> /dev/full`) is a failed write: one line, exit 1, no stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`learning-plans: cannot write the output: ${describeError(error)}\n`);
    process.exit(EXIT.refused);
  });
  // Warnings and errors are for a reader who may be gone (`2>&1 | head -1`): losing them must not stop a write
  // half done, nor turn a run that did its work into a failure.
  process.stderr.on('error', () => undefined);
  const input = new StdinLines();
  runCli(process.argv.slice(2), {
    out: (text) => process.stdout.write(text + '\n'),
    err: (text) => process.stderr.write(text + '\n'),
    write: (text) => process.stdout.write(text),
    writeBytes: (bytes) => process.stdout.write(bytes),
    readLine: (prompt) => input.next(prompt),
  }).finally(() => input.close()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`learning-plans: internal error (a bug: please report it with what you ran):\n${error instanceof Error ? sourceMappedStack(error, __filename) : String(error)}\n`);
      process.exitCode = EXIT_INTERNAL_ERROR;
    },
  );
}

/** `unknown command 'stauts'; did you mean 'status'?` on stderr: a usage error. */
function unknownCommand(io: CliIo, name: string): number {
  // `undo` is no typo of `undone` (a trial's: it takes a day's mark back, not the last command).
  if (/^(?:undo|revert)$/i.test(name)) {
    io.err(`learning-plans: unknown command '${field(name)}': no command takes back the last one. undone takes a day's \u2705 back (undone FILE DAY); a logged session or a review's grade is one line of text (delete it), and replan --shift -N moves a plan back; git diff shows what a command changed, git restore -p FILE takes back the parts you pick.\nRun 'learning-plans --help' for the commands.`);
    return EXIT.usage;
  }
  const meant = suggestVerb(name);
  io.err(`learning-plans: unknown command '${field(name)}'${meant ? `; did you mean '${meant.name}'?` : ''}\nRun 'learning-plans --help' for the commands.`);
  return EXIT.usage;
}
