/**
 * The file-system port: what the core's file algorithms (the lab scaffold, template reading, the link
 * check, the CLI's atomic rewrite) need, and nothing more. The extension implements it with
 * `vscode.workspace.fs`, the CLI with node `fs`, tests with an in-memory port; one table of contract
 * tests runs against all three.
 *
 * Paths are absolute and `/`-separated: a URI's path in the extension, a native path written with `/`
 * in the CLI. The core joins and compares them as text (see paths.ts) and never touches a disk itself.
 */

/** What a path names. A symbolic link reports its target's type (`other` when dangling) and `symbolicLink`. */
export interface FileStat {
  readonly type: 'file' | 'directory' | 'other';
  /** The path itself is a symbolic link (where it leads is not known to the core, so it is never trusted). */
  readonly symbolicLink: boolean;
  readonly size: number;
}

/** VS Code's `FileType` bits (a stable API: File 1, Directory 2, SymbolicLink 64), named here so the core stays vscode-free. */
export const FILE_TYPE_BITS = { file: 1, directory: 2, symbolicLink: 64 } as const;

/**
 * A `FileStat` from VS Code's `FileType` bit set. VS Code follows links and flags them: `File | SymbolicLink`
 * is a link to a file; a dangling link is `SymbolicLink` alone. Only a bit test finds the flag: a link to a
 * file compared with `===` would pass as a plain file and be trusted.
 */
export function statFromFileType(bits: number, size: number): FileStat {
  const type = bits & FILE_TYPE_BITS.file ? 'file' : bits & FILE_TYPE_BITS.directory ? 'directory' : 'other';
  return { type, symbolicLink: (bits & FILE_TYPE_BITS.symbolicLink) !== 0, size };
}

/**
 * Removes the folders a failed operation made (`made`, in the order they were made), deepest first, each only
 * while it is empty: a full disk must not leave `labs/plan/day-031-x/` behind with nothing in it. What cannot be
 * removed stays, silently: the failure being reported is the one the user needs to read.
 */
export async function removeFoldersMade(fs: FileSystemPort, made: readonly string[]): Promise<void> {
  for (let i = made.length - 1; i >= 0; i--) {
    try {
      if (!(await fs.removeEmptyFolder(made[i]))) return;
    } catch {
      return;
    }
  }
}

export type FileProblem = 'missing' | 'notRegular' | 'symbolicLink' | 'tooLarge' | 'io';

/** A refusal or failure from a port, with a message fit for the user (no stack trace needed). */
export class FileError extends Error {
  constructor(readonly problem: FileProblem, message: string) {
    super(message);
  }
}

export interface FileSystemPort {
  /** What is at `path` (without following a final symbolic link's trust), or undefined when nothing is. */
  stat(path: string): Promise<FileStat | undefined>;
  /**
   * Creates one folder whose parent exists: true when this call made it, false when a folder was there already
   * (a caller undoing what it made must not take that one for its own).
   */
  mkdir(path: string): Promise<boolean>;
  /**
   * Removes the folder at `path` if it is empty, and nothing else ever: a folder with anything in it, a file, a
   * symbolic link (and what it leads to) stay. False when nothing was removed. For undoing a folder the caller
   * made itself when what it meant to write there failed.
   */
  removeEmptyFolder(path: string): Promise<boolean>;
  /**
   * Creates a file that does not exist yet, whole or not at all (a temporary file renamed into place
   * without overwriting). False, with nothing written, when anything is already at `path`.
   */
  writeNew(path: string, bytes: Uint8Array): Promise<boolean>;
  /**
   * Reads a regular file that is not a symbolic link, of at most `maxBytes`; anything else (a link, a FIFO,
   * a device, a folder, a larger file) is refused with a FileError, without blocking or reading it all.
   */
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}
