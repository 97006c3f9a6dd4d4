/**
 * The review log: `.learning-plans/reviews.md`, a markdown list a person can read in git, one line
 * per review. The schedule is never stored: it is replayed from these lines (scheduler.ts).
 *
 *     - 2026-11-21 k7m3xq2p good · plans/month-3.md · Day 1 · Micro-Quiz: What is micro-batching?
 *
 * Only the first three words count (date, card id, grade); the rest is for people and may be edited.
 * Any other line (headings, notes) is ignored. Writes only ever append, as one edit at the end.
 */
import { withoutControls } from '../text/controlChars';
import * as l10n from '@vscode/l10n';
import { isValidIsoDate } from '../stamps';
import { Lines, type TextEdit } from '../edits/textEdit';
import { CARD_ID_PATTERN } from './cardId';
import type { ReviewCard } from './cards';
import { clip } from '../text/clip';

export type Grade = 'again' | 'hard' | 'good' | 'easy';
export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy'];

/** Where the log lives, relative to the folder that holds the plans (the repository root). */
export const REVIEW_LOG_PATH = '.learning-plans/reviews.md';
/** Beside the log: lets git merge two machines' appended lines without a conflict (order does not matter). */
export const REVIEW_GITATTRIBUTES_PATH = '.learning-plans/.gitattributes';
export const REVIEW_GITATTRIBUTES = 'reviews.md merge=union\n';

export interface ReviewEntry {
  readonly date: string;
  readonly cardId: string;
  readonly grade: Grade;
  /** The log line (0-based). */
  readonly line: number;
}

export interface ReviewLogProblem {
  readonly line: number;
  readonly message: string;
}

export interface ParsedReviewLog {
  readonly entries: readonly ReviewEntry[];
  readonly problems: readonly ReviewLogProblem[];
}

const ENTRY = /^[ \t]*[-*+][ \t]+(\d{4}-\d{2}-\d{2})[ \t]+(\S+)[ \t]+(\S+)/;
const LOOKS_LIKE_ENTRY = /^[ \t]*[-*+][ \t]+\d{4}-/;

export function isGrade(text: string): text is Grade {
  return (GRADES as readonly string[]).includes(text);
}

export function parseReviewLog(text: string): ParsedReviewLog {
  const entries: ReviewEntry[] = [];
  const problems: ReviewLogProblem[] = [];
  const lines = new Lines(text);
  let inFence = false;
  for (let line = 0; line < lines.count; line++) {
    const content = lines.at(line);
    if (/^ {0,3}(`{3,}|~{3,})/.test(content)) inFence = !inFence;
    if (inFence) continue;
    const match = ENTRY.exec(content);
    if (!match) {
      if (LOOKS_LIKE_ENTRY.test(content)) problems.push({ line, message: l10n.t('expected "- YYYY-MM-DD <card> <grade>"') });
      continue;
    }
    const [, date, cardId, word] = match;
    const grade = word.toLowerCase();
    if (!isValidIsoDate(date)) problems.push({ line, message: l10n.t('{0} is not a date', date) });
    else if (!CARD_ID_PATTERN.test(cardId)) problems.push({ line, message: l10n.t('{0} is not a card id', cardId) });
    else if (!isGrade(grade)) problems.push({ line, message: l10n.t('{0} is not a grade (again, hard, good, easy)', word) });
    else entries.push({ date, cardId, grade, line });
  }
  return { entries, problems };
}

/** A new log's text: a heading and a paragraph saying what the lines mean. */
export function newReviewLog(eol = '\n'): string {
  return [
    '# Reviews',
    '',
    'Written by Learning Plans, one line per review: the date, the card id, the grade (again, hard, good,',
    'easy), then where the card comes from and its prompt, for people. The review schedule (FSRS) is',
    'replayed from these lines; lines are only ever added. Other lines, like this one, are ignored.',
    '',
    '',
  ].join(eol);
}

/** One log line, without its line ending. The card's text (as written, not the cue it asks) is shortened to keep the line readable. */
export function reviewLogLine(date: string, card: Pick<ReviewCard, 'id' | 'planKey' | 'context' | 'label' | 'text'>, grade: Grade): string {
  const flat = withoutControls(card.text).replace(/\s+/g, ' ').trim();
  const prompt = clip(flat, 160);
  // A file's name may hold a line break (one forged a second line, read as a review of another card: an audit's).
  const where = withoutControls([card.planKey, card.context.kind === 'plan' ? '' : card.context.title].filter(Boolean).join(' \u00b7 '));
  return `- ${date} ${card.id} ${grade} \u00b7 ${where} \u00b7 ${withoutControls(card.label)}: ${prompt}`;
}

/** How to add lines to the log: create it with a header, or insert them at its end (never a rewrite). */
export type ReviewLogWrite =
  | { readonly kind: 'create'; readonly text: string }
  | { readonly kind: 'append'; readonly edit: TextEdit };

/** The first line ending of the text, so appended lines match the file's (CRLF stays CRLF). */
export function lineEndingOf(text: string): string {
  const at = text.search(/\r\n|\n|\r/);
  if (at < 0) return '\n';
  return text.startsWith('\r\n', at) ? '\r\n' : text[at];
}

/**
 * `logText` is the log's current text, or null when it does not exist yet. The append inserts at the
 * very end, adding a line break first when the last line has none, so every existing byte stays.
 */
export function appendToReviewLog(logText: string | null, lines: readonly string[]): ReviewLogWrite {
  if (logText === null) return { kind: 'create', text: newReviewLog() + lines.map((l) => l + '\n').join('') };
  const eol = lineEndingOf(logText);
  const doc = new Lines(logText);
  const last = doc.count - 1;
  const end = { line: last, character: doc.at(last).length };
  const needsBreak = logText.length > 0 && !/[\r\n]$/.test(logText);
  return { kind: 'append', edit: { range: { start: end, end }, newText: (needsBreak ? eol : '') + lines.map((l) => l + eol).join('') } };
}
