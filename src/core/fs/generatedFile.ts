/**
 * Writing a file Learning Plans generates (an SVG) or keeps (the review log, a README block) through the
 * file-system ports, so the CLI and the extension share one algorithm: a new file appears whole or not
 * at all and never over another; an existing one is replaced atomically and change-checked (see
 * fs/atomicRewrite.ts), and only when its bytes change.
 */
import * as l10n from '@vscode/l10n';
import { FileError, type FileSystemPort } from './fileSystem';
import { rewriteFile, sameBytes, type AtomicFilePort, type Revision } from './atomicRewrite';
import { dirname } from './paths';

export type FilePorts = FileSystemPort & AtomicFilePort;

export type WriteResult =
  | { readonly ok: true; readonly written: boolean; readonly created: boolean; readonly summary: string }
  | { readonly ok: false; readonly message: string };

/** Creates `folder` and the folders above it that are missing; the outermost it created, or null when it was there. */
export async function makeFolders(files: FileSystemPort, folder: string): Promise<string | null> {
  const stat = await files.stat(folder);
  if (stat?.type === 'directory') return null;
  if (stat) throw new FileError('notRegular', `${folder} exists and is not a folder`);
  const parent = dirname(folder);
  const above = parent !== folder ? await makeFolders(files, parent) : null;
  await files.mkdir(folder);
  return above ?? folder;
}

function failed(error: unknown): WriteResult {
  if (error instanceof FileError) return { ok: false, message: error.message };
  throw error;
}

/**
 * Creates `path` with `create()`'s bytes when nothing is there (its folders too), else rewrites it with
 * `revise` applied to its current bytes (computed again if the file changes meanwhile).
 */
export async function createOrRewrite(
  files: FilePorts,
  path: string,
  create: () => Uint8Array,
  revise: (bytes: Uint8Array) => Revision,
  maxBytes: number,
  options: { readonly resolved?: boolean } = {},
): Promise<WriteResult> {
  try {
    if (!(await files.stat(path))) {
      // A folder made for it is said (a mistyped `--svg` path made folders without a word, from a trial).
      const folder = await makeFolders(files, dirname(path));
      const summary = folder === null ? l10n.t('created') : l10n.t('created, in a new folder {0}', folder);
      if (await files.writeNew(path, create())) return { ok: true, written: true, created: true, summary };
      // Someone created it meanwhile: fall through and revise what is there now.
    }
  } catch (error) {
    return failed(error);
  }
  const result = await rewriteFile(files, path, revise, { maxBytes, resolved: options.resolved });
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, written: result.written, created: false, summary: result.summary };
}

/** Writes a generated file (an SVG): created, replaced, or left alone when it already holds exactly these bytes. */
export function writeGeneratedFile(files: FilePorts, path: string, bytes: Uint8Array, maxBytes: number, options: { readonly resolved?: boolean } = {}): Promise<WriteResult> {
  return createOrRewrite(files, path, () => bytes, (current) => (sameBytes(current, bytes)
    ? { kind: 'unchanged', summary: l10n.t('unchanged') }
    : { kind: 'write', bytes, summary: l10n.t('written') }), maxBytes, options);
}
