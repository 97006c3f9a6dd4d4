import * as assert from 'assert';
import { addStamp, applyLineEdits, removeStamp, toggleTaskLine } from '../../src/core';
import { setTaskChecked } from '../../src/core/edits/lineEdits';

const D = '2026-11-21';
const S = `\u2705 ${D}`;

describe('toggleTaskLine: before and after', () => {
  const table: [string, string][] = [
    ['- [ ] read', `- [x] read ${S}`],
    [`- [x] read ${S}`, '- [ ] read'],
    ['- [X] read', '- [ ] read'],
    ['* [ ] star', `* [x] star ${S}`],
    ['+ [ ] plus', `+ [x] plus ${S}`],
    ['1. [ ] ordered', `1. [x] ordered ${S}`],
    ['12) [ ] paren', `12) [x] paren ${S}`],
    ['    - [ ] nested', `    - [x] nested ${S}`],
    ['\t- [ ] tab', `\t- [x] tab ${S}`],
    ['> - [ ] quoted', `> - [x] quoted ${S}`],
    ['- - [ ] list in list', `- - [x] list in list ${S}`],
    ['- [ ] trailing spaces   ', `- [ ] trailing spaces   `.replace('[ ] trailing spaces', `[x] trailing spaces ${S}`)],
    ['- [ ] has **bold** and [a](b)', `- [x] has **bold** and [a](b) ${S}`],
    // A stale stamp on an open task stays (it is the user's text); checking adds today's, unchecking removes it again.
    ['- [ ] already \u2705 2026-01-01', `- [x] already \u2705 2026-01-01 ${S}`],
    ['- [ ]', `- [x] ${S}`],
    ['\uFEFF- [ ] bom', `\uFEFF- [x] bom ${S}`],
    ['- [x] keeps \u2705 in the middle', '- [ ] keeps \u2705 in the middle'],
    [`- [x] two stamps \u2705 2026-01-01 ${S}`, '- [ ] two stamps \u2705 2026-01-01'],
    ['- [x] closed stamp \u2705', '- [ ] closed stamp'],
    ['#### [ ] Learning Theory', `#### [x] Learning Theory ${S}`],
    ['## [ ] Heading task ##', `## [x] Heading task ${S} ##`],
  ];
  for (const [before, after] of table) {
    it(`${JSON.stringify(before)} -> ${JSON.stringify(after)}`, () => assert.strictEqual(toggleTaskLine(before, D), after));
  }

  it('does not stamp when stamps are off', () => {
    assert.strictEqual(toggleTaskLine('- [ ] a', null), '- [x] a');
  });

  it('returns null for lines that are not tasks', () => {
    for (const line of ['- [] no', '- [ ]no', 'text [ ] x', '[ ] bare', '-[ ] tight', '### Day 1']) {
      assert.strictEqual(toggleTaskLine(line, D), null, line);
    }
  });
});

describe('heading stamps: before and after', () => {
  const add: [string, string][] = [
    ['### Day 1', `### Day 1 ${S}`],
    ['### **Day 31 - Lakehouse**', `### **Day 31 - Lakehouse** ${S}`],
    ['### Day 1 ###', `### Day 1 ${S} ###`],
    ['### Day 1 #####   ', `### Day 1 ${S} #####   `],
    ['## Day 2  ', `## Day 2 ${S}  `],
    ['- ### Day 3', `- ### Day 3 ${S}`],
    ['> ### Day 4', `> ### Day 4 ${S}`],
    ['Day 5', `Day 5 ${S}`],
    ['### Day 6 \u2705', '### Day 6 \u2705'],
    ['### Day C# basics', `### Day C# basics ${S}`],
  ];
  for (const [before, after] of add) {
    it(`stamps ${JSON.stringify(before)}`, () => assert.strictEqual(applyLineEdits(before, addStamp(before, D, true)), after));
  }

  const remove: [string, string][] = [
    [`### Day 1 ${S}`, '### Day 1'],
    [`### Day 1 ${S} ###`, '### Day 1 ###'],
    ['### Day 1 \u2705', '### Day 1'],
    ['### Day 1', '### Day 1'],
    [`### \u2705 Day 1`, '### \u2705 Day 1'],
    // A date a learner wrote another way goes with its ✅ (undone said the ✅ was not at the end).
    ['### Day 1 \u2705 26/11/2026', '### Day 1'],
    ['### Day 1  \u2705\ufe0f 2026/11/26 ###', '### Day 1 ###'],
    ['### Day 1 \u2705 5.11.2026  ', '### Day 1  '],
    // Not a date: the ✅ is no stamp at the end, and stays.
    ['### Day 1 \u2705 26/11', '### Day 1 \u2705 26/11'],
    ['### Day 1 \u2705 1-2-3', '### Day 1 \u2705 1-2-3'],
    ['### Day 1 26/11/2026', '### Day 1 26/11/2026'],
  ];
  for (const [before, after] of remove) {
    it(`unstamps ${JSON.stringify(before)}`, () => assert.strictEqual(applyLineEdits(before, removeStamp(before, true)), after));
  }
});

describe('the block link scan on a hostile line', () => {
  it('checks a task of 200,000 spaces at once (a pattern for the block link went quadratic: 26 s)', () => {
    const line = `- [ ] a${' '.repeat(200000)}b`;
    const edits = setTaskChecked(line, true, D);
    assert.ok(edits);
    assert.strictEqual(applyLineEdits(line, edits.box), `- [x] a${' '.repeat(200000)}b \u2705 ${D}`);
    const linked = `- [ ] a${' '.repeat(200000)}^b`;
    assert.strictEqual(applyLineEdits(linked, setTaskChecked(linked, true, D)!.box), `- [x] a \u2705 ${D}${' '.repeat(200000)}^b`);
  });
});

describe('setTaskChecked and the title stamp: one line before and after (Obsidian Tasks style)', () => {
  // [line, checked with a date, checked without one, unchecked]; null: not a task.
  const tasks: [string, string | null, string | null, string | null][] = [
    ['- [ ] a', `- [x] a \u2705 ${D}`, '- [x] a', '- [ ] a'],
    ['- [x] a \u2705 2026-11-01', '- [x] a \u2705 2026-11-01', '- [x] a \u2705 2026-11-01', '- [ ] a'],
    ['- [X] a', '- [X] a', '- [X] a', '- [ ] a'],
    ['* [ ] a  ', `* [x] a \u2705 ${D}  `, '* [x] a  ', '* [ ] a  '],
    ['1. [ ] a\t', `1. [x] a \u2705 ${D}\t`, '1. [x] a\t', '1. [ ] a\t'],
    ['### [ ] Day 3 ###', `### [x] Day 3 \u2705 ${D} ###`, '### [x] Day 3 ###', '### [ ] Day 3 ###'],
    ['### [x] Day 3 \u2705 2026-11-01 ##', '### [x] Day 3 \u2705 2026-11-01 ##', '### [x] Day 3 \u2705 2026-11-01 ##', '### [ ] Day 3 ##'],
    // An older stamp is the learner's text: checking adds one after it, unchecking takes only that one off.
    ['- [ ] a \u2705 2026-01-01', `- [x] a \u2705 2026-01-01 \u2705 ${D}`, '- [x] a \u2705 2026-01-01', '- [ ] a \u2705 2026-01-01'],
    ['- [x] a \u2705 2026-01-01 \u2705 2026-11-01', '- [x] a \u2705 2026-01-01 \u2705 2026-11-01', '- [x] a \u2705 2026-01-01 \u2705 2026-11-01', '- [ ] a \u2705 2026-01-01'],
    ['  - [ ] nested', `  - [x] nested \u2705 ${D}`, '  - [x] nested', '  - [ ] nested'],
    ['> - [ ] quoted', `> - [x] quoted \u2705 ${D}`, '> - [x] quoted', '> - [ ] quoted'],
    ['- [/] going', `- [x] going \u2705 ${D}`, '- [x] going', '- [/] going'],
    // An Obsidian block link stays last: the stamp goes before it, and comes off from there (a learner's ^blk123).
    ['- [ ] Review notes ^blk123', `- [x] Review notes \u2705 ${D} ^blk123`, '- [x] Review notes ^blk123', '- [ ] Review notes ^blk123'],
    ['- [x] a \u2705 2026-11-01 ^abc-1  ', '- [x] a \u2705 2026-11-01 ^abc-1  ', '- [x] a \u2705 2026-11-01 ^abc-1  ', '- [ ] a ^abc-1  '],
    ['- [ ] 2^10 is ^ x^2', `- [x] 2^10 is ^ x^2 \u2705 ${D}`, '- [x] 2^10 is ^ x^2', '- [ ] 2^10 is ^ x^2'],
    ['- [ ] ^blk', `- [x] \u2705 ${D} ^blk`, '- [x] ^blk', '- [ ] ^blk'],
    ['no task', null, null, null],
  ];
  for (const [line, checked, checkedBare, unchecked] of tasks) {
    it(JSON.stringify(line), () => {
      const after = (edits: ReturnType<typeof setTaskChecked>): string | null => (edits ? applyLineEdits(line, edits.box) : null);
      assert.deepStrictEqual([after(setTaskChecked(line, true, D)), after(setTaskChecked(line, true, null)), after(setTaskChecked(line, false, null))], [checked, checkedBare, unchecked]);
    });
  }

  it('a task that wraps gets its stamp on its last line, and loses it there', () => {
    assert.deepStrictEqual(setTaskChecked('- [ ] a long', true, D, '  task text'), { box: [{ start: 3, end: 4, newText: 'x' }], last: [{ start: 11, end: 11, newText: ` \u2705 ${D}` }] });
    assert.deepStrictEqual(setTaskChecked('- [x] a long', false, null, '  task text \u2705 2026-11-01'), { box: [{ start: 3, end: 4, newText: ' ' }], last: [{ start: 11, end: 24, newText: '' }] });
  });

  it('a title gets one stamp before its closing #s and trailing spaces; the last one comes off', () => {
    const titles: [string, boolean, string, string][] = [
      ['### Day 1', true, `### Day 1 \u2705 ${D}`, '### Day 1'],
      ['### Day 1 ###', true, `### Day 1 \u2705 ${D} ###`, '### Day 1 ###'],
      ['### Day 1 \u2705', true, '### Day 1 \u2705', '### Day 1'],
      ['Day 1  ', false, `Day 1 \u2705 ${D}  `, 'Day 1  '],
      ['### Day 1 \u2705 2026-11-01 ##', true, '### Day 1 \u2705 2026-11-01 ##', '### Day 1 ##'],
      ['### Day #1', true, `### Day #1 \u2705 ${D}`, '### Day #1'],
    ];
    for (const [line, heading, stamped, unstamped] of titles) {
      assert.deepStrictEqual([applyLineEdits(line, addStamp(line, D, heading)), applyLineEdits(line, removeStamp(line, heading))], [stamped, unstamped], line);
    }
  });
});
