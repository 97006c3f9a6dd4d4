import * as vscode from 'vscode';

/**
 * The setting under which VS Code's save of `document` would change more than an edit of ours wrote, or null.
 *
 * A save by an extension (`TextDocument.save`) is a manual save, so VS Code runs format on save, code actions on save
 * and the whitespace settings on it (an audit's: one box ticked from the tree would reformat the whole plan, or strip
 * the two spaces of markdown's hard line breaks). A plan with no unsaved changes is then edited in its bytes instead:
 * written as the CLI writes it, with no save. Other extensions' save listeners cannot be seen from here: the text of a
 * save is compared afterwards (planEditor.ts).
 */
export function rewritingSaveSetting(document: vscode.TextDocument): string | null {
  const config = vscode.workspace.getConfiguration(undefined, { uri: document.uri, languageId: document.languageId });
  if (config.get<boolean>('editor.formatOnSave') === true) return 'editor.formatOnSave';
  if (codeActionsOn(config.get<unknown>('editor.codeActionsOnSave'))) return 'editor.codeActionsOnSave';
  const text = document.getText();
  // The rest change a text only where it has what they remove or lacks what they add.
  if (config.get<boolean>('files.trimTrailingWhitespace') === true && /[ \t]\r?$/m.test(text)) return 'files.trimTrailingWhitespace';
  if (config.get<boolean>('files.insertFinalNewline') === true && text !== '' && !/[\r\n]$/.test(text)) return 'files.insertFinalNewline';
  // After the last line of text, two line breaks or more (blank lines, or lines of white space only, go).
  if (config.get<boolean>('files.trimFinalNewlines') === true && (text.slice(text.trimEnd().length).match(/\r\n|\r|\n/g)?.length ?? 0) >= 2) return 'files.trimFinalNewlines';
  return null;
}

/** `editor.codeActionsOnSave` asks for an action: a list of kinds, or kinds set to true, `explicit` or `always`. */
function codeActionsOn(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some((on) => on === true || on === 'explicit' || on === 'always');
}
