import * as assert from 'assert';
import { inMemoryDocument, PlanStore, textFingerprint } from '../../src/core';
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
});
