/**
 * `toggle FILE "words"` when no task holds the words: the task(s) a typo most likely meant, shown, never toggled
 * (a learner's `Hiden partitioning` was only "no task reads"). Before/after table: words typed, lines suggested.
 */
import * as assert from 'assert';
import { tasksLike } from '../../../src/core';
import { parse } from '../helpers';

const PLAN = [
  '# Iceberg',
  '- [ ] Hidden partitioning',
  '- [ ] Merge-on-read vs Copy-on-write',
  '- [ ] Table maintenance (compaction, expiration)',
  '- [ ] Advanced partitioning strategies',
  '- [x] Read chapter 1',
  '- [ ] Read chapter 2',
  '- [ ] Ejercicio de conjugación',
].join('\n');

describe('tasksLike: the task a typo meant', () => {
  const plan = parse(PLAN);
  const cases: [string, number[]][] = [
    ['Hiden partitioning', [2]], // one letter dropped
    ['hidden partitoning', [2]],
    ['merge on read', [3]], // punctuation of the task aside
    ['Table maintanance', [4]],
    ['advanced partition', [5]], // a word's start
    ['chapter', [6, 7]], // both hold it as a word: the nearest are listed (the CLI says which)
    ['Read chaptr 3', []], // `3` is no word of either
    ['conjugacion', [8]], // an accent left out is one edit
    ['Kubernetes', []],
    ['a b', []], // short words must be exact
    ['', []],
  ];
  for (const [words, lines] of cases) {
    it(`'${words}' -> ${lines.length ? lines.map((l) => `line ${l}`).join(', ') : 'none'}`, () => {
      assert.deepStrictEqual(tasksLike(plan, words).map((task) => task.line + 1), lines);
    });
  }
});
