import * as vscode from 'vscode';
import { localAccess } from './localAccess';
import { besideName, FileError, statFromFileType, type AtomicFilePort, type FileSnapshot, type FileStat, type FileSystemPort } from '../core';

function isNotFound(error: unknown): boolean {
  return (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || /EntryNotFound|FileNotFound|ENOENT/.test(String(error));
}

function isExists(error: unknown): boolean {
  return (error instanceof vscode.FileSystemError && error.code === 'FileExists') || /EntryExists|FileExists|EEXIST/.test(String(error));
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writers in this extension host, by path: they take turns (see `lock`). */
const turns = new Map<string, Promise<void>>();

/**
 * The core's file-system port on `vscode.workspace.fs`, for every scheme VS Code can open (disk in the
 * Node host, the remote or virtual file system in the browser). Paths are URI paths; the scheme and
 * authority are those of `base` (the workspace folder).
 *
 * It is also the atomic-rewrite port (the review log's appends): `workspace.fs` has no file ids, no
 * flush and no lock files, so a version is the modification time and size, and writers take turns within
 * this extension host only; the change check (the bytes compared again right before the rename) is what
 * keeps a CLI process's append from being lost.
 */
export class WorkspaceFileSystem implements FileSystemPort, AtomicFilePort {
  constructor(private readonly base: vscode.Uri) {}

  uri(path: string): vscode.Uri {
    return this.base.with({ path, query: '', fragment: '' });
  }

  async stat(path: string): Promise<FileStat | undefined> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(this.uri(path));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw new FileError('io', vscode.l10n.t('cannot inspect {0}: {1}', path, reason(error)));
    }
    return statFromFileType(stat.type, stat.size);
  }

  async mkdir(path: string): Promise<boolean> {
    // createDirectory succeeds on a folder that is there: whether this call made it is read just before (a folder
    // made in between by another program would be taken for ours; workspace.fs offers nothing atomic).
    const there = await this.stat(path);
    if (there?.type === 'directory' && !there.symbolicLink) return false;
    try {
      await vscode.workspace.fs.createDirectory(this.uri(path));
      return true;
    } catch (error) {
      throw new FileError('io', vscode.l10n.t('cannot create the folder {0}: {1}', path, reason(error)));
    }
  }

  async removeEmptyFolder(path: string): Promise<boolean> {
    const uri = this.uri(path);
    try {
      // A link to a folder reports Directory | SymbolicLink: only a plain folder, seen empty, is asked for. A
      // delete that is not recursive is refused by VS Code for a folder with anything in it (a file made since).
      if ((await vscode.workspace.fs.stat(uri)).type !== vscode.FileType.Directory) return false;
      if ((await vscode.workspace.fs.readDirectory(uri)).length > 0) return false;
      await vscode.workspace.fs.delete(uri, { recursive: false, useTrash: false });
      return true;
    } catch {
      return false;
    }
  }

  /** A temporary file beside the target, renamed into place without overwriting: the file appears whole or not at all. */
  async writeNew(path: string, bytes: Uint8Array): Promise<boolean> {
    const target = this.uri(path);
    if (await this.stat(path)) return false;
    const temp = this.uri(tempPath(path));
    try {
      await vscode.workspace.fs.writeFile(temp, bytes);
      await vscode.workspace.fs.rename(temp, target, { overwrite: false });
      return true;
    } catch (error) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      if (isExists(error) || (await this.stat(path).catch(() => undefined))) return false;
      throw new FileError('io', vscode.l10n.t('cannot write {0}: {1}', path, reason(error)));
    }
  }

  async readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    const stat = await this.stat(path);
    if (!stat) throw new FileError('missing', vscode.l10n.t('no such file: {0}', path));
    if (stat.symbolicLink) throw new FileError('symbolicLink', vscode.l10n.t('{0} is a symbolic link', path));
    if (stat.type !== 'file') throw new FileError('notRegular', vscode.l10n.t('{0} is not a regular file', path));
    if (stat.size > maxBytes) throw new FileError('tooLarge', vscode.l10n.t('{0} is larger than {1} KB', path, Math.floor(maxBytes / 1024)));
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.uri(path));
    } catch (error) {
      throw new FileError('io', vscode.l10n.t('cannot read {0}: {1}', path, reason(error)));
    }
    if (bytes.length > maxBytes) throw new FileError('tooLarge', vscode.l10n.t('{0} is larger than {1} KB', path, Math.floor(maxBytes / 1024)));
    return bytes;
  }

  /** Links are never followed for a rewrite: the callers refuse them (checkPathBelow) before they get here. */
  async resolve(path: string): Promise<string> {
    return path;
  }

  async read(path: string, maxBytes: number): Promise<FileSnapshot> {
    const version = await this.version(path);
    return { bytes: await this.readFile(path, maxBytes), version };
  }

  async version(path: string): Promise<string> {
    try {
      const stat = await vscode.workspace.fs.stat(this.uri(path));
      return `${stat.mtime}:${stat.size}:${stat.type}`;
    } catch (error) {
      if (isNotFound(error)) throw new FileError('missing', vscode.l10n.t('no such file: {0}', path));
      throw new FileError('io', vscode.l10n.t('cannot inspect {0}: {1}', path, reason(error)));
    }
  }

  async lock(path: string): Promise<() => Promise<void>> {
    const key = this.uri(path).toString();
    const before = turns.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const chain = before.then(() => mine);
    turns.set(key, chain);
    await before;
    return async () => {
      release();
      if (turns.get(key) === chain) turns.delete(key);
    };
  }

  writable(path: string): Promise<boolean> {
    return isWritable(this.uri(path));
  }

  async writeTemp(path: string, bytes: Uint8Array): Promise<string> {
    const temp = tempPath(path);
    try {
      // A copy of the file first, then its bytes written over: the temporary file has the plan's permissions, which the
      // rename keeps (an audit's `chmod 600` plan became 0644 after one edit; workspace.fs has no chmod). A file system
      // that cannot copy gets a new file.
      await vscode.workspace.fs.copy(this.uri(path), this.uri(temp), { overwrite: false }).then(undefined, () => undefined);
      await vscode.workspace.fs.writeFile(this.uri(temp), bytes);
    } catch (error) {
      throw new FileError('io', vscode.l10n.t('cannot write {0}: {1}', temp, reason(error)));
    }
    return temp;
  }

  async replace(temp: string, path: string): Promise<void> {
    try {
      await vscode.workspace.fs.rename(this.uri(temp), this.uri(path), { overwrite: true });
    } catch (error) {
      throw new FileError('io', vscode.l10n.t('cannot write {0}: {1}', path, reason(error)));
    }
  }

  async discard(temp: string): Promise<void> {
    await vscode.workspace.fs.delete(this.uri(temp)).then(undefined, () => undefined);
  }
}

/** A temporary file beside `path`, named within the 255 bytes a name may have (see besideName). */
function tempPath(path: string): string {
  return `${path.slice(0, path.lastIndexOf('/'))}/${besideName(path.slice(path.lastIndexOf('/') + 1), `.${Math.random().toString(36).slice(2, 10)}.learning-plans.tmp`)}`;
}

/**
 * Whether the extension host may write the file in place: the Node host asks the system (localAccess.ts); a web
 * worker has only what VS Code's stat says. Anything but a "no" is for the write itself to report.
 */
export async function isWritable(uri: vscode.Uri): Promise<boolean> {
  if (uri.scheme === 'file' && localAccess) return localAccess(uri.fsPath);
  try {
    return ((await vscode.workspace.fs.stat(uri)).permissions ?? 0) & vscode.FilePermission.Readonly ? false : true;
  } catch {
    return true;
  }
}
