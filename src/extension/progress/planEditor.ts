import * as vscode from 'vscode';
import { buildPlan, type EditOutcome, type ParsedPlan, type PlanDocument } from '../../core';
import type { PlanIndex } from '../planIndex';
import { readProgressSettings } from '../settings';
import { toWorkspaceEdit } from '../vscodeAdapters';

/** Computes the edits from the document as it is now; returns an outcome (refusals carry a message). */
export type EditComputation = (text: string, plan: ParsedPlan) => EditOutcome;

export interface EditResult {
  readonly applied: boolean;
  readonly message: string;
}

/**
 * Applies progress edits to plan files, one command at a time per file. Each edit is computed from
 * the document's current text (re-parsed if it changed since the tree was built), applied as one
 * WorkspaceEdit (one undo step; works on unsaved and on unopened files), and a file that was clean
 * before is saved after (setting learningPlans.saveAfterEdit).
 */
export class PlanEditor {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly index: PlanIndex) {}

  edit(uri: vscode.Uri, compute: EditComputation): Promise<EditResult> {
    const key = uri.toString();
    // Commands on one file run in order: a double click toggles twice, each on the text the other left.
    const run = (this.queues.get(key) ?? Promise.resolve()).then(() => this.apply(uri, compute));
    this.queues.set(key, run.catch(() => undefined));
    return run;
  }

  private async apply(uri: vscode.Uri, compute: EditComputation): Promise<EditResult> {
    if (await hasInvalidUtf8(uri)) {
      return { applied: false, message: vscode.l10n.t('{0} is not valid UTF-8, and saving it from VS Code would replace its invalid bytes; nothing was changed (the learning-plans CLI edits such files byte for byte)', vscode.workspace.asRelativePath(uri)) };
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const wasDirty = document.isDirty;
    const version = document.version;
    const plan = this.index.refreshDocument(document) ?? buildPlan(asPlanDocument(document));
    const outcome = compute(document.getText(), plan);
    if (!outcome.ok) return { applied: false, message: outcome.message };
    if (outcome.edits.length === 0) return { applied: false, message: outcome.summary };
    if (document.version !== version) {
      return { applied: false, message: vscode.l10n.t('the file changed while the edit was prepared; try again') };
    }
    if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(uri, outcome.edits)))) {
      return { applied: false, message: vscode.l10n.t('VS Code did not apply the edit') };
    }
    if (!wasDirty && readProgressSettings(uri).saveAfterEdit) await document.save();
    this.index.refreshDocument(document);
    return { applied: true, message: outcome.summary };
  }
}

/**
 * True when the file on disk holds bytes that are not UTF-8. VS Code decodes them as U+FFFD, so any edit
 * saved from an editor would overwrite them: such a file is refused rather than damaged.
 */
async function hasInvalidUtf8(uri: vscode.Uri): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return false; // not on disk (untitled, or deleted: opening it reports that)
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return false;
  } catch {
    return true;
  }
}

function asPlanDocument(document: vscode.TextDocument): PlanDocument {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
