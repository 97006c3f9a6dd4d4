import * as assert from 'assert';
import { addLabLink, applyTextEdits, relativePosix } from '../../src/core';
import { parse } from './helpers';

// The lab link, before / after with the summary the learner reads, for each form of day and container.
const TARGET = 'labs/p/day-001/day-001.ipynb';
const LINK = `[day-001](${TARGET})`;
const PARAGRAPHS = '**Day 12:** studied loops\n\n**Day 13:** studied arrays\n\n**Day 14:** practiced recursion';

describe('addLabLink: before, after, and what it says', () => {
  const rows: [name: string, before: string, day: number, after: string | { refused: string }, summary?: string, target?: string][] = [
    ['a heading: a list item under it', '### Day 1\n', 0, `### Day 1\n- **Lab:** ${LINK}\n`, 'Linked Day 1 to its lab'],
    ['CRLF kept, a blank line before the paragraph kept', '### Day 1\r\n\r\ntext\r\n', 0, `### Day 1\r\n- **Lab:** ${LINK}\r\n\r\ntext\r\n`, 'Linked Day 1 to its lab'],
    ['in a blockquote, before text: the quote\'s own blank line', '> ### Day 1\n> text\n', 0, `> ### Day 1\n> - **Lab:** ${LINK}\n>\n> text\n`, 'Linked Day 1 to its lab'],
    ['in a blockquote, before its blank line', '> ### Day 1\n>\n> text\n', 0, `> ### Day 1\n> - **Lab:** ${LINK}\n>\n> text\n`, 'Linked Day 1 to its lab'],
    ['before indented code: a paragraph, which cannot swallow it', '### Day 1\n\n    code\n', 0, `### Day 1\n**Lab:** ${LINK}\n\n    code\n`, 'Linked Day 1 to its lab'],
    ['before a nested list after blank lines: a paragraph', '### Day 1\n\n\n  - nested\n', 0, `### Day 1\n**Lab:** ${LINK}\n\n\n  - nested\n`, 'Linked Day 1 to its lab'],
    ['before tab-indented code: a paragraph and a blank line', '### Day 1\n\ttab code\n', 0, `### Day 1\n**Lab:** ${LINK}\n\n\ttab code\n`, 'Linked Day 1 to its lab'],
    ['a paragraph day: a paragraph after its own', PARAGRAPHS, 0, PARAGRAPHS.replace('loops\n\n', `loops\n\n**Lab:** ${LINK}\n\n`), 'Linked Day 12: studied loops to its lab'],
    ['the last paragraph day, no line break at the end', PARAGRAPHS, 2, `${PARAGRAPHS}\n\n**Lab:** ${LINK}`, 'Linked Day 14: practiced recursion to its lab'],
    ['the last paragraph day, a line break at the end', `${PARAGRAPHS}\n`, 2, `${PARAGRAPHS}\n\n**Lab:** ${LINK}\n`, 'Linked Day 14: practiced recursion to its lab'],
    ['a table row: in its title cell', '| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro | |\n| 2 | Setup | |\n', 0, `| Day | Topic | Done |\n|---|---|---|\n| 1 | Intro ${LINK} | |\n| 2 | Setup | |\n`, 'Linked Day 1: Intro to its lab'],
    // Once only: a Lab field of the learner's, or a link to the same notebook (encoded or not), is enough.
    ['a Lab field already there', '### Day 1\n- **Lab:** [mine](elsewhere.ipynb)\n', 0, '### Day 1\n- **Lab:** [mine](elsewhere.ipynb)\n', 'Day 1 already links to its lab'],
    ['a link to the notebook already there', `### Day 1\n- [notebook](${TARGET})\n`, 0, `### Day 1\n- [notebook](${TARGET})\n`, 'Day 1 already links to its lab'],
    ['the same target, encoded', '### Day 1\n- [notebook](labs/a%20b.ipynb)\n', 0, '### Day 1\n- [notebook](labs/a%20b.ipynb)\n', 'Day 1 already links to its lab', 'labs/a b.ipynb'],
    // The container's empty line, read strictly: `>text` is quoted text, not an empty quote line.
    ['in a blockquote, before text without a space: the quote\'s own blank line', '> ### Day 1\n>text\n', 0, `> ### Day 1\n> - **Lab:** ${LINK}\n>\n>text\n`, 'Linked Day 1 to its lab'],
    // Indented text outside the heading's container (after the quote ended) cannot join the new item.
    ['in a blockquote, indented text after the quote ends: still a list item', '> ### Day 1\n\n    a > \n', 0, `> ### Day 1\n> - **Lab:** ${LINK}\n\n    a > \n`, 'Linked Day 1 to its lab'],
    ['in a list item, its own text at its column: a list item at that column', '- ### Day 1\n\n  text\n', 0, `- ### Day 1\n  - **Lab:** ${LINK}\n\n  text\n`, 'Linked Day 1 to its lab'],
    ['a paragraph day with a second line: a paragraph after its own, blank lines around', '**Day 12:** studied loops\nmore\n\n**Day 13:** x\n\n**Day 14:** y\n', 0, `**Day 12:** studied loops\nmore\n\n**Lab:** ${LINK}\n\n**Day 13:** x\n\n**Day 14:** y\n`, 'Linked Day 12: studied loops to its lab'],
    // Only a field named Lab is one: Lab notes or Collab are the learner's other fields.
    ['a Lab notes field is no Lab field', '### Day 1\n- **Lab notes:** x\n', 0, `### Day 1\n- **Lab:** ${LINK}\n- **Lab notes:** x\n`, 'Linked Day 1 to its lab'],
    ['a Collab field is no Lab field', '### Day 1\n- **Collab:** x\n', 0, `### Day 1\n- **Lab:** ${LINK}\n- **Collab:** x\n`, 'Linked Day 1 to its lab'],
    ['a module is no day', '## Week 1\n### Day 1\n', -1, { refused: '"Week 1" is not a day' }],
    // A tab-indented list under a heading in an item: indented past the new item's text in columns, not in characters.
    ['a heading in an item, a tab-indented list under it: a paragraph', '- ### Day 4 - in an item\n\t1. [ ] task\n', 0,
      `- ### Day 4 - in an item\n  **Lab:** ${LINK}\n\n\t1. [ ] task\n`, 'Linked Day 4 - in an item to its lab'],
    // Tabs inside a blockquote reach their stops counted from the line's start (`>  \t text`: two columns past the
    // quote's own space, short of the new item's text, as markdown-it reads it); a review's: counted from after the `>`,
    // the tab reached four and the link was refused. A column more and the text would be the link's: refused.
    ['an item day in a quote, a tab-indented paragraph of its own below: linked', '> - [ ] Day 1: Topic\n>\n>  \t text\n> - [ ] Day 2: More\n', 0,
      `> - [ ] Day 1: Topic\n>   - **Lab:** ${LINK}\n>\n>  \t text\n> - [ ] Day 2: More\n`, 'Linked Day 1: Topic to its lab'],
    ['an item day in a quote, text below at the new item\'s column with a tab: refused', '> - [ ] Day 1: Topic\n>\n>  \t  text\n> - [ ] Day 2: More\n', 0,
      { refused: 'the indented text under Day 1: Topic would become part of the link; add the link by hand' }],
    // An item day, a blank line, then indented code in it: a nested item would take the code in as its paragraph (a
    // fuzz run's). Refused; with the code indented less than the new item's text, it stays out of it.
    ['an item day before indented code after a blank line: refused', '- [ ] Day 0: Topic\n- [ ] Day 1: More\n\n      code\n', 1,
      { refused: 'the indented text under Day 1: More would become part of the link; add the link by hand' }],
    ['an item day before a paragraph of its own after a blank line: linked, the paragraph stays the day\'s', '- [ ] Day 0: Topic\n- [ ] Day 1: More\n\n  notes\n- [ ] Day 2: Last\n', 1,
      `- [ ] Day 0: Topic\n- [ ] Day 1: More\n  - **Lab:** ${LINK}\n\n  notes\n- [ ] Day 2: Last\n`, 'Linked Day 1: More to its lab'],
  ];
  for (const [name, before, index, after, summary, target] of rows) {
    it(name, () => {
      const plan = parse(before);
      const node = index < 0 ? plan.root.children[0] : plan.days[index];
      const outcome = addLabLink(before, node, 'day-001', target ?? TARGET);
      if (typeof after === 'object') return assert.deepStrictEqual(outcome, { ok: false, message: after.refused });
      assert.ok(outcome.ok);
      assert.deepStrictEqual([applyTextEdits(before, outcome.edits), outcome.summary], [after, summary]);
      if (after !== before) {
        const again = addLabLink(after, parse(after).days[index], 'day-001', target ?? TARGET);
        assert.deepStrictEqual(again.ok && again.edits, [], 'once only');
      }
    });
  }
});

describe('a lab linked is no note of the learner\'s', () => {
  // A fuzz run's: a plan of dated days and one task became a journal once a day's lab was linked (an entry holding
  // something written and no task made it one), its day out of the day count.
  it('a plan of dated days stays a plan, its day counted', () => {
    const before = '- [ ] Topic\n### Mon 05.01.2024\n';
    const outcome = addLabLink(before, parse(before).days[0], 'day-001', TARGET);
    assert.ok(outcome.ok);
    const after = parse(applyTextEdits(before, outcome.edits));
    assert.deepStrictEqual([after.journal, after.root.progress.daysTotal, after.days[0].written], [false, 1, false]);
  });

  it('the same line with more of the learner\'s in it, or beside other text, is written', () => {
    for (const body of [`- **Lab:** ${LINK} went well`, `- **Lab:** ${LINK}\n- notes`, `- **Lab notes:** ${LINK}`, `- **Lab:** ${LINK}\n  felt hard today`]) {
      assert.strictEqual(parse(`### Mon 05.01.2024\n${body}\n`).days[0].written, true, body);
    }
  });
});

describe('relativePosix: from the plan\'s folder to its lab', () => {
  const table: [string, string, string][] = [
    ['a/x', 'a/b/c', '../b/c'], ['', 'x', 'x'], ['a', 'a', '../a'], ['a/b', 'a/b/c.ipynb', 'c.ipynb'], ['a/b/c', 'a/b', '../../b'],
    ['/a//b/', 'a/b/c d', 'c%20d'], ['x/y', 'x/y/z/w', 'z/w'],
  ];
  for (const [from, to, expected] of table) it(`${JSON.stringify(from)} -> ${JSON.stringify(to)}: ${expected}`, () => assert.strictEqual(relativePosix(from, to), expected));
});
