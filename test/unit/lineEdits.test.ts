import * as assert from 'assert';
import { addStamp, applyLineEdits, removeStamp, toggleTaskLine } from '../../src/core';

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
  ];
  for (const [before, after] of remove) {
    it(`unstamps ${JSON.stringify(before)}`, () => assert.strictEqual(applyLineEdits(before, removeStamp(before, true)), after));
  }
});
