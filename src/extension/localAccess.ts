/**
 * Whether the Node extension host may write a local file in place, asked of the system as the write itself would
 * be (VS Code's `workspace.fs.stat` leaves a mode-444 file's permissions unset). The web build gets
 * localAccess.web.ts instead (esbuild.js): a web worker has no local disk to ask.
 */
import * as fs from 'fs';

export const localAccess: ((fsPath: string) => Promise<boolean>) | undefined = async (fsPath) => {
  // A file no one may write (`chmod a-w`) is read-only to root too, as `rm` asks before removing one.
  const mode = await fs.promises.stat(fsPath).then((stat) => stat.mode, () => null);
  if (mode !== null && (mode & 0o222) === 0) return false;
  return new Promise((resolve) =>
    fs.access(fsPath, fs.constants.W_OK, (error) => {
      // Only a "no" from the system says read-only; anything else is for the write itself to report.
      const code = (error as NodeJS.ErrnoException | null)?.code;
      resolve(code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS');
    }),
  );
};

/** The file a local path names once every symbolic link on the way is followed, or null when it cannot be resolved. */
export const localRealPath: ((fsPath: string) => Promise<string | null>) | undefined = (fsPath) =>
  fs.promises.realpath(fsPath).then((real) => real, () => null);
