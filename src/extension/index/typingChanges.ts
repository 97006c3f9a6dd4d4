import type * as vscode from 'vscode';
import { typedText, type TextChange, type TextProbe, type Typing } from '../../core';

/**
 * The edits made to each open document since the index's store last took its text, so that a keystroke in a
 * 5 MB plan re-parses only the pieces it touched (core: parse/incremental.ts). The list must be complete: one
 * event missed (a version skipped, a text taken by another way) and the next parse is a whole one.
 *
 * The text a plan's store took is kept while the plan has unsaved edits (the string the store holds then too):
 * that text plus the edits since is the document's text now, checked against the document's length and its
 * text around the edits (core: text/textChanges.ts). VS Code's `getText` joins a document's lines into a new
 * string: for 5 MB, ~45 ms alone and ~190 ms after a long session (a profile of the integration run).
 */
export class TypingChanges {
  /** The document version whose text the store holds, per uri, and that text while it is a plan's with unsaved edits. */
  private readonly taken = new Map<string, { version: number; text: string | undefined }>();
  /** The text worked out for a version not taken yet (a silent `planFor` asked first: the update then parses nothing). */
  private readonly worked = new Map<string, { version: number; text: string }>();
  /** The edits since then, and the version they lead to. */
  private readonly pending = new Map<string, { version: number; changes: TextChange[] }>();

  /** An edit, as VS Code reports it (before the index takes the new text). */
  record(event: vscode.TextDocumentChangeEvent): void {
    const key = event.document.uri.toString();
    const before = event.document.version - 1;
    const pending = this.pending.get(key);
    if (pending ? pending.version !== before : this.taken.get(key)?.version !== before) {
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

  /**
   * The store took the document's text as it is now. `text`: that text, when the store keeps a plan of it; null for
   * a non-plan (its text is not kept); undefined when the store did not ask for it (a text worked out or kept for
   * this very version stays).
   */
  took(document: vscode.TextDocument, text?: string | null): void {
    const key = document.uri.toString();
    const before = this.taken.get(key);
    const worked = this.worked.get(key);
    this.pending.delete(key);
    this.worked.delete(key);
    const known = text === null ? undefined : text ?? (worked?.version === document.version ? worked.text : before?.version === document.version ? before.text : undefined);
    // Only while it has unsaved edits, as the store keeps it: a plan opened, saved or read again is not held.
    this.taken.set(key, { version: document.version, text: document.isDirty ? known : undefined });
  }

  /** Whether a document's text is kept (tests prove a save lets it go). */
  holdsText(key: string): boolean {
    return this.taken.get(key)?.text !== undefined || this.worked.has(key);
  }

  /** Lets go of a document's kept text (saved: the store let go of its copy too); the next edit reads the document once. */
  settle(key: string): void {
    const taken = this.taken.get(key);
    if (taken) taken.text = undefined;
    this.worked.delete(key);
  }

  /**
   * The document's text now, from the text taken last and the edits since, when `probe` (what is cheap to ask
   * the document) vouches for it; undefined otherwise (the caller reads the document).
   */
  textNow(document: vscode.TextDocument, probe: TextProbe): string | undefined {
    const key = document.uri.toString();
    const taken = this.taken.get(key);
    const pending = this.pending.get(key);
    if (taken?.text === undefined || !pending || pending.version !== document.version) return undefined;
    const worked = this.worked.get(key);
    if (worked?.version === document.version) return worked.text;
    const text = typedText(taken.text, pending.changes, probe);
    if (text !== undefined) this.worked.set(key, { version: document.version, text });
    return text;
  }

  /** The store took the file's text some other way (from disk, a snapshot), or it was closed or removed. */
  forget(key: string): void {
    this.taken.delete(key);
    this.pending.delete(key);
    this.worked.delete(key);
  }
}
