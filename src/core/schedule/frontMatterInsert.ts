/**
 * A key written into a plan's front matter where it has none (the rest a replan keeps, a start date given): first in
 * TOML's (`+++`: before any table, where a key is top-level), before YAML's closing fence (its line break as the line
 * before it), or front matter of its own at the top (after a BOM) where there is none.
 */
import type { Lines, TextEdit } from '../edits/textEdit';

/**
 * The edit writing `yaml` (`rest: [sat, sun]`) or `toml` (`rest = ["sat", "sun"]`) as a line of the front matter; null
 * for front matter that does not close, or that holds the key already (`holds`: a line of it that sets the key).
 */
export function frontMatterKeyInsert(lines: Lines, yaml: string, toml: string, holds: (line: string) => boolean): TextEdit | null {
  const first = lines.at(0);
  const eol = lines.breakAfter(0) || '\n';
  const closing = (fence: RegExp): number => {
    for (let line = 1; line < lines.count; line++) if (fence.test(lines.at(line))) return line;
    return -1;
  };
  const holding = (end: number): boolean => {
    for (let line = 1; line < end; line++) if (holds(lines.at(line))) return true;
    return false;
  };
  if (/^\uFEFF?\+\+\+[ \t]*$/.test(first)) {
    const end = closing(/^\+\+\+[ \t]*$/);
    if (end < 0 || holding(end)) return null;
    const at = { line: 1, character: 0 };
    return { range: { start: at, end: at }, newText: `${toml}${eol}` };
  }
  if (/^\uFEFF?---[ \t]*$/.test(first)) {
    const end = closing(/^(?:---|\.\.\.)[ \t]*$/);
    if (end < 0 || holding(end)) return null;
    const at = { line: end, character: 0 };
    return { range: { start: at, end: at }, newText: `${yaml}${lines.breakAfter(end - 1) || eol}` };
  }
  const at = { line: 0, character: first.startsWith('\uFEFF') ? 1 : 0 };
  return { range: { start: at, end: at }, newText: `---${eol}${yaml}${eol}---${eol}` };
}
