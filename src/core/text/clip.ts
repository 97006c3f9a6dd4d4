/**
 * A text cut for a message: at most `max` characters, the last of them `…` when it was longer (a task of a
 * megabyte was echoed whole by `toggle`). A surrogate pair is never cut in two.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const low = text.charCodeAt(end);
  if (low >= 0xdc00 && low <= 0xdfff) end--;
  return `${text.slice(0, end).trimEnd()}\u2026`;
}
