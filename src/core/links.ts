/**
 * Deciding what a link in a plan may open. A plan file is untrusted input (it may come from any
 * cloned repository), so only web and mail links open outside VS Code, and only files inside the
 * plan's workspace folder open inside it. Everything else is refused with a reason.
 */
import { FileError, type FileSystemPort } from './fs/fileSystem';
import { relativeSegments, segmentsBelow } from './fs/paths';
import { checkPathBelow } from './fs/safePath';

export type LinkTarget =
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'file'; readonly path: string; readonly fragment: string | null }
  | { readonly kind: 'anchor'; readonly fragment: string }
  | { readonly kind: 'refused'; readonly reason: string };

const EXTERNAL_SCHEMES = new Set(['http', 'https', 'mailto']);
/** RFC 6068 headers a mail link may fill in; `attach`, `from` and the rest could leak or spoof. */
const MAILTO_KEYS = new Set(['subject', 'body', 'cc', 'bcc']);

/** Why a `mailto:` link is refused, or null: only the subject, body, cc and bcc headers may be set. */
function mailtoProblem(url: string): string | null {
  const query = url.indexOf('?');
  if (query < 0) return null;
  for (const pair of url.slice(query + 1).split('&')) {
    if (pair === '') continue;
    const key = safeDecode(pair.split('=')[0]);
    if (key === null || !MAILTO_KEYS.has(key.trim().toLowerCase())) {
      return `mail links may set only subject, body, cc and bcc, not '${key ?? pair.split('=')[0]}'`;
    }
  }
  return null;
}

/** `decodeURIComponent`, or null for text that is not valid percent-encoding (a lone `%`). */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Resolves `.` and `..` in a `/`-separated absolute path; null if it climbs above the root. */
export function normalizePosixPath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else {
      out.push(part);
    }
  }
  return '/' + out.join('/');
}

export function isInside(path: string, folder: string): boolean {
  const base = folder.endsWith('/') ? folder : folder + '/';
  return path === folder || path.startsWith(base);
}

/**
 * @param planDir absolute `/`-separated folder of the plan file
 * @param workspaceRoot absolute `/`-separated workspace folder that contains the plan
 */
export function resolveLinkTarget(target: string, planDir: string, workspaceRoot: string): LinkTarget {
  const trimmed = target.trim();
  if (trimmed === '') return { kind: 'refused', reason: 'the link is empty' };
  if (trimmed.startsWith('#')) {
    const fragment = safeDecode(trimmed.slice(1));
    return fragment === null ? { kind: 'refused', reason: 'the anchor is not valid' } : { kind: 'anchor', fragment };
  }

  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed)?.[1].toLowerCase();
  if (scheme && scheme.length > 1) {
    if (scheme === 'mailto') {
      const problem = mailtoProblem(trimmed);
      if (problem) return { kind: 'refused', reason: problem };
    }
    if (EXTERNAL_SCHEMES.has(scheme)) return { kind: 'external', url: trimmed };
    return { kind: 'refused', reason: `links with the '${scheme}:' scheme are not opened from plans` };
  }
  if (trimmed.startsWith('//') || trimmed.startsWith('\\\\')) {
    return { kind: 'refused', reason: 'network paths are not opened from plans' };
  }

  const hash = trimmed.indexOf('#');
  const rawPath = (hash < 0 ? trimmed : trimmed.slice(0, hash)).replace(/[?].*$/, '');
  const decoded = safeDecode(rawPath);
  const fragment = hash < 0 ? null : safeDecode(trimmed.slice(hash + 1));
  if (decoded === null || decoded.includes('\\') || decoded.includes('\0')) {
    return { kind: 'refused', reason: 'the path is not valid' };
  }
  // `/x` in a plan means the workspace root, as on GitHub; anything else is relative to the plan.
  const joined = decoded.startsWith('/') ? workspaceRoot + decoded : planDir + '/' + decoded;
  const resolved = normalizePosixPath(joined);
  if (resolved === null || !isInside(resolved, normalizePosixPath(workspaceRoot) ?? workspaceRoot)) {
    return { kind: 'refused', reason: 'the file is outside the workspace folder' };
  }
  return { kind: 'file', path: resolved, fragment };
}

/**
 * What a plan's link may open: the one rule, for the extension (opening a link) and the CLI (`links`, `show`,
 * `status`, the lab's resources). resolveLinkTarget reads the text; a workspace file is then refused when a name
 * on the way from the workspace folder is a symbolic link (`evil -> /etc`: where it leads is unknown), or cannot
 * be inspected. A missing file is no refusal: the editor says it is missing.
 */
export async function checkLinkTarget(fs: FileSystemPort, target: string, planDir: string, workspaceRoot: string): Promise<LinkTarget> {
  const resolved = resolveLinkTarget(target, planDir, workspaceRoot);
  if (resolved.kind !== 'file') return resolved;
  const root = normalizePosixPath(workspaceRoot) ?? workspaceRoot;
  const below = segmentsBelow(root, resolved.path);
  if (below === null) return { kind: 'refused', reason: 'the file is outside the workspace folder' };
  try {
    const check = await checkPathBelow(fs, root, below, 'any');
    return check.ok ? resolved : { kind: 'refused', reason: check.message };
  } catch (error) {
    if (error instanceof FileError) return { kind: 'refused', reason: error.message };
    throw error;
  }
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
export function headingSlug(title: string): string {
  return title
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * A relative link written in a file of `fromFolder`, as a file in `toFolder` must write it to reach the same
 * target (a lab's notes list the day's resources: `cheatsheet.md` beside the plan is `../../../plans/cheatsheet.md`
 * from the notes, where it was copied as it was and led nowhere); an anchor (`#day-2`) leads to `fromFile`'s heading.
 * Web links, root paths (`/x`) and what does not resolve stay as written.
 */
export function rebaseLink(target: string, fromFolder: string, toFolder: string, fromFile?: string): string {
  // An anchor of the file the link was in (`#day-2`) is that file's heading, not one of the notes'.
  if (target.startsWith('#') && fromFile !== undefined) {
    const segments = relativeSegments(toFolder, fromFile);
    return segments === null ? target : segments.join('/') + target;
  }
  if (target === '' || /^[#?/\\]/.test(target) || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) return target;
  const cut = target.search(/[?#]/);
  const path = cut < 0 ? target : target.slice(0, cut);
  const resolved = normalizePosixPath(`${fromFolder}/${path}`);
  const segments = resolved === null ? null : relativeSegments(toFolder, resolved);
  if (segments === null) return target;
  const folder = path.endsWith('/') ? '/' : '';
  return (segments.join('/') || '.') + folder + (cut < 0 ? '' : target.slice(cut));
}
