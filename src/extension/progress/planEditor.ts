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

function asPlanDocument(document: vscode.TextDocument): PlanDocument {
  return { uri: document.uri.toString(), version: document.version, getText: () => document.getText() };
}
