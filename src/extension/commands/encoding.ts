import * as vscode from 'vscode';
import { repairEncoding } from '../../core';
import type { EditResult } from '../edits/planEditor';
import type { Services } from '../services';
import { registerCommand } from './registerCommand';
import { REPAIR_ENCODING_COMMAND } from '../commandIds';

/** Repairs mojibake in a plan file in one undoable edit and says how many sequences it fixed and left. */
async function repairTextEncoding(services: Services, uri: vscode.Uri | undefined): Promise<EditResult | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: open a markdown plan to repair its text encoding.'));
    return undefined;
  }
  const result = await services.editor.edit(target, (text, plan) => repairEncoding(text, plan));
  void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
  return result;
}

export function registerEncodingCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(context, services, REPAIR_ENCODING_COMMAND, (uri?: vscode.Uri) => repairTextEncoding(services, uri), { writes: true });
}
