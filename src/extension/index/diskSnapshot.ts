import { decodeSnapshotInSteps, encodeSnapshotInSteps, type SnapshotEntry } from '../../core';
import { log } from '../log';
import type { DiskStat } from './diskReader';
import { inSlices } from './hostTime';
import type { SnapshotStorage } from './snapshotStorage';

/** A file whose time is in whole seconds, read this soon after it, is not put in the snapshot (see `racy`). */
const COARSE_MTIME_MS = 2000;

/**
 * Some file systems (FAT, HFS+, SMB shares) keep times in whole seconds or two: a file changed again in the second
 * it was read could keep both its size and its time, and the snapshot would hold the older text. A time with a
 * fraction of a second comes from a file system that keeps finer ones.
 */
function racy(record: DiskRecord): boolean {
  return record.mtime % 1000 === 0 && record.readAt - record.mtime < COARSE_MTIME_MS;
}
/** The snapshot is written after a scan, and this long after the last change (it is only a cache). */
const SNAPSHOT_DELAY_MS = 30_000;

interface DiskRecord extends DiskStat {
  /** The fingerprint of the text read, as the store took it. */
  readonly fingerprint: string | undefined;
  readonly readAt: number;
}

type EntryOf = (uri: string) => { readonly fingerprint: string; readonly plan: SnapshotEntry['plan'] } | undefined;

/**
 * What the index knows of each file as last read from disk, and the snapshot made of it: what a window reload
 * needs to show the plans without reading and parsing every file again. A cache: an entry is written only while
 * the store still holds the very text read (not text typed since, perhaps never saved), and is used only while
 * the file keeps the size and time it had.
 */
export class DiskSnapshot {
  private readonly records = new Map<string, DiskRecord>();
  private lastSession: Promise<Map<string, SnapshotEntry>> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly storage: SnapshotStorage | undefined, private readonly version: string, private readonly entryOf: EntryOf) {
    this.lastSession = storage
      ?.read()
      .then((text) => (text ? inSlices(decodeSnapshotInSteps(text, version)) : new Map<string, SnapshotEntry>()))
      .catch(() => new Map<string, SnapshotEntry>());
  }

  /** Last session's entries, for the first scan only (later scans reuse what the store holds). */
  async takeLastSession(): Promise<Map<string, SnapshotEntry>> {
    const entries = this.lastSession;
    this.lastSession = undefined;
    return (await entries) ?? new Map();
  }

  /**
   * The store just took the file's text read from disk at `stat` (its fingerprint is the store's now). `readAt`: when
   * it was read, if not just now (a long text is parsed in steps after its read: the time of its end would make a
   * read in the second of the file's change look safe).
   */
  record(uri: string, stat: DiskStat, fingerprint = this.entryOf(uri)?.fingerprint, readAt = Date.now()): void {
    this.records.set(uri, { size: stat.size, mtime: stat.mtime, fingerprint, readAt });
    this.schedule();
  }

  drop(uri: string): void {
    this.records.delete(uri);
  }

  /** The store holds exactly the text last read from disk for a file of this size and time. */
  holds(uri: string, stat: DiskStat): boolean {
    const known = this.records.get(uri);
    return known !== undefined && known.size === stat.size && known.mtime === stat.mtime && known.fingerprint !== undefined && this.entryOf(uri)?.fingerprint === known.fingerprint;
  }

  fingerprintOf(uri: string): string | undefined {
    return this.records.get(uri)?.fingerprint;
  }

  /** Writes the snapshot now (after a scan; tests). */
  async save(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.storage) return;
    const entries = new Map<string, SnapshotEntry>();
    for (const [uri, record] of this.records) {
      const entry = this.entryOf(uri);
      if (entry && entry.fingerprint === record.fingerprint && !racy(record)) {
        entries.set(uri, { size: record.size, mtime: record.mtime, fingerprint: entry.fingerprint, plan: entry.plan });
      }
    }
    try {
      await this.storage.write(await inSlices(encodeSnapshotInSteps(this.version, entries)));
    } catch (error) {
      log().warn('writing the index snapshot failed (it is only a cache):', error);
    }
  }

  private schedule(): void {
    if (!this.storage || this.timer !== undefined) return;
    this.timer = setTimeout(() => void this.save(), SNAPSHOT_DELAY_MS);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
  }
}
