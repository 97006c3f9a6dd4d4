// Path text as the file-system ports name files (src/core/fs/paths.ts): before/after tables, written from
// the mutation run's survivor list (test/mutation/small-folders.json).
import * as assert from 'assert';
import { basename, besideName, dirname, joinPath, relativeSegments, segmentsBelow } from '../../src/core/fs/paths';

describe('paths: /-separated text', () => {
  it('joins', () => {
    const table: [string, string[], string][] = [
      ['/repo', ['a', 'b.md'], '/repo/a/b.md'],
      ['/repo/', ['a'], '/repo/a'],
      ['/', ['a', 'b'], '/a/b'],
      ['/', [], '/'],
      ['repo', ['a'], 'repo/a'],
      ['C:/plans', ['x.md'], 'C:/plans/x.md'],
    ];
    for (const [base, segments, joined] of table) assert.strictEqual(joinPath(base, ...segments), joined, `${base} + ${segments.join(',')}`);
  });

  it('takes a path apart', () => {
    const table: [string, string, string][] = [
      ['/repo/a/b.md', '/repo/a', 'b.md'],
      ['/b.md', '/', 'b.md'],
      ['b.md', '.', 'b.md'],
      ['/', '/', ''],
      ['a/b', 'a', 'b'],
    ];
    for (const [path, dir, base] of table) assert.deepStrictEqual([dirname(path), basename(path)], [dir, base], path);
  });

  it('leads from one folder to another, or says they share no root', () => {
    const table: [string, string, string[] | null][] = [
      ['/repo/plans', '/repo/labs/x', ['..', 'labs', 'x']],
      ['/repo', '/repo/a', ['a']],
      ['/repo/a/b', '/repo', ['..', '..']],
      ['/repo/./a/', '/repo//a', []],
      ['/C:/repo', '/c:/other', ['..', 'other']],
      ['/C:/repo', '/D:/repo', null],
      ['C:/repo', 'D:/repo', null],
      ['C:/repo', 'c:/repo/x', ['x']],
      ['/repo', '/repo2', ['..', 'repo2']],
      ['/Notes:/a', '/notes:/b', ['..', '..', 'notes:', 'b']],
    ];
    for (const [from, to, segments] of table) assert.deepStrictEqual(relativeSegments(from, to), segments, `${from} -> ${to}`);
  });

  it('knows what is below a root, segment by segment', () => {
    const table: [string, string, string[] | null][] = [
      ['/repo', '/repo/a/b.md', ['a', 'b.md']],
      ['/repo', '/repo', []],
      ['/repo/', '/repo/./a', ['a']],
      ['/repo', '/repo2/a', null],
      ['/repo/a', '/repo', null],
      ['/repo/a', '/repo/b/c', null],
    ];
    for (const [root, path, segments] of table) assert.deepStrictEqual(segmentsBelow(root, path), segments, `${path} below ${root}`);
  });

  it('names what it keeps beside a plan within 255 bytes, apart for long names that start alike', () => {
    const lock = '.learning-plans.lock';
    assert.strictEqual(besideName('plan.md', lock), '.plan.md.learning-plans.lock');
    // Exactly 255 bytes is still a name as it is; one more and it is cut.
    const fits = 'p'.repeat(255 - 1 - lock.length);
    assert.strictEqual(besideName(fits, lock), `.${fits}${lock}`);
    const over = besideName(`${fits}q`, lock);
    assert.match(over, new RegExp(`^\\.p+~[0-9a-f]{8}\\.learning-plans\\.lock$`));
    assert.strictEqual(utf8Bytes(over), 255, 'as much of the name as fits');
    assert.strictEqual(besideName(`${fits}q`, lock), over, 'the same name each time');
    const a = besideName(`${'x'.repeat(240)}a.md`, lock);
    const b = besideName(`${'x'.repeat(240)}b.md`, lock);
    const wide = besideName(`${'\u8ba1'.repeat(84)}.md`, '.123-abcdefgh.learning-plans.tmp');
    for (const name of [a, b, wide]) assert.ok(utf8Bytes(name) <= 255 && utf8Bytes(name) > 252, `${utf8Bytes(name)} bytes`);
    assert.notStrictEqual(a, b);
    assert.ok(a.startsWith(`.${'x'.repeat(200)}`) && a.endsWith(lock) && wide.endsWith('.learning-plans.tmp'));
    assert.ok(wide.startsWith(`.${'\u8ba1'.repeat(60)}`) && !wide.includes('\ufffd'), 'a character is never cut in half');
    const astral = besideName(`${'\ud83c\udfaf'.repeat(70)}.md`, lock);
    assert.ok(utf8Bytes(astral) <= 255 && !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(astral), 'an emoji is never cut in half');
  });
});

const utf8Bytes = (text: string): number => Buffer.byteLength(text);
