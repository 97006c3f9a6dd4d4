import * as assert from 'assert';
import fc from 'fast-check';
import { typedText, type TextChange, type TextProbe } from '../../src/core';
import { applyTextChanges, coveringRange } from '../../src/core/text/textChanges';

/** A document that holds `text`, as the extension's probe answers for a VS Code document. */
function probe(text: string): TextProbe & { asked: number } {
  const document = {
    asked: 0,
    get length() {
      return text.length;
    },
    slice(start: number, end: number) {
      document.asked += end - start;
      return text.slice(start, end);
    },
  };
  return document;
}

const at = (rangeOffset: number, rangeLength: number, text: string): TextChange => ({ rangeOffset, rangeLength, text });

describe('typedText: a document\'s text from the text taken before and the edits since', () => {
  const before = '# Plan\r\n\r\n### Day 1 - Start\r\n- [ ] Read\r\n';
  const cases: Array<[string, TextChange[], string]> = [
    ['a keystroke', [at(27, 0, 'Z')], '# Plan\r\n\r\n### Day 1 - StartZ\r\n- [ ] Read\r\n'],
    ['a check mark typed over the space', [at(32, 1, 'x')], '# Plan\r\n\r\n### Day 1 - Start\r\n- [x] Read\r\n'],
    ['Enter (the document\'s line ending)', [at(27, 0, '\r\n')], '# Plan\r\n\r\n### Day 1 - Start\r\n\r\n- [ ] Read\r\n'],
    ['a line deleted', [at(29, 12, '')], '# Plan\r\n\r\n### Day 1 - Start\r\n'],
    ['two cursors (VS Code reports the later edit first)', [at(32, 1, 'x'), at(6, 0, '!')], '# Plan!\r\n\r\n### Day 1 - Start\r\n- [x] Read\r\n'],
    ['two events, the second inside the first\'s insert', [at(27, 0, 'ZZ'), at(28, 0, 'Y')], '# Plan\r\n\r\n### Day 1 - StartZYZ\r\n- [ ] Read\r\n'],
    ['nothing changed', [], before],
  ];
  for (const [name, changes, after] of cases) {
    it(name, () => {
      assert.strictEqual(applyTextChanges(before, changes), after);
      assert.strictEqual(typedText(before, changes, probe(after)), after);
    });
  }

  it('refuses what does not fit or does not check out: then the caller reads the document', () => {
    assert.strictEqual(typedText(before, [at(40, 5, '')], probe(before)), undefined, 'a change past the end');
    assert.strictEqual(typedText(before, [at(-1, 0, 'x')], probe('x' + before)), undefined, 'a negative offset');
    const typed = '# Plan\r\n\r\n### Day 1 - StartZ\r\n- [ ] Read\r\n';
    assert.strictEqual(typedText(before, [], probe(typed)), undefined, 'an edit missed: the length differs');
    const checked = '# Plan\r\n\r\n### Day 1 - StartZ\r\n- [x] Read\r\n';
    assert.strictEqual(typedText(before, [at(27, 0, 'Z')], probe(checked)), undefined, 'an edit of the same length missed near this one');
  });

  it('checks only the lines around the edits, and leaves edits over 64 KB to a whole read', () => {
    const long = '- [ ] a task of a long plan\r\n'.repeat(40_000);
    const document = probe(long.slice(0, 500_000) + 'Z' + long.slice(500_000));
    assert.ok(typedText(long, [at(500_000, 0, 'Z')], document));
    assert.ok(document.asked <= 1024, `${document.asked} characters asked`);
    const pasted = 'y'.repeat(70_000);
    assert.strictEqual(typedText(long, [at(10, 0, pasted)], probe(long.slice(0, 10) + pasted + long.slice(10))), undefined, 'a paste over 64 KB');
    const replaced = long.replace(/task/g, 'Task');
    const replaceAll = [...long.matchAll(/task/g)].reverse().map((m) => at(m.index, 4, 'Task'));
    assert.strictEqual(typedText(long, replaceAll, probe(replaced)), undefined, 'a Replace All over the whole text');
    const oneLine = 'x'.repeat(200_000);
    assert.strictEqual(typedText(oneLine, [at(100_000, 0, 'Z')], probe(oneLine.slice(0, 100_000) + 'Z' + oneLine.slice(100_000))), undefined, 'a line over 64 KB');
  });

  it('works ten keystrokes into a 5 MB text by copying it once (a review\'s took 210 ms)', () => {
    const long = '- [ ] a task of a long plan\n'.repeat(180_000);
    let truth = long;
    const changes: TextChange[] = [];
    for (let k = 0; k < 10; k++) {
      changes.push(at(2_500_000 + k, 0, 'Z'));
      truth = truth.slice(0, 2_500_000 + k) + 'Z' + truth.slice(2_500_000 + k);
    }
    assert.strictEqual(typedText(long, changes, probe(truth)), truth);
  });

  it('gives the edited text for any edits, applied in order (a property)', () => {
    const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), text: fc.string({ maxLength: 5, unit: fc.constantFrom('a', 'b', '\n', '\r\n', 'é', '✅') }) });
    fc.assert(fc.property(fc.string({ maxLength: 80 }), fc.array(edit, { maxLength: 6 }), (start, edits) => {
      let truth = start;
      const changes: TextChange[] = [];
      for (const e of edits) {
        const offset = e.at % (truth.length + 1);
        const length = Math.min(e.length, truth.length - offset);
        changes.push(at(offset, length, e.text));
        truth = truth.slice(0, offset) + e.text + truth.slice(offset + length);
      }
      assert.strictEqual(typedText(start, changes, probe(truth)), truth);
      const { from, to, delta } = coveringRange(changes);
      if (changes.length > 0) assert.strictEqual(truth.slice(0, from) + truth.slice(to + delta), start.slice(0, from) + start.slice(to), 'outside the covering range nothing changed');
    }));
  });
});
