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
});
