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
import { entryTitleWords } from './dates';

const WORD = /[\p{L}\p{N}]/u;

/** Where clauses end: punctuation, a dash, a hyphen between spaces. */
const CLAUSE_END = /[.!?,;:()[\]\u2026\u3002\uFF0C\u3001\uFF01\uFF1F\uFF1B\uFF1A\uFF08\uFF09]|[ \t]+-[ \t]+|[\u2013\u2014]/u;
const SENTENCE_END = /^[ \t]*(?:$|[.!\u3002\uFF01])/u;

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

/** Whether text (the one line of an entry, or a heading's words after its date) says no study was done: see noStudyOf. */
export function saysNoStudy(text: string, strict = false): boolean {
  return noStudyOf(text, strict) !== null;
}

/**
 * What text (the one line of an entry, or a heading's words after its date) says of a day without study (see
 * NoStudy); null when it says some study was done, or nothing of it. `strict` (a heading): only `noStudy` phrases,
 * never the words that are topics too (`## 2026-11-16 - Rust`, `- Travel`).
 */
export function noStudyOf(text: string, strict = false): NoStudy | null {
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
  if (said < 0 || clauses.some((clause, k) => k !== said && saysStudy(clause))) return null;
  // Rest when a clause says rest and no other says why not (`Rest day - sick` is a day missed; `Holiday, skipped.` a rest).
  const saysNo = (clause: string, k: number): boolean => vocabulary.noStudy.has(clause) || (alone && k === 0);
  // Once a clause says no study, a rest word is a rest wherever it stands (`Vacation - no study.`).
  const rested = clauses.some((clause) => vocabulary.restDay.has(clause));
  const missed = clauses.some((clause, k) => saysNo(clause, k) && !vocabulary.restDay.has(clause) && !vocabulary.noStudyBare.has(clause));
  return rested && !missed ? 'rest' : 'missed';
}

/** Both say no study (see NoStudy): rest only when both say rest. */
export function bothNoStudy(a: NoStudy, b: NoStudy): NoStudy {
  return a === 'rest' && b === 'rest' ? 'rest' : 'missed';
}

/** Whether a clause says some study was done: a word of study, a learning word, or a time spent. */
export function saysStudy(clause: string): boolean {
  if (DURATION.test(clause)) return true;
  const vocabulary = vocabularyOf();
  const padded = ` ${clause.replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  for (const words of [vocabulary.studyAnyway, vocabulary.learning]) {
    for (const word of words) {
      // Words of languages written without spaces are found inside the clause; others as whole words.
      if (/[\u3040-\u30FF\u4E00-\u9FFF]/u.test(word) ? clause.includes(word) : padded.includes(` ${word} `)) return true;
    }
  }
  return false;
}

/** Whether an entry's heading says it after its date or weekday (`2026-11-19 Thursday - skipped`, `Monday: rest day`). */
export function titleSaysNoStudy(title: string): boolean {
  return titleNoStudyOf(title) !== null;
}

/** What an entry's heading says after its date or weekday of a day without study (see NoStudy); null when nothing. */
export function titleNoStudyOf(title: string): NoStudy | null {
  const words = entryTitleWords(title);
  // Only the words after an entry's date or weekday (a heading of other words is no entry's), and only the phrases.
  return words.dated || words.weekday ? noStudyOf(title.slice(words.start), true) : null;
}
