/**
 * File access for the review and sharing verbs: plans read with their text, the workspace root,
 * and writes that are atomic (a temporary file renamed over the target) and change-checked (refused
 * when the file changed since it was read).
 */
import * as fs from 'fs';
import * as path from 'path';
import { inMemoryDocument, PlanCache, type ParsedPlan } from '../core';
import { findMarkdownFiles, MissingPathError, readPlanFile } from './files';
import type { CliIo } from './io';

export interface LoadedPlan {
  readonly plan: ParsedPlan;
  readonly file: string;
  readonly text: string;
}

/** The plans under the paths with their text (warnings to stderr), or exit code 2 for a missing path. */
export function loadPlansWithText(paths: readonly string[], io: CliIo): LoadedPlan[] | number {
  let files: string[];
  try {
    files = findMarkdownFiles(paths);
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    io.err(`learning-plans: ${error.message}`);
    return 2;
  }
  const cache = new PlanCache();
  const plans: LoadedPlan[] = [];
  for (const file of files) {
    const read = readPlanFile(file);
    if ('warning' in read) {
      io.err(`learning-plans: warning: ${read.warning}`);
      continue;
    }
    const plan = cache.get(inMemoryDocument(file, read.text));
    if (plan.isPlan) plans.push({ plan, file, text: read.text });
  }
  return plans;
}

/** The nearest folder at or above `start` holding `.learning-plans` or `.git`; else `start` itself. */
export function findRoot(start: string): string {
  const from = path.resolve(start);
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.learning-plans')) || fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/** A folder to start looking for the root from: the first path's folder (or itself), else the working directory. */
export function startFolder(paths: readonly string[]): string {
  if (paths.length === 0) return process.cwd();
  const first = path.resolve(paths[0]);
  return fs.existsSync(first) && fs.statSync(first).isDirectory() ? first : path.dirname(first);
}

/** `file` relative to `root` with forward slashes: a plan's key in card ids and the review log. */
export function posixRelative(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}

export function readIfExists(file: string): Uint8Array | null {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export class ChangedOnDiskError extends Error {}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, so a reader
 * never sees half a file. `expected` is what the file held when the edit was computed (null: it did
 * not exist); if it holds something else now, nothing is written and ChangedOnDiskError says so.
 * A symbolic link is written through (its target is replaced), and the file's mode is kept.
 */
export function writeAtomically(file: string, bytes: Uint8Array, expected: Uint8Array | null): void {
  let target = path.resolve(file);
  try {
    target = fs.realpathSync(target);
  } catch {
    // does not exist yet: written where asked
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const mode = expected === null ? undefined : fs.statSync(target).mode;
  fs.writeFileSync(temp, bytes, { flag: 'wx', mode });
  try {
    if (!sameBytes(readIfExists(target), expected)) throw new ChangedOnDiskError(`${file} changed while it was being updated`);
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
