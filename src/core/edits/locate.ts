/**
 * Finding a target again in a fresh parse. Views hold model objects from some earlier version of the
 * document; before an edit, the target is looked up by what it is (title, task text) near where it
 * was. If it is not there any more, the caller refuses: an edit never lands on a guessed line.
 */
import type { ParsedPlan, PlanNode, Task } from '../model';
import { buildPlan } from '../parse/buildPlan';
import { inMemoryDocument } from '../document';
import { typoDistance } from '../text/closestName';

export interface DayRef {
  readonly line: number;
  readonly title: string;
}

export interface TaskRef {
  readonly line: number;
  readonly text: string;
}

function nearest<T>(candidates: T[], lineOf: (item: T) => number, line: number): T | undefined {
  return candidates.sort((a, b) => Math.abs(lineOf(a) - line) - Math.abs(lineOf(b) - line))[0];
}

export function findDay(plan: ParsedPlan, ref: DayRef): PlanNode | undefined {
  const same = plan.days.filter((day) => day.title === ref.title);
  return nearest(same, (day) => day.line, ref.line);
}

export function allTasks(node: PlanNode, into: Task[] = []): Task[] {
  into.push(...node.tasks);
  for (const child of node.children) allTasks(child, into);
  return into;
}

export function findTask(plan: ParsedPlan, ref: TaskRef): Task | undefined {
  const same = allTasks(plan.root).filter((task) => task.text === ref.text);
  return nearest(same, (task) => task.line, ref.line);
}

/** The day whose section holds the line (its heading or anything below it). */
export function dayAtLine(plan: ParsedPlan, line: number): PlanNode | undefined {
  return plan.days.find((day) => line >= day.line && line < day.endLine);
}

/** Tasks on lines `from` to `to`, inclusive: starting there, or with text that wraps onto one of them. */
export function tasksOnLines(plan: ParsedPlan, from: number, to: number): Task[] {
  // A task whose text wraps is on each of its lines (the cursor on its second line toggled nothing).
  return allTasks(plan.root).filter((task) => task.line <= to && task.lastLine >= from);
}

/**
 * The tasks a learner names by their words (`toggle plan.md "exercise 2"`): a line number goes stale as soon as
 * something adds a line above it (a log line, a lab link), words do not. Case and runs of spaces do not count;
 * a task that reads exactly the words wins over tasks that only hold them (`exercise 2` over `exercise 2b`), and
 * `others` counts those it won over (for a message: the learner may have meant one of them).
 */
export function tasksNamed(plan: ParsedPlan, words: string): { readonly tasks: Task[]; readonly others: number } {
  const found = tasksHolding(plan, pastedTaskText(words) ?? words, foldWords);
  // Words copied from the file with their markup (`Write `hello.rs``, `**Read** the [book](x)`, `Install ✅ 2026-11-25`),
  // when no task's text holds them as they are: read as the plan reads a task's words.
  const pasted = found.tasks.length > 0 || PASTED_BOX.test(words) ? found : tasksHolding(plan, pastedTaskText(`- [ ] ${words.replace(BARE_BOX, '')}`) ?? words, foldWords);
  // Typed without accents on a keyboard that has none (`examen de practica` for `Examen de práctica`), or without the
  // punctuation between the words (`flashcards etre` for `Flashcards: être`, `merge on read`): when nothing holds the
  // words as typed, their words are compared, accents aside (trials' Spanish and French tasks were "no task").
  if (pasted.tasks.length > 0) return pasted;
  const accents = tasksHolding(plan, words, foldAccents);
  // A symbol typed is meant (`C++` is no `C#`: a review's toggled the wrong task): words alone only without one.
  if (accents.tasks.length > 0 || SYMBOL.test(words)) return accents;
  const joined = tasksHolding(plan, words, (text) => foldPunctuation(text, true));
  return joined.tasks.length > 0 ? joined : tasksHolding(plan, words, (text) => foldPunctuation(text, false));
}

/** What names a thing when typed (`C++`, `C#`, `a/b`, `x=1`), unlike the punctuation between words. */
const SYMBOL = /[+#@$%&*=<>/\\^~|]/;

/**
 * The tasks whose text holds the words: those reading exactly them, else those holding them as whole words (`for day 1`
 * is no `for day 10`, `learn c` no `learn c++`: a trial's matched 22 tasks), else any holding them.
 */
function tasksHolding(plan: ParsedPlan, words: string, fold: (text: string) => string): { readonly tasks: Task[]; readonly others: number } {
  const wanted = fold(words);
  const holding = wanted ? allTasks(plan.root).filter((task) => fold(task.text).includes(wanted)) : [];
  const exact = holding.filter((task) => fold(task.text) === wanted);
  if (exact.length > 0) return { tasks: exact, others: holding.length - exact.length };
  const whole = holding.filter((task) => holdsWhole(fold(task.text), wanted));
  if (whole.length > 0) return { tasks: whole, others: holding.length - whole.length };
  // A letter or two inside a word names nothing (`x`, meant for a `- [ ] x` in a code block, checked "syntax").
  return { tasks: codePoints(wanted) > 2 ? holding : [], others: 0 };
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length && count < 3; i++, count++) if (text.codePointAt(i)! > 0xffff) i++;
  return count;
}

/** A letter, a digit, or a symbol that goes on a name (`C++`, `C#`): what a word does not end before. */
const WORD_GOES_ON = /[\p{L}\p{N}\p{M}+#]/u;
/** What a word is made of: a letter, a mark or a digit. */
const WORD_PART = /[\p{L}\p{N}\p{M}]/u;
/** Scripts written without spaces: a word of them ends anywhere (`复习` in `复习第1课`). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Whether `text` holds `wanted` with no word part right before it and nothing that goes on the word right after; words
 * ending in a digit end before anything but a digit (`第1` in `第1课`, not in `第10课`: a review's). By code points.
 */
function holdsWhole(text: string, wanted: string): boolean {
  const first = String.fromCodePoint(wanted.codePointAt(0)!);
  const last = lastCodePoint(wanted, wanted.length);
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    const before = lastCodePoint(text, at);
    const afterPoint = text.codePointAt(at + wanted.length);
    const after = afterPoint === undefined ? '' : String.fromCodePoint(afterPoint);
    const startsWord = !WORD_PART.test(first) || UNSPACED.test(first) || !WORD_PART.test(before);
    const endsWord = !WORD_PART.test(last) || UNSPACED.test(last) || (/\p{N}/u.test(last) ? !/\p{N}/u.test(after) : !WORD_GOES_ON.test(after));
    if (startsWord && endsWord) return true;
  }
  return false;
}

/** The code point that ends right before `end` in `text` ('' at its start). */
function lastCodePoint(text: string, end: number): string {
  if (end <= 0) return '';
  const low = text.charCodeAt(end - 1);
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff ? text.slice(end - 2, end) : text[end - 1];
}

/**
 * The words with the accents of Latin and Greek letters left out (`práctica`, `Übung`: practica, ubung), composed
 * again: a kana's dakuten (が is not か), a Hangul syllable (한 is not 하) and Cyrillic letters (й is not и) stay whole,
 * so `ひらか` holds no part of `ひらがな` (a review's: it toggled that task).
 */
function foldAccents(text: string): string {
  return foldWords(text).normalize('NFD').replace(LATIN_ACCENTS, '$1').normalize('NFC');
}

/**
 * The words alone, accents aside, one space between (` merge on read `): see tasksNamed. `joined`: an apostrophe or a
 * dot between letters joins them (`don't`, `Node.js`: dont, nodejs, as typed without them); else they part them
 * (`node js`). Between digits never (`v1.2` is no `v12`, a review's).
 */
function foldPunctuation(text: string, joined: boolean): string {
  const folded = foldAccents(text);
  const words = (joined ? folded.replace(/(?<=\p{L})['.](?=\p{L})/gu, '') : folded).split(/[^\p{L}\p{N}\p{M}]+/u).filter((word) => word !== '');
  return words.length === 0 ? '' : ` ${words.join(' ')} `;
}

/** A Latin or Greek letter and the combining accents after it. */
const LATIN_ACCENTS = /([A-Za-z\u00C0-\u024F\u0370-\u03FF\u1E00-\u1EFF])[\u0300-\u036f]+/g;

/** A task box without its list marker (`[x] Already done`). */
const BARE_BOX = /^\s*\[.\]\s+/;

/** A list item's marker and task box at the start of a pasted line (in a blockquote too). */
const PASTED_BOX = /^[\s>]*(?:[-*+]|\d{1,9}[.)])\s+\[.\]\s/;

/**
 * The text of a task line pasted whole (`- [x] Kapitel 1 lesen ✅ 2026-11-27`, `- [ ] Read [chapter 2](x) 📅 …`),
 * read as the plan reads a task (its box, stamp, fields and markup are no words of it); null for words alone.
 */
function pastedTaskText(words: string): string | null {
  if (!PASTED_BOX.test(words)) return null;
  const [task] = allTasks(buildPlan(inMemoryDocument('pasted.md', words)).root);
  return task ? task.text : null;
}

function foldWords(text: string): string {
  // A typed `'` is the file's `’` (a trial's `spark's shuffle` was no task); `ß` is `ss`, as its capital `SS` lowers
  // (a trial's `GRÖSSE` and `grösse` were no `Größe`).
  return text.normalize('NFC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\u00df/g, 'ss').replace(/\s+/g, ' ').trim();
}

/**
 * The tasks the learner most likely meant when no task holds the words (`Hiden partitioning`, `merge on read` for
 * `Merge-on-read`), for a "did you mean": each typed word is a word of the task, the start of one, or a typo of one
 * (one edit in a word of 4-7 letters, two from 8), punctuation aside. Only those closest (fewest edits); none
 * when no task comes near. Never used to choose a task to change: a guess is only shown.
 */
export function tasksLike(plan: ParsedPlan, words: string): Task[] {
  const typed = wordsOf(words);
  if (typed.length === 0) return [];
  let best: Task[] = [];
  let bestCost = Infinity;
  for (const task of allTasks(plan.root)) {
    const cost = likeness(typed, wordsOf(task.text));
    if (cost < bestCost) [best, bestCost] = [[task], cost];
    else if (cost === bestCost && cost < Infinity) best.push(task);
  }
  return best;
}

/** Edits from the typed words to the task's (Infinity when a typed word is none of them); a word's start costs 1. */
function likeness(typed: readonly string[], own: readonly string[]): number {
  let cost = 0;
  for (const word of typed) {
    let nearest = Infinity;
    for (const candidate of own) {
      if (candidate === word) nearest = 0;
      else if (word.length >= 3 && candidate.startsWith(word)) nearest = Math.min(nearest, 1);
      else {
        const allowed = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
        const distance = allowed === 0 ? Infinity : typoDistance(word, candidate);
        if (distance <= allowed) nearest = Math.min(nearest, distance);
      }
      if (nearest === 0) break;
    }
    if (nearest === Infinity) return Infinity;
    cost += nearest;
  }
  return cost;
}

/** Lower-case words, accents, punctuation and markup aside (`Merge-on-read` is merge, on, read): foldPunctuation's. */
function wordsOf(text: string): string[] {
  const words = foldPunctuation(text, false).trim();
  return words === '' ? [] : words.split(' ');
}
