/**
 * Deletes reported while disk reads are in flight: a read that a delete of its file, or of a folder above it,
 * overtook holds the bytes of a file that is gone, and is done again rather than applied (a plan written and
 * deleted at once came back from such a read, and stayed). Kept per file, so deletes elsewhere (a build cleaning
 * its output) never send a read round again.
 */
export class RecentDeletes {
  private seq = 0;
  private readonly log: { readonly key: string; readonly seq: number }[] = [];

  constructor(private readonly capacity = 256) {}

  /** A mark to compare with once a read is done. */
  now(): number {
    return this.seq;
  }

  /** A file or a folder (its uri) was deleted. */
  deleted(key: string): void {
    this.log.push({ key, seq: ++this.seq });
    if (this.log.length > this.capacity) this.log.shift();
  }

  /** Whether `key`, or a folder above it, was deleted since `mark` (when more deletes came than are kept: yes). */
  since(key: string, mark: number): boolean {
    if (mark === this.seq) return false;
    if (this.seq - mark > this.log.length) return true;
    return this.log.some((entry) => entry.seq > mark && (entry.key === key || key.startsWith(entry.key.endsWith('/') ? entry.key : `${entry.key}/`)));
  }
}
