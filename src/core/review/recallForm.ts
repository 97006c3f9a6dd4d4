/**
 * What a card asks before its answer is shown. A checkpoint or a quiz item is a question; a learning is a
 * statement ("Time travel is powerful for debugging and auditing"), and shown whole it leaves nothing to
 * recall. So a card asks for part of itself where its text says which part:
 * - `prompt :: answer` (spaces around, outside code: `Option::map` and `` `map :: a -> b` `` are no split), in
 *   any card: the left side is asked, the right side (then any lines nested under it) is the answer;
 * - with nothing nested under it, a question followed by its answer (`Why compact? Small files slow reads.`,
 *   `Q: ... A: ...`) asks the question;
 * - with nothing nested under it, a learning asks its term when it starts with one (`Glue: AWS-native,
 *   serverless` asks `Glue: …`), else its first words as a cue (`Time travel is …`: a third of its words, at
 *   most four, never into an aside or past a dash), and the reveal shows it whole. Words are cut where
 *   `Intl.Segmenter` puts word boundaries, so Chinese, Japanese or Thai text is cued by words too, and no cut
 *   falls inside a word or a character;
 * - anything else (a short phrase, a plain question) is asked as written.
 * The card's id and its log line keep the text as written; only what is shown first changes.
 */

export interface RecallForm {
  readonly prompt: string;
  readonly answer: readonly string[];
  /** The prompt is a cue cut from the text (it can be made longer when two cards' cues are the same). */
  readonly cued: boolean;
  /** The prompt is a question the learner wrote apart from its answer (`Q :: A`, `Q: ... A: ...`, `Why? Because.`). */
  readonly apart?: boolean;
}

export interface RecallOptions {
  /** The card is a learning (a statement). */
  readonly statement: boolean;
  /** The raw line has ` :: ` outside code spans (the display text no longer shows where code was). */
  readonly splits: boolean;
  /** Words added to the cue beyond its usual length (to tell two cards of one context apart). */
  readonly longer?: number;
}

const SPLIT = /\s::\s/;
const ELLIPSIS = '\u2026';
/** A cue is a third of the words, at least one, at most four; a text of fewer than four words is asked whole. */
const MAX_CUE_WORDS = 4;
const MIN_WORDS = 4;
/** `Term: definition`: a term of up to three words before the colon, a definition of two words or more after it. */
const TERM = /^([^:]{1,40}?):\s+(\S+\s+\S.*)$/s;
/** A question, then its answer: `Why is X? Because Y.` (the question mark after a letter: `??` in `a ?? b` asks nothing). */
const QUESTION_THEN_ANSWER = /^(.*?\p{L}(?:\?\s+|\uFF1F\s*))(\S.*)$/su;
/** `Q: ... A: ...` on one line: the question is asked without its `Q:`, the answer shown without its `A:`. */
const Q_AND_A = /^Q\s*:\s*(\S.*?)\s+A\s*:\s*(\S.*)$/s;
/**
 * Where a cue stops: before an aside or a quote that a space opens (`Z-order (multi-column) …`); a bracket glued to a
 * word is part of it (`COUNT(*)`, `f(x)`). A dash stops it between spaces; an en or em dash anywhere.
 */
const ASIDE = /[([{"\u201C\u2018]/;
const DASH_ASIDE = /[\u2013\u2014]|\s-+\s/;
/** What a cue takes after its last word: brackets glued to it (`(*)` of `COUNT(*)`, the `)` closing `f(x`), nothing else. */
const ATTACHED = /^(?:\([^\s()]*\)|\[[^\s[\]]*\]|[)\]}]+)/;

export function recallForm(text: string, nested: readonly string[], options: RecallOptions): RecallForm {
  if (options.splits) {
    const split = SPLIT.exec(text);
    const prompt = split ? text.slice(0, split.index).trim() : '';
    const rest = split ? text.slice(split.index + split[0].length).trim() : '';
    if (prompt && rest) return { prompt, answer: [rest, ...nested], cued: false, apart: true };
  }
  if (nested.length > 0) return { prompt: text, answer: nested, cued: false };
  const qa = Q_AND_A.exec(text);
  if (qa) return { prompt: qa[1].trim(), answer: [qa[2].trim()], cued: false, apart: true };
  const question = QUESTION_THEN_ANSWER.exec(text);
  // Two questions (`What is X? Why does it matter?`) are one question to answer, not a question and its answer.
  if (question && !/[?\uFF1F]\s*$/.test(question[2])) return { prompt: question[1].trim(), answer: [question[2]], cued: false, apart: true };
  if (!options.statement || /[?\uFF1F]\s*$/.test(text)) return { prompt: text, answer: nested, cued: false };
  const term = TERM.exec(text);
  if (term && words(term[1]).length <= 3) return { prompt: `${term[1]}: ${ELLIPSIS}`, answer: [text], cued: false };
  const cue = cueOf(text, options.longer ?? 0);
  return cue === null ? { prompt: text, answer: nested, cued: false } : { prompt: `${cue} ${ELLIPSIS}`, answer: [text], cued: true };
}

/** Whether a raw markdown line splits at ` :: ` outside its code spans. */
export function splitsOutsideCode(raw: string): boolean {
  return SPLIT.test(raw.replace(/(`+)[^`][\s\S]*?\1/g, '``'));
}

interface Word {
  readonly end: number;
  /** What stands between this word and the one before it. */
  readonly before: string;
}

let segmenter: Intl.Segmenter | null | undefined;

/** The words of a text, each with where it ends; by `Intl.Segmenter` where the runtime has it, else by spaces. */
function words(text: string): Word[] {
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  const found: Word[] = [];
  let between = '';
  if (segmenter) {
    for (const part of segmenter.segment(text)) {
      if (part.isWordLike) {
        found.push({ end: part.index + part.segment.length, before: between });
        between = '';
      } else between += part.segment;
    }
    return found;
  }
  for (const match of text.matchAll(/(\s*)(\S+)/g)) found.push({ end: match.index! + match[0].length, before: match[1] });
  return found;
}

function cueOf(text: string, longer: number): string | null {
  const all = words(text);
  if (all.length < MIN_WORDS) return null;
  // Always hide at least the last word.
  const count = Math.min(all.length - 1, Math.min(MAX_CUE_WORDS, Math.ceil(all.length / 3)) + longer);
  let end = all[0].end;
  for (let i = 1; i < count; i++) {
    const gap = all[i].before;
    const space = gap.search(/\s/);
    if (DASH_ASIDE.test(gap) || (space >= 0 && ASIDE.test(gap.slice(space)))) break;
    // A bracket glued to a word is part of it only when it closes before the next space (`f(x)`, not `count(distinct`).
    if (space < 0 && /[([]/.test(gap) && !closesBeforeSpace(text, all[i - 1].end)) break;
    end = all[i].end;
  }
  // Brackets glued to the last word cued, unless they reach the last word of all (`Prefer max(a,b)` would show whole).
  const attached = ATTACHED.exec(text.slice(end))?.[0].length ?? 0;
  const lastStart = all[all.length - 2].end + all[all.length - 1].before.length;
  return text.slice(0, end + attached <= lastStart ? end + attached : end);
}

/** Whether the bracket opened at `from` (with no space before it) closes before the next space. */
function closesBeforeSpace(text: string, from: number): boolean {
  const space = text.slice(from).search(/\s/);
  const run = space < 0 ? text.slice(from) : text.slice(from, from + space);
  let depth = 0;
  for (const c of run) {
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth === 0;
}
