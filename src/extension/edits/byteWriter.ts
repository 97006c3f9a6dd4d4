import * as vscode from 'vscode';
import { applyEditsToBytes, ByteEditError, type EditOutcome } from '../../core';

export interface ByteFacts {
  /** Not valid UTF-8: VS Code would show (and save) U+FFFD for the invalid bytes. */
  readonly invalidUtf8: boolean;
  /** CRLF and LF both, or any lone CR: VS Code's text model would rewrite them all on save. */
  readonly mixedLineEndings: boolean;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** What a file's bytes say about editing it through a document; a file not on disk says nothing. */
export async function inspectBytes(uri: vscode.Uri): Promise<ByteFacts> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { invalidUtf8: false, mixedLineEndings: false }; // untitled, or deleted: opening it reports that
  }
  let invalidUtf8 = false;
  try {
    strict.decode(bytes);
  } catch {
    invalidUtf8 = true;
  }
  return { invalidUtf8, mixedLineEndings: hasMixedLineEndings(bytes) };
}

export function hasMixedLineEndings(bytes: Uint8Array): boolean {
  let crlf = false;
  let lf = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 13) {
      if (bytes[i + 1] !== 10) return true; // a lone CR
      crlf = true;
      i++;
    } else if (b === 10) {
      lf = true;
    }
    if (crlf && lf) return true;
  }
  return false;
}

export type ByteWrite =
  | { readonly ok: true; readonly changed: boolean; readonly summary: string; readonly text: string }
  | { readonly ok: false; readonly message: string };

const ATTEMPTS = 3;

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Computes edits from the file's text and writes them into its bytes: to a temporary file in the same
 * folder, renamed over the file, only if the file still holds the bytes the edits were computed from
 * (else it is read again and the edits computed again, a few times, then refused).
 */
export async function writeEditsToBytes(uri: vscode.Uri, compute: (text: string) => EditOutcome): Promise<ByteWrite> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await vscode.workspace.fs.readFile(uri);
    const text = new TextDecoder('utf-8').decode(before);
    const outcome = compute(text);
    if (!outcome.ok) return { ok: false, message: outcome.message };
    if (outcome.edits.length === 0) return { ok: true, changed: false, summary: outcome.summary, text };
    let after: Uint8Array;
    try {
      after = applyEditsToBytes(before, outcome.edits);
    } catch (error) {
      if (error instanceof ByteEditError) return { ok: false, message: error.message };
      throw error;
    }
    const temp = uri.with({ path: `${uri.path.replace(/[^/]*$/, (name) => `.${name}`)}.learning-plans-${Date.now().toString(36)}.tmp` });
    await vscode.workspace.fs.writeFile(temp, after);
    try {
      // The change check, as late as the file system lets it be: nothing else wrote since we read.
      if (!same(await vscode.workspace.fs.readFile(uri), before)) continue;
      await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
      return { ok: true, changed: true, summary: outcome.summary, text: new TextDecoder('utf-8').decode(after) };
    } finally {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    }
  }
  return { ok: false, message: vscode.l10n.t('the file kept changing while the edit was written; nothing was changed') };
}
