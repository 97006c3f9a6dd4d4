/**
 * Journal entries that record a day without study: `## 2026-11-19 Thursday` over `Skipped - sick.`, `Rest day`,
 * `Too tired, skipped.`, or those words in the heading after its date (`## 2026-11-19 - day off`). Such an entry is a
 * record of a day skipped, not a day of study (a learner's "Skipped - sick" kept the streak going).
 *
 * Read from the entry's first line, split into clauses at punctuation (a hyphen only between spaces: `Off-by-one` is a
 * word), with languages.json's lists:
 * - `noStudy`: a clause that is one of them says so (`Skipped`, `didn't study today`; `Skipped ahead to chapter 5` is
 *   a clause of its own, study);
 * - `noStudyAlone`: words that are topics too (`Rest`, `Break`, `Pause`, `Frei`) say so only as the whole first
 *   sentence (`Rest.`; `Break - loop control in Python` is study);
 * - `studyAnyway` and the learning words, or a duration, in another clause: some study was done after all (`Sick, but
 *   did 20 min of flashcards`, `Missed: learned about cache misses`, `Rest day - still reviewed my notes`).
 * A journal's words are the learner's: an entry of study read as none would break a streak. So only a short entry is
 * read (journalRests.ts: one line at most under its heading), code never, and the lists hold phrases, not topics; the
 * languages' lists are one (a journal may mix them), so a word of one language that is a topic in another stays out
 * (`rust`, Dutch for rest; `repos` only as a whole sentence).
 */
import { normalizeKey, vocabularyOf } from './keywords';
import { entryTitleWords } from './yearlessDates';

const WORD = /[\p{L}\p{N}]/u;

/** Where clauses end: punctuation, a dash, a hyphen between spaces. */
const CLAUSE_END = /[.!?,;:()[\]\u2026\u3002\uFF0C\u3001\uFF01\uFF1F\uFF1B\uFF1A\uFF08\uFF09]|[ \t]+-[ \t]+|[\u2013\u2014]/u;
// Full stops end a sentence unless a letter or digit follows (`Rest.js and Express.` is one word; `Rest...` a sentence).
const SENTENCE_END = /^[ \t]*(?:$|[.!]+(?![\p{L}\p{N}])|[\u3002\uFF01])/u;

/** A time spent: `20 min`, `30m`, `1h30`, `an hour`, `1.5h`, `30分钟`. */
const DURATION = /(?:\d+(?:[.,]\d+)?|\ban?|\bhalf an?)[ \t]*(?:m|min|mins|minutes?|minuten|minutos|h|hrs?|hours?|std|stunden?|horas?|heures?|ore|分钟|分|時間|시간|분)(?![\p{L}])/iu;

/** Signs and emoji, which say a mood, not a clause (`Rest day 😴`, `🤒 Sick`). */
const PICTOGRAPHS = /[\p{Extended_Pictographic}\uFE0F\u200D]+/gu;

/**
 * What an entry says of its day when no study was done: `rest`, a day of rest the learner took (`Rest day`, `Day off`,
 * `Ruhetag`: languages.json's `restDay`; also beside words that say no study and not why, `noStudyBare`: `Holiday,
 * skipped.`), whose date is a pause of the streak as a `⏸` line makes it; `missed` (`Skipped - sick`, `Too tired`,
 * `Skipped.`, or rest said beside a miss: `Sick, day off`), which the streak does not pass over.
 */
export type NoStudy = 'rest' | 'missed';

/**
 * What text (the one line of an entry, or a heading's words after its date) says of a day without study (see
 * NoStudy); null when it says some study was done, or nothing of it. `strict` (a heading): only `noStudy` phrases,
 * never the words that are topics too (`## 2026-11-16 - Rust`, `- Travel`).
 */
export function noStudyOf(text: string, strict = false): NoStudy | null {
  const read = readNoStudy(text, strict);
  return read === null ? null : kindOf(read);
}

/** What a text says of a day without study, before it is called a rest or a miss (a heading's and its line's add up). */
export interface NoStudyRead {
  /** A clause says rest was taken (`Rest day`, `Holiday`: `restDay`). */
  readonly rest: boolean;
  /** A clause says why not, other than rest (`sick`, `too tired`, `feeling sick`): a day missed. */
  readonly reason: boolean;
}

/** A rest when rest is said and no reason (`Holiday, skipped.`); else a miss (`Skipped.`, `Day off - feeling sick`). */
export function kindOf(read: NoStudyRead): NoStudy {
  return read.rest && !read.reason ? 'rest' : 'missed';
}

/** What a heading and its entry's line say together (see NoStudyRead). */
export function bothRead(a: NoStudyRead, b: NoStudyRead): NoStudyRead {
  return { rest: a.rest || b.rest, reason: a.reason || b.reason };
}

/** Whether text says no study was done, and what of it (see noStudyOf); null when it says study, or nothing of it. */
export function readNoStudy(text: string, strict = false): NoStudyRead | null {
  // Code is the learner's text, never a phrase (`` `skipped`: the iterator adapter ``).
  const words = text.replace(/`[^`]*`/g, ' code ').replace(PICTOGRAPHS, ' ');
  let i = 0;
  // Markup before the words: `- `, `> `, `**`.
  while (i < words.length && !WORD.test(words[i])) i++;
  if (i === words.length) return null;
  const line = words.slice(i, i + 200).replace(/[*_~]+/g, '');
  const vocabulary = vocabularyOf();
  const clauses: string[] = [];
  let rest = line;
  let firstEndsSentence = false;
  while (rest.length > 0) {
    const end = CLAUSE_END.exec(rest);
    const clause = normalizeKey(end ? rest.slice(0, end.index) : rest);
    if (clauses.length === 0) firstEndsSentence = !end || SENTENCE_END.test(rest.slice(end.index));
    if (clause !== '') clauses.push(clause);
    rest = end ? rest.slice(end.index + end[0].length) : '';
  }
  let said = clauses.findIndex((clause) => vocabulary.noStudy.has(clause));
  const alone = said < 0 && !strict && clauses.length > 0 && firstEndsSentence && vocabulary.noStudyAlone.has(clauses[0]);
  if (alone) said = 0;
  // A clause that itself says no study is none of study (`Rest day, no study.`: `study` is a learning word).
  if (said < 0 || clauses.some((clause, k) => k !== said && !vocabulary.noStudy.has(clause) && saysStudy(clause))) return null;
  // Once a clause says no study, a rest word is a rest wherever it stands (`Vacation - no study.`); a reason is a clause
  // saying no study other than rest or bare words (`Skipped - sick`, `Too tired`), or one holding such words (`feeling sick`).
  const rested = clauses.some((clause) => vocabulary.restDay.has(clause));
  const reason = clauses.some((clause, k) => !vocabulary.restDay.has(clause) && !vocabulary.noStudyBare.has(clause) && (vocabulary.noStudy.has(clause) || (alone && k === 0) || holdsReason(clause)));
  return { rest: rested, reason };
}

let reasons: string[] | undefined;

/** Whether a clause holds a reason for no study as words of it (`feeling sick`, `way too tired`): noStudy's, not rest nor bare. */
function holdsReason(clause: string): boolean {
  const vocabulary = vocabularyOf();
  reasons ??= [...vocabulary.noStudy].filter((phrase) => !vocabulary.restDay.has(phrase) && !vocabulary.noStudyBare.has(phrase));
  return holdsWord(clause, reasons);
}

/** Whether one of `words` is in the clause: as whole words, or inside it for languages written without spaces. */
function holdsWord(clause: string, words: Iterable<string>): boolean {
  const padded = ` ${clause.replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  for (const word of words) {
    if (/[\u3040-\u30FF\u4E00-\u9FFF]/u.test(word) ? clause.includes(word) : padded.includes(` ${word} `)) return true;
  }
  return false;
}

/** Whether a clause says some study was done: a word of study, a learning word, or a time spent. */
export function saysStudy(clause: string): boolean {
  if (DURATION.test(clause)) return true;
  const vocabulary = vocabularyOf();
  return holdsWord(clause, vocabulary.studyAnyway) || holdsWord(clause, vocabulary.learning);
}

/** What an entry's heading says after its date or weekday of a day without study (see NoStudyRead); null when nothing. */
export function titleReadNoStudy(title: string): NoStudyRead | null {
  const words = entryTitleWords(title);
  // Only the words after an entry's date or weekday (a heading of other words is no entry's), and only the phrases.
  return words.dated || words.weekday ? readNoStudy(title.slice(words.start), true) : null;
}
