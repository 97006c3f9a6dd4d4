import * as buffer from 'buffer';
import * as fs from 'fs';
import * as path from 'path';
import { closestName, FileError, PRODUCT_FOLDER } from '../core';
import { describeError, formatSize, portPath, type NodeFileSystem } from './nodeFileSystem';
import { looksBinary } from './fileReader';

export { looksBinary };

/**
 * Folders never searched: the extension's `learningPlans.exclude` defaults, and the product's own folder
 * (templates and the review log, which the extension leaves out too).
 */
export const EXCLUDED_FOLDERS = new Set(['node_modules', '.git', 'out', 'dist', 'build', PRODUCT_FOLDER]);

/** The extension's default `learningPlans.maxFileSizeKB` (5120 KB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export class MissingPathError extends Error {}

/**
 * Markdown files under the given paths, each folder's files in name order; files given directly are kept.
 * A folder that cannot be read (no permission, a name over the path limit, any error) is skipped with a
 * warning and the rest is still searched. Symbolic links met while searching are not followed.
 */
export function findMarkdownFiles(inputs: readonly string[], warn: (text: string) => void): string[] {
  const found: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new MissingPathError(missingPathMessage(input, 'file or folder'));
      warn(`cannot read ${input}: ${describeError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const from = found.length;
      walk(input, found, warn);
      // A folder above the working one (`..`, what status reads from plans/): the files are named from the working
      // folder (`days.md`, not `../plans/days.md`; `../other/x.md`, not `../../content/other/x.md`: a trial's), as a
      // learner standing there would type them.
      if (!path.isAbsolute(input) && input.split(/[\\/]/)[0] === '..') {
        for (let i = from; i < found.length; i++) {
          const short = path.relative(process.cwd(), path.resolve(found[i]));
          if (short !== '' && !path.isAbsolute(short) && short.length < found[i].length) found[i] = short;
        }
      }
    } else {
      found.push(input);
    }
  }
  // A file named twice (`a.md ./a.md`, a folder and a file in it) is read and listed once, as first named: the same
  // file as its real path says (`docs/../a.md` through a link is another file; `A.md` is `a.md` where case is not told).
  // One path names each file once (links are not followed): no look-up for a vault's thousands.
  if (inputs.length < 2) return found;
  const seen = new Set<string>();
  return found.filter((file) => {
    const key = realPathOf(file);
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

function realPathOf(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return path.resolve(file);
  }
}

/** Whether a path typed by the user ends with a folder's separator (`plans/`, `s.md/`). */
export function endsWithSeparator(input: string): boolean {
  return input.endsWith('/') || input.endsWith(path.sep);
}

function withoutSeparators(input: string): string {
  let end = input.length;
  while (end > 1 && (input[end - 1] === '/' || input[end - 1] === path.sep)) end--;
  return input.slice(0, end);
}

function isFile(input: string): boolean {
  try {
    return !fs.statSync(input).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Why a path as typed names nothing: no such file, or a file named with a folder's trailing slash (POSIX says
 * ENOTDIR, Windows ENOENT). `what` is what the verb wanted (`file`, `file or folder`).
 */
function missingPathMessage(input: string, what: string): string {
  if (endsWithSeparator(input) && isFile(withoutSeparators(input))) return fileWithSlash(input);
  // A Windows path typed where `\` is a letter of a name (a trial's `course\cs50.md`): the path it means, if there.
  const slashed = path.sep === '/' && input.includes('\\') ? input.replace(/\\+/g, '/') : null;
  if (slashed !== null && fs.existsSync(slashed)) return `no such ${what}: ${input}; did you mean ${slashed}? (paths here are written with /)`;
  return `no such ${what}: ${input}${nearbyName(input, what)}`;
}

/**
 * `; did you mean plans/sql.md?` for a path that names nothing: the name as typed with `.md`, else the markdown file
 * (for a verb that takes folders, or the folder) beside it a typo away; '' when there is none (a learner's
 * `lakehouse-for-ia.md` got "no such file" alone, where a mistyped command gets a suggestion).
 */
function nearbyName(input: string, what: string): string {
  const folder = path.dirname(input);
  const typed = path.basename(input);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return '';
  }
  // A folder of thousands is no place to guess in (and a listing to pay for).
  if (entries.length > 5000 || typed === '' || typed === '.' || typed === '..') return '';
  const folders = what.includes('folder');
  const names = entries.filter((entry) => (entry.isFile() && /\.md$/i.test(entry.name)) || (folders && entry.isDirectory())).map((entry) => entry.name);
  const best = names.find((name) => name === `${typed}.md`) ?? closestName(typed, names, (name) => name);
  return best === undefined ? '' : `; did you mean ${path.join(folder, best)}?`;
}

/**
 * Null when the path, exactly as typed, names something; else why not. Asked before the path is tidied for the
 * port (path.resolve makes `s.md/.` and `missing/../s.md` into s.md, which the system never would): an edit
 * verb and `index` then agree on what a path names.
 */
export function typedPathProblem(input: string, what: string): string | null {
  try {
    fs.statSync(input);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Anything else (no permission, a loop of links) is the port's to report, in its words.
    return code === 'ENOENT' || code === 'ENOTDIR' ? missingPathMessage(input, what) : null;
  }
}

/** The one message for a file named as a folder (`s.md/`): it exists, so "no such file" would mislead. */
export function fileWithSlash(input: string): string {
  return `${input} ends with a slash, but ${withoutSeparators(input)} is a file, not a folder`;
}

/**
 * What `lab` writes: `labs/<plan's folders>/<plan>/day-031-<title>/notes.md` (a dated entry's: `2026-11-25-<title>/`). Such notes are left out of a
 * search wherever the labs folder sits (the extension leaves out its labs folder too), so generated notes
 * never become plans, even from a template of the learner's that reads as one; a learner's own files in
 * `labs/` are searched as any others, and a file named on the command line is always read.
 */
const LAB_FOLDER = /^(?:day-\d{3,}|\d{4}-\d\d-\d\d)(?:-|$)/;

function isLabNotes(name: string, folder: string, inLabs: boolean): boolean {
  return inLabs && name === 'notes.md' && LAB_FOLDER.test(path.basename(folder));
}

function walk(folder: string, into: string[], warn: (text: string) => void, inLabs = false): void {
  let raw: fs.Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not UTF-8 would come back with U+FFFD in it, a name no file has.
    raw = fs.readdirSync(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    warn(`skipping ${folder}: ${describeError(error)}`);
    return;
  }
  const entries: { name: string; entry: fs.Dirent<Buffer> }[] = [];
  const unreadable: Buffer[] = [];
  for (const entry of raw) {
    if (isUtf8(entry.name)) entries.push({ name: entry.name.toString('utf8'), entry });
    else if (entry.isDirectory() || (entry.isFile() && /\.(md|markdown)$/i.test(entry.name.toString('latin1')))) unreadable.push(entry.name);
  }
  for (const name of unreadable.sort(Buffer.compare)) warn(`skipping ${path.join(folder, byteEscaped(name))}: its name is not UTF-8 (rename it to read it)`);
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { name, entry } of entries) {
    const full = path.join(folder, name);
    if (entry.isDirectory()) {
      if (!EXCLUDED_FOLDERS.has(name)) walk(full, into, warn, inLabs || name === 'labs');
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(name) && !isLabNotes(name, folder, inLabs)) {
      into.push(full);
    }
  }
}

/** Whether bytes are UTF-8 (`buffer.isUtf8` from Node 18.14; by a round trip before). */
const isUtf8: (bytes: Buffer) => boolean = typeof buffer.isUtf8 === 'function' ? buffer.isUtf8 : (bytes) => Buffer.from(bytes.toString('utf8')).equals(bytes);

/** A name that is not UTF-8, shown with each byte from 0x80 as `\xNN` (what it holds, not a U+FFFD). */
function byteEscaped(name: Buffer): string {
  let shown = '';
  for (const byte of name) shown += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return shown;
}

export type ReadResult = { text: string; bytes: Uint8Array } | { warning: string };

export function decodePlan(bytes: Uint8Array): string {
  // Invalid bytes become U+FFFD for parsing only; a BOM is kept, as in the bytes (edits are byte-exact).
  // Node's own decoder gives what `new TextDecoder('utf-8', { ignoreBOM: true })` gives (a U+FFFD per maximal
  // invalid subpart, as the WHATWG standard says: a unit test compares them over random bytes) in about half the
  // time in a cold process: 18-21 against 29-50 ms for the bench's 300 plans (4.7 MB), where `index` takes ~800.
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Whether bytes are valid UTF-8 (what a strict decode would accept; no string made). */
export function isUtf8Bytes(bytes: Uint8Array): boolean {
  return isUtf8(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * Reads a plan: only a regular file (a FIFO or device is refused without blocking), at most `maxBytes`
 * (larger files are skipped without being read), not binary. A file named directly may be a symbolic link.
 */
export async function readPlanFile(files: NodeFileSystem, file: string, maxBytes: number): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    bytes = await files.readFile(await files.resolve(portPath(file)), maxBytes);
  } catch (error) {
    if (error instanceof FileError && error.problem === 'tooLarge') {
      return { warning: `skipping ${file}: it is larger than ${formatSize(maxBytes)} (--max-size)` };
    }
    if (error instanceof FileError && error.problem === 'notRegular') return { warning: `skipping ${file}: it is not a regular file` };
    return { warning: error instanceof FileError ? error.message.replace(portPath(file), file) : `cannot read ${file}: ${describeError(error)}` };
  }
  if (looksBinary(bytes)) return { warning: `skipping ${file}: it looks like a binary file` };
  return { text: decodePlan(bytes), bytes };
}
