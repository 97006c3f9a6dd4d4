/**
 * The GitHub Actions workflow that keeps a repository's progress pictures current: on every push to
 * the default branch it installs the CLI from the npm registry, redraws the heatmap and the badges,
 * updates the README block, and commits what changed. A commit pushed with the workflow's own token
 * starts no new run, so it never loops.
 *
 * Creating it goes through the file-system port (the extension's on `workspace.fs`, the CLI's on node
 * `fs`), and never replaces a workflow that exists.
 */
import { removeFoldersMade, type FileSystemPort } from '../fs/fileSystem';
import { joinPath } from '../fs/paths';
import { checkPathBelow } from '../fs/safePath';

export const WORKFLOW_PATH = '.github/workflows/learning-plans.yml';
/** Where an existing progress workflow may be: either extension GitHub accepts. */
export const WORKFLOW_PATHS: readonly string[] = [WORKFLOW_PATH, '.github/workflows/learning-plans.yaml'];

export interface WorkflowOptions {
  /** The CLI version to install (`learning-plans@<version>`): the extension's own, so both read plans alike. */
  readonly cliVersion: string;
  /** Files or folders with the plans, relative to the repository root (default: `.`, the whole repository). */
  readonly plans?: readonly string[];
  /** The README to update (default `README.md`); the step is skipped while the file does not exist. */
  readonly readme?: string;
  /** Where the SVGs go (default `.learning-plans`). */
  readonly outDir?: string;
  /** The learner's IANA time zone (`Europe/Paris`), so "today" and the streak match theirs; default UTC. */
  readonly timeZone?: string | null;
  /** Also run once a day (at 03:17 UTC), so a streak that ended shows as ended without a push. */
  readonly daily?: boolean;
  /**
   * A tarball of the CLI (`npm pack`'s) committed to the repository, relative to its root: installed from there, not
   * from the npm registry (for a version not published: a trial's workflow installed one that is not there).
   */
  readonly package?: string;
}

export class WorkflowOptionError extends Error {}

const TIME_ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * A relative path checked for what could break out of the YAML or the shell, then single-quoted. A `${{`
 * is refused too: GitHub puts an expression's value into the script before the shell reads it, so quotes do
 * not hold it (`${{ github.event.head_commit.message }}` would run a commit message); and `..`, which leaves
 * the repository.
 */
function shellPath(value: string, what: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the YAML
  if (!value || /[\u0000-\u001f\u007f]/.test(value) || value.startsWith('-') || value.startsWith('/') || /^[A-Za-z]:/.test(value) || value.split(/[\\/]/).includes('..')) {
    throw new WorkflowOptionError(`${what} must be a path inside the repository, relative to its root, not '${value}'`);
  }
  if (value.includes('${{')) throw new WorkflowOptionError(`${what} must not hold a GitHub expression (\${{ ... }}), not '${value}'`);
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** Whether the JavaScript engine knows `zone` (`Europe/Paris`); the workflow's `TZ` must name a real one. */
function knownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The workflow's text. Throws WorkflowOptionError for a value that cannot be written safely. */
export function progressWorkflow(options: WorkflowOptions): string {
  if (!VERSION.test(options.cliVersion)) throw new WorkflowOptionError(`'${options.cliVersion}' is not a version`);
  if (options.timeZone !== undefined && options.timeZone !== null && (!TIME_ZONE.test(options.timeZone) || !knownTimeZone(options.timeZone))) {
    throw new WorkflowOptionError(`'${options.timeZone}' is not a time zone name (such as Europe/Paris)`);
  }
  const out = (options.outDir ?? '.learning-plans').replace(/\/+$/, '');
  const plans = (options.plans?.length ? options.plans : ['.']).map((p) => shellPath(p, 'a plan path')).join(' ');
  const readme = shellPath(options.readme ?? 'README.md', 'the README path');
  shellPath(out, 'the output folder'); // refused as the user wrote it, not as one of the paths below
  const heatmap = shellPath(`${out}/heatmap.svg`, 'the output folder');
  const streak = shellPath(`${out}/streak.svg`, 'the output folder');
  const progress = shellPath(`${out}/progress.svg`, 'the output folder');
  if (options.package !== undefined && !/\.tgz$/i.test(options.package)) throw new WorkflowOptionError(`the package must be a tarball made by npm pack (.tgz), not '${options.package}'`);
  if (options.package !== undefined) shellPath(options.package, 'the package path'); // refused as written
  const source = options.package === undefined ? `learning-plans@${options.cliVersion}` : shellPath(`./${options.package}`, 'the package path');
  const lines = [
    '# Written by Learning Plans. On every push to the default branch, it redraws the study heatmap and',
    '# badges from the plans\' \u2705 stamps, updates the block between <!-- learning-plans:start --> and',
    '# <!-- learning-plans:end --> in the README, and commits what changed. Edit it freely: Learning Plans',
    '# never overwrites it.',
    'name: Learning progress',
    '',
    'on:',
    '  push:',
    '  workflow_dispatch:',
    ...(options.daily ? ['  schedule:', "    - cron: '17 3 * * *'"] : []),
    '',
    'permissions:',
    '  contents: write',
    '',
    'concurrency:',
    '  group: learning-plans-progress',
    '',
    'jobs:',
    '  progress:',
    '    if: github.ref_name == github.event.repository.default_branch',
    '    runs-on: ubuntu-latest',
    ...(options.timeZone ? ['    env:', `      TZ: ${options.timeZone}`] : []),
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-node@v4',
    '        with:',
    // The current LTS line: Node 20 reached its end of life in April 2026 (a learner saw the workflow pin it).
    '          node-version: 24',
    '      - name: Install the Learning Plans CLI',
    `        run: npm install --global --no-audit --no-fund ${source}`,
    '      - name: Draw the progress',
    '        run: |',
    `          learning-plans heatmap ${plans} --svg ${heatmap}`,
    `          learning-plans badge ${plans} --svg ${streak}`,
    `          learning-plans badge ${plans} --kind progress --svg ${progress}`,
    `          if [ -f ${readme} ]; then`,
    `            learning-plans readme ${readme} ${plans} --heatmap ${heatmap} --badge ${streak} --badge ${progress}`,
    '          fi',
    '      - name: Commit the changes',
    '        run: |',
    `          git add -- ${heatmap} ${streak} ${progress}`,
    `          if [ -f ${readme} ]; then git add -- ${readme}; fi`,
    '          if git diff --cached --quiet; then echo "Progress unchanged."; exit 0; fi',
    '          git -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \\',
    '            commit -m "Update learning progress"',
    '          git push',
  ];
  return lines.join('\n') + '\n';
}

/** The existing progress workflow under `root` (an absolute port path), or null when there is none. */
export async function findProgressWorkflow(files: FileSystemPort, root: string): Promise<string | null> {
  for (const relative of WORKFLOW_PATHS) {
    const path = joinPath(root, ...relative.split('/'));
    if (await files.stat(path)) return path;
  }
  return null;
}

export type WorkflowResult =
  | { readonly created: true; readonly path: string }
  | { readonly created: false; readonly existing: string }
  | { readonly created: false; readonly refused: string };

/**
 * Writes the workflow under `root` (the repository: a workspace folder) unless one exists (then says
 * where, writing nothing). Refuses a `.github` or `workflows` that is a symbolic link or not a folder.
 * Throws WorkflowOptionError for options that cannot be written safely.
 */
export async function createProgressWorkflow(files: FileSystemPort, root: string, options: WorkflowOptions): Promise<WorkflowResult> {
  const bytes = new TextEncoder().encode(progressWorkflow(options));
  const existing = await findProgressWorkflow(files, root);
  if (existing) return { created: false, existing };
  const segments = WORKFLOW_PATH.split('/');
  const check = await checkPathBelow(files, root, segments, 'file');
  if (!check.ok) return { created: false, refused: check.message };
  // The folders made here go again, if empty, when a write fails (a full disk): the failure is still thrown.
  const made: string[] = [];
  try {
    for (let i = check.existing + 1; i < segments.length; i++) {
      const folder = joinPath(root, ...segments.slice(0, i));
      if (await files.mkdir(folder)) made.push(folder);
    }
    const path = joinPath(root, ...segments);
    if (!(await files.writeNew(path, bytes))) return { created: false, existing: path };
    return { created: true, path };
  } catch (error) {
    await removeFoldersMade(files, made);
    throw error;
  }
}
