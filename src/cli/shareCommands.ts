/**
 * Sharing progress: `heatmap`, `badge`, `readme` and `workflow` (see src/core/share). Every file is
 * written atomically and only when its content changes, so a run that has nothing new touches nothing.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  applyLineRangeEditToBytes, badgeSvg, heatmapSvg, isValidIsoDate, localIsoDate, progressBadge,
  progressWorkflow, readmeBlockLines, streakBadge, summarizeToday, updateReadmeBlock, WORKFLOW_PATH, WORKFLOW_PATHS, WorkflowOptionError,
  type Clock, type HeatmapTheme, type TodaySummary,
} from '../core';
import { UsageError } from './args';
import { readPlanFile } from './files';
import type { CliIo } from './io';
import { ChangedOnDiskError, loadPlansWithText, posixRelative, readIfExists, writeAtomically, type LoadedPlan } from './shareFiles';

declare const __VERSION__: string | undefined;

/** Pulls `--name value` out of `args`. */
function take(args: string[], name: string): string | null {
  const at = args.indexOf(name);
  if (at < 0) return null;
  const value = args[at + 1];
  if (value === undefined || (value.startsWith('--') && value !== '-')) throw new UsageError(`${name} needs a value`);
  args.splice(at, 2);
  return value;
}

function takeAll(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let value = take(args, name); value !== null; value = take(args, name)) values.push(value);
  return values;
}

function takeFlag(args: string[], name: string): boolean {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}

function rest(args: string[], what: string): string[] {
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`unknown option '${unknown}'`);
  if (args.length === 0) throw new UsageError(`${what} needs at least one file or folder`);
  return args;
}

function takeToday(args: string[], clock: Clock): string {
  const today = take(args, '--today');
  if (today !== null && !isValidIsoDate(today)) throw new UsageError(`--today must be a real date as YYYY-MM-DD, not '${today}'`);
  return today ?? localIsoDate(clock());
}

function summary(plans: readonly LoadedPlan[], today: string, io: CliIo): TodaySummary {
  const result = summarizeToday(plans.map((p) => p.plan), { today });
  for (const date of result.streak.futureDates.slice(0, 5)) io.err(`learning-plans: warning: a stamp is dated ${date}, after today (${today}); ignored`);
  return result;
}

/** Writes `text` to `out` (`-`: standard output) unless it already holds exactly that. */
function output(out: string, text: string, io: CliIo): number {
  if (out === '-') {
    io.out(text);
    return 0;
  }
  const bytes = new TextEncoder().encode(text);
  const before = readIfExists(out);
  if (before && Buffer.from(before).equals(Buffer.from(bytes))) {
    io.out(`${out}: unchanged`);
    return 0;
  }
  try {
    writeAtomically(out, bytes, before);
  } catch (error) {
    if (!(error instanceof ChangedOnDiskError)) throw error;
    io.err(`learning-plans: ${error.message}; nothing written`);
    return 1;
  }
  io.out(`${out}: written`);
  return 0;
}

/** `heatmap <paths>... --svg OUT [--theme auto|light|dark] [--today D]` */
export function runHeatmap(argv: readonly string[], io: CliIo, clock: Clock): number {
  const args = [...argv];
  const out = take(args, '--svg');
  const theme = take(args, '--theme') ?? 'auto';
  const today = takeToday(args, clock);
  if (!out) throw new UsageError('heatmap needs --svg <file> (or --svg - for standard output)');
  if (!['auto', 'light', 'dark'].includes(theme)) throw new UsageError(`--theme must be auto, light or dark, not '${theme}'`);
  const plans = loadPlansWithText(rest(args, 'heatmap'), io);
  if (typeof plans === 'number') return plans;
  return output(out, heatmapSvg(summary(plans, today, io), { standalone: true, theme: theme as HeatmapTheme }) + '\n', io);
}

/** `badge <paths>... --svg OUT [--kind streak|progress] [--label TEXT] [--today D]` */
export function runBadge(argv: readonly string[], io: CliIo, clock: Clock): number {
  const args = [...argv];
  const out = take(args, '--svg');
  const kind = take(args, '--kind') ?? 'streak';
  const label = take(args, '--label');
  const today = takeToday(args, clock);
  if (!out) throw new UsageError('badge needs --svg <file> (or --svg - for standard output)');
  if (kind !== 'streak' && kind !== 'progress') throw new UsageError(`--kind must be streak or progress, not '${kind}'`);
  const plans = loadPlansWithText(rest(args, 'badge'), io);
  if (typeof plans === 'number') return plans;
  const s = summary(plans, today, io);
  const counts = plans.reduce(
    (sum, { plan }) => {
      const p = plan.root.progress;
      return { daysDone: sum.daysDone + p.daysDone, daysTotal: sum.daysTotal + p.daysTotal, tasksDone: sum.tasksDone + p.tasksDone, tasksTotal: sum.tasksTotal + p.tasksTotal };
    },
    { daysDone: 0, daysTotal: 0, tasksDone: 0, tasksTotal: 0 },
  );
  const badge = kind === 'streak' ? streakBadge(s.streak, label ?? undefined) : progressBadge(counts, label ?? undefined);
  return output(out, badgeSvg(badge) + '\n', io);
}

/** Alt text for an image the block shows: what the SVG's own title says, read from the file when it exists. */
function altOf(file: string, fallback: string): string {
  const bytes = readIfExists(file);
  const title = bytes ? /<title[^>]*>([^<]*)<\/title>/.exec(new TextDecoder().decode(bytes))?.[1] : undefined;
  return title ? title.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&') : fallback;
}

/** `readme README.md <paths>... [--heatmap SVG] [--badge SVG]... [--today D]` */
export function runReadme(argv: readonly string[], io: CliIo, clock: Clock): number {
  const args = [...argv];
  const heatmap = take(args, '--heatmap');
  const badges = takeAll(args, '--badge');
  const today = takeToday(args, clock);
  const [readme, ...paths] = rest(args, 'readme');
  if (paths.length === 0) throw new UsageError('readme needs the README file and at least one file or folder with plans');
  if (!fs.existsSync(readme) || !fs.statSync(readme).isFile()) {
    io.err(`learning-plans: no such file: ${readme}`);
    return 2;
  }
  const read = readPlanFile(readme);
  if ('warning' in read) {
    io.err(`learning-plans: ${read.warning}`);
    return 2;
  }
  const plans = loadPlansWithText(paths, io);
  if (typeof plans === 'number') return plans;
  const folder = path.dirname(path.resolve(readme));
  const own = path.resolve(readme);
  const shown = plans.filter((p) => path.resolve(p.file) !== own); // the README's own checkboxes are not a plan to list
  const s = summary(shown, today, io);
  const block = readmeBlockLines({
    plans: shown.map(({ plan, file }) => ({ plan, path: posixRelative(folder, file) })),
    streak: s.streak,
    today,
    heatmap: heatmap ? { path: posixRelative(folder, heatmap), alt: altOf(heatmap, 'Study activity') } : undefined,
    badges: badges.map((b) => ({ path: posixRelative(folder, b), alt: altOf(b, 'badge') })),
  });
  const update = updateReadmeBlock(read.text, block);
  if (update.kind === 'refused') {
    io.err(`learning-plans: ${readme}: ${update.message}; nothing written`);
    return 1;
  }
  if (update.kind === 'unchanged') {
    io.out(`${readme}: unchanged`);
    return 0;
  }
  try {
    writeAtomically(readme, applyLineRangeEditToBytes(read.bytes, update.edit), read.bytes);
  } catch (error) {
    if (!(error instanceof ChangedOnDiskError)) throw error;
    io.err(`learning-plans: ${error.message}; nothing written`);
    return 1;
  }
  io.out(`${readme}: ${update.kind === 'append' ? 'progress block added at the end' : 'progress block updated'}`);
  return 0;
}

/** `workflow [DIR] [--plans P]... [--readme FILE] [--time-zone TZ] [--daily] [--print]` */
export function runWorkflow(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  const plans = takeAll(args, '--plans');
  const readme = take(args, '--readme') ?? undefined;
  const timeZone = take(args, '--time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
  const daily = takeFlag(args, '--daily');
  const print = takeFlag(args, '--print');
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown) throw new UsageError(`unknown option '${unknown}'`);
  if (args.length > 1) throw new UsageError('workflow takes at most one folder (the repository root)');
  const root = path.resolve(args[0] ?? '.');
  const options = { cliVersion: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev', plans, readme, timeZone: timeZone === 'UTC' ? null : timeZone, daily };
  const resolve = (relative: string): string => path.join(root, ...relative.split('/'));
  let text: string;
  try {
    text = progressWorkflow(options);
  } catch (error) {
    if (!(error instanceof WorkflowOptionError)) throw error;
    io.err(`learning-plans: ${error.message}`);
    return 2;
  }
  if (print) {
    io.out(text.trimEnd());
    return 0;
  }
  // The same rule as the core's createProgressWorkflow (which the extension uses through its async port).
  const existing = WORKFLOW_PATHS.find((relative) => fs.existsSync(resolve(relative)));
  if (existing) {
    io.err(`learning-plans: ${resolve(existing)} exists; not overwritten`);
    return 1;
  }
  fs.mkdirSync(path.dirname(resolve(WORKFLOW_PATH)), { recursive: true });
  try {
    fs.writeFileSync(resolve(WORKFLOW_PATH), text, { flag: 'wx' }); // wx: fails rather than overwrite
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    io.err(`learning-plans: ${resolve(WORKFLOW_PATH)} exists; not overwritten`);
    return 1;
  }
  io.out(`created ${resolve(WORKFLOW_PATH)}`);
  return 0;
}
