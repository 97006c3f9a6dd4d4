import * as vscode from 'vscode';
import type { PlanDocument } from '../../core';
import type { DiskStat } from './diskReader';

/** A document as the core's store reads it. */
export function asPlanDocument(document: vscode.TextDocument): PlanDocument {
  // The text is taken once: each `getText` joins the document's lines into a new string (5 MB: ~8 ms).
  let text: string | undefined;
  return { uri: document.uri.toString(), version: document.version, getText: () => (text ??= document.getText()) };
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
