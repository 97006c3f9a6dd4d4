import * as vscode from 'vscode';
import type { SnapshotEntry } from '../../core';
import { readForIndex, type DiskRead, type DiskStat } from './diskReader';
import type { DiskSnapshot } from './diskSnapshot';
import { filesToIndex } from './filesToIndex';
import { readInBatches } from './batchedReads';
import { statOfSaved, type OpenRead } from './openDocuments';
import type { IndexSettings } from '../settings';
import type { ScanReport } from './scanReport';

/** What a scan needs of the index it fills. */
export interface ScanTarget {
  readonly disk: DiskSnapshot;
  maxBytes(uri: vscode.Uri): number;
  /** Takes a file's read (a promise when its text is parsed in steps: see PlanIndex.apply). */
  apply(uri: vscode.Uri, read: DiskRead | OpenRead, snapshot: SnapshotEntry | undefined): Promise<void> | undefined;
  /** Shows the plans taken so far (one change event). */
  flush(): void;
  /** Forgets a file the scan did not find. */
  forget(key: string): void;
  /** Plans the index holds now. */
  plans(): number;
  knownUris(): readonly string[];
  /** Parses run and files reused so far (the report counts this scan's). */
  work(): { readonly parsed: number; readonly reused: number };
}

/**
 * Reads every markdown file of the folders into the index, in batches between which the host runs (see
 * readInBatches), and forgets the files it holds that are gone. A file in `touched` (reported by the watcher or
 * an editor since the scan began) keeps what the index took then: the scan's read of it is older. Last session's
 * snapshot spares the read and parse of a file unchanged since (same size and time), as does what the index holds.
 */
export async function scanFolders(folders: readonly { folder: vscode.WorkspaceFolder; settings: IndexSettings }[], touched: ReadonlySet<string>, target: ScanTarget): Promise<ScanReport> {
  const found = new Set<string>();
  const started = performance.now();
  const before = target.work();
  let firstPlansMs: number | undefined;
  const firstPlans = (): void => {
    if (firstPlansMs === undefined && target.plans() > 0) firstPlansMs = performance.now() - started;
  };
  // Last session's snapshot is used by the first scan only; later scans reuse what the index holds.
  const snapshot = await target.disk.takeLastSession();
  const cached = (uri: vscode.Uri) => (stat: DiskStat): boolean => {
    const key = uri.toString();
    if (target.disk.holds(key, stat)) return true;
    const entry = snapshot.get(key);
    return entry !== undefined && entry.size === stat.size && entry.mtime === stat.mtime;
  };
  for (const { folder, settings } of folders) {
    const files = await filesToIndex(folder, folder.uri, settings);
    // The folder's setting, read once (5,000 reads of the configuration, one a file, took the host ~10 ms); a file's
    // own where folders are several (a folder's listing may hold a nested workspace folder's files, with its setting).
    const folderMax = folders.length === 1 ? target.maxBytes(folder.uri) : undefined;
    const maxBytes = (uri: vscode.Uri): number => folderMax ?? target.maxBytes(uri);
    const stepping: Promise<void>[] = [];
    await readInBatches<DiskRead | OpenRead>(
      files,
      (uri, open) => (open.has(uri.toString()) ? statOfSaved(uri) : readForIndex(uri, maxBytes(uri), cached(uri))),
      (uri, read) => {
        const key = uri.toString();
        found.add(key);
        // Reported since it was read: what the index took then is newer than this read.
        const steps = touched.has(key) ? undefined : target.apply(uri, read, snapshot.get(key));
        if (steps) stepping.push(steps);
      },
      () => {
        // Show plans as they are found: the tree's first level fills in before the scan ends.
        target.flush();
        firstPlans();
      },
    );
    // Long plans parsed in steps (they show themselves when parsed).
    await Promise.all(stepping);
  }
  for (const uri of target.knownUris()) {
    if (!found.has(uri) && !touched.has(uri)) target.forget(uri);
  }
  target.flush();
  firstPlans();
  await target.disk.save();
  const after = target.work();
  return {
    files: found.size,
    plans: target.plans(),
    parsed: after.parsed - before.parsed,
    reused: after.reused - before.reused,
    firstPlansMs,
    totalMs: performance.now() - started,
  };
}
