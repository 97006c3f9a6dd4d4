// The pre-filter's word readers (src/core/parse/filterWords.ts), each on the bytes of a heading's text:
// tables of what they accept and refuse, both sides of each edge. Reached only through whole files, many of
// their mutants survived (a filter that says "maybe" too often breaks no plan, it only costs time).
import * as assert from 'assert';
import { dayAnywhere, headingKeywordAt, holdsLearningWord, NOTHING, numberFollows, roundAt, shortWeekdayEnds, STRONG, templateAt, WEEKDAY, weekdayFollows } from '../../src/core/parse/filterWords';
import { KEY } from '../../src/core/grammar/keywordTrie';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Runs a reader over the whole of `text`. */
function over<T>(read: (bytes: Uint8Array, s: number, e: number) => T, text: string): T {
  const bytes = utf8(text);
  return read(bytes, 0, bytes.length);
}
function table<T>(what: string, read: (text: string) => T, cases: [string, T][]): void {
  for (const [text, expected] of cases) assert.strictEqual(read(text), expected, `${what}: ${JSON.stringify(text)}`);
}

describe('pre-filter words', () => {
  it('a number after a keyword, or what display text may make one of', () => {
    table('after a week', (t) => over((b, s, e) => numberFollows(b, s, e, KEY.week, false), t), [
      [' 3', true], ['3', true], [' #4', true], ['#4', true], [' ##4', false], [' **3**', true], [' \u2163', true],
      [' <b>3', true], [' &#51;', true], ['', false], ['  ', false], [' one', false],
      [' II', true], [' iv:', true], [' IV2', false], [' IIa', false], ['II', false], [' V', true], [' Va', false], [' x', true],
    ]);
    table('after a day (no Roman numerals)', (t) => over((b, s, e) => numberFollows(b, s, e, KEY.day, false), t), [[' II', false], [' 3', true]]);
    table('a setext heading goes on below', (t) => over((b, s, e) => numberFollows(b, s, e, KEY.day, true), t), [['', true], [' ', true], [' x', false]]);
  });

  it('a weekday after Today, and a short weekday only alone or before punctuation', () => {
    table('weekdayFollows', (t) => over(weekdayFollows, t), [
      [' (Monday)', true], [' - Tue', true], [': Wednesday', true], [', Thu.', true], [' \u2013 Fri', true], [' \u2014 Sat', true],
      [' Sun exposure', false], [' Mondays', false], ['', false], [' ( ', false], [' \u2012 Mon', false],
    ]);
    table('shortWeekdayEnds', (t) => over(shortWeekdayEnds, t), [
      ['', true], ['  ', true], [': x', true], ['-', true], [',', true], ['.', true], ['(', true], [')', true], ['[', true], [']', true],
      ['|', true], ['/', true], [' \u00e9', true], [' exposure', false], ['!', false], ['2', false],
    ]);
  });

  it('a round: an R and a digit', () => {
    table('roundAt', (t) => over(roundAt, t), [['R1D1', true], ['r2 d14', true], ['R**1**', true], ['W1D2', true], ['w3', true], ['R', false], ['Rx', false], ['Q1', false], ['R 1', false], ['Wx', false]]);
  });

  it('English Day N anywhere in a heading, not inside a word', () => {
    table('dayAnywhere', (t) => over((b, s, e) => dayAnywhere(b, s, e, false), t), [
      ['Topic | Day 12', true], ['Final Sprint (Days 26-30)', true], ['D**ay** 3', true], ['day 3', true], ['DAY 3', true],
      ['Today 3', false], ['pre-Day 3', false], ['Sunday 3', false], ['2Day 3', false], ['Da 3', false], ['Dey 3', false],
      ['Day', false], ['Daysx 3', false], ['Day x', false], ['Dy', false],
    ]);
    assert.strictEqual(over((b, s, e) => dayAnywhere(b, s, e, true), 'Topic Day'), true, 'a setext heading: the number may be below');
  });

  it('learning words as words, and 100 for 100 days of code', () => {
    table('holdsLearningWord', (t) => over(holdsLearningWord, t), [
      ['My learning log', true], ['learning', true], ['Study', true], ['study-notes', true], ['studyx', false], ['restudy', false],
      ["don't study", true], ["x'study", false], ['100 days', true], ['1000 days', true], ['2100', false], ['10 0', false],
      ['\u6211\u7684\u5b66\u4e60\u7b14\u8bb0', true], ['Team sync', false], ['', false],
    ]);
  });

  it('what the keywords at the start of a heading make of it', () => {
    table('headingKeywordAt', (t) => over((b, s, e) => headingKeywordAt(b, s, e, false), t), [
      ['Week 3', STRONG], ['Module 2: x', STRONG], ['R1D1', STRONG], ['\u7b2c3\u5929', STRONG], ['3. Tag', STRONG],
      ['Monday', WEEKDAY], ['Mon', WEEKDAY], ['Mon.', WEEKDAY], ['Sun exposure', NOTHING], ['TODAY (Monday)', WEEKDAY], ['Today', NOTHING],
      ['Weekly 3', NOTHING], ['Week', NOTHING], ['Notes', NOTHING], ['Mondays', NOTHING],
    ]);
    table('templateAt for days only', (t) => over((b, s, e) => templateAt(b, s, e, true), t), [['\u7b2c3\u5929', true], ['3. Tag', true], ['3 apples', false], ['x', false]]);
  });
});
