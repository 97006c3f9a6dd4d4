import * as assert from 'assert';
import { GlobSet } from '../../src/core';

describe('GlobSet: include and exclude settings', () => {
  it('matches the default include at any depth', () => {
    const include = new GlobSet(['**/*.md']);
    for (const path of ['plan.md', 'a/b/c/Plan.MD', 'notes/day 1.md']) assert.ok(include.matchesExactly(path), path);
    for (const path of ['plan.txt', 'plan.md.bak']) assert.ok(!include.matchesExactly(path), path);
  });

  it('excludes files below an excluded folder', () => {
    const exclude = new GlobSet(['**/node_modules/**', '**/.git', 'build']);
    assert.ok(exclude.matches('node_modules/x/readme.md'));
    assert.ok(exclude.matches('a/node_modules/b.md'));
    assert.ok(exclude.matches('.git/x.md'));
    assert.ok(exclude.matches('build/x.md'));
    assert.ok(!exclude.matches('docs/build-notes.md'));
    assert.ok(!exclude.matches('plans/day.md'));
  });

  it('supports braces, ? and character classes', () => {
    const set = new GlobSet(['{docs,plans}/day-??.md', 'week[0-9].md']);
    assert.ok(set.matchesExactly('docs/day-01.md'));
    assert.ok(set.matchesExactly('plans/day-31.md'));
    assert.ok(!set.matchesExactly('notes/day-01.md'));
    assert.ok(set.matchesExactly('week3.md'));
    assert.ok(!set.matchesExactly('weekx.md'));
  });

  const table: [string, string[], string[]][] = [
    ['*.md', ['a.md', 'A.MD'], ['dir/a.md', 'a.mdx', 'amd']],
    ['a/**', ['a/b', 'a/b/c.md', 'a/'], ['ab', 'b/a/c']],
    ['**', ['x', 'a/b/c'], []],
    ['**/x.md', ['x.md', 'a/b/x.md'], ['ax.md', 'a/bx.md']],
    // Inside a segment `**` is `*`, as VS Code's glob reads it: the index and findFiles must agree.
    ['a**b', ['ab', 'acb'], ['a/c/b', 'a/c']],
    ['docs/**.md', ['docs/x.md'], ['docs/a/x.md']],
    ['{**/*.md,notes/**}', ['a/b.md', 'notes/x/y.txt'], ['a/b.txt']],
    ['a,**', ['a,x'], ['a,x/y']],
    ['a}.md', ['a}.md'], ['a.md']],
    ['a,b.md', ['a,b.md'], ['a', 'b.md']],
    ['{a,b},c.md', ['a,c.md', 'b,c.md'], ['a', 'c.md']],
    ['{a,{b,c}}.md', ['a.md', 'c.md'], ['d.md', '{b.md']],
    ['a[b.md', ['a[b.md'], ['ab.md']],
    ['[!a]x', ['bx'], ['ax']],
    ['[a!]x', ['ax', '!x'], ['bx']],
    ['a[\\]b', ['a\\b'], ['ab', 'a]b']],
    ['v1.0+(x)^$|.md', ['v1.0+(x)^$|.md'], ['v1x0+(x)^$|.md']],
  ];
  for (const [glob, yes, no] of table) {
    it(`${glob}: matches ${yes.join(', ') || 'nothing listed'}; not ${no.join(', ') || '-'}`, () => {
      const set = new GlobSet([glob]);
      for (const path of yes) assert.ok(set.matchesExactly(path), path);
      for (const path of no) assert.ok(!set.matchesExactly(path), path);
    });
  }

  it('ignores empty patterns; a folder matches by one of its own prefixes, never by the empty one', () => {
    const empty = new GlobSet(['', '  ']);
    assert.ok(!empty.matchesExactly(''));
    assert.ok(!empty.matchesExactly('  '));
    assert.ok(!empty.matches('a/b.md'));
    assert.ok(!new GlobSet(['**/']).matches('a'));
  });
});
