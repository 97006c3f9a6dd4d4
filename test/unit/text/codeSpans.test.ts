// Code spans as CommonMark finds them (src/core/text/codeSpans.ts): the same spans as a plain scan that looks for each
// closing run from its opener, on random text; and linear on lines of runs no run closes.
import * as assert from 'assert';
import { blankCodeSpans, codeSpans } from '../../../src/core/text/codeSpans';
import { assertLinear } from '../linearTime';

/** The definition: a backslash escapes the next character; a run opens a span the next run as long closes. */
function reference(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const runEnd = (i: number): number => {
    while (text[i] === '`') i++;
    return i;
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') i += 2;
    else if (text[i] !== '`') i++;
    else {
      const open = runEnd(i);
      let close = -1;
      for (let j = text.indexOf('`', open); j >= 0; j = text.indexOf('`', runEnd(j))) {
        if (runEnd(j) - j === open - i) {
          close = j;
          break;
        }
      }
      if (close < 0) i = open;
      else {
        spans.push([i, close + open - i]);
        i = close + open - i;
      }
    }
  }
  return spans;
}

describe('code spans', () => {
  it('are those of the definition on random text of backslashes, backticks, letters and spaces', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 20000; k++) {
      const text = Array.from({ length: random(24) }, () => '\\` a'[random(4)]).join('');
      assert.deepStrictEqual(codeSpans(text), reference(text), JSON.stringify(text));
    }
  });

  it('in examples: an escaped backtick opens nothing, a backslash before a closing run is code, runs pair by length', () => {
    assert.deepStrictEqual(codeSpans('a `b` c'), [[2, 5]]);
    assert.deepStrictEqual(codeSpans('\\`a` `b`'), [[3, 6]]);
    assert.deepStrictEqual(codeSpans('`\\` x'), [[0, 3]]);
    assert.deepStrictEqual(codeSpans('``a`b`` `c'), [[0, 7]]);
    assert.deepStrictEqual(codeSpans('` `` ```'), []);
    assert.strictEqual(blankCodeSpans('Joins \u2705 `late`'), 'Joins \u2705 ______');
  });

  it('are found in linear time on a line of runs no run closes (one took a minute)', function () {
    this.timeout(120_000);
    // Runs of one backtick, each after a run of two that nothing closes: every opener of two looked to the end.
    const growth = assertLinear('codeSpans', (scale) => `\`\`${'`a'.repeat(3000 * scale)}`.replace(/`a/g, (m, at: number) => (at % 6 === 0 ? '``a' : m)), (text) => {
      assert.ok(codeSpans(text).length >= 0);
    });
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
  });
});
