// A detection kept across an edit (incremental.ts) must be the detection of the new text: generated texts of
// mojibake and clean lines, edits near and far from the mojibake, the kept detection compared with a fresh one.
import * as assert from 'assert';
import fc from 'fast-check';
import { detectEncodingOf, movedDetection } from '../../../src/core/text/mojibake';
import { runs } from '../fuzz/documents';

const line = fc.constantFrom(
  '### Day 1 - plain title', '- **Task:** read the docs', '', 'ðŸŽ¯ Goal of the day', 'Ã©tÃ© cafÃ© naÃ¯ve', 'РџСЂРёРІРµС‚ РјРёСЂ',
  'a dash â€” here', 'lost ðŸ“ byte', '\ufffd\ufffd Objective', 'clean caf\u00e9 and \u{1F3AF}', 'ÄŸÃ¼ Turkish', 'x y z', 'Â» quote',
);
const snippet = fc.constantFrom('x', ' ', '\n', 'word', 'Ã', '\u00e9', '\u{1F3AF}', '\ufffd', 'ðŸŽ¯', '\n\n', '');
// A place as an integer over a million: fast-check's doubles in [0, 1] are nearly all tiny.
const edit = fc.record({ at: fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 1_000_000), length: fc.nat({ max: 8 }), text: snippet });

describe('movedDetection: a detection kept across an edit is the new text\'s', () => {
  it('equals a fresh detection whenever it is kept (generated texts and edits)', () => {
    let kept = 0;
    let keptWithSegments = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), edit, (lines, eol, e) => {
        const before = lines.join(eol);
        const from = Math.min(before.length, Math.floor(e.at * before.length));
        const to = Math.min(before.length, from + e.length);
        const after = before.slice(0, from) + e.text + before.slice(to);
        const previous = detectEncodingOf(before);
        const moved = movedDetection(previous, after, from, to, e.text.length - (to - from));
        if (!moved) return;
        kept++;
        if (previous.segments.length > 0) keptWithSegments++;
        assert.deepStrictEqual(moved, detectEncodingOf(after), JSON.stringify({ before, after }));
      }),
      { seed: 20261125, numRuns: runs(3000) },
    );
    // Not vacuous: detections were kept, with mojibake elsewhere in the text.
    assert.ok(kept > runs(3000) / 10 && keptWithSegments > runs(3000) / 20, `${kept} kept, ${keptWithSegments} with segments`);
  });

  it('is not kept when the edit touches a line with a segment, or writes a character that may start one', () => {
    const text = 'clean line\nÃ©tÃ© here\nanother clean line';
    const previous = detectEncodingOf(text);
    assert.ok(previous.encoding && previous.segments.length > 0);
    const at = (offset: number, inserted: string, removed = 0): unknown => movedDetection(previous, text.slice(0, offset) + inserted + text.slice(offset + removed), offset, offset + removed, inserted.length - removed);
    assert.strictEqual(at(12, 'x'), null, 'typed on the mojibake line');
    assert.strictEqual(at(10, '', 1), null, 'joined the line before with it');
    assert.strictEqual(at(3, '\u00e9'), null, 'wrote a page character elsewhere');
    assert.notStrictEqual(at(3, 'x'), null, 'typed on a clean line');
    assert.notStrictEqual(at(text.length, '\nmore'), null, 'added a clean line at the end');
  });
});
