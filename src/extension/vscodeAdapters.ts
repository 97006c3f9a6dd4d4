/** The one place where the core's edit types meet VS Code's. */
import * as vscode from 'vscode';
import type { Range, TextEdit } from '../core';

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(uri, toVscodeRange(e.range), e.newText);
  return edit;
}
