import * as assert from 'assert';
import { buildPlan, inMemoryDocument, reusedPieces } from '../../src/core';
import { SteppedParses } from '../../src/extension/index/steppedParses';
import { SLICE_MS } from '../../src/extension/index/hostTime';

/** Steps that each take `ms` of the thread, counting the steps run; its result is `value`. */
function* busySteps(count: number, ms: number, ran: { steps: number }, value: string): Generator<void, string> {
  for (let i = 0; i < count; i++) {
    const end = performance.now() + ms;
    while (performance.now() < end);
    ran.steps++;
    if (i < count - 1) yield;
  }
  return value;
}

describe('SteppedParses: long parses between the host\'s other work, superseded by a newer text', () => {
  let parses: SteppedParses;
  beforeEach(() => (parses = new SteppedParses()));
  afterEach(() => parses.dispose());

  it('runs the steps in time slices, the host running between, and hands over the result after the last', async () => {
    const ran = { steps: 0 };
    const done: string[] = [];
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    try {
      await parses.run('a', 'text', busySteps(20, 3, ran, 'model'), (value) => done.push(value));
    } finally {
      clearInterval(ticker);
    }
    assert.deepStrictEqual(done, ['model']);
    assert.strictEqual(ran.steps, 20);
    // 60 ms of steps in slices of about SLICE_MS: timers ran between them.
    assert.ok(ticks >= Math.floor(60 / (SLICE_MS + 5)) - 1, `${ticks} ticks`);
    assert.strictEqual(parses.size, 0);
  });

  it('a newer parse of the file supersedes the older: the older stops before its next step and hands over nothing', async () => {
    const older = { steps: 0 };
    const newer = { steps: 0 };
    const done: string[] = [];
    const first = parses.run('a', 'old text', busySteps(50, 1, older, 'old'), (value) => done.push(value));
    assert.strictEqual(parses.size, 1);
    const second = parses.run('a', 'new text', busySteps(3, 1, newer, 'new'), (value) => done.push(value));
    await Promise.all([first, second]);
    assert.deepStrictEqual(done, ['new']);
    assert.ok(older.steps < 50, `${older.steps}`);
    assert.strictEqual(parses.size, 0);
  });

  it('the same text read again while it is parsed: the parse goes on, the second never runs, its callback gets the result', async () => {
    const first = { steps: 0 };
    const second = { steps: 0 };
    const done: string[] = [];
    const one = parses.run('a', 'same text', busySteps(10, 1, first, 'first'), (value) => done.push(`1:${value}`));
    const two = parses.run('a', 'same text', busySteps(10, 1, second, 'second'), (value) => done.push(`2:${value}`));
    assert.strictEqual(two, one);
    await two;
    // The second read's callback records its newer stat.
    assert.deepStrictEqual(done, ['2:first']);
    assert.deepStrictEqual([first.steps, second.steps], [10, 0]);
  });

  it('parses of several files run one after the other, never in turns (Node would run their slices back to back)', async () => {
    const order: string[] = [];
    function* logged(name: string): Generator<void, string> {
      for (let i = 0; i < 3; i++) {
        order.push(name);
        yield;
      }
      return name;
    }
    await Promise.all(['a', 'b', 'c'].map((key) => parses.run(key, key, logged(key), () => undefined)));
    assert.deepStrictEqual(order, ['a', 'b', 'c', 'a', 'a', 'b', 'b', 'c', 'c'], 'each file\'s first step at once, the rest in turn');
  });

  it('supersede, supersedeTree and dispose stop parses: of the file, of the files below a folder, of all', async () => {
    const done: string[] = [];
    const start = (key: string): Promise<void> => parses.run(key, key, busySteps(30, 1, { steps: 0 }, key), (value) => done.push(value));
    const runs = ['file:///w/a.md', 'file:///w/notes/b.md', 'file:///w/notes/c.md', 'file:///w/notes-old/d.md', 'file:///w/e.md'].map(start);
    parses.supersede('file:///w/a.md');
    parses.supersedeTree('file:///w/notes');
    assert.strictEqual(parses.size, 2, 'notes-old is not below notes');
    parses.supersede('file:///w/e.md');
    await Promise.all(runs);
    assert.deepStrictEqual(done, ['file:///w/notes-old/d.md']);
    const last = start('file:///w/f.md');
    parses.dispose();
    await last;
    assert.deepStrictEqual(done, ['file:///w/notes-old/d.md']);
  });

  it('steps that end at once hand over in the same turn (a text the store knew needs no step)', () => {
    const done: string[] = [];
    void parses.run('a', 'text', busySteps(1, 0, { steps: 0 }, 'known'), (value) => done.push(value));
    assert.deepStrictEqual(done, ['known']);
  });

  it('a parse that throws: its promise rejects (at its first step too), and the next parse runs', async () => {
    function* failing(at: number): Generator<void, string> {
      for (let i = 0; i < at; i++) yield;
      throw new Error(`step ${at}`);
    }
    await assert.rejects(parses.run('a', 'a', failing(0), () => undefined), /step 0/);
    await assert.rejects(parses.run('b', 'b', failing(3), () => undefined), /step 3/);
    const done: string[] = [];
    await parses.run('c', 'c', busySteps(3, 0, { steps: 0 }, 'c'), (value) => done.push(value));
    assert.deepStrictEqual(done, ['c']);
  });

  it('the host breathes between one parse\'s end and the next one\'s steps', async () => {
    const order: string[] = [];
    function* logged(name: string): Generator<void, string> {
      order.push(`${name}1`);
      yield;
      order.push(`${name}2`);
      return name;
    }
    // What the host was asked to run when a ended runs before b's next step: a's end and b's steps are not one macrotask.
    const runs = [parses.run('a', 'a', logged('a'), () => setImmediate(() => order.push('host'))), parses.run('b', 'b', logged('b'), () => undefined)];
    await Promise.all(runs);
    assert.ok(order.indexOf('host') < order.indexOf('b2'), order.join(' '));
  });

  it('prepareForTyping: a long plan read from disk is made ready for typing in steps; ready, short or closed, nothing or stop', async () => {
    const days = Array.from({ length: 2500 }, (_, i) => `### Day ${i + 1} - Topic ${i + 1}\n- [ ] exercise ${i + 1}\n- [Reference](https://example.com/${i + 1})\n\n`).join('');
    const document = inMemoryDocument('file:///w/long.md', `# Days 1-2500: Long\n\n${days}`, 1);
    assert.ok(document.getText().length > 128 * 1024);
    const plan = buildPlan(document);
    parses.prepareForTyping(plan, document);
    parses.prepareForTyping(plan, document); // the same model and text again: the preparation goes on
    assert.strictEqual(parses.size, 1);
    assert.strictEqual(parses.queued, 1);
    while (parses.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    assert.ok(reusedPieces(plan), 'ready for typing');
    // Its editor closed: what it kept is let go.
    parses.editorClosed(plan, document.uri);
    assert.strictEqual(reusedPieces(plan), undefined);
    // A short plan, or none: nothing starts; a plan typed into (stopTyping) stops one running.
    const short = inMemoryDocument('file:///w/short.md', '### Day 1 - A\n- [ ] task\n', 1);
    parses.prepareForTyping(buildPlan(short), short);
    parses.prepareForTyping(undefined, document);
    assert.strictEqual(parses.size, 0);
    parses.prepareForTyping(plan, document);
    assert.strictEqual(parses.size, 1);
    parses.stopTyping(document.uri);
    assert.strictEqual(parses.size, 0);
  });
});
