/**
 * The index's reads of `file:` uris in the Node extension host, straight through Node's `fs`: a scan of a
 * 5,000-note vault spends ~1.8 s in `workspace.fs` and ~0.3 s here (measured in the scale test). The web
 * build gets localDisk.web.ts instead (esbuild.js), and every other scheme goes through `workspace.fs`.
 * Callbacks, not promises or sync calls: the fastest in Node, and a hung network drive blocks nothing.
 *
 * Safety, as for every read of the index: a file is reported as a regular file only when it is one (`lstat`:
 * a link is never followed) and its real path lies inside its workspace folder (a folder linked from inside
 * the workspace to elsewhere leads out of it); the read opens it without following a link and without
 * blocking (a FIFO swapped in after the check cannot hang a thread), checks the opened file again, and reads
 * nothing over the size limit.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { IndexDisk, ListingScope } from './indexDisk';
import { yieldToHost } from './hostTime';

const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0);

/** Real paths of the workspace folders, looked up once each. */
const realRoots = new Map<string, Promise<string>>();

function realPath(file: string): Promise<string> {
  return new Promise((resolve, reject) => fs.realpath(file, (error, real) => (error ? reject(error) : resolve(real))));
}

async function insideItsFolder(uri: vscode.Uri): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder || folder.uri.scheme !== 'file') return false;
  let root = realRoots.get(folder.uri.fsPath);
  if (!root) realRoots.set(folder.uri.fsPath, (root = realPath(folder.uri.fsPath)));
  const [real, base] = await Promise.all([realPath(uri.fsPath), root]);
  return real.startsWith(base.endsWith(path.sep) ? base : base + path.sep);
}

function typeOf(stat: fs.Stats): vscode.FileType {
  if (stat.isFile()) return vscode.FileType.File;
  if (stat.isDirectory()) return vscode.FileType.Directory;
  return stat.isSymbolicLink() ? vscode.FileType.SymbolicLink : vscode.FileType.Unknown;
}

/**
 * Folders read at once while a scan lists its files: over 2,854 folders (a node_modules) eight took 82 ms against
 * 180 ms one at a time. Three, so that a hung network drive holds three of libuv's four threads, not all of them.
 */
const FOLDERS_AT_ONCE = 3;

/** Entries handled between two breaths of the host (a folder of 50,000 notes is one readdir). */
const ENTRIES_AT_ONCE = 2000;

function readFolder(folder: string): Promise<fs.Dirent[]> {
  return new Promise((resolve) => fs.readdir(folder, { withFileTypes: true }, (error, entries) => resolve(error ? [] : entries)));
}

function lstatOf(file: string): Promise<fs.Stats | null> {
  return new Promise((resolve) => fs.lstat(file, (error, stat) => resolve(error ? null : stat)));
}

/**
 * The files a scan reads, listed with `fs` instead of `workspace.findFiles`: VS Code's file search spawns ripgrep
 * (a synchronous `spawn` that stalled the extension host 94 ms, profiled in the scale test) and hands back its
 * results in messages the host must digest (79 ms and 45 ms more). The same files: `findFiles` applies the index's
 * include and exclude globs (files.exclude among them) and no ignore files, and the index decides what a watched
 * file is by the same globs (IndexScope). A symbolic link is listed but not followed: the index reads no linked file
 * (the read refuses it as a link and the log names it), and a linked folder's files are not listed (they lead out of
 * the workspace, or are its own files a second time), where findFiles listed them for the read to refuse.
 */
async function listFiles(root: vscode.Uri, start: vscode.Uri, scope: ListingScope): Promise<vscode.Uri[]> {
  const startRelative = path.relative(root.fsPath, start.fsPath).split(path.sep).join('/');
  if (startRelative === '..' || startRelative.startsWith('../') || path.isAbsolute(startRelative)) return [];
  // A created folder's own path is checked as the walk checks every folder it goes into (its parents with it).
  if (startRelative !== '' && !scope.folder(startRelative)) return [];
  const found: string[] = [];
  const pathOf = (relative: string): string => (relative === '' ? root.fsPath : path.join(root.fsPath, ...relative.split('/')));
  const visit = async (relative: string, queue: string[]): Promise<void> => {
    const entries = await readFolder(pathOf(relative));
    for (let k = 0; k < entries.length; k++) {
      if (k > 0 && k % ENTRIES_AT_ONCE === 0) await yieldToHost();
      const entry = entries[k];
      const below = relative === '' ? entry.name : `${relative}/${entry.name}`;
      let folder = entry.isDirectory();
      let listed = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Windows reports a reparse point as a link (a OneDrive folder, a deduplicated file): lstat tells those from
        // real links and junctions, which it still calls links (never followed: listed for the read to refuse).
        const stat = await lstatOf(pathOf(below));
        folder = stat?.isDirectory() ?? false;
        listed = !folder;
      }
      if (folder) {
        if (scope.folder(below)) queue.push(below);
      } else if (listed && scope.file(below)) {
        found.push(below);
      }
    }
  };
  const folders = [startRelative];
  let reading = 0;
  await new Promise<void>((done) => {
    const next = (): void => {
      while (reading < FOLDERS_AT_ONCE && folders.length > 0) {
        reading++;
        void visit(folders.pop()!, folders).then(() => {
          reading--;
          if (reading === 0 && folders.length === 0) done();
          else next();
        });
      }
    };
    next();
  });
  // In a stable order (the reads finish in any): the tree fills in the same way from one scan to the next.
  found.sort();
  // A uri is made per file, 2,000 between two breaths (5,000 of them in one go stalled the host ~25 ms).
  const uris: vscode.Uri[] = [];
  for (let k = 0; k < found.length; k++) {
    if (k > 0 && k % ENTRIES_AT_ONCE === 0) await yieldToHost();
    uris.push(vscode.Uri.joinPath(root, ...found[k].split('/')));
  }
  return uris;
}

export const localDisk: IndexDisk | undefined = {
  list: listFiles,
  stat: (uri) =>
    new Promise((resolve, reject) =>
      fs.lstat(uri.fsPath, (error, stat) => {
        if (error) return reject(error);
        const found = { type: typeOf(stat), size: stat.size, mtime: Math.trunc(stat.mtimeMs) };
        if (found.type !== vscode.FileType.File) return resolve(found);
        // A regular file reached through a linked folder is reported as the link it is.
        insideItsFolder(uri).then((inside) => resolve(inside ? found : { ...found, type: vscode.FileType.SymbolicLink }), reject);
      }),
    ),
  readFile: (uri, maxBytes) =>
    new Promise((resolve, reject) =>
      fs.open(uri.fsPath, OPEN_FLAGS, (error, fd) => {
        if (error) return reject(error);
        const done = (failure: Error | null, bytes?: Uint8Array): void => fs.close(fd, () => (failure ? reject(failure) : resolve(bytes!)));
        fs.fstat(fd, (error, stat) => {
          if (error) return done(error);
          if (!stat.isFile() || stat.size > maxBytes) return done(new Error(`${uri.fsPath} changed into something the index does not read`));
          fs.readFile(fd, (error, bytes) => done(error, bytes));
        });
      }),
    ),
};
