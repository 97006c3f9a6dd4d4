import * as assert from 'assert';
import { isValidIsoDate, readStamp, stripTrailingStamps } from '../../src/core';

describe('stamps: ✅ YYYY-MM-DD', () => {
  const table: [string, boolean, string | null][] = [
    ['Day 1 \u2705 2026-11-21', true, '2026-11-21'],
    ['Day 1 \u2705', true, null],
    ['Day 1 \u2705\uFE0F 2026-11-21', true, '2026-11-21'],
    ['Day 1 \u2705 2026-13-01', true, null],
    ['Day 1', false, null],
    ['read \u2705 2026-11-20 \u2705 2026-11-21', true, '2026-11-21'],
  ];
  for (const [text, marked, date] of table) {
    it(`reads ${JSON.stringify(text)}`, () => assert.deepStrictEqual(readStamp(text), { marked, date }));
  }

  it('strips trailing stamps only', () => {
    assert.strictEqual(stripTrailingStamps('Day 1 - A \u2705 2026-11-21'), 'Day 1 - A');
    assert.strictEqual(stripTrailingStamps('\u2705 Done list'), '\u2705 Done list');
    assert.strictEqual(stripTrailingStamps('x \u2705 2026-11-20 \u2705'), 'x');
  });

  it('knows real calendar dates', () => {
    assert.ok(isValidIsoDate('2028-02-29'));
    assert.ok(!isValidIsoDate('2026-02-29'));
    assert.ok(!isValidIsoDate('2026-1-01'));
  });
});
