import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { besideName, FileError, type AtomicFilePort, type FileSnapshot, type FileStat, type FileSystemPort } from '../core';
import { describeError, formatSize } from './errorText';

export { describeError, formatSize } from './errorText';

function ioError(action: string, file: string, error: unknown): FileError {
  if (error instanceof FileError) return error;
  return new FileError('io', `cannot ${action} ${file}: ${describeError(error)}`);
}

/** A port path from a path as the user typed it: absolute, `/`-separated, `/C:/x` on Windows (as a URI path). */
export function portPath(file: string): string {
  const resolved = path.resolve(file).split(path.sep).join('/');
  return /^[a-zA-Z]:/.test(resolved) ? `/${resolved}` : resolved;
}

/** A native path from a port path. */
export function native(file: string): string {
  if (path.sep === '/') return file;
  return (/^\/[a-zA-Z]:/.test(file) ? file.slice(1) : file).split('/').join(path.sep);
}

const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const NON_BLOCK = fs.constants.O_NONBLOCK ?? 0;

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function tempName(file: string): string {
  const random = Math.random().toString(36).slice(2, 10);
  return path.join(path.dirname(file), besideName(path.basename(file), `.${process.pid}-${random}.learning-plans.tmp`));
}


/** Writes every byte (a write may take only part); the seam tests use to play a full disk. */
export async function writeAll(handle: fs.promises.FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.length; ) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    offset += bytesWritten;
  }
}

/** Whose a file is: what a rewrite gives the file that replaces it. */
interface Owner {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/** Writes a new file (never an existing one), flushed to disk; on any failure it is removed again. */
async function writeFlushed(file: string, bytes: Uint8Array, write: typeof writeAll, owner?: Owner): Promise<void> {
  const handle = await fs.promises.open(file, 'wx', owner?.mode ?? 0o666);
  try {
    if (owner !== undefined) {
      // The replaced file's owner and group, where this process may give them (root may; a user may keep a
      // group it belongs to): a plan edited with sudo must not become root's. Before chmod: chown clears setuid.
      // A user who is not the owner may still keep the group, when it is one of theirs.
      await handle.chown(owner.uid, owner.gid).catch(() => handle.chown(-1, owner.gid)).catch(() => undefined);
      await handle.chmod(owner.mode); // the umask must not narrow a plan's permissions
    }
    await write(handle, bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.promises.unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

export interface NodeFileSystemOptions {
  /** How long `lock` waits for another CLI process to finish with a file (default 60 s). */
  readonly lockTimeoutMs?: number;
  /** A lock older than this is left over from a crash and is taken over (default 10 minutes). */
  readonly staleLockMs?: number;
}

/**
 * The file-system port on node `fs`, for the CLI: files are read without following a final symbolic
 * link and without blocking on a FIFO or device; new files appear whole or not at all; plans are replaced
 * by rename after a flushed temporary file, under a lock file that other CLI processes respect.
 */
export class NodeFileSystem implements FileSystemPort, AtomicFilePort {
  private readonly lockTimeoutMs: number;
  private readonly staleLockMs: number;
  /** How bytes reach a new file; a test replaces it to fail like a full disk. */
  protected write = writeAll;

  constructor(options: NodeFileSystemOptions = {}) {
    this.lockTimeoutMs = options.lockTimeoutMs ?? 60_000;
    this.staleLockMs = options.staleLockMs ?? 10 * 60_000;
  }

  async stat(file: string): Promise<FileStat | undefined> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.lstat(native(file));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw ioError('inspect', file, error);
    }
    if (!stat.isSymbolicLink()) return { type: stat.isFile() ? 'file' : stat.isDirectory() ? 'directory' : 'other', symbolicLink: false, size: stat.size };
    const target = await fs.promises.stat(native(file)).catch(() => undefined);
    return { type: target?.isFile() ? 'file' : target?.isDirectory() ? 'directory' : 'other', symbolicLink: true, size: target?.size ?? 0 };
  }

  async mkdir(folder: string): Promise<boolean> {
    try {
      await fs.promises.mkdir(native(folder));
      return true;
    } catch (error) {
      // A folder there already is no failure, but a link to one is no folder of ours to write through.
      const there = (error as NodeJS.ErrnoException).code === 'EEXIST' ? await this.stat(folder) : undefined;
      if (there?.type === 'directory' && !there.symbolicLink) return false;
      throw ioError('create the folder', folder, error);
    }
  }

  async removeEmptyFolder(folder: string): Promise<boolean> {
    // rmdir removes only an empty folder. On POSIX it fails on a link (ENOTDIR), but Windows' RemoveDirectoryW
    // removes a directory link or junction: only a plain folder, seen as one just before, is asked for.
    try {
      if (!(await fs.promises.lstat(native(folder))).isDirectory()) return false;
      await fs.promises.rmdir(native(folder));
      return true;
    } catch {
      return false;
    }
  }

  async writeNew(file: string, bytes: Uint8Array): Promise<boolean> {
    const target = native(file);
    const temp = tempName(target);
    try {
      await writeFlushed(temp, bytes, this.write);
      try {
        // link() fails if anything (even a dangling link) is at the target: the file appears whole or not at all.
        await fs.promises.link(temp, target);
        return true;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return false;
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
        // A file system without hard links: create exclusively and copy; a partial copy is removed.
        try {
          await fs.promises.copyFile(temp, target, fs.constants.COPYFILE_EXCL);
          return true;
        } catch (copyError) {
          if ((copyError as NodeJS.ErrnoException).code === 'EEXIST') return false;
          await fs.promises.unlink(target).catch(() => undefined);
          throw copyError;
        }
      }
    } catch (error) {
      throw ioError('write', file, error);
    } finally {
      await fs.promises.unlink(temp).catch(() => undefined);
    }
  }

  async readFile(file: string, maxBytes: number): Promise<Uint8Array> {
    return (await this.readSnapshot(file, maxBytes)).bytes;
  }

  async resolve(file: string): Promise<string> {
    try {
      return portPath(await fs.promises.realpath(native(file)));
    } catch (error) {
      if (isMissing(error)) throw new FileError('missing', `no such file: ${file}`);
      throw ioError('find', file, error);
    }
  }

  read(file: string, maxBytes: number): Promise<FileSnapshot> {
    return this.readSnapshot(file, maxBytes);
  }

  async version(file: string): Promise<string> {
    try {
      return versionOf(await fs.promises.lstat(native(file), { bigint: true }));
    } catch (error) {
      if (isMissing(error)) return 'missing';
      throw ioError('inspect', file, error);
    }
  }

  private async readSnapshot(file: string, maxBytes: number): Promise<FileSnapshot> {
    let handle: fs.promises.FileHandle;
    try {
      // O_NOFOLLOW: a final symbolic link is refused, not followed; O_NONBLOCK: a FIFO cannot hang the open.
      handle = await fs.promises.open(native(file), fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (isMissing(error)) throw new FileError('missing', `no such file: ${file}`);
      if (code === 'ELOOP' || code === 'EMLINK') throw new FileError('symbolicLink', `${file} is a symbolic link`);
      throw ioError('read', file, error);
    }
    try {
      const stat = await handle.stat({ bigint: true });
      if (!stat.isFile()) throw new FileError('notRegular', `${file} is not a regular file`);
      if (stat.size > BigInt(maxBytes)) throw new FileError('tooLarge', `${file} is larger than ${formatSize(maxBytes)}`);
      // Read until the end, at most one byte past the limit: files under /proc report size 0 and may be long.
      let buffer = Buffer.allocUnsafe(Math.min(Number(stat.size) || 64 * 1024, maxBytes) + 1);
      let length = 0;
      for (;;) {
        if (length === buffer.length) {
          if (length > maxBytes) throw new FileError('tooLarge', `${file} is larger than ${formatSize(maxBytes)}`);
          const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
          buffer.copy(bigger, 0, 0, length);
          buffer = bigger;
        }
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) throw new FileError('tooLarge', `${file} is larger than ${formatSize(maxBytes)}`);
      return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length), version: versionOf(stat) };
    } catch (error) {
      throw ioError('read', file, error);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  async lock(file: string): Promise<() => Promise<void>> {
    const target = native(file);
    const lockFile = path.join(path.dirname(target), besideName(path.basename(target), '.learning-plans.lock'));
    const owner = `${process.pid} ${os.hostname()} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
    const deadline = Date.now() + this.lockTimeoutMs;
    for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
      try {
        await writeLock(lockFile, owner);
        return async () => {
          // Only our own lock is removed (a stale-lock takeover may have replaced it).
          if ((await fs.promises.readFile(lockFile, 'utf8').catch(() => '')) === owner) await fs.promises.unlink(lockFile).catch(() => undefined);
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw ioError('lock', file, error);
      }
      if (await this.isStale(lockFile)) {
        await fs.promises.unlink(lockFile).catch(() => undefined);
        continue;
      }
      if (Date.now() > deadline) {
        throw new FileError('io', `${file} is being edited by another learning-plans process (${lockFile} exists; delete it if no such process runs)`);
      }
      await new Promise((resolve) => setTimeout(resolve, wait * (0.5 + Math.random())));
    }
  }

  /**
   * A lock whose process is gone (same machine), that is older than staleLockMs, or that is empty and a few
   * seconds old (its process died between creating it and writing its name), is left over.
   */
  private async isStale(lockFile: string): Promise<boolean> {
    try {
      const content = await fs.promises.readFile(lockFile, 'utf8');
      const [pid, host] = content.split(' ');
      if (host === os.hostname() && Number(pid) > 0 && !processExists(Number(pid))) return true;
      const age = Date.now() - (await fs.promises.stat(lockFile)).mtimeMs;
      return age > this.staleLockMs || (content === '' && age > EMPTY_LOCK_MS);
    } catch {
      return false; // gone meanwhile (the next attempt takes it) or unreadable (wait for it)
    }
  }

  async writable(file: string): Promise<boolean> {
    // A file no one may write (`chmod a-w`) is read-only to root too, as `rm` asks before removing one: root's access
    // says yes to any file (a trial's `done` as root edited a mode-444 plan without a word).
    const mode = await fs.promises.stat(native(file)).then((stat) => stat.mode, () => null);
    if (mode !== null && (mode & 0o222) === 0) return false;
    try {
      await fs.promises.access(native(file), fs.constants.W_OK);
      return true;
    } catch (error) {
      // Only a "no" from the system says read-only; anything else is for the write itself to report.
      const code = (error as NodeJS.ErrnoException).code;
      return code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS';
    }
  }

  async writeTemp(file: string, bytes: Uint8Array): Promise<string> {
    const target = native(file);
    const temp = tempName(target);
    try {
      const stat = await fs.promises.stat(target);
      await writeFlushed(temp, bytes, this.write, { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid });
      return portPath(temp);
    } catch (error) {
      throw ioError('write', file, error);
    }
  }

  async replace(temp: string, file: string): Promise<void> {
    try {
      await fs.promises.rename(native(temp), native(file));
    } catch (error) {
      throw ioError('replace', file, error);
    }
    // The rename itself is durable once the folder is flushed (not possible on every system: best effort).
    const folder = await fs.promises.open(path.dirname(native(file)), 'r').catch(() => undefined);
    await folder?.sync().catch(() => undefined);
    await folder?.close().catch(() => undefined);
  }

  async discard(temp: string): Promise<void> {
    await fs.promises.unlink(native(temp)).catch(() => undefined);
  }
}

/**
 * An empty lock older than this was left by a process that died between creating it and writing its name
 * (only where the lock cannot be linked into place whole: a file system without hard links).
 */
const EMPTY_LOCK_MS = 30_000;

/**
 * Creates the lock file holding `owner`, whole or not at all: the name is written to a file of its own, which
 * is then linked to the lock's name (a link fails when the lock exists), so no lock is ever seen empty, and a
 * full disk leaves none behind. Where the file system has no hard links, the lock is created and then written,
 * and removed again if the write fails.
 */
async function writeLock(lockFile: string, owner: string): Promise<void> {
  const temp = tempName(lockFile);
  try {
    await fs.promises.writeFile(temp, owner, { flag: 'wx' });
    await fs.promises.link(temp, lockFile);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  } finally {
    await fs.promises.unlink(temp).catch(() => undefined);
  }
  const handle = await fs.promises.open(lockFile, 'wx');
  try {
    await handle.writeFile(owner);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.promises.unlink(lockFile).catch(() => undefined);
    throw error;
  }
}

/** What identifies one version of a file besides its bytes: the same file (device, inode), its size and times. */
function versionOf(stat: fs.BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // it exists, it is just not ours
  }
}

