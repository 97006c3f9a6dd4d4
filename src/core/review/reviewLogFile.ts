/**
 * Recording reviews in `<root>/.learning-plans/reviews.md` through the file-system ports (the CLI; the
 * extension may apply `appendToReviewLog`'s edit as a WorkspaceEdit instead, so an open editor and undo
 * follow). Only ever an append: on a file that changed meanwhile, the lines are appended to what is there now.
 */
import * as l10n from '@vscode/l10n';
import { joinPath } from '../fs/paths';
import { checkPathBelow } from '../fs/safePath';
import { createOrRewrite, type FilePorts, type WriteResult } from '../fs/generatedFile';
import { appendToReviewLog, REVIEW_GITATTRIBUTES, REVIEW_GITATTRIBUTES_PATH, REVIEW_LOG_PATH } from './reviewLog';

/** Appends `lines` to the root's review log (creating it, and the `.gitattributes` beside it, the first time). */
export async function appendReviewLines(files: FilePorts, root: string, lines: readonly string[], maxBytes: number): Promise<WriteResult> {
  const segments = REVIEW_LOG_PATH.split('/');
  const log = joinPath(root, ...segments);
  // A repository is untrusted: a `.learning-plans` that is a symbolic link could lead anywhere.
  const check = await checkPathBelow(files, root, segments, 'file');
  if (!check.ok) return { ok: false, message: check.message };
  const encoder = new TextEncoder();
  const result = await createOrRewrite(
    files,
    log,
    () => {
      const write = appendToReviewLog(null, lines);
      return encoder.encode(write.kind === 'create' ? write.text : '');
    },
    (bytes) => {
      // Given the text, the write is an insertion at the very end: the bytes before it are copied as they
      // are, whatever they hold.
      const write = appendToReviewLog(new TextDecoder().decode(bytes), lines);
      const added = encoder.encode(write.kind === 'append' ? write.edit.newText : '');
      const out = new Uint8Array(bytes.length + added.length);
      out.set(bytes, 0);
      out.set(added, bytes.length);
      return { kind: 'write', bytes: out, summary: l10n.t('appended') };
    },
    maxBytes,
  );
  if (result.ok && result.created) {
    // merge=union: two machines' appended lines merge in git without a conflict. Never over an existing file.
    await files.writeNew(joinPath(root, ...REVIEW_GITATTRIBUTES_PATH.split('/')), encoder.encode(REVIEW_GITATTRIBUTES)).catch(() => false);
  }
  return result;
}
