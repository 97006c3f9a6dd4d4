// The parse's pieces read exactly: the fast inline shapes, the cutter's bounds, which pieces an edit
// takes from the previous parse, and the prepared source. The model-equality properties elsewhere cannot
// tell a slower path from a faster one (both give the full parse's model): these tables can.
import * as assert from 'assert';
import { buildPlan, inMemoryDocument, parseForTyping, reparsePlan, reusedPieces, type TextChange } from '../../src/core';
import { splitIntoChunks } from '../../src/core/parse/chunks';
import { normalizeText, parseInline, parseTokens, prepareSource } from '../../src/core/parse/markdown';
import { NOT_SIMPLE, foldsAt, foldsSpace, isWhiteSpace, labelClose, mayHaveMojibake, simpleInline } from '../../src/core/parse/simpleInline';

describe('simpleInline: the shape of a line read without markdown-it', () => {
  it('isWhiteSpace is JavaScript\'s \\s for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`);
    }
  });

  it('foldsAt: white space that /\\s+/ -> " " would change (a space before a space, or any other)', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const text = `${ch}x`;
      if (foldsAt(text, 0, c) !== (text.replace(/\s+/g, ' ') !== text)) assert.fail(`U+${c.toString(16)}`);
    }
    assert.strictEqual(foldsAt('  ', 0, 0x20), true);
    assert.strictEqual(foldsAt(' x', 0, 0x20), false);
    assert.strictEqual(foldsAt(' ', 0, 0x20), false, 'a last space folds nothing');
  });

  const bold = (close: number, flags = 0): number => (close << 2) | flags;
  const rows: [string, number][] = [
    ['', 0],
    ['plain text, 3:2 and a.b', 0],
    ['a ', 0],
    ['two  spaces', 1],
    ['a  ', 1],
    ['tab\there', 1],
    ['no-break\u00a0space', 1],
    ['ideographic\u3000space', 1],
    ['zero\u200bwidth', 0],
    ['D\u00c3\u00ada', 2],
    ['D\u00c3\u00ada  3', 3],
    ...[...'_`[]!<>&\\~\n\r'].map((c): [string, number] => [`a${c}b`, NOT_SIMPLE]),
    ['a <5s', 0], ['x < 10 min', 0], ['a <= 3', 0], ['ends <', 0], ['<1', 0], ['<', 0], ['a<<b', NOT_SIMPLE], ['a <5s>', NOT_SIMPLE],
    ['</x>', NOT_SIMPLE], ['<!x', NOT_SIMPLE], ['<?x', NOT_SIMPLE], ['<B', NOT_SIMPLE], ['**L:** <3 days', bold(4)],
    ['a*b', NOT_SIMPLE],
    ['*', NOT_SIMPLE],
    ['see https://x.example', NOT_SIMPLE],
    ['a:/', 0],
    ['a://', NOT_SIMPLE],
    ['mailto:me', NOT_SIMPLE],
    ['MailTo:me', NOT_SIMPLE],
    ['ailto:me', 0],
    ['mailt:me', 0],
    ['www.x', NOT_SIMPLE],
    ['WWW.x', NOT_SIMPLE],
    ['ww.x', 0],
    ['**Task:** do', bold(7)],
    ['**Task (30 min):** Study X', bold(16)],
    ['**Task**: x', bold(6)],
    ['**Task** x', bold(6)],
    ['**Task**', bold(6)],
    ['**T**', bold(3)],
    ['**Task  one:** x', bold(12, 1)],
    ['**T\u00c3\u00ada:** x', bold(7, 2)],
    ['**Task**x', NOT_SIMPLE],
    ['** Task**', NOT_SIMPLE],
    ['**Task **', NOT_SIMPLE],
    ['****', NOT_SIMPLE],
    ['**Task*', NOT_SIMPLE],
    ['**Task*x', NOT_SIMPLE],
    ['**a** **b**', NOT_SIMPLE],
    ['**Task', NOT_SIMPLE],
    ['**', NOT_SIMPLE],
    ['**mailto:**', NOT_SIMPLE],
    ['**w:** www.x', NOT_SIMPLE],
  ];
  for (const [content, shape] of rows) {
    it(`${JSON.stringify(content)} -> ${shape === NOT_SIMPLE ? 'markdown-it' : shape}`, () => assert.strictEqual(simpleInline(content), shape));
  }

  it('a shape says where the label closes, whether space folds, whether mojibake may be there', () => {
    const shape = simpleInline('**T\u00c3\u00ada  x:** y');
    assert.deepStrictEqual([labelClose(shape), foldsSpace(shape), mayHaveMojibake(shape)], [10, true, true]);
    assert.deepStrictEqual([labelClose(0), foldsSpace(0), mayHaveMojibake(0)], [0, false, false]);
  });

  it('a simple shape is what markdown-it reads: text, or one strong label and text', () => {
    for (const [content, shape] of rows) {
      if (shape === NOT_SIMPLE) continue;
      const children = parseTokens(content).find((t) => t.type === 'inline')?.children ?? [];
      const kinds = children.filter((t) => t.type !== 'softbreak' && !(t.type === 'text' && t.content === '')).map((t) => t.type);
      const expected = labelClose(shape) > 0 ? ['strong_open', 'text', 'strong_close', ...(content.length > labelClose(shape) + 2 ? ['text'] : [])] : content.trim() ? ['text'] : [];
      assert.deepStrictEqual(kinds, expected, JSON.stringify(content));
    }
  });
});

describe('splitIntoChunks: the bounds of a cut', () => {
  const firstLines = (text: string, minChars = 1): number[] => splitIntoChunks(text, minChars).map((c) => c.firstLine);
  it('cuts a text of exactly twice the piece size; keeps a shorter one whole', () => {
    assert.deepStrictEqual(firstLines('# A\n# B\n', 4), [0, 1]);
    assert.deepStrictEqual(firstLines('# A\n# B\n', 5), [0]);
    assert.deepStrictEqual(firstLines('# A\n# B\n# C\n', 5), [0, 2], 'a piece is at least the size');
  });
  it('an HTML start indented 3 spaces stops the cuts; indented 4 it is code, and cutting goes on', () => {
    assert.deepStrictEqual(firstLines('# A\n   <div>\n\n# B\n'), [0]);
    assert.deepStrictEqual(firstLines('# A\n\n    <div>\n\n# B\n'), [0, 4]);
  });
  it('a fence closes indented up to 3 spaces, not 4; a fence opened at 4 spaces is code', () => {
    assert.deepStrictEqual(firstLines('# A\n```\n   ```\n# B\n'), [0, 3]);
    assert.deepStrictEqual(firstLines('# A\n```\n    ```\n# B\n'), [0]);
    assert.deepStrictEqual(firstLines('# A\n\n    ```\n# B\n'), [0, 3]);
  });
  it('a fence closes only with at least its own length of the same marker', () => {
    assert.deepStrictEqual(firstLines('# A\n````\n```\n# x\n````\n# B\n'), [0, 5]);
    assert.deepStrictEqual(firstLines('# A\n```\n~~~\n# x\n```\n# B\n'), [0, 5]);
  });
});

describe('incremental re-parse: which pieces an edit takes from the previous parse', () => {
  const URI = 'file:///ws/pieces.md';
  // Eleven pieces at one character a piece: the title's, then one per day.
  const days = Array.from({ length: 10 }, (_, i) => `### Day ${i + 1} - T\n- [ ] task ${i + 1}\n`).join('\n');
  const TEXT = `# Plan\n\n${days}`;

  function retype(start: string, changes: TextChange[]): { reused: number; total: number } {
    const typed = parseForTyping(inMemoryDocument(URI, start), { chunkChars: 1 });
    assert.strictEqual(reusedPieces(typed)!.total, 11);
    let text = start;
    for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
    const plan = reparsePlan(typed, inMemoryDocument(URI, text, 2), changes, { chunkChars: 1 });
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, text, 2)));
    return reusedPieces(plan)!;
  }
  const key = (text: string, needle: string): number => {
    const at = text.indexOf(needle);
    assert.ok(at >= 0, needle);
    return at;
  };
  const type = (text: string, needle: string, typed: string, rangeLength = 0): TextChange => ({ rangeOffset: key(text, needle), rangeLength, text: typed });

  const rows: [string, () => { reused: number; total: number }, number, number][] = [
    ['a keystroke in the title\'s piece', () => retype(TEXT, [type(TEXT, 'Plan', 'My ')]), 10, 11],
    ['a keystroke in Day 5', () => retype(TEXT, [type(TEXT, 'task 5', 'x')]), 10, 11],
    ['a keystroke in the last day', () => retype(TEXT, [type(TEXT, 'task 10', 'x')]), 10, 11],
    ['a keystroke at the very end', () => retype(TEXT, [{ rangeOffset: TEXT.length, rangeLength: 0, text: 'x' }]), 10, 11],
    ['a line break right before a heading: the piece it ends is parsed again, the heading\'s moved', () => retype(TEXT, [type(TEXT, '### Day 5', '\n')]), 10, 11],
    ['a character deleted at the end of a piece', () => retype(TEXT, [type(TEXT, '\n\n### Day 5', '', 1)]), 10, 11],
    ['a deletion joining Day 3 and Day 4', () => retype(TEXT, [type(TEXT, '3\n\n### Day 4 - T\n', '', 16)]), 9, 10],
    ['two keystrokes (a debounce) in Day 2 and Day 8: the pieces between are parsed again', () => retype(TEXT, [type(TEXT, 'task 2', 'x'), type(TEXT, 'task 8', 'x')].map((c, i) => (i === 1 ? { ...c, rangeOffset: c.rangeOffset + 1 } : c))), 4, 11],
    ['the same two, Day 8 first', () => retype(TEXT, [type(TEXT, 'task 8', 'x'), type(TEXT, 'task 2', 'x')]), 4, 11],
    ['a later change inside the first one\'s text', () => retype(TEXT, [type(TEXT, 'task 5', 'abc'), { rangeOffset: key(TEXT, 'task 5') + 1, rangeLength: 1, text: 'Z' }]), 10, 11],
    ['a later change after a deletion, in offsets that moved back', () => retype(TEXT, [type(TEXT, 'task 2', '', 4), { rangeOffset: key(TEXT, 'task 3') - 4, rangeLength: 0, text: 'x' }]), 9, 11],
  ];
  for (const [name, run, reused, total] of rows) {
    it(name, () => assert.deepStrictEqual(run(), { reused, total }));
  }

  it('front matter: an edit in it parses in full; one after it reuses the pieces it did not touch', () => {
    const withFront = `---\ntitle: Plan\n---\n${days}`;
    const inFront = (text: string): TextChange[] => [type(text, 'title: Plan', 'x')];
    const typed = parseForTyping(inMemoryDocument(URI, withFront), { chunkChars: 1 });
    const total = reusedPieces(typed)!.total;
    const edited = withFront.replace('title: Plan', 'xtitle: Plan');
    assert.strictEqual(reusedPieces(reparsePlan(typed, inMemoryDocument(URI, edited, 2), inFront(withFront), { chunkChars: 1 }))!.reused, 0);
    const after = withFront.replace('task 5', 'xtask 5');
    const plan = reparsePlan(typed, inMemoryDocument(URI, after, 2), [type(withFront, 'task 5', 'x')], { chunkChars: 1 });
    assert.deepStrictEqual(reusedPieces(plan), { reused: total - 1, total });
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, after, 2)));
  });

  it('a BOM: offsets count it; removing it parses in full', () => {
    const withBom = `\ufeff${TEXT}`;
    const typed = parseForTyping(inMemoryDocument(URI, withBom), { chunkChars: 1 });
    const typedIn = withBom.replace('task 5', 'xtask 5');
    const plan = reparsePlan(typed, inMemoryDocument(URI, typedIn, 2), [type(withBom, 'task 5', 'x')], { chunkChars: 1 });
    assert.deepStrictEqual(reusedPieces(plan), { reused: 10, total: 11 });
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, typedIn, 2)));
    const unmarked = reparsePlan(typed, inMemoryDocument(URI, TEXT, 2), [{ rangeOffset: 0, rangeLength: 1, text: '' }], { chunkChars: 1 });
    assert.strictEqual(reusedPieces(unmarked)!.reused, 0);
    assert.deepStrictEqual(unmarked, buildPlan(inMemoryDocument(URI, TEXT, 2)));
  });

  it('mojibake typed in (another code page read): parses in full, every title read through it', () => {
    const mojibake = 'D\u00c3\u00ada 3 \u00e2\u20ac\u201c d\u00c3\u00a9j\u00c3\u00a0 vu';
    const edited = TEXT.replace('task 5', `${mojibake}task 5`);
    const typed = parseForTyping(inMemoryDocument(URI, TEXT), { chunkChars: 1 });
    const plan = reparsePlan(typed, inMemoryDocument(URI, edited, 2), [type(TEXT, 'task 5', mojibake)], { chunkChars: 1 });
    assert.strictEqual(reusedPieces(plan)!.reused, 0);
    assert.deepStrictEqual(plan, buildPlan(inMemoryDocument(URI, edited, 2)));
  });
});

describe('markdown.ts: what markdown-it is given', () => {
  it('prepareSource drops a BOM and blanks front matter, keeping every line and its ending', () => {
    assert.deepStrictEqual(prepareSource('\ufeff# A\n'), { text: '# A\n', frontMatter: null });
    assert.deepStrictEqual(prepareSource('x\ufeff'), { text: 'x\ufeff', frontMatter: null });
    const crlf = prepareSource('---\r\ntitle: T\r\n---\r\n# A\r\n');
    assert.deepStrictEqual(crlf, { text: '\r\n\r\n\r\n# A\r\n', frontMatter: 'title: T' });
    assert.strictEqual(prepareSource('\ufeff---\ntitle: T\n---\n# A\n').text, '\n\n\n# A\n');
  });

  it('normalizeText: CRLF and CR become LF, NUL becomes U+FFFD; a text with neither is returned as is', () => {
    assert.strictEqual(normalizeText('a\r\nb\rc\nd\0'), 'a\nb\nc\nd\uFFFD');
    assert.strictEqual(normalizeText('\r\r\n'), '\n\n');
    const plain = 'a\nb';
    assert.strictEqual(normalizeText(plain), plain);
  });

  it('links need a scheme (no fuzzy links or emails), and HTML is read as HTML', () => {
    const inline = (text: string): string[] => (parseTokens(text).find((t) => t.type === 'inline')?.children ?? []).map((t) => t.type);
    assert.deepStrictEqual(inline('see https://x.example now'), ['text', 'link_open', 'text', 'link_close', 'text']);
    assert.deepStrictEqual(inline('see example.com or me@example.com'), ['text']);
    assert.ok(parseTokens('<div>\nx\n</div>\n').some((t) => t.type === 'html_block'));
  });

  it('parseInline fills the children of the tokens given, and does nothing with none', () => {
    const tokens = parseTokens('**Task:** [a](https://a.example)').filter((t) => t.type === 'inline');
    const copy = tokens.map((t) => Object.assign(Object.create(Object.getPrototypeOf(t)), t, { children: [] }));
    parseInline(copy, {});
    assert.deepStrictEqual(copy.map((t) => t.children!.map((c: { type: string }) => c.type)), tokens.map((t) => t.children!.map((c) => c.type)));
    parseInline([], {});
  });
});
