import * as assert from 'assert';
import { inMemoryDocument, PlanStore, textFingerprint } from '../../src/core';
import { TextKey } from '../../src/core/workspace/fingerprint';
import { parse } from './helpers';

/** The extension's index bookkeeping, without VS Code: what is stored, what counts as a change. */
describe('PlanStore: the read model behind the extension\'s index', () => {
  const plan = '### Day 1\n- [ ] task\n';
  const done = '### Day 1\n- [x] task \u2705 2026-11-21\n';

  it('planFor is silent: it parses once per (uri, version) and records no change', () => {
    const store = new PlanStore();
    const first = store.planFor(inMemoryDocument('a.md', plan, 3));
    assert.strictEqual(store.planFor(inMemoryDocument('a.md', plan, 3)), first);
    assert.strictEqual(store.parseCount, 1);
    assert.strictEqual(store.takeChanges(), undefined, 'a getter never causes an event');
    assert.strictEqual(store.get('a.md'), undefined, 'nor changes what the views show');
  });

  it('an update after planFor of the same version reuses the parse; the same text again is no change', () => {
    const store = new PlanStore();
    store.planFor(inMemoryDocument('a.md', plan, 3));
    store.update(inMemoryDocument('a.md', plan, 3));
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: ['a.md'], removed: [] });
    // The debounced listener, the save and the file watcher report the same text: nothing happens.
    store.update(inMemoryDocument('a.md', plan, 3));
    store.update(inMemoryDocument('a.md', plan, -1));
    store.update(inMemoryDocument('a.md', plan, -2));
    assert.strictEqual(store.takeChanges(), undefined);
    assert.strictEqual(store.parseCount, 1);
  });

  it('one edit reported by several sources is one change, and one parse', () => {
    const store = new PlanStore();
    store.update(inMemoryDocument('a.md', plan, -1));
    store.takeChanges();
    store.update(inMemoryDocument('a.md', done, 4)); // the editor after Mark Day Complete
    store.update(inMemoryDocument('a.md', done, 4)); // the debounced document listener
    store.update(inMemoryDocument('a.md', done, -2)); // the file watcher after the save
    assert.deepStrictEqual(store.takeChanges(), { changed: ['a.md'], added: [], removed: [] });
    assert.strictEqual(store.parseCount, 2);
    assert.strictEqual(store.get('a.md')?.days[0].done, true);
  });

  it('a getter that parsed an edited text lets the update reuse it, whatever its version', () => {
    const store = new PlanStore();
    store.update(inMemoryDocument('a.md', plan, -1));
    const read = store.planFor(inMemoryDocument('a.md', done, -5));
    assert.strictEqual(store.update(inMemoryDocument('a.md', done, -6)), read);
    assert.strictEqual(store.parseCount, 2);
  });

  it('files that are not plans are not kept; becoming a plan is an addition, stopping a removal', () => {
    const store = new PlanStore();
    assert.strictEqual(store.update(inMemoryDocument('n.md', '# Notes\nprose', -1)), undefined);
    assert.strictEqual(store.takeChanges(), undefined, 'a non-plan is no change');
    assert.strictEqual(store.planFor(inMemoryDocument('n.md', '# Notes\nprose', -2)).isPlan, false);
    store.update(inMemoryDocument('n.md', '# Notes\nprose', -3));
    assert.strictEqual(store.parseCount, 2, 'an unchanged non-plan is not parsed again by update');
    store.update(inMemoryDocument('n.md', plan, -4));
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: ['n.md'], removed: [] });
    store.update(inMemoryDocument('n.md', '# Notes again', -5));
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: [], removed: ['n.md'] });
    assert.deepStrictEqual(store.all(), []);
  });

  it('coalesces: added then removed in one flush is nothing; removed then added is a change', () => {
    const store = new PlanStore();
    store.update(inMemoryDocument('a.md', plan, -1));
    store.delete('a.md');
    assert.strictEqual(store.takeChanges(), undefined);
    store.update(inMemoryDocument('b.md', plan, -2));
    store.takeChanges();
    store.delete('b.md');
    store.update(inMemoryDocument('b.md', done, -3));
    assert.deepStrictEqual(store.takeChanges(), { changed: ['b.md'], added: [], removed: [] });
  });

  it('lists plans by uri, the same array until something changes', () => {
    const store = new PlanStore();
    store.update(inMemoryDocument('b.md', plan, -1));
    store.update(inMemoryDocument('a.md', plan, -2));
    const all = store.all();
    assert.deepStrictEqual(all.map((p) => p.uri), ['a.md', 'b.md']);
    assert.strictEqual(store.all(), all);
    store.update(inMemoryDocument('a.md', done, -3));
    assert.notStrictEqual(store.all(), all);
    assert.deepStrictEqual(store.knownUris().sort(), ['a.md', 'b.md']);
  });

  it('updateInSteps: the model at the last step, a change like update\'s; a text it knows takes no step; steps not run change nothing', () => {
    const store = new PlanStore(undefined, undefined, function* (document) {
      yield;
      yield;
      return parse(document.getText(), document.uri);
    });
    const run = <T>(steps: Generator<void, T>): { value: T; steps: number } => {
      for (let count = 0; ; count++) {
        const next = steps.next();
        if (next.done) return { value: next.value, steps: count };
        assert.strictEqual(store.takeChanges(), undefined, 'nothing is taken before the last step');
      }
    };
    const first = run(store.updateInSteps(inMemoryDocument('a.md', plan, -1)));
    assert.strictEqual(first.steps, 3, 'the fingerprint, then the parse\'s two');
    assert.strictEqual(first.value, store.get('a.md'));
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: ['a.md'], removed: [] });
    // The same text again (the file watcher after the read), or a text the getter parsed: no step, no parse.
    assert.deepStrictEqual(run(store.updateInSteps(inMemoryDocument('a.md', plan, -2))), { value: first.value, steps: 0 });
    const read = store.planFor(inMemoryDocument('a.md', done, -3));
    assert.deepStrictEqual(run(store.updateInSteps(inMemoryDocument('a.md', done, -4))), { value: read, steps: 0 });
    assert.deepStrictEqual(store.takeChanges(), { changed: ['a.md'], added: [], removed: [] });
    assert.strictEqual(store.parseCount, 2);
    // Abandoned after a step (a newer text came): the store still holds what it held.
    const abandoned = store.updateInSteps(inMemoryDocument('a.md', plan, -5));
    abandoned.next();
    assert.strictEqual(store.get('a.md'), read);
    assert.strictEqual(store.takeChanges(), undefined);
    // A non-plan in steps: removed, then known without a step.
    run(store.updateInSteps(inMemoryDocument('a.md', '# Notes\nprose', -6)));
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: [], removed: ['a.md'] });
    assert.strictEqual(run(store.updateInSteps(inMemoryDocument('a.md', '# Notes\nprose', -7))).steps, 0);
  });

  it('fingerprints tell texts apart by length and content', () => {
    assert.strictEqual(textFingerprint('abc'), textFingerprint('abc'));
    assert.notStrictEqual(textFingerprint('abc'), textFingerprint('abd'));
    assert.notStrictEqual(textFingerprint('ab'), textFingerprint('ab\0'));
    assert.notStrictEqual(textFingerprint('- [ ] x'), textFingerprint('- [x] x'));
  });
});

describe('PlanStore: edges (written from the mutation survivors)', () => {
  const plan = '### Day 1\n- [ ] task\n';
  const other = '### Day 2\n- [ ] other\n';
  function counted(uri: string, text: string, version: number) {
    const document = { uri, version, reads: 0, getText: () => (document.reads++, text) };
    return document;
  }

  it('reads a document\'s text once per version, between the getter and an update', () => {
    const store = new PlanStore();
    const doc = counted('a.md', plan, 5);
    const model = store.planFor(doc);
    assert.strictEqual(store.planFor(doc), model);
    assert.strictEqual(store.update(doc), model);
    assert.strictEqual(doc.reads, 1);
    assert.strictEqual(store.parseCount, 1);
  });

  it('counts, holds and forgets plans; a delete says whether it removed one', () => {
    const store = new PlanStore();
    store.update(inMemoryDocument('a.md', plan, 1));
    store.update(inMemoryDocument('n.md', '# Notes\n', 1));
    assert.deepStrictEqual([store.size, store.has('a.md'), store.has('n.md')], [1, true, false]);
    assert.deepStrictEqual(store.entryOf('n.md'), { fingerprint: textFingerprint('# Notes\n'), plan: null });
    assert.strictEqual(store.entryOf('x.md'), undefined);
    store.takeChanges();
    assert.deepStrictEqual([store.delete('n.md'), store.delete('a.md'), store.delete('a.md')], [false, true, false]);
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: [], removed: ['a.md'] });
    assert.strictEqual(store.size, 0);
    assert.strictEqual(store.entryOf('n.md'), undefined, 'a deleted non-plan is forgotten too');
  });

  it('adopts from a snapshot: the same text is nothing, a non-plan over a plan removes it, the same non-plan again is nothing', () => {
    const store = new PlanStore();
    const model = parse(plan);
    store.adopt('a.md', textFingerprint(plan), model);
    store.adopt('a.md', textFingerprint(plan), parse(plan));
    assert.strictEqual(store.get('a.md'), model, 'the same text keeps the stored model');
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: ['a.md'], removed: [] });
    store.adopt('a.md', textFingerprint(other), parse(other));
    assert.deepStrictEqual(store.takeChanges(), { changed: ['a.md'], added: [], removed: [] });
    store.adopt('a.md', textFingerprint('# Notes\n'), null);
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: [], removed: ['a.md'] });
    store.adopt('a.md', textFingerprint('# Notes\n'), null);
    assert.strictEqual(store.takeChanges(), undefined);
    assert.strictEqual(store.update(inMemoryDocument('a.md', '# Notes\n', 9)), undefined);
    assert.strictEqual(store.parseCount, 0, 'a text known not to be a plan is not parsed again');
  });

  it('reports an addition and a removal together', () => {
    const store = new PlanStore();
    store.update(inMemoryDocument('a.md', plan, 1));
    store.takeChanges();
    store.delete('a.md');
    store.update(inMemoryDocument('b.md', plan, 1));
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: ['b.md'], removed: ['a.md'] });
  });

  it('while typing, compares texts exactly instead of hashing them, and works the fingerprint out when it is asked for', () => {
    const store = new PlanStore();
    const typing = { changes: [{ rangeOffset: 0, rangeLength: 0, text: '' }] };
    const plan = '### Day 1\n- [ ] task\n';
    const done = '### Day 1\n- [x] task \u2705 2026-11-21\n';
    const same = '### Day 1\n- [ ] tusk\n'; // the length of `plan`, another text
    store.update(inMemoryDocument('a.md', plan, 1));
    store.takeChanges();
    store.update(inMemoryDocument('a.md', done, 2), typing);
    assert.deepStrictEqual(store.takeChanges(), { changed: ['a.md'], added: [], removed: [] });
    // A keystroke undone before the store took the text: the same text, no parse, no change; still held.
    store.update(inMemoryDocument('a.md', done, 4), typing);
    assert.strictEqual(store.takeChanges(), undefined);
    assert.strictEqual(store.parseCount, 2);
    assert.strictEqual(store.holdsText('a.md'), true, 'the same text typed again is still compared exactly next');
    store.update(inMemoryDocument('a.md', plan, 5), typing);
    store.update(inMemoryDocument('a.md', same, 6), typing);
    assert.strictEqual(same.length, plan.length);
    assert.deepStrictEqual(store.takeChanges(), { changed: ['a.md'], added: [], removed: [] }, 'a text of the same length is compared by its characters');
    assert.strictEqual(store.parseCount, 4);
    // The save, then the file watcher with the same text read from disk: nothing.
    store.update(inMemoryDocument('a.md', same, -1));
    assert.strictEqual(store.takeChanges(), undefined);
    assert.strictEqual(store.parseCount, 4);
    assert.strictEqual(store.entryOf('a.md')?.fingerprint, textFingerprint(same));
    // A snapshot's fingerprint asked for while typing, then the next keystroke: compared either way.
    store.update(inMemoryDocument('a.md', plan, 7), typing);
    assert.strictEqual(store.entryOf('a.md')?.fingerprint, textFingerprint(plan));
    store.update(inMemoryDocument('a.md', plan, 8), typing);
    assert.strictEqual(store.takeChanges()?.changed.length, 1, 'one change: same -> plan');
    assert.strictEqual(store.parseCount, 5);
  });

  it('holds a typed document\'s text, never hashing it while keystrokes change the length or keep it, until it is saved or read from disk', () => {
    const store = new PlanStore();
    const typing = { changes: [{ rangeOffset: 0, rangeLength: 0, text: '' }] };
    const text = (n: number, mark = ' ') => `### Day 1\n- [${mark}] task${'!'.repeat(n)}\n`;
    store.update(inMemoryDocument('a.md', text(0), 1)); // opened: hashed
    assert.strictEqual(store.holdsText('a.md'), false);
    store.update(inMemoryDocument('a.md', text(1), 2), typing);
    store.update(inMemoryDocument('a.md', text(1, 'x'), 3), typing); // a checkbox typed over: the same length
    store.update(inMemoryDocument('a.md', text(1), 4), typing);
    store.update(inMemoryDocument('a.md', text(2), 5), typing);
    assert.strictEqual(store.holdsText('a.md'), true);
    assert.strictEqual(store.parseCount, 5);
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: ['a.md'], removed: [] }, 'added, then changed in the same flush');
    // Saved: the extension settles the uri; the fingerprint is the text's.
    store.settle('a.md');
    assert.strictEqual(store.holdsText('a.md'), false);
    assert.strictEqual(store.entryOf('a.md')?.fingerprint, textFingerprint(text(2)));
    // Typed again, then the same text read from disk (the file watcher after a save).
    store.update(inMemoryDocument('a.md', text(3), 6), typing);
    assert.strictEqual(store.holdsText('a.md'), true);
    // The same editor text again with no edits (a late watcher report of the open file): still unsaved, still held.
    store.update(inMemoryDocument('a.md', text(3), 7), { unsaved: true });
    assert.strictEqual(store.holdsText('a.md'), true, 'an unsaved document\'s text is not let go');
    store.update(inMemoryDocument('a.md', text(3), -1));
    assert.strictEqual(store.holdsText('a.md'), false, 'the same text from disk settles it');
    assert.strictEqual(store.parseCount, 6);
    // The getter's own parse of a typed text (no stored plan): held there, settled by a save too.
    store.planFor(inMemoryDocument('b.md', text(4), 2), typing);
    assert.strictEqual(store.holdsText('b.md'), true);
    store.settle('b.md');
    assert.strictEqual(store.holdsText('b.md'), false);
    store.settle('none.md'); // a file the store never saw: nothing to let go
    assert.strictEqual(store.holdsText('none.md'), false);
  });

  it('TextKey: a held text and a fingerprint name the same text either way; equal lengths are told apart', () => {
    const a = 'abc';
    const b = 'abd';
    const cases: [TextKey, TextKey, boolean][] = [
      [TextKey.ofText(a), TextKey.ofText(a), true],
      [TextKey.ofText(a), TextKey.ofFingerprint(textFingerprint(a)), true],
      [TextKey.ofFingerprint(textFingerprint(a)), TextKey.ofText(a), true],
      [TextKey.ofFingerprint(textFingerprint(a)), TextKey.ofFingerprint(textFingerprint(a)), true],
      [TextKey.ofText(a), TextKey.ofText(b), false],
      [TextKey.ofText(a), TextKey.ofFingerprint(textFingerprint(b)), false],
      [TextKey.ofFingerprint(textFingerprint(b)), TextKey.ofText(a), false],
      [TextKey.ofText(''), TextKey.ofText(''), true],
      [TextKey.ofText(''), TextKey.ofFingerprint(textFingerprint('')), true],
    ];
    for (const [x, y, equal] of cases) assert.strictEqual(x.equals(y), equal);
    // A held text is hashed only against a fingerprint of its length, and keeps its text until settled.
    const typed = TextKey.ofText(a);
    assert.strictEqual(typed.equals(TextKey.ofFingerprint(textFingerprint('abcd'))), false);
    assert.strictEqual(typed.equals(TextKey.ofFingerprint('not a fingerprint')), false);
    assert.strictEqual(typed.equals(TextKey.ofFingerprint(textFingerprint(b))), false);
    assert.strictEqual(typed.holdsText, true);
    assert.ok(typed.equals(TextKey.ofText(a)));
    typed.settle();
    assert.strictEqual(typed.holdsText, false);
    assert.strictEqual(typed.fingerprint, textFingerprint(a));
    assert.ok(typed.equals(TextKey.ofText(a)) && !typed.equals(TextKey.ofText(b)), 'compared by fingerprint once settled');

  });
});
