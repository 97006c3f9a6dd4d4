import * as vscode from 'vscode';
import { textFingerprint, type PlanStore, type SnapshotEntry } from '../../core';
import { log } from '../log';
import { contentOf, SKIP_REASONS, type DiskRead } from './diskReader';
import type { DiskSnapshot } from './diskSnapshot';
import { openDocument, typedDocument, type OpenRead } from './openDocuments';
import { isLongText, type SteppedParses } from './steppedParses';
import type { TooLargeNotice } from './tooLargeNotice';
import type { TypingChanges } from './typingChanges';

/** What the index lends the applier: its parts, and the few things it does itself. */
export interface ReadApplierHost {
  readonly store: PlanStore;
  readonly typing: TypingChanges;
  readonly stepped: SteppedParses;
  readonly disk: DiskSnapshot;
  readonly tooLarge: TooLargeNotice;
  /** A version for a text read from disk: they count down from -1, so they never collide with an editor's. */
  nextDiskVersion(): number;
  /** A file left out for its size: forgotten, and the notice told. */
  skipLarge(uri: vscode.Uri, size: number): void;
  forget(key: string): void;
  /** Fires what the store collected, once. */
  flush(): void;
}

/**
 * Takes one read of a file into the index: a disk read (parsed, in steps when long), an open editor's text, or a
 * read that found the file unchanged (the store's or last session's model kept). The scan and the watcher read;
 * this decides what the read changes.
 */
export class ReadApplier {
  /** Files taken from the snapshot or the store without reading them (tests: a reload parses only changes). */
  reusedCount = 0;

  constructor(private readonly host: ReadApplierHost) {}

  /**
   * `read` is a disk read, or for a file open in an editor its disk stat when it has no unsaved changes. A long
   * text read is parsed in steps: the promise of its end (it flushes its change itself).
   */
  apply(uri: vscode.Uri, read: DiskRead | OpenRead | undefined, snapshot?: SnapshotEntry): Promise<void> | undefined {
    const key = uri.toString();
    // This read is newer than one being parsed in steps (a long text read again is the one exception: see below).
    if (!read || !('bytes' in read)) this.host.stepped.supersede(key);
    if (read && 'reuse' in read) {
      this.reusedCount++;
      // The store holds this very file already, or last session's snapshot does: no read, no parse.
      if (this.host.disk.holds(key, read.stat)) return undefined;
      if (snapshot) this.host.store.adopt(key, snapshot.fingerprint, snapshot.plan);
      this.host.disk.record(key, read.stat, snapshot?.fingerprint);
      return undefined;
    }
    if (read === undefined || 'open' in read) {
      this.applyOpen(key, read, snapshot);
      return undefined;
    }
    return this.applyDisk(uri, read);
  }

  /** A file open in an editor: its text, typed in or not, is the one to take. */
  private applyOpen(key: string, read: OpenRead | undefined, snapshot: SnapshotEntry | undefined): void {
    const { store, typing, stepped, disk } = this.host;
    const document = openDocument(key);
    if (!document) return;
    // An open document that still holds the snapshot's text needs no parse either.
    const planDocument = typedDocument(document, typing);
    if (snapshot && !store.entryOf(key) && textFingerprint(planDocument.getText()) === snapshot.fingerprint) {
      this.reusedCount++;
      store.adopt(key, snapshot.fingerprint, snapshot.plan);
      typing.forget(key);
      stepped.prepareForTyping(store.get(key), planDocument);
    } else {
      const plan = store.update(planDocument, typing.of(document));
      typing.took(document, plan ? planDocument.taken : null);
      stepped.prepareForTyping(plan, planDocument);
    }
    // Its text is the file's when it has no unsaved changes: then it can be kept in the snapshot.
    if (read?.stat && !document.isDirty) disk.record(key, read.stat);
    else disk.drop(key);
  }

  /** A disk read: left out (too large, binary, unreadable), or parsed (in steps when long). */
  private applyDisk(uri: vscode.Uri, read: Exclude<DiskRead, { reuse: unknown }>): Promise<void> | undefined {
    const { store, typing, stepped, disk, tooLarge } = this.host;
    const key = uri.toString();
    const content = 'bytes' in read ? contentOf(read.bytes, uri.path) : undefined;
    if ('skipped' in read || !content) {
      const why = 'skipped' in read ? read.skipped : 'binary';
      if (why === 'large' && 'size' in read) this.host.skipLarge(uri, read.size);
      else this.host.forget(key);
      if (why !== 'large') log().info(`skipped ${vscode.workspace.asRelativePath(uri)}: ${SKIP_REASONS[why]}`);
      return undefined;
    }
    const took = (): void => {
      tooLarge.forget(key);
      typing.forget(key);
      disk.record(key, read.stat, undefined, read.readAt);
    };
    const document = { uri: key, version: this.host.nextDiskVersion(), getText: () => content.text };
    if (isLongText(content.text) && !content.notPlan) {
      // Superseding a parse of an older text of the file, or leaving one of this text to go on.
      return stepped.run(key, content.text, store.updateInSteps(document), () => {
        took();
        this.host.flush();
      });
    }
    stepped.supersede(key);
    if (content.notPlan) store.adopt(key, textFingerprint(content.text), null);
    else store.update(document);
    took();
    return undefined;
  }
}
