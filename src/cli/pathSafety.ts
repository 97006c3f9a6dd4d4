/**
 * Where the CLI may write: never through a symbolic link that leads out of the repository it sits in. A repository
 * may be hostile (a cloned one's `plans/today.md -> ~/.bashrc`, `.learning-plans -> /`), and the documented commands
 * run in it. Each link on a path is judged where it sits, from the real folder holding it: its target must stay in
 * the repository holding the link (the nearest folder up holding `.git` or `.learning-plans`), else in the working
 * folder when the link is inside it, else in the folder holding the link (a loose folder's link leads somewhere
 * unknown); or lead into the repository being worked in (the working folder's: `~/proj -> /mnt/proj`, a path
 * through it given whole, `$PWD/plan.md`). A link that stays inside is followed (`README.md -> docs/README.md`).
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
}

/** The first link on `file`'s path that leads out of its repository (see above), or null when none does. */
export function linkLeavingRepository(file: string): LeavingLink | null {
  const cwd = realFolder(process.cwd());
  const workspace = repositoryAt(cwd) ?? cwd;
  const parts = path.resolve(file).split(path.sep);
  let real = parts[0] === '' ? path.sep : `${parts[0]}${path.sep}`;
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    const step = path.join(real, parts[i]);
    if (!fs.lstatSync(step, { throwIfNoEntry: false })?.isSymbolicLink()) {
      real = step;
      continue;
    }
    const target = linkTarget(step);
    const boundary = repositoryAt(real) ?? (isInside(cwd, real) ? cwd : real);
    if (!isInside(boundary, target) && !isInside(workspace, target)) return { link: step, root: boundary, target };
    real = target;
  }
  return null;
}

/**
 * Refuses to write an output (an SVG, the README's block) or a plan that a link leads out of its repository (exit 1,
 * nothing written); `hint` ends the message, `{0}` the file the link leads to.
 */
export function refuseLeavingLink(file: string, hint = ''): void {
  const leaving = linkLeavingRepository(file);
  if (leaving === null) return;
  const real = fullTarget(file);
  throw new CliError(`${file} leads out of ${native(leaving.root)} through a symbolic link${hint && `: ${hint.replace('{0}', native(real))}`}; nothing written`);
}

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

/** Where a link leads, every link in it resolved, also when its end does not exist (a dangling link is a name). */
function linkTarget(link: string): string {
  let at = link;
  for (let hops = 0; hops < 40; hops++) {
    const next = path.resolve(realFolder(path.dirname(at)), fs.readlinkSync(at));
    if (!fs.lstatSync(next, { throwIfNoEntry: false })?.isSymbolicLink()) return path.join(realFolder(path.dirname(next)), path.basename(next));
    at = next;
  }
  throw new CliError(`${link}: too many levels of symbolic links`);
}

/** A folder's real path, its missing end kept as written. */
function realFolder(folder: string): string {
  const rest: string[] = [];
  let existing = folder;
  while (!fs.existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) return folder;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(fs.realpathSync(existing), ...rest);
}

/** Where `file` really is: its deepest part that exists with every link resolved, and the rest as written. */
function fullTarget(file: string): string {
  return realFolder(path.resolve(file));
}
