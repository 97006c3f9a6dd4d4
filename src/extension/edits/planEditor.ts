import * as vscode from 'vscode';
import { inverseTextEdits, type EditOutcome, type ParsedPlan, type TextEdit } from '../../core';
import type { PlanIndex } from '../index/planIndex';
import { log } from '../log';
import { readProgressSettings } from '../settings';
import { toWorkspaceEdit } from '../vscodeAdapters';
import { inspectBytes, writeEditsToBytes } from './byteWriter';
import { rewritingSaveSetting } from './saveHooks';
import { linkedTarget } from './linkedPlan';
import { isWritable } from '../workspaceFileSystem';

/** Computes the edits from the document as it is now; returns an outcome (refusals carry a message). */
export type EditComputation = (text: string, plan: ParsedPlan) => EditOutcome;

export interface EditResult {
  readonly applied: boolean;
  readonly message: string;
  /** How it was written: through the editor (one undo step), or to the file's bytes (mixed line endings). */
  readonly via?: 'document' | 'bytes';
}

/**
 * Applies core edits to plan files, one command at a time per file. Each edit is computed from the
 * document's current text (the index's silent `planFor`), applied as one WorkspaceEdit (one undo step;
 * works on unsaved and unopened files), and a file that was clean before is saved after
 * (learningPlans.saveAfterEdit). Undoing (or redoing) such an edit right after is saved too, so the file
 * on disk keeps following the editor.
 *
 * Two kinds of file never go through a document save, because VS Code's text model would change bytes
 * the edit does not mean to: a file that is not valid UTF-8 (refused), and a file with mixed or lone-CR
 * line endings (VS Code normalises all of its line endings on save), which is edited in its bytes
 * instead, with a change check, when it has no unsaved changes. So is a file with no unsaved changes whose save
 * settings would rewrite more than the edit (format on save, trimmed whitespace: saveHooks.ts).
 */
export class PlanEditor implements vscode.Disposable {
  private readonly queues = new Map<string, Promise<unknown>>();
  /** The last edit applied here, with what puts the text back (Undo from the tree): it clears `last` once it undoes. */
  private last: { uri: vscode.Uri; undo: () => Promise<EditResult> } | undefined;
  /** Document version right after an edit we saved (or the save of its undo), by uri. */
  private readonly savedAt = new Map<string, number>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: PlanIndex) {
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => this.followUndo(e));
  }

  edit(uri: vscode.Uri, compute: EditComputation): Promise<EditResult> {
    const key = uri.toString();
    // Commands on one file run in order: a double click toggles twice, each on the text the other left.
    const run = (this.queues.get(key) ?? Promise.resolve()).then(() => this.apply(uri, compute));
    this.queues.set(key, run.catch(() => undefined));
    return run;
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private async apply(uri: vscode.Uri, compute: EditComputation): Promise<EditResult> {
    const relative = vscode.workspace.asRelativePath(uri);
    const bytes = await inspectBytes(uri);
    if (bytes.invalidUtf8) {
      return { applied: false, message: vscode.l10n.t('{0} is not valid UTF-8, and saving it from VS Code would replace its invalid bytes; nothing was changed (the learning-plans CLI edits such files byte for byte)', relative) };
    }
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (bytes.missing && !open) {
      // The index still held a plan whose file is gone: VS Code's watcher reports nothing for a file created and
      // deleted within one batch of its events, and a scan may have read it in between (a CI run's Today named
      // such a plan, and Mark Day Complete failed with "cannot open"). The index lets it go; nothing is written.
      await this.index.forgetIfMissing(uri);
      return { applied: false, message: vscode.l10n.t('{0} is no longer on the disk (deleted since it was read); nothing was changed', relative) };
    }
    const target = await linkedTarget(uri);
    if ('refused' in target) return { applied: false, message: target.refused };
    if (bytes.mixedLineEndings && !open?.isDirty) return this.applyToBytes(uri, target.file, compute, 'lineEndings');

    const document = open ?? (await vscode.workspace.openTextDocument(uri));
    const wasDirty = document.isDirty;
    const saveAfterEdit = readProgressSettings(uri).saveAfterEdit;
    const hook = !wasDirty && saveAfterEdit ? rewritingSaveSetting(document) : null;
    if (hook !== null) return this.applyToBytes(uri, target.file, compute, hook);
    const version = document.version;
    const outcome = compute(document.getText(), this.index.planFor(document));
    if (!outcome.ok) return { applied: false, message: outcome.message };
    if (outcome.edits.length === 0) return { applied: false, message: outcome.summary };
    // The file is the database: an edit its permissions keep from the disk would sit unsaved in an editor (VS Code's
    // save fails). Refused once there is something to write, as the CLI refuses it (the byte path: rewriteFile).
    if (!(await isWritable(uri))) return { applied: false, message: vscode.l10n.t('{0} is read-only (no permission to write it); nothing was changed', relative) };
    if (document.version !== version) {
      return { applied: false, message: vscode.l10n.t('the file changed while the edit was prepared; try again') };
    }
    const before = document.getText();
    if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(uri, outcome.edits)))) {
      return { applied: false, message: vscode.l10n.t('VS Code did not apply the edit') };
    }
    log().info(`edited ${relative}: ${outcome.summary} (${describeEdits(outcome.edits)})`);
    const edited = document.getText();
    const saved = !wasDirty && saveAfterEdit && (await document.save());
    if (saved) this.savedAt.set(uri.toString(), document.version);
    // Another extension's save listener may have changed more than the edit: said in the log, not hidden.
    if (saved && document.getText() !== edited) log().warn(`saving ${relative} changed more than the edit (a save listener of another extension, or a save setting): check its diff`);
    const inverse = toWorkspaceEdit(uri, inverseTextEdits(before, outcome.edits));
    const editedVersion = document.version;
    this.last = { uri, undo: () => this.undoInDocument(uri, editedVersion, inverse, saved, outcome.summary) };
    this.index.update(document);
    return { applied: true, message: outcome.summary, via: 'document' };
  }

  /**
   * Undoes the last edit made here, if its file has not changed since: the tree's Ctrl+Z (an edit made
   * from the tree lands in a document that may have no editor, so the editor's own undo cannot reach it).
   */
  undoLast(): Promise<EditResult> {
    const pending = this.last;
    if (!pending) return Promise.resolve({ applied: false, message: vscode.l10n.t('there is no edit to undo') });
    const key = pending.uri.toString();
    // Read `last` when this turn comes: a second Ctrl+Z queued behind the first finds nothing left to undo.
    const run = (this.queues.get(key) ?? Promise.resolve()).then((): Promise<EditResult> => this.last?.undo() ?? Promise.resolve({ applied: false, message: vscode.l10n.t('there is no edit to undo') }));
    this.queues.set(key, run.catch(() => undefined));
    return run;
  }

  private async undoInDocument(uri: vscode.Uri, version: number, inverse: vscode.WorkspaceEdit, saved: boolean, summary: string): Promise<EditResult> {
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.version !== version) {
      return { applied: false, message: vscode.l10n.t('{0} changed since the last edit; undo it in the editor (Ctrl+Z)', vscode.workspace.asRelativePath(uri)) };
    }
    this.last = undefined;
    if (!(await vscode.workspace.applyEdit(inverse))) return { applied: false, message: vscode.l10n.t('VS Code did not apply the edit') };
    if (saved) await document.save();
    log().info(`undid in ${vscode.workspace.asRelativePath(uri)}: ${summary}`);
    this.index.update(document);
    return { applied: true, message: vscode.l10n.t('Undid: {0}', summary), via: 'document' };
  }

  /**
   * The edit applied to the file's bytes (only the edited lines change), refused if the file changed meanwhile. `why`:
   * mixed line endings, or the save setting that would have rewritten more (saveHooks.ts). Undone the same way. `file`:
   * the file `uri` names, its links followed (see linkedTarget).
   */
  private async applyToBytes(uri: vscode.Uri, file: vscode.Uri, compute: EditComputation, why: string): Promise<EditResult> {
    // The file a link names, open with unsaved changes under its own name: never written beneath them (a review's).
    if (file.toString() !== uri.toString() && isDirty(file)) return { applied: false, message: vscode.l10n.t('{0} has unsaved changes; save them, then try again', vscode.workspace.asRelativePath(file)) };
    let before = '';
    let edits: readonly TextEdit[] = [];
    const written = await writeEditsToBytes(file, (text) => {
      const outcome = compute(text, this.index.planForText(uri, text));
      if (outcome.ok) [before, edits] = [text, outcome.edits];
      return outcome;
    }, this.index.maxBytes(uri));
    if (!written.ok) return { applied: false, message: written.message };
    if (!written.changed) return { applied: false, message: written.summary };
    const relative = vscode.workspace.asRelativePath(uri);
    log().info(`edited ${relative} in its bytes (${why === 'lineEndings' ? 'mixed line endings kept' : `not saved through VS Code: ${why} would rewrite more`}): ${written.summary}`);
    this.index.updateText(uri, written.text);
    const inverse = inverseTextEdits(before, edits);
    this.last = { uri, undo: () => this.undoInBytes(uri, file, written.text, inverse, written.summary) };
    const message = why === 'lineEndings' ? vscode.l10n.t('{0} (written to the file directly, keeping its mixed line endings)', written.summary) : written.summary;
    return { applied: true, message, via: 'bytes' };
  }

  /** Puts back what an edit in the bytes changed, if the file holds what that edit wrote (else refused). */
  private async undoInBytes(uri: vscode.Uri, file: vscode.Uri, after: string, inverse: readonly TextEdit[], summary: string): Promise<EditResult> {
    const relative = vscode.workspace.asRelativePath(uri);
    // Never under an editor's unsaved changes: the file would change beneath them (and their save bring the edit back).
    if (isDirty(uri) || isDirty(file)) {
      return { applied: false, message: vscode.l10n.t('{0} changed since the last edit; undo it in the editor (Ctrl+Z)', relative) };
    }
    const undone = await writeEditsToBytes(file, (text) => (text === after
      ? { ok: true, edits: [...inverse], summary }
      : { ok: false, message: vscode.l10n.t('{0} changed since the last edit; undo it in the editor (Ctrl+Z)', relative) }), this.index.maxBytes(uri));
    if (!undone.ok) return { applied: false, message: undone.message };
    this.last = undefined;
    log().info(`undid in ${relative} (in its bytes): ${summary}`);
    this.index.updateText(uri, undone.text);
    return { applied: true, message: vscode.l10n.t('Undid: {0}', summary), via: 'bytes' };
  }

  /**
   * Ctrl+Z right after an edit we saved leaves the stamp on disk while the editor lost it: the file is
   * the database, so the undo (and a redo after it) is saved too.
   */
  private followUndo(e: vscode.TextDocumentChangeEvent): void {
    if (e.reason !== vscode.TextDocumentChangeReason.Undo && e.reason !== vscode.TextDocumentChangeReason.Redo) return;
    const key = e.document.uri.toString();
    if (this.savedAt.get(key) !== e.document.version - 1) return;
    void e.document.save().then((saved) => {
      if (saved) this.savedAt.set(key, e.document.version);
    });
  }
}

/** Whether a document of `uri` is open with unsaved changes. */
function isDirty(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty);
}

/** `line 12: "- [ ]" -> "- [x]"`-like detail for the log: where each edit is and what it wrote. */
function describeEdits(edits: readonly TextEdit[]): string {
  return edits.map((e) => `line ${e.range.start.line + 1}: ${JSON.stringify(e.newText)}`).join(', ');
}
