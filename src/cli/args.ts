export interface CliArgs {
  readonly command: 'index' | 'help' | 'version';
  readonly paths: readonly string[];
  readonly json: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: learning-plans index <file-or-folder>... [--json]

  index    Print the plan outline of markdown files; folders are searched for *.md
           (node_modules, .git, out, dist and build are skipped). Non-plan files are not listed.
  --json   Print one JSON document: { "plans": [Node] }.
  --help   Show this help.  --version   Show the version.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') {
    return { command: 'help', paths: [], json: false };
  }
  if (argv.includes('--version')) {
    return { command: 'version', paths: [], json: false };
  }
  const [command, ...rest] = argv;
  if (command !== 'index') {
    throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  }
  const unknown = rest.find((a) => a.startsWith('--') && a !== '--json');
  if (unknown) {
    throw new UsageError(`unknown option '${unknown}'`);
  }
  const paths = rest.filter((a) => a !== '--json');
  if (paths.length === 0) {
    throw new UsageError('index needs at least one file or folder');
  }
  return { command, paths, json: rest.includes('--json') };
}
