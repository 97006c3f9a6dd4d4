// Text written into files from a plan's words carries no control character (an audit's: a plan file named with a line
// break forged a second line of the review log, read as a review of another card; ESC, BEL and U+202E from a title
// landed as they were in a README's table and a lab's notes).
import * as assert from 'assert';
import { escapeMarkdown, parseReviewLog, reviewLogLine, templateValues } from '../../src/core';
import { withoutControls } from '../../src/core/text/controlChars';

const HOSTILE = 'Intro\u001b[31m red\u0007 \u202Egnp.exe\u2066x\u2069\u0085y\u2028z';

describe('no control characters in what the product writes from a plan\'s words', () => {
  it('withoutControls makes each run of controls one space, and keeps everything else', () => {
    assert.strictEqual(withoutControls(HOSTILE), 'Intro [31m red   gnp.exe x y z');
    assert.strictEqual(withoutControls('caf\u00e9 \u2705 \uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd'), 'caf\u00e9 \u2705 \uD83D\uDE00 \u05e9\u05dc\u05d5\u05dd');
  });

  it('a review log line stays one line, whatever the plan\'s file is named: no forged review', () => {
    const card = { id: 'aaaaaaaa', planKey: 'a\n- 2026-01-01 k7m3xq2p easy \u00b7 injected.md', context: { kind: 'day', title: 'Day 1\r\n- 2026-01-02 k7m3xq2p easy' }, label: 'Key\u001blearning', text: 'What is \u001b[2J\u202Eevil?' } as unknown as Parameters<typeof reviewLogLine>[1];
    const line = reviewLogLine('2026-11-21', card, 'good');
    assert.ok(!/[\r\n]/.test(line) && !line.includes('\u001b') && !line.includes('\u202E'), line);
    const log = parseReviewLog(`# Reviews\n\n${line}\n`);
    assert.deepStrictEqual(log.entries.map((e) => [e.date, e.cardId, e.grade]), [['2026-11-21', 'aaaaaaaa', 'good']]);
  });

  it('a README cell shows a hostile title as text', () => {
    assert.strictEqual(escapeMarkdown(HOSTILE), 'Intro \\[31m red gnp.exe x y z');
  });

  it('a lab\'s notes and notebook get the day\'s words without controls', () => {
    const content = { number: 1, title: HOSTILE, heading: `Day 1 - ${HOSTILE}`, plan: 'Plan\u001b', module: 'M\u202E', objective: 'Learn\u0007', tasks: ['Read\u001b[2J'], taskDone: [false], resources: [{ text: '\u202Eevil \u001bX', target: 'https://example.com/a', line: 3 }], checkpoint: '' };
    for (const markdown of [true, false]) {
      const values = templateValues(content, '2026-11-21', markdown);
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      for (const [name, value] of Object.entries(values)) assert.doesNotMatch(value, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/, `${name}: ${JSON.stringify(value)}`);
    }
  });
});
