/**
 * What a card asks before its answer is shown. A checkpoint or a quiz item is a question; a learning is a
 * statement ("Time travel is powerful for debugging and auditing"), and shown whole it leaves nothing to
 * recall. So a card the plan nests no answer under asks for part of itself:
 * - `prompt :: answer` (spaces around, as spaced-repetition notes write it; `Option::map` is no split):
 *   the left side is asked, the right side is the answer;
 * - a learning of four words or more: its first words as a cue (`Time travel is …`), the whole as the
 *   answer; text written without spaces (Chinese, Japanese) cues its first characters;
 * - anything else (a question, a short phrase): asked as written.
 * The card's id and its log line keep the text as written; only what is shown first changes.
 */
export interface RecallForm {
  readonly prompt: string;
  readonly answer: readonly string[];
}

const SPLIT = /\s::\s/;
const ELLIPSIS = '\u2026';
/** A cue is a third of the words, at least one, at most four. */
const MAX_CUE_WORDS = 4;
const MIN_WORDS = 4;
/** Text without spaces is cued by a third of its characters from this many on, at most ten. */
const MIN_CHARS = 9;
const MAX_CUE_CHARS = 10;
/** Scripts written without spaces between words: their text is cued by characters (`Paimon:streams` is one word, not such text). */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** `statement`: the card is a learning (a checkpoint or a quiz item asks a question of its own). */
export function recallForm(text: string, answer: readonly string[], statement: boolean): RecallForm {
  if (answer.length > 0) return { prompt: text, answer };
  const split = SPLIT.exec(text);
  if (split) {
    const prompt = text.slice(0, split.index).trim();
    const rest = text.slice(split.index + split[0].length).trim();
    if (prompt && rest) return { prompt, answer: [rest] };
  }
  if (!statement || /[?\uFF1F]\s*$/.test(text)) return { prompt: text, answer };
  const cue = cueOf(text);
  return cue === null ? { prompt: text, answer } : { prompt: `${cue} ${ELLIPSIS}`, answer: [text] };
}

function cueOf(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length >= MIN_WORDS) {
    const cue: string[] = [];
    for (const word of words.slice(0, Math.min(MAX_CUE_WORDS, Math.ceil(words.length / 3)))) {
      if (cue.length > 0 && /^[([{"'\u201C\u2018\-\u2013\u2014]/.test(word)) break; // a cue stops before an aside or a dash
      cue.push(word);
    }
    const joined = cue.join(' ').replace(/[,;:.\-\u2013\u2014]+$/, '');
    return joined === '' ? null : joined;
  }
  // Fewer than four words: a phrase is asked whole, but a sentence in a script without spaces is cued by characters.
  const chars = Array.from(text);
  if (NO_SPACES.test(text) && chars.length >= MIN_CHARS) return chars.slice(0, Math.min(MAX_CUE_CHARS, Math.ceil(chars.length / 3))).join('');
  return null;
}
