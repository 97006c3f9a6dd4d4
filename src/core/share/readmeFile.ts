/** The README block written through the ports: only the block's lines change, atomically, and nothing when it is current. */
import * as l10n from '@vscode/l10n';
import { rewriteFile } from '../fs/atomicRewrite';
import type { FilePorts, WriteResult } from '../fs/generatedFile';
import { applyLineRangeEditToBytes, shownImages, updateReadmeBlock } from './readmeBlock';

/** A README update's result, with the images its block showed and no longer does (see updateReadmeBlock). */
export type ReadmeWriteResult = WriteResult & { readonly dropped?: readonly string[] };

/**
 * Brings the block of the README at `path` up to date with `block` (readmeBlockLines; `keepImages`: the images the
 * block shows now stay, each with the text `altOf` reads from its file now, where it reads one: the image's target,
 * decoded). A missing README is refused: it is never created.
 */
export async function updateReadmeFile(
  files: FilePorts,
  path: string,
  block: readonly string[],
  maxBytes: number,
  keepImages = false,
  resolved = false,
  altOf: (target: string) => Promise<string | null> = () => Promise.resolve(null),
): Promise<ReadmeWriteResult> {
  let dropped: readonly string[] = [];
  const result = await rewriteFile(files, path, async (bytes) => {
    // A NUL in its first 8 KB: an image or an archive named by mistake (or the arguments swapped), never a README.
    if (bytes.subarray(0, 8192).includes(0)) return { kind: 'refuse', message: l10n.t('{0} looks like a binary file, not a README', path) };
    // Recomputed from the bytes as they are now if the README changes meanwhile.
    const readme = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const alts = new Map<string, string>();
    for (const target of keepImages ? shownImages(readme) : []) {
      const alt = await altOf(target);
      if (alt !== null) alts.set(target, alt);
    }
    const update = updateReadmeBlock(readme, block, keepImages, alts);
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
