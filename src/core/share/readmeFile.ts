/** The README block written through the ports: only the block's lines change, atomically, and nothing when it is current. */
import * as l10n from '@vscode/l10n';
import { rewriteFile } from '../fs/atomicRewrite';
import type { FilePorts, WriteResult } from '../fs/generatedFile';
import { applyLineRangeEditToBytes, updateReadmeBlock } from './readmeBlock';

/** A README update's result, with the images its block showed and no longer does (see updateReadmeBlock). */
export type ReadmeWriteResult = WriteResult & { readonly dropped?: readonly string[] };

/**
 * Brings the block of the README at `path` up to date with `block` (readmeBlockLines; `keepImages`: the images the
 * block shows now stay). A missing README is refused: it is never created.
 */
export async function updateReadmeFile(files: FilePorts, path: string, block: readonly string[], maxBytes: number, keepImages = false, resolved = false): Promise<ReadmeWriteResult> {
  let dropped: readonly string[] = [];
  const result = await rewriteFile(files, path, (bytes) => {
    // A NUL in its first 8 KB: an image or an archive named by mistake (or the arguments swapped), never a README.
    if (bytes.subarray(0, 8192).includes(0)) return { kind: 'refuse', message: l10n.t('{0} looks like a binary file, not a README', path) };
    // Recomputed from the bytes as they are now if the README changes meanwhile.
    const update = updateReadmeBlock(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), block, keepImages);
    if (update.kind === 'refused') return { kind: 'refuse', message: update.message };
    if (update.kind === 'unchanged') return { kind: 'unchanged', summary: l10n.t('unchanged') };
    dropped = update.dropped;
    return {
      kind: 'write',
      bytes: applyLineRangeEditToBytes(bytes, update.edit),
      summary: update.kind === 'append' ? l10n.t('progress block added at the end') : l10n.t('progress block updated'),
    };
  }, { maxBytes, resolved });
  if (!result.ok) return { ok: false, message: result.message };
  return { ok: true, written: result.written, created: false, summary: result.summary, dropped: result.written ? dropped : [] };
}
