import type { DraftNode } from './draftNode';
import { bothRead, kindOf, readNoStudy, saysStudy, titleReadNoStudy, type NoStudy } from '../grammar/noStudy';

/**
 * What a journal's entry says of a day without study (see NoStudy; null: nothing, or study): a short entry only, so that a learner's study is never read as
 * none (a review's `Mood: sick` over `- Solved 3 Leetcode problems`): its heading says so after the date (`## 2026-11-19
 * - day off`) over nothing or one line that shows no study (`Still did 20 min of flashcards` does), or its heading says
 * nothing and its one line of text says so (`Skipped - sick.`). Code is no line of words. Asked only of a journal's
 * entries, in document order: the text is read forward once, from line to line.
 */
export function journalRests(text: string): (entry: DraftNode) => NoStudy | null {
  let line = 0;
  let at = 0;
  /** Where line `n` starts (-1 past the end). */
  const lineStart = (n: number): number => {
    if (n < line) [line, at] = [0, 0];
    while (line < n && at >= 0) {
      const end = text.indexOf('\n', at);
      at = end < 0 ? -1 : end + 1;
      line++;
    }
    return at;
  };
  /** The entry's lines of text, up to two (more: a long entry, study), or null when one is code or a heading. */
  const bodyOf = (entry: DraftNode): string[] | null => {
    const found: string[] = [];
    for (let n = entry.bodyLine; n < entry.endLine && found.length < 2; n++) {
      const start = lineStart(n);
      if (start < 0 || start >= text.length) break;
      const end = text.indexOf('\n', start);
      const content = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
      // Blank lines, and the `⏱`/`⏸` lines `log` and the timer write (time logged counts on its own date: see streak.ts).
      if (content.trim() === '' || /^[ \t]*(?:[-*+][ \t]+)?[\u23F1\u23F8]/.test(content)) continue;
      if (/^ {0,3}(?:#|```|~~~)|^(?: {4}|\t)/.test(content)) return null;
      found.push(content);
    }
    return found;
  };
  return (entry) => {
    const body = bodyOf(entry);
    if (body === null || body.length > 1) return null;
    const line = body.length === 1 ? readNoStudy(body[0]) : null;
    const title = titleReadNoStudy(entry.title);
    if (title !== null) {
      // What both say adds up (`## 2026-11-20 - day off` over `Skipped.` is a rest, as `Holiday, skipped.` is).
      if (line !== null) return kindOf(bothRead(title, line));
      return body.length === 0 || !saysStudy(body[0]) ? kindOf(title) : null;
    }
    return line === null ? null : kindOf(line);
  };
}

/** Marks a journal's entry that says no study skipped, and one of rest a pause on its date (see NoStudy). */
export function markNoStudy(day: DraftNode, said: NoStudy | null): void {
  if (said === null) return;
  day.skipMarked = true;
  if (said === 'rest' && day.date !== null) (day.pauses ??= []).push({ line: day.line, from: day.date, to: day.date });
}
