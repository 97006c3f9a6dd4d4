import type * as vscode from 'vscode';
import type { TextChange, Typing } from '../../core';

/**
 * The edits made to each open document since the index's store last took its text, so that a keystroke in a
 * 5 MB plan re-parses only the pieces it touched (core: parse/incremental.ts). The list must be complete: one
 * event missed (a version skipped, a text taken by another way) and the next parse is a whole one.
 */
export class TypingChanges {
  /** The document version whose text the store holds, per uri. */
  private readonly taken = new Map<string, number>();
  /** The edits since then, and the version they lead to. */
  private readonly pending = new Map<string, { version: number; changes: TextChange[] }>();

  /** An edit, as VS Code reports it (before the index takes the new text). */
  record(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const before = event.document.version - 1;
    const pending = this.pending.get(key);
    if (pending ? pending.version !== before : this.taken.get(key) !== before) {
      this.forget(key);
      return;
    }
    const list = pending ?? { version: before, changes: [] };
    for (const change of event.contentChanges) list.changes.push({ rangeOffset: change.rangeOffset, rangeLength: change.rangeLength, text: change.text });
    list.version = event.document.version;
    this.pending.set(key, list);
  }

  /** How the store may parse the document as it is now: from the edits when they lead exactly to it; whether it has unsaved edits. */
  of(document: vscode.TextDocument): Typing {
    const pending = this.pending.get(document.uri.toString());
    const unsaved = document.isDirty;
    return pending && pending.version === document.version ? { changes: pending.changes, unsaved } : { unsaved };
  }

  /** The store took the document's text as it is now. */
  took(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.pending.delete(key);
    this.taken.set(key, document.version);
  }

  /** The store took the file's text some other way (from disk, a snapshot), or it was closed or removed. */
  forget(key: string): void {
    this.taken.delete(key);
    this.pending.delete(key);
  }
}
