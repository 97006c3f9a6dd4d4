import type * as vscode from 'vscode';
import { contentOf, readForIndex } from './diskReader';
import { openDocument } from './openDocuments';

/** A file's text now: its editor's (unsaved changes included), else the disk's; undefined when it cannot be read as text. */
export async function currentText(uri: vscode.Uri, maxBytes: number): Promise<string | undefined> {
  const open = openDocument(uri.toString());
  if (open) return open.getText();
  const read = await readForIndex(uri, maxBytes);
  return 'bytes' in read ? contentOf(read.bytes, uri.path)?.text : undefined;
}
