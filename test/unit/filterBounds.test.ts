// The pre-filter's byte readers take a range [start, end) of a file's bytes and must read nothing at or
// after `end`: a line's reader that looks past its line decides on the next line's bytes. A property over
// every reader (src/core/parse/filterBytes.ts, filterWords.ts and the keyword trie): the answer for a cut
// is the same whatever bytes follow the cut, or none. The table tests pass whole buffers, where a read at
// `end` meets `undefined` and stops; their `<` -> `<=` mutants survived (npm run mutate:parts).
import * as assert from 'assert';
import fc from 'fast-check';
import { codePointAt, KEY, lastCodePointEnd, matched, matchKeys, mayEndWord, skipSpaces } from '../../src/core/grammar/keywordTrie';
import { contentStart, isBox, isDelimiterRow, isEntity, isIndent, isUnderline, lineEnd, mayHideText, skipMarkup } from '../../src/core/parse/filterBytes';
import {
  dayAnywhere, headingKeywordAt, holdsLearningWord, numberFollows, ROMAN_KINDS, roundAt, shortWeekdayEnds, templateAt, weekdayFollows, WEEKDAY_KEYS,
} from '../../src/core/parse/filterWords';
import { runs } from './fuzz/documents';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What the readers decide on: markup, containers, boxes, entities, keywords of several languages, numbers, dashes, mojibake. */
const TOKENS = [
  ' ', ' ', '\t', '>', '-', '*', '+', '1', '9', '0', '.', ')', '[', ']', 'x', 'X', '/', '=', '|', ':', '&', '#', ';', 'a', '<', '!', '?', '(',
  '\n', '\r', '\u00e9', '_', '`', '~', "'", 's', 'Day', 'day', 'DAYS', 'Week', 'Module', 'Mon', 'Monday', 'Tue', 'today', 'IV', 'R1D1', '\u7b2c', '\u5929',
  '\u4e09', 'learning', 'study', '\u2013', '\u2014', '\u00a0', '\u3000', 'amp', 'Tag', '\u00c3', '\u00ad', '\u{1F3AF}', '100',
];

/** Each reader, as a function of (bytes, start, end) that returns something comparable. */
const READERS: Record<string, (bytes: Uint8Array, start: number, end: number) => unknown> = {
  contentStart, isBox, isUnderline, isDelimiterRow, isEntity, mayHideText, skipMarkup, isIndent,
  lineEnd: (bytes, start, end) => lineEnd(bytes, start, end, true),
  numberFollows: (bytes, start, end) => [KEY.day, ROMAN_KINDS].flatMap((flags) => [numberFollows(bytes, start, end, flags, false), numberFollows(bytes, start, end, flags, true)]),
  weekdayFollows, shortWeekdayEnds, roundAt,
  templateAt: (bytes, start, end) => [templateAt(bytes, start, end, false), templateAt(bytes, start, end, true)],
  headingKeywordAt: (bytes, start, end) => [headingKeywordAt(bytes, start, end, false), headingKeywordAt(bytes, start, end, true)],
  dayAnywhere: (bytes, start, end) => [dayAnywhere(bytes, start, end, false), dayAnywhere(bytes, start, end, true)],
  holdsLearningWord,
  codePointAt: (bytes, start, end) => (start < end ? [codePointAt(bytes, start, end), lastCodePointEnd()] : null),
  skipSpaces, mayEndWord,
  matchKeys: (bytes, start, end) => {
    const wants = [KEY.day | KEY.week | KEY.module | KEY.cycle | KEY.round, WEEKDAY_KEYS, KEY.today, KEY.learning];
    return wants.map((want) => {
      matchKeys(bytes, start, end, want);
      return [matched.count, [...matched.flags.subarray(0, matched.count)], [...matched.ends.subarray(0, matched.count)], matched.hidden];
    });
  },
};

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

describe('pre-filter: each byte reader reads only its range', () => {
  const text = fc.array(fc.constantFrom(...TOKENS), { maxLength: 14 }).map((tokens) => tokens.join(''));

  for (const [name, read] of Object.entries(READERS)) {
    it(name, () => {
      fc.assert(
        fc.property(text, fc.nat(), fc.nat(), text, (written, a, b, after) => {
          const bytes = utf8(written);
          const end = a % (bytes.length + 1);
          const start = b % (end + 1);
          const cut = bytes.slice(0, end);
          const expected = read(cut, start, end);
          // The same bytes before `end`, then the file's own bytes, or other ones.
          assert.deepStrictEqual(read(bytes, start, end), expected, `${name} read past ${end} in ${JSON.stringify(written)}`);
          assert.deepStrictEqual(read(concat(cut, utf8(after)), start, end), expected, `${name} read past ${end} in ${JSON.stringify(written)} + ${JSON.stringify(after)}`);
        }),
        { seed: 20261125, numRuns: runs(1500) },
      );
    });
  }
});
