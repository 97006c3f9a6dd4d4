// Rest weekdays as a learner writes them (src/core/schedule/restDays.ts): in front matter or a setting,
// lists, strings, numbers, names of any language. Tables, both sides of each edge.
import * as assert from 'assert';
import { frontMatterRest, parseWeekdays } from '../../../src/core';
import { lines, parse } from '../helpers';

describe('rest weekdays', () => {
  it('reads lists, strings and ISO numbers 1-7; leaves out what is no weekday', () => {
    const cases: [unknown, number[]][] = [
      [['sat', 'sun'], [6, 7]],
      ['sat, sun', [6, 7]],
      ['sat;sun', [6, 7]],
      ['sat  sun', [6, 7]],
      ['Sat.,Sun.', [6, 7]],
      ['Saturday', [6]],
      ['weekend', [6, 7]],
      ['weekends', [6, 7]],
      ['s\u00e1bado', [6]],
      ['\u571f\u66dc\u65e5', [6]],
      ['sa,so', [6, 7]], // German, as a learner's plan wrote them (refused before)
      ['Sa., So.', [6, 7]],
      [[1, 7], [1, 7]],
      [[0, 8, 1.5, -1, '7'], []], // '7' is a string: no weekday name
      [[7, 'sun', 6, 'sat'], [6, 7]],
      ['mon.tue', []],
      ['someday', []],
      [42, []],
      [null, []],
      [{ sat: true }, []],
    ];
    for (const [value, weekdays] of cases) assert.deepStrictEqual(parseWeekdays(value), weekdays, JSON.stringify(value));
  });

  it('reads rest: from front matter; none when it is missing, empty when it says nothing, none when it is no YAML', () => {
    const rest = (...frontMatter: string[]): readonly number[] | null => frontMatterRest(parse(lines('---', ...frontMatter, '---', '### Day 1')));
    assert.deepStrictEqual(rest('rest: [sat, sun]'), [6, 7]);
    assert.deepStrictEqual(rest('rest  : sun'), [7]);
    assert.deepStrictEqual(rest('rest:'), [], 'rest: with nothing says no rest days');
    assert.deepStrictEqual(rest('rest: []'), []);
    assert.strictEqual(rest('title: x'), null);
    assert.strictEqual(rest('forest: sun'), null, 'only a key named rest');
    assert.strictEqual(rest('restful: sun'), null);
    assert.strictEqual(rest('rest: [sun', 'oops: ]'), null, 'not YAML: says nothing');
    assert.strictEqual(frontMatterRest(parse(lines('### Day 1'))), null, 'no front matter');
  });
});
