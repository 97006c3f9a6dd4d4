import * as assert from 'assert';
import { PlanCache, inMemoryDocument } from '../../src/core';

describe('PlanCache: parse once per document version', () => {
  it('returns the cached model for the same uri and version without parsing again', () => {
    const cache = new PlanCache();
    const first = cache.get(inMemoryDocument('a.md', '### Day 1', 1));
    const again = cache.get(inMemoryDocument('a.md', '### Day 1', 1));
    assert.strictEqual(again, first);
    assert.strictEqual(cache.parseCount, 1);
  });

  it('parses again when the version changes, and keeps other documents', () => {
    const cache = new PlanCache();
    cache.get(inMemoryDocument('a.md', '### Day 1', 1));
    const b = cache.get(inMemoryDocument('b.md', '### Day 5', 1));
    const changed = cache.get(inMemoryDocument('a.md', '### Day 1\n### Day 2', 2));
    assert.strictEqual(changed.days.length, 2);
    assert.strictEqual(cache.get(inMemoryDocument('b.md', '### Day 5', 1)), b);
    assert.strictEqual(cache.parseCount, 3);
  });

  it('forgets deleted documents', () => {
    const cache = new PlanCache();
    cache.get(inMemoryDocument('a.md', '### Day 1', 1));
    cache.delete('a.md');
    cache.get(inMemoryDocument('a.md', '### Day 1', 1));
    assert.strictEqual(cache.parseCount, 2, 'the same version is parsed again after a delete');
  });
});
