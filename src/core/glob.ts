/**
 * A small glob matcher for the include/exclude settings (`**`, `*`, `?`, `{a,b}`, `[abc]`), used
 * where VS Code offers no API to test a path against a pattern (file watcher and document events).
 * Paths are relative, with `/` separators.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      // `**` as a whole path segment matches folders (as VS Code's findFiles reads it); inside a segment
      // (`a**b`) it is `*`, never crossing a `/`.
      const edge = (c: string | undefined, group: string): boolean => c === '/' || (inGroup > 0 && c !== undefined && group.includes(c));
      const wholeSegment = glob[i + 1] === '*' && (i === 0 || edge(glob[i - 1], '{,')) && (i + 2 === glob.length || edge(glob[i + 2], '},'));
      if (wholeSegment) {
        // `**/` matches any number of folders, including none; a `**` at the end matches anything.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
        while (glob[i + 1] === '*') i++;
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      inGroup++;
      out += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      out += ')';
    } else if (c === ',' && inGroup > 0) {
      out += '|';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) {
        out += '\\[';
      } else {
        out += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else {
      out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`, 'i');
}

export class GlobSet {
  private readonly patterns: RegExp[];

  constructor(globs: readonly string[]) {
    this.patterns = globs.filter((g) => g.trim() !== '').map(globToRegExp);
  }

  matchesExactly(relativePath: string): boolean {
    return this.patterns.some((p) => p.test(relativePath));
  }

  /** True if the path, or any folder above it, matches (so `**\/node_modules` excludes its files). */
  matches(relativePath: string): boolean {
    const parts = relativePath.split('/');
    for (let i = parts.length; i > 0; i--) {
      const prefix = parts.slice(0, i).join('/');
      if (this.patterns.some((p) => p.test(prefix))) return true;
    }
    return false;
  }
}
