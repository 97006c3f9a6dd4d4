// The grammar's vocabulary (src/core/grammar/keywords.ts, signals.ts): what languages.json compiles to, pinned
// in a golden file, and the word readers as tables. Issue 15: keywords.ts (56%) and signals.ts (17%) were the
// grammar's weakest files, since whole plans reach only the spellings they use: a key compiled wrong for a
// language no fixture is written in, or a signal dropped from the pre-filter's reference, changed no test.
// After a deliberate change to languages.json or to how it compiles:
// `node esbuild.js --unit-only && UPDATE_GOLDEN=1 npx mocha --no-config out/test/unit/vocabulary.test.js`, then review the diff.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isCjkAt, isLetterAt, lookupAt, mayStartTemplate, numberValue, vocabularyOf, wordEnd, wordKey } from '../../src/core/grammar/keywords';
import { mayBePlan, planSignals } from '../../src/core/grammar/signals';
import { whyMaybePlan } from '../../src/core/parse/planFilter';
import { parse } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'unit', 'golden', 'vocabulary.json');

const sorted = (values: Iterable<string>): string[] => [...values].sort();
const entries = <T>(map: ReadonlyMap<string, T>): [string, T][] => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

function compiled(): string {
  const v = vocabularyOf();
  return JSON.stringify({
    words: entries(v.words),
    templates: v.templates.map((t) => [t.kind, t.pattern.source, t.pattern.flags]),
    weekdays: entries(v.weekdays),
    weekdaysShort: entries(v.weekdaysShort),
    weekdaysBeforeDate: entries(v.weekdaysBeforeDate),
    months: entries(v.months),
    dateWords: sorted(v.dateWords),
    datePrefixes: sorted(v.datePrefixes),
    statusHeaders: sorted(v.statusHeaders),
    plannedHeaders: sorted(v.plannedHeaders),
    doneValues: sorted(v.doneValues),
    openValues: sorted(v.openValues),
    dayHeaders: entries(v.dayHeaders),
    learning: sorted(v.learning),
    maxWords: v.maxWords,
    templateStarts: sorted(v.templateStarts),
    dateLeads: sorted(v.dateLeads),
    dayStarts: sorted(v.dayStarts),
    planSignals: sorted(planSignals()),
  }, null, 1) + '\n';
}

describe('vocabulary: languages.json compiled', () => {
  it('is the golden file test/unit/golden/vocabulary.json', () => {
    const actual = compiled();
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, actual);
    const expected = fs.readFileSync(GOLDEN, 'utf8');
    const a = actual.split('\n');
    const e = expected.split('\n');
    const first = a.findIndex((line, i) => line !== e[i]);
    assert.strictEqual(first, -1, `vocabulary differs from line ${first + 1}: ${JSON.stringify(a[first])} instead of ${JSON.stringify(e[first])}`);
    assert.strictEqual(a.length, e.length);
  });

  it('is built once, and plan signals once', () => {
    assert.strictEqual(vocabularyOf(), vocabularyOf());
    assert.strictEqual(planSignals(), planSignals());
  });
});

describe('vocabulary: reading words', () => {
  it('numberValue: ASCII digits and Chinese numerals up to 999', () => {
    const cases: [string, number][] = [
      ['0', 0], ['31', 31], ['\u4E09', 3], ['\u5341', 10], ['\u5341\u4E8C', 12], ['\u4E8C\u5341', 20], ['\u4E8C\u5341\u4E00', 21],
      ['\u4E00\u767E', 100], ['\u767E', 100], ['\u4E00\u767E\u96F6\u4E94', 105], ['\u4E5D\u767E\u4E5D\u5341\u4E5D', 999], ['\u3007', 0],
    ];
    for (const [text, value] of cases) assert.strictEqual(numberValue(text), value, text);
    for (const text of ['\u4E00\u4E8C', '\u4E94\u96F6', 'x', '3\u5341', '', '-1', '1.5']) {
      const value = numberValue(text);
      assert.ok(text === '' ? value === 0 : Number.isNaN(value), `${JSON.stringify(text)} -> ${value}`);
    }
  });

  it('a Chinese plan past day 100 is read, and the pre-filter lets it through', () => {
    const text = '# \u5b66\u4e60\u8ba1\u5212\n### \u7b2c\u4e00\u767e\u96f6\u4e94\u5929\n\u590d\u4e60\n### \u7b2c\u4e00\u767e\u4e8c\u5341\u4e09\u5929\n\u590d\u4e60\n';
    assert.deepStrictEqual(parse(text).days.map((d) => d.number), [105, 123]);
    assert.notStrictEqual(whyMaybePlan(new TextEncoder().encode(text), 'file:///ws/plan.md'), null);
  });

  it('wordEnd: letters of any script, apostrophes and hyphens only between letters', () => {
    const cases: [string, number, number][] = [
      ["aujourd'hui x", 0, 11], ['aujourd\u2019hui', 0, 11], ['aujourd\u02BChui', 0, 11], ['segunda-feira!', 0, 13],
      ["day'", 0, 3], ['day-', 0, 3], ["'day", 0, 0], ['-day', 0, 0], ['3 days', 0, 0], ['3 days', 2, 6],
      ['\u{1D49C}bc d', 0, 4], ['\u00e9t\u00e9', 0, 3], ['e\u0301t\u00e9 x', 0, 4], ['', 0, 0], ['ab', 2, 2],
    ];
    for (const [text, i, end] of cases) assert.strictEqual(wordEnd(text, i), end, `${JSON.stringify(text)} at ${i}`);
  });

  it('isLetterAt and isCjkAt', () => {
    assert.deepStrictEqual(['a', 'Z', '@', '[', '`', '{', '1', ' ', '\u00e9', '\u0301', '\u{1D49C}', '\u{1F600}', '\u5929'].map((c) => isLetterAt(c, 0)),
      [true, true, false, false, false, false, false, false, true, true, true, false, true]);
    assert.strictEqual(isLetterAt('a', -1), false);
    assert.strictEqual(isLetterAt('a', 1), false);
    const cjk = (code: number): boolean => isCjkAt(String.fromCharCode(code), 0);
    assert.deepStrictEqual([0x2e7f, 0x2e80, 0x9fff, 0xa000, 0xabff, 0xac00, 0xd7af, 0xd7b0, 0xf8ff, 0xf900, 0xfaff, 0xfb00].map(cjk),
      [false, true, true, false, false, true, true, false, false, true, true, false]);
  });

  it('wordKey: lower case, typographic apostrophes as ASCII, runs of spaces and tabs as one space', () => {
    assert.strictEqual(wordKey('x Today\u2019s Plan', 2, 9), "today's");
    assert.strictEqual(wordKey('Hari \t Ini', 0, 10), 'hari ini');
    assert.strictEqual(wordKey('DAY', 0, 3), 'day');
  });

  it('lookupAt: the longest key, over several words where a longer key starts with the first', () => {
    const map = new Map<string, string>([['th\u1EE9', 'a'], ['th\u1EE9 hai', 'monday'], ['hari ini', 'today'], ['day', 'day'], ['\u661F\u671F\u4E00', 'monday']]);
    const at = (text: string, i = 0, maxWords = 3): [string, number] | null => {
      const found = lookupAt(text, i, map, maxWords);
      return found && [found.value, found.end];
    };
    assert.deepStrictEqual(at('Th\u1EE9 Hai, 5'), ['monday', 7]);
    assert.deepStrictEqual(at('Th\u1EE9 \t hai'), ['monday', 9]);
    assert.deepStrictEqual(at('Th\u1EE9 ba'), ['a', 3], 'the one-word key when the longer one does not follow');
    assert.deepStrictEqual(at('Th\u1EE9 Hai', 0, 1), ['a', 3], 'maxWords 1 reads one word');
    assert.deepStrictEqual(at('Th\u1EE9'), ['a', 3]);
    assert.deepStrictEqual(at('Th\u1EE9,hai'), ['a', 3], 'words are separated by spaces or tabs only');
    assert.deepStrictEqual(at('hari ini'), ['today', 8]);
    assert.deepStrictEqual(at('hari'), null);
    assert.deepStrictEqual(at('days'), null, 'a key is a whole word');
    assert.deepStrictEqual(at('x day', 2), ['day', 5]);
    assert.deepStrictEqual(at(' day'), null, 'nothing at a space');
    assert.deepStrictEqual(at('\u661F\u671F\u4E00\u5B66\u4E60'), ['monday', 3], 'CJK: a prefix of the run of letters');
    assert.deepStrictEqual(at('\u661F\u671F\u5B66'), null);
    const set = new Set(['tag', 'tag 1']);
    const found = lookupAt('Tag 1 x', 0, set, 3);
    assert.deepStrictEqual(found && [found.value, found.end], ['tag 1', 5], 'a number as the next word; a set gives its key');
  });

  it('mayStartTemplate: a digit, a Chinese numeral, or the first letter of a numbered form', () => {
    assert.deepStrictEqual(['3', '\u4E09', '\u7B2C', 'x', ' '].map((c) => mayStartTemplate(c, 0)), [true, true, true, false, false]);
    assert.strictEqual(mayStartTemplate('ab', 2), false);
  });
});

describe('plan signals: the string-level reference of the pre-filter', () => {
  it('holds the task boxes, keywords of every language, the literal parts of numbered forms, weekdays, learning words, and the words of a key apart', () => {
    const signals = new Set(planSignals());
    for (const signal of ['[ ]', '[x]', '[/]', '[-]', 'day', 'week', 'module', 'd\u00eda', 'tag', '\u5929', '\u7B2C', 'monday', 'mon', 'lunes', 'today', 'learning', 'hari', 'ini']) {
      assert.ok(signals.has(signal), signal);
    }
    for (const signal of signals) assert.strictEqual(signal, signal.trim(), `no space around ${JSON.stringify(signal)}`);
    assert.ok(![...signals].some((s) => s === '' || s.includes('{')), 'no empty signal, no placeholder');
  });

  it('mayBePlan: a signal in the text (any case, apostrophes folded) or a learning word in the file name', () => {
    const cases: [string, string, boolean][] = [
      ['# Groceries\nMilk and eggs.\n', 'groceries.md', false],
      ['# Groceries\nMilk and eggs, [ ] bread.\n', 'groceries.md', true],
      ['## DAY 3\n', 'x.md', true],
      ['R1D1 went well\n', 'x.md', true],
      ['r2 - d14\n', 'x.md', true],
      ['# Notes\nSome prose.\n', 'My-Learning-Log.md', true],
      ['# Notes\nSome prose.\n', 'notes.md', false],
      ['### D\u00c3\u00ADa 3\n', 'x.md', true],
    ];
    for (const [text, name, maybe] of cases) assert.strictEqual(mayBePlan(text, name), maybe, `${JSON.stringify(text)} ${name}`);
  });
});
