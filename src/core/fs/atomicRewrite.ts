/**
 * Rewriting a file without ever losing a byte: read, compute, write a temporary file beside it, check
 * that the file still holds what was read, and only then rename the temporary file over it. If someone
 * changed the file meanwhile, the new bytes are thrown away and the edit is computed again from what is
 * there now (re-locating its target), a bounded number of times; else the edit is refused and nothing is
 * written. Writers that share the port's lock (every learning-plans CLI process) take turns, so
 * concurrent edits of different lines all land.
 */
import * as l10n from '@vscode/l10n';
import { FileError } from './fileSystem';

/** One version of a file as read: its bytes and what else identifies it (size, modification time, file id). */
export interface FileSnapshot {
  readonly bytes: Uint8Array;
  readonly version: string;
}

export interface AtomicFilePort {
  /** The file that `path` names, symbolic links resolved: a write replaces a linked plan's target, keeping the link. */
  resolve(path: string): Promise<string>;
  /** The whole file; a FileError for what is missing, not a regular file, or over `maxBytes`. */
  read(path: string, maxBytes: number): Promise<FileSnapshot>;
  /** The `version` of the file as it is now (cheap: no read), checked again right before the rename. */
  version(path: string): Promise<string>;
  /**
   * Waits for the exclusive right to replace `path` among writers that use the same lock (other CLI
   * processes); resolves to its release. A FileError with problem `io` when it stays busy too long.
   */
  lock(path: string): Promise<() => Promise<void>>;
  /**
   * Whether this process may write `path` in place. A rename would replace a file its permissions keep from being
   * written (a learner's `chmod a-w`, a plan shared read-only): the rewrite must refuse it as an in-place write would.
   */
  writable(path: string): Promise<boolean>;
  /** Writes `bytes` to a new file in `path`'s folder, flushed to disk, with `path`'s permissions; its path. */
  writeTemp(path: string, bytes: Uint8Array): Promise<string>;
  /** Puts `temp` in place of `path` in one step (a rename). */
  replace(temp: string, path: string): Promise<void>;
  /** Deletes a temporary file; never throws. */
  discard(temp: string): Promise<void>;
}

/** What the caller's edit makes of the file's current bytes. */
export type Revision =
  | { readonly kind: 'write'; readonly bytes: Uint8Array; readonly summary: string }
  | { readonly kind: 'unchanged'; readonly summary: string }
  | { readonly kind: 'refuse'; readonly message: string };

export type RewriteResult =
  | { readonly ok: true; readonly written: boolean; readonly summary: string; readonly attempts: number }
  | {
      readonly ok: false;
      /** refused: the edit or the file said no; changing: the file kept changing; failed: the disk did. */
      readonly reason: 'refused' | 'changing' | 'failed';
      readonly message: string;
    };

export interface RewriteOptions {
  /** Files larger than this are not read. */
  readonly maxBytes: number;
  /** How many times the edit is computed again when the file changed under it (default 5). */
  readonly attempts?: number;
  /**
   * `path` is the file's real path, its links judged by the caller: if it leads elsewhere now (a link swapped in since
   * the check: a trial's loop had a write land outside the repository), refuse rather than follow it.
   */
  readonly resolved?: boolean;
}

/** Whether `target` (the path resolved) is another file than `path`: only a name's case and its accents' form may differ. */
function leadsElsewhere(target: string, path: string): boolean {
  return target.normalize('NFC').toLowerCase() !== path.normalize('NFC').toLowerCase();
}

/** Byte for byte the same. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function failure(error: unknown): RewriteResult {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof FileError && error.problem !== 'io') return { ok: false, reason: 'refused', message };
  return { ok: false, reason: 'failed', message };
}

/**
 * Applies `revise` to the file at `path` atomically and change-checked. `revise` gets the file's bytes as
 * they are now (on a retry, the changed bytes) and must find its target in them again.
 */
export async function rewriteFile(
  port: AtomicFilePort,
  path: string,
  revise: (bytes: Uint8Array) => Revision | Promise<Revision>,
  options: RewriteOptions,
): Promise<RewriteResult> {
  const attempts = Math.max(1, options.attempts ?? 5);
  let target: string;
  let release: () => Promise<void>;
  try {
    target = await port.resolve(path);
    if (options.resolved && leadsElsewhere(target, path)) return { ok: false, reason: 'refused', message: l10n.t('{0} became a symbolic link while it was being edited', path) };
    release = await port.lock(target);
  } catch (error) {
    return failure(error);
  }
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const before = await port.read(target, options.maxBytes);
      const revision = await revise(before.bytes);
      if (revision.kind === 'refuse') return { ok: false, reason: 'refused', message: revision.message };
      if (revision.kind === 'unchanged') return { ok: true, written: false, summary: revision.summary, attempts: attempt };
      if (!(await port.writable(target))) return { ok: false, reason: 'refused', message: l10n.t('{0} is read-only (no permission to write it)', path) };
      const temp = await port.writeTemp(target, revision.bytes);
      let replaced = false;
      try {
        // The bytes, then (right before the rename, to keep the window tiny) the version once more.
        const now = await port.read(target, Math.max(options.maxBytes, before.bytes.length));
        if (now.version === before.version && sameBytes(now.bytes, before.bytes) && (await port.version(target)) === before.version) {
          // Resolved once more right before the rename: a folder swapped for a link meanwhile sends it nowhere.
          if (options.resolved && leadsElsewhere(await port.resolve(path), path)) return { ok: false, reason: 'refused', message: l10n.t('{0} became a symbolic link while it was being edited', path) };
          await port.replace(temp, target);
          replaced = true;
          return { ok: true, written: true, summary: revision.summary, attempts: attempt };
        }
      } finally {
        if (!replaced) await port.discard(temp);
      }
    }
    return {
      ok: false,
      reason: 'changing',
      message: l10n.t('{0} kept changing while it was being edited ({1} attempts)', path, attempts),
    };
  } catch (error) {
    return failure(error);
  } finally {
    await release().catch(() => undefined);
  }
}
