// The deletes a disk read of the index is checked against (src/extension/index/recentDeletes.ts): a read a delete
// of its file overtook is done again (a plan written and deleted at once came back from its read, and stayed).
import * as assert from 'assert';
import { RecentDeletes } from '../../src/extension/index/recentDeletes';

describe('index: the deletes a read is checked against', () => {
  it('a delete of the file or of a folder above it overtakes a read; one elsewhere does not', () => {
    const deletes = new RecentDeletes();
    const mark = deletes.now();
    assert.strictEqual(deletes.since('file:///ws/a/plan.md', mark), false);
    deletes.deleted('file:///ws/build/out.md');
    assert.strictEqual(deletes.since('file:///ws/a/plan.md', mark), false, 'a build cleaning elsewhere sends no read round again');
    deletes.deleted('file:///ws/a');
    assert.strictEqual(deletes.since('file:///ws/a/plan.md', mark), true, 'its folder');
    assert.strictEqual(deletes.since('file:///ws/ab/plan.md', mark), false, 'a folder that only starts alike');
    const later = deletes.now();
    deletes.deleted('file:///ws/c/plan.md');
    assert.strictEqual(deletes.since('file:///ws/c/plan.md', later), true);
    assert.strictEqual(deletes.since('file:///ws/a/plan.md', later), false, 'a delete before the read began');
  });

  it('keeps the last deletes only; a read older than they reach is done again', () => {
    const deletes = new RecentDeletes(2);
    const mark = deletes.now();
    for (const name of ['x', 'y', 'z']) deletes.deleted(`file:///ws/${name}.md`);
    assert.strictEqual(deletes.since('file:///ws/a.md', mark), true);
    assert.strictEqual(deletes.since('file:///ws/a.md', deletes.now() - 1), false);
  });
});
