import * as vscode from 'vscode';
import { applyEditsToBytes, ByteEditError, rewriteFile, type EditOutcome, type Revision } from '../../core';
import { WorkspaceFileSystem } from '../workspaceFileSystem';

export interface ByteFacts {
  /** Not valid UTF-8: VS Code would show (and save) U+FFFD for the invalid bytes. */
  readonly invalidUtf8: boolean;
  /** CRLF and LF both, or any lone CR: VS Code's text model would rewrite them all on save. */
  readonly mixedLineEndings: boolean;
  /** Not on disk (deleted, or never saved): opening it would fail unless an editor holds it. */
  readonly missing?: true;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** What a file's bytes say about editing it through a document; a file not on disk says nothing. */
export async function inspectBytes(uri: vscode.Uri): Promise<ByteFacts> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    // Untitled, or deleted: opening it reports that (an editor may still hold its text).
    const missing = error instanceof vscode.FileSystemError && error.code === 'FileNotFound';
    return missing ? { invalidUtf8: false, mixedLineEndings: false, missing } : { invalidUtf8: false, mixedLineEndings: false };
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

/** Decodes as the CLI does: a BOM stays in the text, so edits computed on it land on the right bytes. */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Computes edits from the file's text and writes them into its bytes with the core's atomic, change-checked
 * rewrite (`rewriteFile`) on `workspace.fs`: a temporary file in the same folder, renamed over the file only
 * if the file still holds the bytes the edits were computed from (else read again and the edits computed
 * again, a few times, then refused). A symbolic link is refused, never replaced by a file.
 */
export async function writeEditsToBytes(uri: vscode.Uri, compute: (text: string) => EditOutcome, maxBytes: number): Promise<ByteWrite> {
  let text = '';
  const result = await rewriteFile(new WorkspaceFileSystem(uri), uri.path, (bytes): Revision => {
    const before = decoder.decode(bytes);
    const outcome = compute(before);
    if (!outcome.ok) return { kind: 'refuse', message: outcome.message };
    text = before;
    if (outcome.edits.length === 0) return { kind: 'unchanged', summary: outcome.summary };
    let after: Uint8Array;
    try {
      after = applyEditsToBytes(bytes, outcome.edits);
    } catch (error) {
      if (error instanceof ByteEditError) return { kind: 'refuse', message: error.message };
      throw error;
    }
    text = decoder.decode(after);
    return { kind: 'write', bytes: after, summary: outcome.summary };
  }, { maxBytes, attempts: 3 });
  // Named as the workspace shows it, as the document path's messages name it.
  if (!result.ok) return { ok: false, message: result.message.replace(uri.path, vscode.workspace.asRelativePath(uri)) };
  return { ok: true, changed: result.written, summary: result.summary, text };
}
