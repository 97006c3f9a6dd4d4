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
