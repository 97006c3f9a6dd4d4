/** `/`-separated path text, the way the file-system port names files (no Node `path`: the core runs anywhere). */

export function joinPath(base: string, ...segments: readonly string[]): string {
  let out = base.endsWith('/') && base.length > 1 ? base.slice(0, -1) : base;
  for (const segment of segments) out = out === '/' ? `/${segment}` : `${out}/${segment}`;
  return out;
}

export function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? (path.startsWith('/') ? '/' : '.') : path.slice(0, at);
}

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The longest name most file systems take, in bytes (UTF-8). */
const NAME_BYTES = 255;

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/**
 * The name of a file kept beside `base` (a temporary copy, a lock): `.base` and `suffix`, or, where that
 * would pass the 255 bytes a name may have (a plan's name of 221 bytes or more, 74 Chinese characters), the
 * start of `base` (whole characters) and a hash of all of it, so that the plan can still be edited and two long
 * names that start alike still get names of their own.
 */
export function besideName(base: string, suffix: string): string {
  const name = `.${base}${suffix}`;
  if (utf8Length(name) <= NAME_BYTES) return name;
  let hash = 0x811c9dc5;
  for (let i = 0; i < base.length; i++) hash = Math.imul(hash ^ base.charCodeAt(i), 0x01000193);
  const tail = `~${(hash >>> 0).toString(16).padStart(8, '0')}${suffix}`;
  let start = [...base];
  while (start.length > 0 && utf8Length(`.${start.join('')}${tail}`) > NAME_BYTES) start = start.slice(0, -1);
  return `.${start.join('')}${tail}`;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/**
 * The segments that lead from folder `from` to `to` (`..` to climb), or null when they share no root
 * (two Windows drives). Both are absolute paths without `..` in them.
 */
export function relativeSegments(from: string, to: string): string[] | null {
  const a = segmentsOf(from);
  const b = segmentsOf(to);
  const drive = a.length > 0 && b.length > 0 && /^[A-Za-z]:$/.test(a[0]);
  if (drive && a[0].toLowerCase() !== b[0].toLowerCase()) return null;
  // A drive letter is the same drive in either case (`C:` from Node, `c:` from a VS Code uri).
  let common = drive ? 1 : 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...Array<string>(a.length - common).fill('..'), ...b.slice(common)];
}

/** The segments of `path` below `root`, or null when it is not inside it (both absolute, normalized). */
export function segmentsBelow(root: string, path: string): string[] | null {
  const r = segmentsOf(root);
  const p = segmentsOf(path);
  if (p.length < r.length || r.some((s, i) => s !== p[i])) return null;
  return p.slice(r.length);
}
