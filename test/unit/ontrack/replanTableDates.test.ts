// A replan's dates in a table's Date column, in the column's own form: a learner's `30/11/2026` was followed by
// `2026-12-01` (a trial's shift wrote two forms into one column), where the table still says day first afterwards.
import * as assert from 'assert';
import { applyTextEdits, catchUp, type CatchUpChoice } from '../../../src/core';
import { parse } from '../helpers';

const table = (rows: string[]): string => ['# SQL in 30 days', '', '| Day | Date | Topic | Done |', '|-----|------|-------|------|', ...rows, ''].join('\n');

function replanned(text: string, choice: CatchUpChoice, today = '2026-11-29'): { text: string; planned: (string | null)[] } {
  const outcome = catchUp(text, parse(text), choice, { today, options: {} });
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.message);
  const after = applyTextEdits(text, outcome.edits);
  return { text: after, planned: parse(after).days.map((day) => day.planned) };
}

const dates = (text: string): string[] => [...text.matchAll(/^\| \d+ \| ([^|]+) \|/gm)].map((m) => m[1].trim());

describe('replan: a table\'s dates written in its own form', () => {
  it('day first: 01/12/2026 after 30/11/2026, the done row saying the order', () => {
    const text = table(['| 1 | 23/11/2026 | SELECT | ✅ |', '| 2 | 24/11/2026 | WHERE | |', '| 3 | 25/11/2026 | JOINs | |', '| 4 | 26/11/2026 | GROUP BY | |', '| 5 | 27/11/2026 | Windows | |']);
    const shifted = replanned(text, { kind: 'shift', days: 5 });
    assert.deepStrictEqual(dates(shifted.text), ['23/11/2026', '29/11/2026', '30/11/2026', '01/12/2026', '02/12/2026']);
    assert.deepStrictEqual(shifted.planned.slice(1), ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']);
    const spread = replanned(text, { kind: 'spread', over: 3 }, '2026-11-30');
    assert.deepStrictEqual(dates(spread.text), ['23/11/2026', '30/11/2026', '01/12/2026', '01/12/2026', '02/12/2026']);
  });

  it('month first: 12/01/2026 after 11/30/2026', () => {
    const text = table(['| 1 | 11/23/2026 | SELECT | ✅ |', '| 2 | 11/24/2026 | WHERE | |', '| 3 | 11/25/2026 | JOINs | |']);
    const shifted = replanned(text, { kind: 'shift', days: 6 }, '2026-11-30');
    assert.deepStrictEqual(dates(shifted.text), ['11/23/2026', '11/30/2026', '12/01/2026']);
    assert.deepStrictEqual(shifted.planned.slice(1), ['2026-11-30', '2026-12-01']);
  });

  it('every date moved to one that reads two ways: kept in form where the rows\' sequence still says the order', () => {
    const text = table(['| 1 | 23/11/2026 | SELECT | |', '| 2 | 24/11/2026 | WHERE | |', '| 3 | 25/11/2026 | JOINs | |']);
    const shifted = replanned(text, { kind: 'shift', days: 8 }, '2026-12-01');
    assert.deepStrictEqual(dates(shifted.text), ['01/12/2026', '02/12/2026', '03/12/2026']);
    assert.deepStrictEqual(shifted.planned, ['2026-12-01', '2026-12-02', '2026-12-03']);
  });

  it('a lone row whose new date reads two ways: ISO, as nothing else in the table says the order', () => {
    const text = table(['| 1 | 13/11/2026 | SELECT | ✅ |', '| 2 | 14/11/2026 | WHERE | |']);
    const shifted = replanned(text, { kind: 'shift', days: 17 }, '2026-12-01');
    // The done row's 13/11/2026 says day first, and stays: the moved row keeps the form.
    assert.deepStrictEqual(dates(shifted.text), ['13/11/2026', '01/12/2026']);
    const alone = table(['| 1 | 14/11/2026 | WHERE | |', '| 2 | 2026-11-15 | JOINs | ✅ |']);
    const moved = replanned(alone, { kind: 'shift', days: 17 }, '2026-12-01');
    assert.deepStrictEqual(dates(moved.text), ['2026-12-01', '2026-11-15']);
    assert.deepStrictEqual(moved.planned, ['2026-12-01', '2026-11-15']);
  });
});
