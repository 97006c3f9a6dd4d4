import * as assert from 'assert';
import { KeyedTimers } from '../../src/extension/index/keyedTimers';

/** Resolves once timers of `ms` scheduled before it have run (same-delay timers run in order). */
const after = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('KeyedTimers: the index\'s debounce (typing, watcher reports)', () => {
  let timers: KeyedTimers;
  beforeEach(() => (timers = new KeyedTimers()));
  afterEach(() => timers.dispose());

  it('runs a burst of reports for one key once, after the last', async () => {
    const ran: string[] = [];
    for (let i = 0; i < 5; i++) timers.schedule('a', 1, () => ran.push(`a${i}`));
    assert.strictEqual(timers.size, 1);
    await after(5);
    assert.deepStrictEqual(ran, ['a4']);
    assert.strictEqual(timers.size, 0, 'a timer that ran is no longer pending');
  });

  it('keeps keys apart: one key\'s report never cancels another\'s', async () => {
    const ran: string[] = [];
    timers.schedule('doc', 1, () => ran.push('doc'));
    timers.schedule('disk:doc', 1, () => ran.push('disk'));
    assert.strictEqual(timers.size, 2);
    await after(5);
    assert.deepStrictEqual(ran.sort(), ['disk', 'doc']);
  });

  it('cancel and dispose drop pending work; cancelling an unknown key does nothing', async () => {
    const ran: string[] = [];
    timers.schedule('a', 1, () => ran.push('a'));
    timers.schedule('b', 1, () => ran.push('b'));
    timers.cancel('a');
    timers.cancel('nothing');
    assert.strictEqual(timers.size, 1);
    timers.dispose();
    assert.strictEqual(timers.size, 0);
    await after(5);
    assert.deepStrictEqual(ran, []);
  });
});
