import * as vscode from 'vscode';
import type { PlanDocument, TextProbe } from '../../core';
import type { DiskStat } from './diskReader';
import type { TypingChanges } from './typingChanges';

/** A document as the core's store reads it; `taken` is its text if the store asked for it. */
export interface OpenPlanDocument extends PlanDocument {
  readonly taken: string | undefined;
}

/**
 * A document as the core's store reads it. `known`: its text worked out another way (from the edits since a
 * text taken before, see typingChanges.ts), or undefined when that cannot be vouched for.
 */
export function asPlanDocument(document: vscode.TextDocument, known?: () => string | undefined): OpenPlanDocument {
  // The text is taken once: each `getText` after an edit joins the document's lines into a new string (5 MB: 8-200 ms).
  let text: string | undefined;
  return {
    uri: document.uri.toString(),
    version: document.version,
    getText: () => (text ??= known?.() ?? document.getText()),
    get taken() {
      return text;
    },
  };
}

/** A document as the store reads it while it is typed in: its text from the text taken last and the edits since, when they check out. */
export function typedDocument(document: vscode.TextDocument, typing: TypingChanges): OpenPlanDocument {
  return asPlanDocument(document, () => typing.textNow(document, probeOf(document)));
}

/** What the check of a typed text asks of a document: VS Code answers both from its line table, without joining the lines. */
function probeOf(document: vscode.TextDocument): TextProbe {
  return {
    get length() {
      return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    },
    slice: (start, end) => document.getText(new vscode.Range(document.positionAt(start), document.positionAt(end))),
  };
}

/** The document open for a uri, if any. */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** The uris of the documents open now. */
export function openDocuments(): Set<string> {
  return new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
}

/** A file open in an editor: read from the editor, with the disk's stat when the two hold the same text. */
export type OpenRead = { open: true; stat: DiskStat | undefined };

export async function statOfSaved(uri: vscode.Uri): Promise<OpenRead> {
  const document = openDocument(uri);
  if (!document || document.isDirty) return { open: true, stat: undefined };
  try {
    const { size, mtime } = await vscode.workspace.fs.stat(uri);
    return { open: true, stat: { size, mtime } };
  } catch {
    return { open: true, stat: undefined };
  }
}
