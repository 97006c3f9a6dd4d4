import * as assert from 'assert';
import { assertLinear, measureGrowth, QUADRATIC_STEP } from './linearTime';

/** The check must be able to fail: a quadratic routine fails it, a linear one passes. */
describe('the linear-time check', function () {
  this.timeout(120_000);
  const sizes = (scale: number): number => 100 * scale;

  it('passes linear work', () => {
    let sink = 0;
    const growth = assertLinear('a linear loop', sizes, (n) => {
      for (let i = 0; i < n * 50; i++) sink += i & 1;
    });
    assert.ok(growth.lastStep < QUADRATIC_STEP);
    console.log(`      (measured: ${growth.lastStep.toFixed(1)}x)`);
    assert.ok(sink >= 0);
  });

  it('fails quadratic work (a nested loop, and the classic quadratic regex on a long line)', () => {
    let sink = 0;
    const nested = measureGrowth(sizes, (n) => {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sink += (i ^ j) & 1;
    });
    assert.ok(nested.lastStep > QUADRATIC_STEP, `a nested loop measured ${nested.lastStep.toFixed(1)}x`);
    // /\s+$/ backtracks from every space of a long run that does not end the line.
    const trailing = /[ \t]+$/;
    const regex = measureGrowth((scale) => 'a' + ' '.repeat(100 * scale) + 'x', (line) => {
      sink += trailing.test(line) ? 1 : 0;
    });
    assert.ok(regex.lastStep > QUADRATIC_STEP, `a quadratic regex measured ${regex.lastStep.toFixed(1)}x`);
    console.log(`      (measured: nested loop ${nested.lastStep.toFixed(1)}x, regex ${regex.lastStep.toFixed(1)}x)`);
    // Over the limit, the check measures on (up to four times the rounds) before it fails: quadratic work still fails.
    assert.throws(() => assertLinear('nested', sizes, (n) => {
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sink += (i ^ j) & 1;
    }, 3, 5), /fastest of 12 rounds\), which grows like a square/);
    assert.ok(sink >= 0);
  });
});
