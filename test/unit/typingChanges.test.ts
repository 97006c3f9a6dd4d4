import * as assert from 'assert';
import type * as vscode from 'vscode';
import { buildPlan, inMemoryDocument, parseForTyping, PlanStore, reparsePlan, reusedPieces, type TextChange } from '../../src/core';
import { TypingChanges } from '../../src/extension/index/typingChanges';
import { readFixture } from './helpers';

const URI = 'file:///ws/plan.md';

/** Only what TypingChanges reads of VS Code's document and event (typed in: unsaved, unless `dirty` is false). */
function doc(version: number, dirty = true): vscode.TextDocument {
  return { uri: { toString: () => URI }, version, isDirty: dirty } as unknown as vscode.TextDocument;
}

function event(version: number, ...changes: TextChange[]): vscode.TextDocumentChangeEvent {
  return { document: doc(version), contentChanges: changes, reason: undefined } as unknown as vscode.TextDocumentChangeEvent;
}

const edit = (rangeOffset: number, rangeLength: number, text: string): TextChange => ({ rangeOffset, rangeLength, text });

describe('TypingChanges: the edits since the store took a document', () => {
  it('hands over every edit since the taken version, in order, and starts again once taken', () => {
    const typing = new TypingChanges();
    typing.took(doc(3));
    typing.record(event(4, edit(0, 1, 'a')));
    typing.record(event(5, edit(5, 0, 'b'), edit(2, 1, '')));
    assert.deepStrictEqual(typing.of(doc(5)), { changes: [edit(0, 1, 'a'), edit(5, 0, 'b'), edit(2, 1, '')], unsaved: true });
    assert.deepStrictEqual(typing.of(doc(6)), { unsaved: true }, 'a version the edits do not lead to: a whole parse');
    typing.took(doc(5));
    assert.deepStrictEqual(typing.of(doc(5)), { unsaved: true });
    typing.record(event(6, edit(1, 0, 'c')));
    assert.deepStrictEqual(typing.of(doc(6)), { changes: [edit(1, 0, 'c')], unsaved: true });
    assert.deepStrictEqual(typing.of(doc(6, false)), { changes: [edit(1, 0, 'c')], unsaved: false }, 'saved: the store may let its text go');
  });

  it('gives up at a gap: a version skipped, a document never taken, a text taken some other way', () => {
    const typing = new TypingChanges();
    typing.record(event(2, edit(0, 0, 'x')));
    assert.deepStrictEqual(typing.of(doc(2)), { unsaved: true }, 'never taken');
    typing.took(doc(2));
    typing.record(event(4, edit(0, 0, 'x')));
    assert.deepStrictEqual(typing.of(doc(4)), { unsaved: true }, 'version 3 was never seen');
    typing.took(doc(4));
    typing.forget(URI);
    typing.record(event(5, edit(0, 0, 'x')));
    assert.deepStrictEqual(typing.of(doc(5)), { unsaved: true }, 'taken from disk meanwhile');
  });

  it('works the text out from the plan text taken and the edits since, while the document agrees, until a save lets it go', () => {
    const typing = new TypingChanges();
    const probe = (text: string) => ({ length: text.length, slice: (start: number, end: number) => text.slice(start, end) });
    typing.took(doc(1), '### Day 1\n- [ ] Read\n');
    typing.record(event(2, edit(13, 1, 'x')));
    typing.record(event(3, edit(9, 0, 'Z')));
    const now = '### Day 1Z\n- [x] Read\n';
    assert.strictEqual(typing.textNow(doc(3), probe('### Day 1Z\n- [ ] Read\n')), undefined, 'the document disagrees: read it');
    assert.strictEqual(typing.textNow(doc(3), probe(now)), now);
    assert.strictEqual(typing.textNow(doc(4), probe(now)), undefined, 'a version the edits do not lead to');
    typing.took(doc(3), null);
    typing.record(event(4, edit(0, 0, '#')));
    assert.strictEqual(typing.textNow(doc(4), probe('#' + now)), undefined, 'taken without its text (not a plan): nothing kept');
    typing.took(doc(4), '#' + now);
    typing.took(doc(4));
    typing.record(event(5, edit(0, 1, '')));
    assert.strictEqual(typing.textNow(doc(5), probe(now)), now, 'taken again for the same version: the text stays');
    typing.took(doc(5), now);
    typing.settle(URI);
    typing.record(event(6, edit(0, 0, '#')));
    assert.strictEqual(typing.textNow(doc(6), probe('#' + now)), undefined, 'saved: the text was let go');
    assert.ok(!typing.holdsText(URI));
    // A plan opened or read again with no unsaved edit: nothing kept.
    typing.took(doc(6, false), '#' + now);
    assert.ok(!typing.holdsText(URI), 'not dirty: not held');
    // A silent planFor works the text out first; the update then parses nothing, and the text worked out is kept.
    typing.took(doc(6), '#' + now);
    typing.record(event(7, edit(0, 1, '')));
    assert.strictEqual(typing.textNow(doc(7), probe(now)), now);
    typing.took(doc(7));
    typing.record(event(8, edit(0, 0, '#')));
    assert.strictEqual(typing.textNow(doc(8), probe('#' + now)), '#' + now, 'the text worked out for version 7 was taken');
  });
});

describe('PlanStore with a typing parser', () => {
  it('re-parses an open document from its stored model and the edits, and gives the whole parse\'s model', () => {
    let reparses = 0;
    const store = new PlanStore(buildPlan, {
      parse: parseForTyping,
      reparse: (previous, document, changes) => {
        reparses++;
        return reparsePlan(previous, document, changes);
      },
    });
    const text = readFixture('days-031-060-lakehouse-for-ai.md').repeat(8);
    store.update(inMemoryDocument(URI, text, 1), {});
    const at = text.lastIndexOf('- [ ]') + 3;
    const edited = `${text.slice(0, at)}x${text.slice(at + 1)}`;
    const plan = store.update(inMemoryDocument(URI, edited, 2), { changes: [edit(at, 1, 'x')] })!;
    assert.strictEqual(reparses, 1);
    const pieces = reusedPieces(plan)!;
    assert.ok(pieces.total > 2 && pieces.reused >= pieces.total - 2, `${pieces.reused} of ${pieces.total} pieces reused`);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(plan)), JSON.parse(JSON.stringify(buildPlan(inMemoryDocument(URI, edited, 2)))));
    assert.strictEqual(store.update(inMemoryDocument('file:///ws/other.md', text, -1))!.isPlan, true, 'files from disk: the plain parse');
    assert.strictEqual(reparses, 1);
  });
});

describe('PlanStore: a document reopened', () => {
  it('never answers a version of the reopened document with the model of the closed one (versions start again at 1)', () => {
    const store = new PlanStore();
    const first = '# P\n### Day 1 - A\n- [ ] one\n';
    const typed = '# P\n### Day 1 - A\n- [x] one\n';
    store.update(inMemoryDocument(URI, first, 1));
    assert.strictEqual(store.planFor(inMemoryDocument(URI, typed, 2)).days[0].tasks[0].checked, true);
    // Closed without saving, reopened: version 1 again, then one edit makes it version 2 with other text.
    store.dropCachedModel(URI);
    const other = '# P\n### Day 1 - B\n- [ ] one\n';
    assert.match(store.planFor(inMemoryDocument(URI, other, 2)).days[0].title, /B/);
  });
});
