import * as vscode from 'vscode';
import { repairEncoding, scanEncoding, type ConfirmedReading, type EncodingScan, type LostSequence, type TextEdit } from '../../core';
import { inspectBytes } from '../edits/byteWriter';
import type { EditResult } from '../edits/planEditor';
import type { Services } from '../services';
import { STAYS_OPEN, type Ask } from '../ask';
import { registerCommand } from './registerCommand';
import { REPAIR_ENCODING_COMMAND } from '../commandIds';

/** What the user is asked: the sequences that lost a byte, with the file's other repairs for context. */
export interface ReadingsRequest {
  readonly file: string;
  readonly scan: EncodingScan;
}

/** `text` with the edits that fall on `line` applied (they never span lines). */
function applyOnLine(text: string, line: number, edits: readonly TextEdit[]): string {
  const own = edits.filter((edit) => edit.range.start.line === line).sort((a, b) => b.range.start.character - a.range.start.character);
  return own.reduce((out, edit) => out.slice(0, edit.range.start.character) + edit.newText + out.slice(edit.range.end.character), text);
}

/** At most about `width` characters of `text` around [start, end), with an ellipsis where it was cut. */
function around(text: string, start: number, end: number, width = 56): string {
  const from = Math.max(0, Math.min(start - 20, text.length - width));
  const to = Math.min(text.length, Math.max(end + 36, from + width));
  return `${from > 0 ? '\u2026' : ''}${text.slice(from, to).trim()}${to < text.length ? '\u2026' : ''}`;
}

function codePointLabel(text: string): string {
  return [...text].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}

/**
 * One multi-select list: each sequence that lost a byte is a group (its line number and the sequence as
 * the file has it), each of its readings an item showing the line around it as it would read (with the
 * file's clean repairs applied) and the character's code point.
 * Nothing is checked at first: a sequence is written only with the reading the user checks.
 */
export async function pickReadings(ask: Ask, { file, scan }: ReadingsRequest): Promise<readonly ConfirmedReading[] | undefined> {
  type Item = vscode.QuickPickItem & { choice?: ConfirmedReading };
  const items: Item[] = [];
  for (const sequence of scan.lost) {
    // VS Code shows a separator's label beside its group's first item: keep it short.
    items.push({ kind: vscode.QuickPickItemKind.Separator, label: vscode.l10n.t('line {0}: {1}', sequence.line + 1, sequence.text) });
    for (const reading of sequence.readings) {
      const edits = [...scan.fixes, { range: { start: { line: sequence.line, character: sequence.start }, end: { line: sequence.line, character: sequence.end } }, newText: reading }];
      const repaired = applyOnLine(sequence.lineText, sequence.line, edits);
      const at = repaired.length - (sequence.lineText.length - sequence.end) - reading.length;
      items.push({ label: around(repaired, at, at + reading.length), description: codePointLabel(reading), choice: choiceFor(sequence, reading) });
    }
  }
  const picked = await ask.pickMany(items, {
    ...STAYS_OPEN,
    matchOnDescription: true,
    title: scan.lost.length === 1
      ? vscode.l10n.t('Repair Text Encoding: 1 sequence in {0} lost a byte', file)
      : vscode.l10n.t('Repair Text Encoding: {0} sequences in {1} lost a byte', scan.lost.length, file),
    placeHolder: vscode.l10n.t('Check the character each one stood for; unchecked ones stay as they are. Enter repairs the file (and its {0} other sequences), Escape changes nothing.', scan.fixes.length),
  });
  return picked?.flatMap((item) => (item.choice ? [item.choice] : []));
}

function choiceFor(sequence: LostSequence, reading: string): ConfirmedReading {
  return { line: sequence.line, start: sequence.start, text: sequence.text, reading };
}

/**
 * Repairs mojibake in a plan file in one undoable edit: every sequence that decodes cleanly, and the
 * sequences that lost a byte with the readings the user confirmed. Says what it fixed and what it left.
 */
async function repairTextEncoding(services: Services, uri: vscode.Uri | undefined): Promise<EditResult | undefined> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  if (!target) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: open a markdown plan to repair its text encoding.'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(target);
  const scan = scanEncoding(document.getText(), services.index.planFor(document));
  let confirmed: readonly ConfirmedReading[] = [];
  // A file that is not valid UTF-8 is refused by the plan editor: ask nothing then.
  if (scan.lost.length > 0 && !(await inspectBytes(target)).invalidUtf8) {
    const chosen = await pickReadings(services.ask, { file: vscode.workspace.asRelativePath(target), scan });
    if (!chosen) {
      const message = vscode.l10n.t('Repair Text Encoding was cancelled; nothing was changed');
      void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: {0}.', message));
      return { applied: false, message };
    }
    confirmed = chosen;
  }
  // Computed again on the text as it is then: a sequence that moved meanwhile is left, and said so.
  const result = await services.editor.edit(target, (text, plan) => repairEncoding(text, plan, confirmed));
  void vscode.window.showInformationMessage(vscode.l10n.t('Learning Plans: {0}.', result.message));
  return result;
}

export function registerEncodingCommands(context: vscode.ExtensionContext, services: Services): void {
  registerCommand(
    context,
    services,
    REPAIR_ENCODING_COMMAND,
    (uri?: vscode.Uri) => repairTextEncoding(services, uri instanceof vscode.Uri ? uri : undefined),
    { writes: true },
  );
}
