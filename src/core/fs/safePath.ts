import * as l10n from '@vscode/l10n';
import type { FileSystemPort } from './fileSystem';
import { joinPath } from './paths';

export type PathCheck =
  | { readonly ok: true; /** How many of the segments exist (the rest are to be created). */ readonly existing: number }
  | { readonly ok: false; readonly path: string; readonly message: string };

/**
 * Walks from `root` down `segments` and stops at the first symbolic link (where it leads is unknown, so
 * it could lead out of the workspace), or at a name that exists but is not what is needed: every segment
 * but the last must be a folder, the last a `last`. A missing name ends the walk: nothing below it exists.
 */
export async function checkPathBelow(fs: FileSystemPort, root: string, segments: readonly string[], last: 'file' | 'folder' | 'any'): Promise<PathCheck> {
  let path = root;
  for (let i = 0; i < segments.length; i++) {
    path = joinPath(path, segments[i]);
    const stat = await fs.stat(path);
    if (!stat) return { ok: true, existing: i };
    if (stat.symbolicLink) {
      return { ok: false, path, message: l10n.t('{0} is a symbolic link, which could lead outside {1}', path, root) };
    }
    const wanted = i < segments.length - 1 ? 'folder' : last;
    if (wanted === 'folder' && stat.type !== 'directory') return { ok: false, path, message: l10n.t('{0} exists and is not a folder', path) };
    if (wanted === 'file' && stat.type !== 'file') return { ok: false, path, message: l10n.t('{0} exists and is not a regular file', path) };
  }
  return { ok: true, existing: segments.length };
}
