/**
 * Wrapping display text into lines for places that show one line per row (a quick pick): at spaces,
 * a word longer than a line split where it must. Linear in the text.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(8, Math.floor(width));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    if (line && line.length + 1 + word.length <= max) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    if (word.length <= max) continue;
    // Cut by code points, not UTF-16 units, so an emoji is never split in half.
    const points = [...word];
    let at = 0;
    for (; points.length - at > max; at += max) lines.push(points.slice(at, at + max).join(''));
    line = points.slice(at).join('');
  }
  if (line) lines.push(line);
  return lines;
}
