import * as assert from 'assert';
import { buildPlan, inMemoryDocument } from '../../src/core';

// What a day's inline content gives the model, before / after: its fields [name, detail, value, line], links
// [text, target, line] and task titles. Rows came from the mutants inlineText.ts let live (line breaks of
// each kind, links with images, labels with details and decorations); each is read both by the fast path
// (one line, no other markup) and by markdown-it's inline pass.
type Row = [body: string, fields: [string, string | null, string, number][], links: [string, string, number][], tasks: string[]];
const ROWS: Row[] = [
  ['**A:** x\n**B:** y\n', [['A', null, 'x', 1], ['B', null, 'y', 2]], [], []],
  ['**A:** x  \n**B:** y\n', [['A', null, 'x', 1], ['B', null, 'y', 2]], [], []], // a hard break (two spaces)
  ['**A:** x\\\n**B:** y\n', [['A', null, 'x', 1], ['B', null, 'y', 2]], [], []], // a hard break (backslash)
  ['**A:** x\n  **B:** y\n', [['A', null, 'x', 1], ['B', null, 'y', 2]], [], []],
  ['**A:** x\ntext\n**B:** [l](http://l) z\n', [['A', null, 'x', 1], ['B', null, 'l z', 3]], [['l', 'http://l', 3]], []],
  ['- [ ] read  \n  more\n- [ ] a\\\n  b\n', [], [], ['read more', 'a b']],
  ['See [a](http://a)\nand [b](http://b)\n', [], [['a', 'http://a', 1], ['b', 'http://b', 2]], []],
  ['[![img](i.png) text](http://x)\n', [], [['text', 'http://x', 1]], []],
  ['[](http://x)\n', [], [['http://x', 'http://x', 1]], []],
  // A link's text wrapped over lines is whole, on the line it starts on (a hostile trial's was listed as `multi`).
  ['See [multi\nline](http://m) and\n[b](http://b)\n', [], [['multi line', 'http://m', 1], ['b', 'http://b', 3]], []],
  ['**Resource:** [A\nB](http://a)\n', [['Resource', null, 'A', 1]], [['A B', 'http://a', 1]], []],
  ['**Task (30 min)**: Study\n', [['Task', '30 min', 'Study', 1]], [], []],
  ['**Task ( 30 min ):** y\n', [['Task', '30 min', 'y', 1]], [], []],
  ['**Note (a) (b):** x\n', [['Note (a)', 'b', 'x', 1]], [], []],
  ['**\u{1F3AF} Objective:** x\n', [['Objective', null, 'x', 1]], [], []],
  ['**1. Step:** go\n', [['1. Step', null, 'go', 1]], [], []],
  ['**A** : x\n', [['A', null, 'x', 1]], [], []],
  ['**A:**   x \t  y\n', [['A', null, 'x y', 1]], [], []],
  ['**A:**\n', [['A', null, '', 1]], [], []],
  ['**A:** `code` and *em*\n', [['A', null, 'code and em', 1]], [], []],
  ['**A:** x <b>html</b> y\n', [['A', null, 'x html y', 1]], [], []],
  // No field: no colon, a colon in the name, no name, not first on its line, an unclosed bold.
  ['**Bold** text\n', [], [], []],
  ['**a:b:** c\n', [], [], []],
  ['**(x):** y\n', [], [], []],
  ['**:** y\n', [], [], []],
  ['text **A:** x\n', [], [], []],
  ['**A: x\n', [], [], []],
];

describe('inline content: fields, links and task titles', () => {
  for (const [body, fields, links, tasks] of ROWS) {
    it(JSON.stringify(body), () => {
      for (const fullInline of [false, true]) {
        const day = buildPlan(inMemoryDocument('file:///ws/plan.md', `### Day 1\n${body}`), { fullInline }).days[0];
        assert.deepStrictEqual(
          [day.fields.map((f) => [f.name, f.detail, f.value, f.line]), day.links.map((l) => [l.text, l.target, l.line]), day.tasks.map((t) => t.text)],
          [fields, links, tasks],
        );
      }
    });
  }
});
