/**
 * Where the CLI may write: never through a symbolic link that leads out of the repository it sits in. A repository
 * may be hostile (a cloned one's `plans/today.md -> ~/.bashrc`, `.learning-plans -> /`), and the documented commands
 * run in it. A path is walked as the system walks it, and each link on it is judged where it sits: a link in a
 * repository (the nearest folder up holding `.git` or `.learning-plans`) must stay in it; a link in no repository
 * (one the user made, `~/code -> /mnt/code`) is followed when the file is in the repository worked in (the working
 * folder's), else it must stay in the working folder (when it is in it) or in its own folder (a loose folder's link
 * leads somewhere unknown). A link that stays inside is followed (`README.md -> docs/README.md`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { native } from './nodeFileSystem';
import { CliError } from './verb';

/** A link on the way to a file that leads out of the folder it is in: the link, that folder, and where it leads. */
export interface LeavingLink {
  readonly link: string;
  readonly root: string;
  readonly target: string;
  /** Where the whole path leads (the file the refusal names). */
  readonly real: string;
}

/** The first link on `file`'s path that leads out of its repository (see above), or null when none does. */
export function linkLeavingRepository(file: string): LeavingLink | null {
  return judged(file).leaving;
}

/** The path walked once (see walk), its links judged after: the first leaving its repository, and where it leads. */
function judged(file: string): { leaving: LeavingLink | null; real: string } {
  const cwd = process.cwd();
  // The repository worked in: a marked folder holding the working folder (a loose working folder is no repository).
  const workspace = repositoryAt(cwd);
  const links: [string, string, string][] = [];
  const real = walk(absolute(file), (link, folder, target) => links.push([link, folder, target]));
  let leaving: LeavingLink | null = null;
  for (const [link, folder, target] of links) {
    if (leaving !== null) break;
    const repository = repositoryAt(folder);
    // A link in a repository is judged by that repository alone (a cloned one's `today.md -> ~/notes.md`, run from a
    // home folder with no repository, was followed: a review's).
    if (repository !== null) {
      if (!isInside(repository, target)) leaving = { link, root: repository, target, real };
      continue;
    }
    // A link in no repository (one the user made: `~/code -> /mnt/code`): followed when the file is in the repository
    // worked in, else it must stay in the working folder (when it is in it) or its own folder.
    if (workspace !== null && isInside(workspace, real)) continue;
    const root = isInside(cwd, folder) ? cwd : folder;
    if (!isInside(root, target)) leaving = { link, root, target, real };
  }
  return { leaving, real };
}

/**
 * Refuses to write an output (an SVG, the README's block) or a plan that a link leads out of its repository (exit 1,
 * nothing written); `hint` ends the message, `{0}` the file the link leads to. Else the real file, to write there.
 */
export function refuseLeavingLink(file: string, hint = ''): string {
  const { leaving, real } = judged(file);
  if (leaving === null) return canonical(real);
  throw new CliError(`${file} leads out of ${native(leaving.root)} through a symbolic link${hint && `: ${hint.replace('{0}', native(leaving.real))}`}; nothing written`);
}

/**
 * The file the write is to go to, its folder named as the system names it (`realpath`, as the write's own resolution
 * does: a name's case may differ); never the file resolved again, which a link swapped in after the walk leads
 * elsewhere (a trial's loop had writes land outside). The write refuses if the file then leads elsewhere.
 */
function canonical(real: string): string {
  // Windows names a folder anew through subst and mapped drives and short names (`RUNNER~1`): what the write resolves
  // is then not what the walk found, with no link swapped in (see writesResolved).
  if (!writesResolved) return real;
  let folder: string;
  try {
    folder = fs.realpathSync.native(path.dirname(real));
  } catch {
    return real; // no such folder: the write says so
  }
  if (sameName(folder) !== sameName(path.dirname(real))) throw new CliError(`${native(real)}: a folder on its way became a symbolic link while it was being checked; nothing written`);
  return path.join(folder, path.basename(real));
}

/** A path as a system that ignores case and the form of accents compares it (macOS gives `Übungen` decomposed). */
function sameName(file: string): string {
  return file.normalize('NFC').toLowerCase();
}

/**
 * Whether a write goes to the file the walk found, refusing when it then leads elsewhere (see canonical). Not on
 * Windows, where a folder has other names than links (and a link needs rights a cloned repository's user rarely has).
 */
export const writesResolved = process.platform !== 'win32';

/** Whether `file` is `folder` or below it (both absolute). */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

/** The nearest folder at or above `real` (a path with no link in it) holding `.git` or `.learning-plans`; else null. */
function repositoryAt(real: string): string | null {
  for (let dir = real; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git')) || fs.existsSync(path.join(dir, '.learning-plans'))) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}

/** What separates a path's parts (Windows takes `/` too; elsewhere `\\` is a character of a name). */
const SEPARATORS = process.platform === 'win32' ? /[\\/]/ : /\//;

/** A path made absolute as text (`..` is not folded away: after a link it goes up from where the link led). */
function absolute(file: string, from = process.cwd()): string {
  return path.isAbsolute(file) ? file : `${from}${from.endsWith(path.sep) ? '' : path.sep}${file}`;
}

/** An absolute path's root (`/`, `C:\\`) and its parts after it, as written (`C:` is the root's, not a part). */
function rootAndParts(file: string): { root: string; parts: string[] } {
  const root = path.parse(file).root;
  return { root, parts: file.slice(root.length).split(SEPARATORS) };
}

/** The most links one path may go through (as the system's own limit, ELOOP). */
const MOST_LINKS = 40;

/**
 * Where a path really leads, walked part by part as the system does: a link's text is followed from the folder
 * holding it, `..` goes up from where the path is then (a review's `d/../x.md` through `d -> ../../outside/deep` was
 * folded away as text, and the write went outside). `judge` is shown each link, the real folder holding it and the
 * real place it leads to. A part that does not exist is kept as written.
 */
function walk(file: string, judge: ((link: string, folder: string, target: string) => void) | null, hops = { count: 0 }): string {
  const start = rootAndParts(file);
  const pending = start.parts;
  let real = start.root;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      real = path.dirname(real);
      continue;
    }
    const step = path.join(real, part);
    if (!isLink(step)) {
      real = step;
      continue;
    }
    if (++hops.count > MOST_LINKS) throw new CliError(`${step}: too many levels of symbolic links; nothing written`);
    const text = fs.readlinkSync(step);
    // Where the link leads, walked on its own count (sharing it counted a chain of links over and over: 9 were refused).
    if (judge) judge(step, real, walk(absolute(text, real), null, { count: hops.count }));
    if (path.isAbsolute(text)) {
      const target = rootAndParts(text);
      real = target.root;
      pending.unshift(...target.parts);
    } else pending.unshift(...text.split(SEPARATORS));
  }
  return real;
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false; // a file on the way (ENOTDIR): no link
  }
}
