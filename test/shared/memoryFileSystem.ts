import { FileError, type AtomicFilePort, type FileSnapshot, type FileStat, type FileSystemPort } from '../../src/core';

type Entry =
  | { kind: 'file'; bytes: Uint8Array; mode: number; version: number }
  | { kind: 'directory' }
  | { kind: 'link'; target: string }
  | { kind: 'fifo' };

function parent(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

function child(folder: string, name: string): string {
  return folder === '/' ? `/${name}` : `${folder}/${name}`;
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The file-system port in memory, for unit tests of the core's file algorithms. It behaves like the node
 * and the VS Code ports (the same contract table runs on all three) and adds hooks to play what the disk
 * and other processes do: `beforeCompare` runs between writing the temporary file and checking the
 * target (another writer), `failWrites` makes writes fail (a full disk).
 */
export class MemoryFileSystem implements FileSystemPort, AtomicFilePort {
  readonly entries = new Map<string, Entry>([['/', { kind: 'directory' }]]);
  private versions = 0;
  private locked = new Set<string>();
  /** Called once per compare, before the target is read again. */
  beforeCompare: ((path: string) => void) | undefined;
  /** Writes of new files (and temporary files) fail with this message, as on a full disk. */
  failWrites: string | undefined;
  /** A rename fails with this message. */
  failReplace: string | undefined;
  readonly log: string[] = [];

  // --- setting up a scene --------------------------------------------------------------------------
  addFolder(path: string): void {
    if (path !== '/' && !this.entries.has(parent(path))) this.addFolder(parent(path));
    this.entries.set(path, { kind: 'directory' });
  }

  addFile(path: string, content: string | Uint8Array, mode = 0o644): void {
    this.addFolder(parent(path));
    this.entries.set(path, { kind: 'file', bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content, mode, version: ++this.versions });
  }

  addLink(path: string, target: string): void {
    this.addFolder(parent(path));
    this.entries.set(path, { kind: 'link', target });
  }

  addFifo(path: string): void {
    this.addFolder(parent(path));
    this.entries.set(path, { kind: 'fifo' });
  }

  text(path: string): string | undefined {
    const entry = this.entries.get(path);
    return entry?.kind === 'file' ? new TextDecoder().decode(entry.bytes) : undefined;
  }

  /** Resolves links (and `..`) in every segment, as the kernel would; undefined when a link leads nowhere. */
  private follow(path: string, depth = 0): string | undefined {
    if (depth > 20) return undefined;
    let current = '/';
    for (const part of path.split('/').filter((p) => p !== '' && p !== '.')) {
      if (part === '..') {
        current = parent(current);
        continue;
      }
      const next = child(current, part);
      const entry = this.entries.get(next);
      if (entry?.kind === 'link') {
        const resolved = this.follow(entry.target.startsWith('/') ? entry.target : child(current, entry.target), depth + 1);
        if (resolved === undefined) return undefined;
        current = resolved;
      } else {
        current = next;
      }
    }
    return current;
  }

  /** The entry a path names, links in its folders followed but not a final link (lstat). */
  private lstat(path: string): Entry | undefined {
    const folder = this.follow(parent(path));
    return folder === undefined ? undefined : this.entries.get(child(folder, nameOf(path)));
  }

  private entry(path: string): Entry | undefined {
    const real = this.follow(path);
    return real === undefined ? undefined : this.entries.get(real);
  }

  // --- FileSystemPort --------------------------------------------------------------------------------
  async stat(path: string): Promise<FileStat | undefined> {
    const own = this.lstat(path);
    if (!own) return undefined;
    if (own.kind !== 'link') return { type: own.kind === 'file' ? 'file' : own.kind === 'directory' ? 'directory' : 'other', symbolicLink: false, size: own.kind === 'file' ? own.bytes.length : 0 };
    const target = this.entry(path);
    return { type: target?.kind === 'file' ? 'file' : target?.kind === 'directory' ? 'directory' : 'other', symbolicLink: true, size: target?.kind === 'file' ? target.bytes.length : 0 };
  }

  async mkdir(path: string): Promise<boolean> {
    const real = this.follow(path) ?? path;
    if (this.entries.get(real)?.kind === 'directory') return false;
    if (this.entries.has(real)) throw new FileError('io', `cannot create the folder ${path}: it exists`);
    if (this.entry(parent(real))?.kind !== 'directory') throw new FileError('io', `cannot create the folder ${path}: no parent folder`);
    this.entries.set(real, { kind: 'directory' });
    return true;
  }

  async removeEmptyFolder(path: string): Promise<boolean> {
    const own = this.lstat(path);
    if (own?.kind !== 'directory') return false;
    const real = child(this.follow(parent(path)) ?? parent(path), nameOf(path));
    const prefix = `${real}/`;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) return false;
    this.entries.delete(real);
    this.log.push(`removed ${real}`);
    return true;
  }

  async writeNew(path: string, bytes: Uint8Array): Promise<boolean> {
    if (this.lstat(path)) return false;
    const real = child(this.follow(parent(path)) ?? parent(path), nameOf(path));
    if (this.failWrites) throw new FileError('io', `cannot write ${path}: ${this.failWrites}`);
    if (this.entry(parent(real))?.kind !== 'directory') throw new FileError('io', `cannot write ${path}: no parent folder`);
    this.entries.set(real, { kind: 'file', bytes: bytes.slice(), mode: 0o644, version: ++this.versions });
    this.log.push(`created ${real}`);
    return true;
  }

  async readFile(path: string, maxBytes: number): Promise<Uint8Array> {
    return (await this.read(path, maxBytes)).bytes;
  }

  // --- AtomicFilePort ---------------------------------------------------------------------------------
  async resolve(path: string): Promise<string> {
    const real = this.follow(path);
    if (real === undefined || !this.entries.has(real)) throw new FileError('missing', `no such file: ${path}`);
    return real;
  }

  async read(path: string, maxBytes: number): Promise<FileSnapshot> {
    if (this.lstat(path)?.kind === 'link') throw new FileError('symbolicLink', `${path} is a symbolic link`);
    const entry = this.entry(path);
    if (!entry) throw new FileError('missing', `no such file: ${path}`);
    if (entry.kind !== 'file') throw new FileError('notRegular', `${path} is not a regular file`);
    if (entry.bytes.length > maxBytes) throw new FileError('tooLarge', `${path} is larger than ${maxBytes} bytes`);
    return { bytes: entry.bytes.slice(), version: String(entry.version) };
  }

  async version(path: string): Promise<string> {
    const entry = this.entry(path);
    return entry?.kind === 'file' ? String(entry.version) : 'missing';
  }

  async lock(path: string): Promise<() => Promise<void>> {
    while (this.locked.has(path)) await new Promise((resolve) => setTimeout(resolve, 1));
    this.locked.add(path);
    return async () => {
      this.locked.delete(path);
    };
  }

  async writable(path: string): Promise<boolean> {
    const entry = this.entry(path);
    return entry?.kind !== 'file' || (entry.mode & 0o200) !== 0;
  }

  async writeTemp(path: string, bytes: Uint8Array): Promise<string> {
    if (this.failWrites) throw new FileError('io', `cannot write ${path}: ${this.failWrites}`);
    const target = this.entries.get(path);
    const temp = child(parent(path), `.${nameOf(path)}.${++this.versions}.tmp`);
    this.entries.set(temp, { kind: 'file', bytes: bytes.slice(), mode: target?.kind === 'file' ? target.mode : 0o644, version: ++this.versions });
    this.log.push(`temp ${temp}`);
    const hook = this.beforeCompare;
    if (hook) hook(path);
    return temp;
  }

  async replace(temp: string, path: string): Promise<void> {
    if (this.failReplace) throw new FileError('io', `cannot replace ${path}: ${this.failReplace}`);
    const entry = this.entries.get(temp);
    if (!entry) throw new FileError('io', `no temporary file ${temp}`);
    this.entries.delete(temp);
    this.entries.set(path, entry);
    this.log.push(`replaced ${path}`);
  }

  async discard(temp: string): Promise<void> {
    if (this.entries.delete(temp)) this.log.push(`discarded ${temp}`);
  }

  /** Temporary files still lying around (there must be none after any outcome). */
  leftovers(): string[] {
    return [...this.entries.keys()].filter((path) => path.endsWith('.tmp'));
  }
}
