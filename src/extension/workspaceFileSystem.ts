import * as vscode from 'vscode';
import { FileError, type FileStat, type FileSystemPort } from '../core';

function isNotFound(error: unknown): boolean {
  return (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || /EntryNotFound|FileNotFound|ENOENT/.test(String(error));
}

function isExists(error: unknown): boolean {
  return (error instanceof vscode.FileSystemError && error.code === 'FileExists') || /EntryExists|FileExists|EEXIST/.test(String(error));
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The core's file-system port on `vscode.workspace.fs`, for every scheme VS Code can open (disk in the
 * Node host, the remote or virtual file system in the browser). Paths are URI paths; the scheme and
 * authority are those of `base` (the workspace folder).
 */
export class WorkspaceFileSystem implements FileSystemPort {
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
    // VS Code follows links and flags them: `File | SymbolicLink`; a dangling link is `SymbolicLink` alone.
    const type = stat.type & vscode.FileType.File ? 'file' : stat.type & vscode.FileType.Directory ? 'directory' : 'other';
    return { type, symbolicLink: (stat.type & vscode.FileType.SymbolicLink) !== 0, size: stat.size };
  }

  async mkdir(path: string): Promise<void> {
    try {
      await vscode.workspace.fs.createDirectory(this.uri(path));
    } catch (error) {
      throw new FileError('io', vscode.l10n.t('cannot create the folder {0}: {1}', path, reason(error)));
    }
  }

  /** A temporary file beside the target, renamed into place without overwriting: the file appears whole or not at all. */
  async writeNew(path: string, bytes: Uint8Array): Promise<boolean> {
    const target = this.uri(path);
    if (await this.stat(path)) return false;
    const name = path.slice(path.lastIndexOf('/') + 1);
    const temp = this.uri(`${path.slice(0, path.lastIndexOf('/'))}/.${name}.${Math.random().toString(36).slice(2, 10)}.learning-plans.tmp`);
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
}
