// Path text as the file-system ports name files (src/core/fs/paths.ts): before/after tables, written from
// the mutation run's survivor list (test/mutation/small-folders.json).
import * as assert from 'assert';
import { basename, dirname, joinPath, relativeSegments, segmentsBelow } from '../../src/core/fs/paths';

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
});
