import * as vscode from 'vscode';
import { localRealPath } from '../localAccess';

/**
 * The file an edit of `uri` is written to: `uri` itself, or where its symbolic links lead when that is inside its
 * workspace folder (the byte path writes the file, never a link: a linked plan with format on save was refused, a
 * review's). `refused` when they lead out of it, or anywhere a web worker cannot follow: a cloned repository's
 * `today.md -> ../../notes/x.md` had a CodeLens stamp a file outside it (an audit's); the CLI refuses the same
 * (pathSafety.ts). A file outside every workspace folder, opened on its own, is the learner's to edit.
 */
export async function linkedTarget(uri: vscode.Uri): Promise<{ readonly file: vscode.Uri } | { readonly refused: string }> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return { file: uri };
  const segments = uri.path.slice(folder.uri.path.length).split('/').filter(Boolean);
  let at = folder.uri;
  let linked = false;
  for (const segment of segments) {
    at = vscode.Uri.joinPath(at, segment);
    const stat = await vscode.workspace.fs.stat(at).then((s) => s, () => undefined);
    if (!stat) return { file: uri }; // not on disk (yet): nothing is followed
    if (stat.type & vscode.FileType.SymbolicLink) {
      linked = true;
      break;
    }
  }
  if (!linked) return { file: uri };
  if (uri.scheme === 'file' && localRealPath) {
    const [real, root] = await Promise.all([localRealPath(uri.fsPath), localRealPath(folder.uri.fsPath)]);
    const separator = root?.includes('\\') && !root.includes('/') ? '\\' : '/';
    if (real !== null && root !== null && (real === root || real.startsWith(root.endsWith(separator) ? root : root + separator))) return { file: vscode.Uri.file(real) };
  }
  return { refused: vscode.l10n.t('{0} is reached through a symbolic link that leads outside the workspace folder; nothing was changed (open the folder it is in to edit it there)', vscode.workspace.asRelativePath(uri)) };
}
