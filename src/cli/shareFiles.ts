/**
 * What the review and sharing verbs share: plans read with their text (review cards need it), the
 * repository root that holds `.learning-plans/`, and writes of generated files through the node port.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { ParsedPlan, WriteResult } from '../core';
import { findMarkdownFiles, MissingPathError, readPlanFile } from './files';
import { native, portPath } from './nodeFileSystem';
import { field } from './output';
import { namedJournal, parsePlan } from './plans';
import { CliError, EXIT, UsageError, type CliContext } from './verb';

export interface PlanWithText {
  readonly plan: ParsedPlan;
  readonly file: string;
  readonly text: string;
}

/** The plans under the paths with their text; skipped files are warned about, a missing path exits 2. */
export async function loadPlansWithText(paths: readonly string[], context: CliContext, maxBytes: number): Promise<PlanWithText[]> {
  const warn = (text: string): void => context.io.err(`learning-plans: warning: ${field(text)}`);
  let files: string[];
  try {
    files = findMarkdownFiles(paths, warn);
  } catch (error) {
    if (error instanceof MissingPathError) throw new CliError(error.message, EXIT.usage);
    throw error;
  }
  const plans: PlanWithText[] = [];
  const named = new Set(paths.filter((p) => fs.statSync(p, { throwIfNoEntry: false })?.isFile()).map((p) => path.resolve(p)));
  for (const file of files) {
    const read = await readPlanFile(context.files, file, maxBytes);
    if ('warning' in read) {
      warn(read.warning);
      continue;
    }
    const plan = parsePlan(context, file, read.text);
    if (plan.isPlan || (paths.length === 1 && named.has(path.resolve(file)) && namedJournal(plan))) plans.push({ plan, file, text: read.text });
    // A file named on its own that is no plan is said, not passed over (a learner's notes gave 0 cards without a word).
    else if (named.has(path.resolve(file))) warn(`${file} is no plan (no day, week, module or checkbox in it): nothing of it is read`);
  }
  return plans;
}

/** The git repository `start` is in: the nearest folder at or above it holding `.git` (a folder or a worktree's file); else null. */
export function gitRoot(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** The nearest folder at or above `start` holding `.learning-plans` or `.git`; else `start` itself. */
export function findRoot(start: string): string {
  return markedRoot(start) ?? path.resolve(start);
}

/** The nearest folder at or above `start` holding `.learning-plans` or `.git`; else null. */
export function markedRoot(start: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.learning-plans')) || fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/**
 * The folder a command reads when no path is named: the repository around `cwd` (findRoot). Refused where that would be
 * the whole disk or the home folder (no .git or .learning-plans above): a trial's `status` run from `/` read thousands
 * of files and /proc, and printed a streak of 2528 days.
 */
export function defaultFolder(command: string, cwd = process.cwd()): string {
  const marked = markedRoot(cwd);
  if (marked !== null) return marked;
  const here = path.resolve(cwd);
  const home = os.homedir();
  const whole = path.dirname(here) === here ? 'the root of the file system' : home !== '' && path.resolve(home) === here ? 'your home folder' : null;
  if (whole !== null) {
    throw new UsageError(`no folder named, and the working folder (${field(here)}) is ${whole}, with no .git or .learning-plans in it: name the plans' folder or file (learning-plans ${command} ~/plans), or run it inside the folder of your plans`);
  }
  return here;
}

/**
 * The paths a reading verb was given, else the folder `defaultFolder` names, relative to the working folder: status,
 * index, heatmap and badge read the same plans with no path (a trial's `index` with none was a usage error, where
 * `status` read the folder).
 */
export function pathsOrDefault(given: readonly string[], command: string): string[] {
  return given.length > 0 ? [...given] : [path.relative(process.cwd(), defaultFolder(command)) || '.'];
}

/** Where to look for the root from: the first path's folder (or the path itself), else the working folder. */
export function startFolder(paths: readonly string[]): string {
  if (paths.length === 0) return process.cwd();
  const first = path.resolve(paths[0]);
  return fs.existsSync(first) && fs.statSync(first).isDirectory() ? first : path.dirname(first);
}

/** `file` relative to `folder`, with `/`: a plan's key in card ids, a link in the README. */
export function posixRelative(folder: string, file: string): string {
  return path.relative(folder, path.resolve(file)).split(path.sep).join('/');
}

/** A write's outcome as the CLI reports it: one line on stdout, or exit 1 with the reason (nothing written). */
export function reportWrite(file: string, result: WriteResult, context: CliContext): void {
  if (!result.ok) throw new CliError(`${result.message.split(portPath(file)).join(file)}; nothing written`);
  // A folder made for it is named as the file was given (`docs/imgs/heat.svg: created, in a new folder docs`).
  const given = file.split(path.sep).join('/');
  const full = portPath(file);
  const base = !path.isAbsolute(file) && full.endsWith(`/${given}`) ? full.slice(0, full.length - given.length) : null;
  context.io.out(`${field(file)}: ${field(base === null ? result.summary : result.summary.split(base).join(''))}`);
}

export { native, portPath };
