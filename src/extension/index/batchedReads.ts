import type * as vscode from 'vscode';
import { TimeSlice } from './hostTime';
import { openDocuments } from './openDocuments';

/** Files read per batch during a scan, between which the extension host breathes. */
const SCAN_BATCH = 100;

/**
 * Reads `files` a batch at a time (the reads of a batch overlap), then hands each read to `take` in
 * time slices between which the host breathes; `batchDone` runs after each batch (the index shows the
 * plans found so far). `read` is told which documents are open, taken once per batch.
 */
export async function readInBatches<R>(
  files: readonly vscode.Uri[],
  read: (uri: vscode.Uri, open: ReadonlySet<string>) => Promise<R>,
  take: (uri: vscode.Uri, read: R) => void,
  batchDone: () => void,
): Promise<void> {
  const slice = new TimeSlice();
  for (let i = 0; i < files.length; i += SCAN_BATCH) {
    const batch = files.slice(i, i + SCAN_BATCH);
    const open = openDocuments();
    const reads = await Promise.all(batch.map((uri) => read(uri, open)));
    for (let j = 0; j < batch.length; j++) {
      take(batch[j], reads[j]);
      await slice.breathe();
    }
    batchDone();
    await slice.breathe(true);
  }
}
