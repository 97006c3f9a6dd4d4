/**
 * What a file must contain to be a plan, derived from the same data the parser reads (languages.json,
 * the task box): the reference for a cheap pre-filter that skips files before parsing them. A filter
 * built from `planSignals()` never rejects a file the parser calls a plan: every rule that makes a
 * plan needs one of these strings (a property test checks it on the fixtures and generated plans).
 *
 * - a task box: `[ ]`, `[x]`, `[X]`, `[/]`, `[-]`;
 * - a keyword of any language (day, days, week, module, cycle, round, today words), a literal part of
 *   a form with a number (`天` of `第{n}天`), a weekday name: headings, tables and paragraph days all
 *   need one (`R1D1` shorthand has its own pattern below);
 * - a learning word, in the text or the file name: a log of dated entries is a plan only with one.
 *
 * A byte-level filter can search the UTF-8 bytes of these strings case-insensitively (ASCII case
 * folding misses `DÍA` for `día`: fold the file's ASCII letters and match every spelling listed, or
 * treat any byte >= 0x80 near a match as "maybe"); it may say "maybe" too often, never too rarely.
 */
import { displayText } from '../text/mojibake';
import { LANGUAGES, normalizeKey, vocabularyOf } from './keywords';

const KEYWORD_KINDS = ['day', 'days', 'week', 'module', 'cycle', 'round', 'today'] as const;

/** `R1D1`, `r2 d14`: the challenge shorthand, which names no keyword. */
export const ROUND_SHORTHAND = /r\d{1,3}[ \t]*[-_.:/]?[ \t]*d\d/i;

let signals: readonly string[] | undefined;

/** Lower-case strings one of which every plan contains (in its text, or a learning word in its file name). */
export function planSignals(): readonly string[] {
  if (signals) return signals;
  const found = new Set<string>(['[ ]', '[x]', '[/]', '[-]']);
  for (const block of Object.values(LANGUAGES)) {
    for (const kind of KEYWORD_KINDS) {
      for (const form of block[kind] ?? []) {
        // A form with a number: its literal parts (`第`, `天`), each a signal of its own.
        for (const part of form.split(/\{[nm]\}/)) {
          const key = normalizeKey(part.replace(/^[ .]+|[ .]+$/g, ''));
          if (key) found.add(key);
        }
      }
    }
    for (const spellings of [...(block.weekdays ?? []), ...(block.weekdaysShort ?? [])]) for (const spelling of spellings) found.add(normalizeKey(spelling));
  }
  for (const word of vocabularyOf().learning) found.add(word);
  // Words of a key are matched apart too: the parser allows any run of spaces or tabs between them.
  for (const key of [...found]) if (key.includes(' ')) for (const word of key.split(' ')) found.add(word);
  signals = [...found];
  return signals;
}

/**
 * Whether a file may be a plan: the string-level reference of the pre-filter. Text saved through a
 * wrong encoding (`DÃ­a 3`) is read repaired by the parser, so it is matched repaired here: a byte
 * filter must answer "maybe" for such sequences (see text/mojibake.ts).
 */
export function mayBePlan(text: string, fileName: string): boolean {
  const lower = displayText(text).toLowerCase().replace(/[\u2019\u02BC]/g, "'");
  const name = fileName.toLowerCase();
  if (ROUND_SHORTHAND.test(lower)) return true;
  return planSignals().some((signal) => lower.includes(signal) || name.includes(signal));
}
