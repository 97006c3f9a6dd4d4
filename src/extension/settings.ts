import * as vscode from 'vscode';
import { GlobSet, labsFolderSegments, PRODUCT_FOLDER } from '../core';

export const DEFAULT_INCLUDE = '**/*.md';
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/build/**'];

export interface IndexSettings {
  readonly include: string;
  /** One glob for `findFiles`: our excludes and `files.exclude` together (an explicit exclude disables files.exclude there). */
  readonly excludeGlob: string | undefined;
  readonly includeSet: GlobSet;
  readonly excludeSet: GlobSet;
}

export function readIndexSettings(folder: vscode.WorkspaceFolder): IndexSettings {
  const config = vscode.workspace.getConfiguration('learningPlans', folder);
  const include = config.get<string>('include')?.trim() || DEFAULT_INCLUDE;
  const own = config.get<string[]>('exclude') ?? DEFAULT_EXCLUDE;
  const filesExclude = vscode.workspace.getConfiguration('files', folder).get<Record<string, boolean>>('exclude') ?? {};
  // Files the product writes (lab notes) are never plans: the labs folder is left out unless asked for;
  // `.learning-plans/` (templates, the review log) always is: a notes template may hold a checkbox.
  const labs = config.get<boolean>('labs.indexLabs', false) ? [] : [`${labsFolderSegments(config.get<string>('labs.folder')).join('/')}/**`];
  const excludes = [...own, ...labs, `**/${PRODUCT_FOLDER}/**`, ...Object.keys(filesExclude).filter((glob) => filesExclude[glob] === true)].filter((g) => g.trim());
  return {
    include,
    excludeGlob: excludes.length ? `{${excludes.join(',')}}` : undefined,
    includeSet: new GlobSet([include]),
    excludeSet: new GlobSet(excludes),
  };
}

/** `learningPlans.statusBar.enabled`: the streak's and the timer's status bar items (on by default). */
export function statusBarEnabled(): boolean {
  return vscode.workspace.getConfiguration('learningPlans').get<boolean>('statusBar.enabled', true);
}

/** What the CLI's `--max-size` allows (cli/options.ts, worked out there from Node's string limit; the web host has no `buffer`). */
const MOST_KB = 511 * 1024;

/** `learningPlans.maxFileSizeKB` in bytes: the largest file the index reads and the byte path edits (5120 KB by default). */
export function maxFileBytes(scope: vscode.Uri): number {
  const kb = vscode.workspace.getConfiguration('learningPlans', scope).get<number>('maxFileSizeKB', 5120);
  // A plan is decoded into one string, and V8's strings stop short of 512 MB: a larger limit would let a file through
  // only for its read to fail (package.json's maximum says so in the Settings editor; this holds for a hand-edited file).
  return Math.min(Number.isFinite(kb) && kb > 0 ? kb : 5120, MOST_KB) * 1024;
}

export interface ProgressSettings {
  readonly stampDates: boolean;
  readonly checkTasks: boolean;
  readonly saveAfterEdit: boolean;
}

export function readProgressSettings(uri: vscode.Uri): ProgressSettings {
  const config = vscode.workspace.getConfiguration('learningPlans', uri);
  return {
    stampDates: config.get<boolean>('stampDates', true),
    checkTasks: config.get<boolean>('markDay.checkTasks', true),
    saveAfterEdit: config.get<boolean>('saveAfterEdit', true),
  };
}
