import * as vscode from 'vscode';
import { mayBePlanBytes } from '../../core';
import type { IndexDisk } from './indexDisk';
import { localDisk } from './localDisk';

/** A file's size and modification time, as read before its text. */
export interface DiskStat {
  readonly size: number;
  readonly mtime: number;
}

const workspaceDisk: IndexDisk = {
  stat: async (uri) => vscode.workspace.fs.stat(uri),
  readFile: async (uri) => vscode.workspace.fs.readFile(uri),
};

/** What reading a file gave: its bytes, a cached model still valid, or why it is not indexed. */
export type DiskRead =
  | { bytes: Uint8Array; stat: DiskStat; readAt: number }
  | { reuse: true; stat: DiskStat }
  | { skipped: 'gone' | 'special' }
  | { skipped: 'large'; size: number };

/**
 * Reads a markdown file for the index (through `workspace.fs`, so the web build works; local files in the
 * Node host through `fs`, seven times faster on a vault). The file is stat'ed first: only a regular file (no
 * symbolic link, FIFO or device) is read, and a huge one never. `cached(stat)` says whether a snapshot of
 * the file at exactly this size and time is at hand: then the file is not read at all. Decoding is left
 * to `contentOf`, which the index calls in its time slices (reads complete in bursts).
 */
export async function readForIndex(uri: vscode.Uri, maxBytes: number, cached?: (stat: DiskStat) => boolean): Promise<DiskRead> {
  const disk = uri.scheme === 'file' && localDisk ? localDisk : workspaceDisk;
  try {
    const { size, type, mtime } = await disk.stat(uri);
    // Only regular files: a FIFO would hang the read, a link could lead out of the workspace (or to /dev/zero).
    if (type !== vscode.FileType.File) return { skipped: 'special' };
    if (size > maxBytes) return { skipped: 'large', size };
    if (cached?.({ size, mtime })) return { reuse: true, stat: { size, mtime } };
    // Taken before the read: a file changed in the second it was read is kept out of the snapshot (diskSnapshot.ts).
    let readAt = Date.now();
    let bytes = await disk.readFile(uri, maxBytes);
    let stat: DiskStat = { size, mtime };
    // A file being written (truncated, then filled) reads short: read again once it has settled.
    for (let attempt = 0; attempt < 3 && bytes.length !== stat.size; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const now = await disk.stat(uri);
      if (now.type !== vscode.FileType.File) return { skipped: 'special' };
      if (now.size > maxBytes) return { skipped: 'large', size: now.size };
      stat = { size: now.size, mtime: now.mtime };
      readAt = Date.now();
      bytes = await disk.readFile(uri, maxBytes);
      if (bytes.length === now.size) break;
    }
    return { bytes, stat, readAt };
  } catch {
    return { skipped: 'gone' }; // deleted or unreadable since it was found
  }
}

/**
 * A read file's text, and whether the core's pre-filter proved from its bytes that it is no plan (most
 * notes of a vault: they are never parsed); undefined for binary content named `.md`.
 */
export function contentOf(bytes: Uint8Array, path: string): { text: string; notPlan: boolean } | undefined {
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  // Invalid bytes become U+FFFD for display; edits to such files are refused (see PlanEditor).
  return { text: new TextDecoder('utf-8').decode(bytes), notPlan: !mayBePlanBytes(bytes, path) };
}

/** Why a file that was found is not indexed, for the log. */
export const SKIP_REASONS = {
  special: 'not a regular file (a link, a FIFO or a device is never read)',
  binary: 'it holds binary content',
  gone: 'it is gone or cannot be read',
} as const;
