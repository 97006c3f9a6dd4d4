import * as assert from 'assert';
import { dayNumberEnd, mayStartParagraphDay, paragraphDay } from '../../src/core/parse/paragraphDays';

// A paragraph's first line, before / after (Obsidian Tasks style, one row per case): may it start a day (the
// cheap test run on every top-level paragraph), where its day number ends (-1: no keyword and number), and
// the day it makes (null: prose). Rows came from the mutants these three functions let live.
type Row = [line: string, mayStart: boolean, numberEnd: number, day: string | null];
const ROWS: Row[] = [
  // The forms logs write, and their markup.
  ['Day 12: studied', true, 6, 'day:12'],
  ['**Day 12:** text', true, 8, 'day:12'],
  ['__Day 3__ x', true, 7, 'day:3'],
  ['*Day 3* x', true, 6, 'day:3'],
  ['_Day 3_', true, 6, 'day:3'],
  ['***Day 3:*** x', true, 8, 'day:3'], // bold and italic
  ['___Day 3___ x', true, 8, 'day:3'],
  ['****Day 3', false, 9, 'day:3'], // at most three openers before the word: the cheap test says no
  ['** Day 3', true, 8, 'day:3'],
  [' Day 3', true, 6, 'day:3'],
  ['\tDay 3', true, 6, 'day:3'],
  ['  Day 3', true, 7, 'day:3'],
  ['   Day 3', true, 8, 'day:3'],
  ['Day 5', true, 5, 'day:5'],
  ['day 3', true, 5, 'day:3'],
  ['DAY 3!', true, 5, 'day:3'],
  ['Day03: x', true, 5, 'day:3'],
  ['Day 0: start', true, 5, 'day:0'],
  ['Day #7: x', true, 6, 'day:7'],
  ['Day 3.', true, 5, 'day:3'],
  ['Day 3 -', true, 5, 'day:3'],
  ['Day 3 \u2014 x', true, 5, 'day:3'],
  ['Day 3 (review)', true, 5, 'day:3'],
  ['Day 12 \u2705 2026-01-01', true, 6, 'day:12'],
  ['Day 3/100: built X', true, 5, 'day:3'],
  ['Day 9 - 30/100:', true, 5, 'day:9'],
  ['Day 3 of 100: built X', true, 5, 'day:3'], // a challenge's length (a count: no learning word needed, see listDays.test.ts)
  ['Day 3 OF 100', true, 5, 'day:3'],
  ['Day 3 of 100 - x', true, 5, 'day:3'],
  // Ranges.
  ['Days 3-5: x', true, 6, 'dayRange:3-5'],
  ['Day 28-31: x', true, 6, 'dayRange:28-31'],
  ['Day 28 \u2013 31', true, 6, 'day:28'],
  // Prose: the number is followed by a word.
  ['Day 5 was long', true, 5, null],
  ['Day 3 and more', true, 5, null],
  ['Day 3x', true, 5, null],
  ['Day 3 30/100', true, 5, null],
  ['Day 3 R1D1', true, 5, null],
  ['Day 3 of the trip', true, 5, null],
  ['Day 3 of 100 days', true, 5, null],
  ['Day 3 of: x', true, 5, null],
  ['Day 3\nnext', true, 5, null],
  ['Day 123456: x', true, 9, null], // more than five digits is no day number
  // Not a day keyword first.
  ['', false, -1, null],
  ['Day', true, -1, null],
  ['Dayton 5', false, -1, null],
  ['Rust day 3', false, -1, null],
  ['Hello Day 3', false, -1, null],
  ['x Day 3', false, -1, null],
  ['1 Day 3', false, -1, null],
  ['12. Day 3', false, -1, null],
  ['- Day 3', false, 7, 'day:3'], // a list item never reaches here; the number reader skips what is not a letter
  ['> Day 3', false, 7, 'day:3'],
  ['Week 2: x', false, -1, null],
  ['Module 3', false, -1, null],
  ['Monday: x', false, -1, null],
  // #100DaysOfCode rounds.
  ['R1D1', true, 4, 'day:1'],
  ['W1D2: x', true, 4, 'day:2'],
  ['w3-d1 x', true, 5, null],
  ['R1D1: x', true, 4, 'day:1'],
  ['**R1D1** x', true, 6, 'day:1'],
  ['R1D1 Started', true, 4, 'day:1'], // one word, then anything: how #100DaysOfCode logs write days (a trial's)
  ['R1D1x Started', true, 4, null],
  ['R1 D1 Started', true, 5, null],
  ['r2d14: x', true, 5, 'day:14'],
  ['R1-D1', true, 5, 'day:1'],
  ['R10 D3', true, 6, 'day:3'],
  ['r1 d2', true, 5, 'day:2'],
  ['R1D', false, -1, null],
  ['Rd1', false, -1, null],
  // Other languages: day words and templates; week templates are not days.
  ['Tag 3: Deutsch', true, 5, 'day:3'],
  ['D\u00eda 4: hola', true, 5, 'day:4'],
  ['Dag 3: x', true, 5, 'day:3'],
  ['Ng\u00e0y 3: x', true, 6, 'day:3'],
  ['Hari 4: x', true, 6, 'day:4'],
  ['\u0414\u0435\u043d\u044c 5: x', true, 6, 'day:5'],
  ['G\u00fcn 6: x', true, 5, 'day:6'],
  ['Dzie\u0144 7: x', true, 7, 'day:7'],
  ['\u7b2c3\u5929\uff1a\u5b66\u4e60', true, 3, 'day:3'],
  ['\u7b2c3\u5929', true, 3, 'day:3'],
  ['**\u7b2c3\u5929**', true, 5, 'day:3'],
  ['3\u65e5\u76ee: x', true, 3, 'day:3'],
  ['*3\u65e5\u76ee*', true, 4, 'day:3'],
  ['3\uc77c\ucc28 \uacf5\ubd80', true, 3, null], // a word after the number: prose, as in English
  ['\u7b2c2\u5468\uff1ax', false, -1, null],
  ['\u7b2c2\u5468\u7b2c3\u5929', false, -1, null],
  ['2\uc8fc\ucc28 x', false, -1, null],
  ['2\u9031\u76ee: x', false, -1, null],
  ['Semana 2: x', false, -1, null],
  ['Woche 3: x', false, -1, null],
];

function described(line: string): string | null {
  const day = paragraphDay(line);
  if (!day) return null;
  if (day.kind === 'dayRange') return `dayRange:${day.from}-${day.to}`;
  return `${day.kind}:${day.kind === 'day' ? day.number : ''}`;
}

describe('paragraph days: the first line, read three ways', () => {
  for (const [line, mayStart, numberEnd, day] of ROWS) {
    it(JSON.stringify(line), () => {
      assert.deepStrictEqual([mayStartParagraphDay(line), dayNumberEnd(line), described(line)], [mayStart, numberEnd, day]);
    });
  }
});
