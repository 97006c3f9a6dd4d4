import * as vscode from 'vscode';
import { localRealPath } from '../localAccess';

/**
 * Why an edit of `uri` would be written outside its workspace folder through a symbolic link, or null. A plan reached
 * through a link (`today.md -> ../../notes/x.md`, or a linked folder on the way) is edited only where the link stays in
 * the folder (the Node host follows it to see; a web worker cannot, and refuses any link). A cloned repository's link
 * had a CodeLens stamp a file outside it (an audit's); the CLI refuses the same (pathSafety.ts). A file outside every
 * workspace folder, opened on its own, is the learner's to edit.
 */
export async function linkLeavingWorkspace(uri: vscode.Uri): Promise<string | null> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return null;
  const segments = uri.path.slice(folder.uri.path.length).split('/').filter(Boolean);
  let at = folder.uri;
  let linked = false;
  for (const segment of segments) {
    at = vscode.Uri.joinPath(at, segment);
    const stat = await vscode.workspace.fs.stat(at).then((s) => s, () => undefined);
    if (!stat) return null; // not on disk (yet): nothing is followed
    if (stat.type & vscode.FileType.SymbolicLink) {
      linked = true;
      break;
    }
  }
  if (!linked) return null;
  if (uri.scheme === 'file' && localRealPath) {
    const [real, root] = await Promise.all([localRealPath(uri.fsPath), localRealPath(folder.uri.fsPath)]);
    const separator = root?.includes('\\') && !root.includes('/') ? '\\' : '/';
    if (real !== null && root !== null && (real === root || real.startsWith(root.endsWith(separator) ? root : root + separator))) return null;
  }
  return vscode.l10n.t('{0} is reached through a symbolic link that leads outside the workspace folder; nothing was changed (open the folder it is in to edit it there)', vscode.workspace.asRelativePath(uri));
}
