import * as assert from 'assert';
import { decodeSnapshot, decodeSnapshotInSteps, encodeSnapshot, encodeSnapshotInSteps, inMemoryDocument, PlanStore, textFingerprint, type SnapshotEntry } from '../../src/core';
import { fixtureNames, parse, readFixture } from './helpers';

describe('the index snapshot: a cache of parsed plans between sessions', () => {
  const entries = new Map<string, SnapshotEntry>();
  for (const name of fixtureNames) {
    const text = readFixture(name);
    entries.set(`file:///ws/${name}`, { size: text.length, mtime: 1, fingerprint: textFingerprint(text), plan: parse(text, `file:///ws/${name}`) });
  }
  entries.set('file:///ws/notes.md', { size: 9, mtime: 2, fingerprint: textFingerprint('# Notes\n'), plan: null });

  it('reads back the very models it wrote (days are the tree\'s own nodes again)', () => {
    const decoded = decodeSnapshot(encodeSnapshot('1.0+a', entries), '1.0+a');
    assert.deepStrictEqual([...decoded.keys()], [...entries.keys()]);
    for (const [uri, entry] of entries) {
      const back = decoded.get(uri)!;
      assert.deepStrictEqual(back, entry, uri);
      if (back.plan) {
        // `days` points into the tree, as in a fresh parse: a day found in `days` is the node under its module.
        const inTree = (node: typeof back.plan.root): boolean => node.children.some((c) => c === back.plan!.days[0] || inTree(c));
        assert.ok(back.plan.days.length === 0 || inTree(back.plan.root), `${uri}: days are the tree's nodes`);
      }
    }
  });

  it('is thrown away whole when it was written by another build, is corrupt, or holds a bad entry', () => {
    const text = encodeSnapshot('1.0+a', entries);
    assert.strictEqual(decodeSnapshot(text, '1.0+b').size, 0, 'another build');
    assert.strictEqual(decodeSnapshot(text.slice(0, text.length / 2), '1.0+a').size, 0, 'cut short');
    assert.strictEqual(decodeSnapshot('null', '1.0+a').size, 0);
    assert.strictEqual(decodeSnapshot('{"format":"learning-plans-index","version":"1.0+a"}\n["file:///x.md",{"size":"1"}]', '1.0+a').size, 0, 'a bad entry');
    const [header, first] = text.split('\n');
    const moved = JSON.stringify(['file:///ws/other.md', JSON.parse(first)[1]]);
    assert.strictEqual(decodeSnapshot(`${text}\n${moved}`, '1.0+a').size, 0, 'a model filed under another file');
    assert.strictEqual(decodeSnapshot(`${header}\n${first}`, '1.0+a').size, 1, 'whole lines are whole entries');
  });

  it('throws the whole snapshot away for any entry that is not one (written from the mutation survivors)', () => {
    const header = '{"format":"learning-plans-index","version":"v"}';
    const good = { size: 1, mtime: 2, fingerprint: 'f', plan: null };
    const plan = { uri: 'file:///a.md', root: { kind: 'plan', children: [] }, literalBlocks: [] };
    const decode = (...rows: unknown[]) => decodeSnapshot([header, ...rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)))].join('\n'), 'v').size;
    assert.strictEqual(decode(['file:///a.md', good]), 1);
    assert.strictEqual(decode(['file:///a.md', { ...good, plan }]), 1);
    const bad: [string, unknown][] = [
      ['an entry that is null', ['file:///a.md', null]],
      ['a size that is text', ['file:///a.md', { ...good, size: '1' }]],
      ['an mtime that is text', ['file:///a.md', { ...good, mtime: '2' }]],
      ['a fingerprint that is a number', ['file:///a.md', { ...good, fingerprint: 3 }]],
      ['a model that is text', ['file:///a.md', { ...good, plan: 'x' }]],
      ['a model without a uri', ['file:///a.md', { ...good, plan: { ...plan, uri: 1 } }]],
      ['a model without a root', ['file:///a.md', { ...good, plan: { ...plan, root: null } }]],
      ['a model whose root is no object', ['file:///a.md', { ...good, plan: { ...plan, root: 'r' } }]],
      ['a tree with a node without children', ['file:///a.md', { ...good, plan: { ...plan, root: { kind: 'plan', children: [{ kind: 'day' }] } } }]],
      ['a model without literal blocks', ['file:///a.md', { ...good, plan: { ...plan, literalBlocks: {} } }]],
      ['a pair of three', ['file:///a.md', good, 1]],
      ['a uri that is a number', [1, good]],
      ['an object for a pair', { uri: 'file:///a.md' }],
      ['a line that is not JSON', '["file:///a.md", {'],
    ];
    for (const [what, row] of bad) assert.strictEqual(decode(['file:///b.md', good], row), 0, what);
    assert.strictEqual(decodeSnapshot(`{"format":"other","version":"v"}\n${JSON.stringify(['file:///a.md', good])}`, 'v').size, 0, 'another format');
    assert.strictEqual(decodeSnapshot('', 'v').size, 0, 'empty');
  });

  it('is written and read in steps, so the extension can yield between them', () => {
    const many = new Map<string, SnapshotEntry>();
    for (let i = 0; i < 1000; i++) many.set(`file:///ws/note-${i}.md`, { size: i, mtime: i, fingerprint: `${i}:a:b`, plan: null });
    const steps = (gen: Generator<void, unknown>): number => {
      let n = 0;
      while (!gen.next().done) n++;
      return n;
    };
    assert.ok(steps(encodeSnapshotInSteps('v', many)) >= 3);
    const text = encodeSnapshot('v', many);
    assert.ok(steps(decodeSnapshotInSteps(text, 'v')) >= 3);
    assert.deepStrictEqual(decodeSnapshot(text, 'v'), many);
  });

  it('a store takes snapshot entries without parsing, and an equal text afterwards is no change', () => {
    const store = new PlanStore();
    const [uri, entry] = [...entries][0];
    store.adopt(uri, entry.fingerprint, entry.plan);
    store.adopt('file:///ws/notes.md', textFingerprint('# Notes\n'), null);
    assert.deepStrictEqual(store.takeChanges(), { changed: [], added: [uri], removed: [] });
    assert.strictEqual(store.parseCount, 0);
    store.update(inMemoryDocument(uri, readFixture(fixtureNames[0]), -1));
    store.update(inMemoryDocument('file:///ws/notes.md', '# Notes\n', -2));
    assert.strictEqual(store.takeChanges(), undefined, 'the same texts again');
    assert.strictEqual(store.parseCount, 0, 'nothing parsed');
    assert.deepStrictEqual(store.entryOf(uri), { plan: entry.plan, fingerprint: entry.fingerprint });
    assert.deepStrictEqual(store.entryOf('file:///ws/notes.md'), { fingerprint: textFingerprint('# Notes\n'), plan: null });
  });
});
