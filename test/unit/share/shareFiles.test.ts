import * as assert from 'assert';
import { appendReviewLines, updateReadmeFile, writeGeneratedFile } from '../../../src/core';
import { MemoryFileSystem } from '../../shared/memoryFileSystem';

const MAX = 1 << 20;
const text = (fs: MemoryFileSystem, path: string): string | undefined => {
  const entry = fs.entries.get(path);
  return entry?.kind === 'file' ? new TextDecoder().decode(entry.bytes) : undefined;
};

describe('review and sharing writes through the file-system ports', () => {
  it('creates the review log with its .gitattributes, then only appends, even when another writer appends meanwhile', async () => {
    const fs = new MemoryFileSystem();
    fs.addFolder('/repo');
    const first = await appendReviewLines(fs, '/repo', ['- 2026-11-20 aaaaaaaa good'], MAX);
    assert.deepStrictEqual([first.ok, first.ok && first.created], [true, true]);
    assert.ok(text(fs, '/repo/.learning-plans/reviews.md')!.endsWith('\n- 2026-11-20 aaaaaaaa good\n'));
    assert.strictEqual(text(fs, '/repo/.learning-plans/.gitattributes'), 'reviews.md merge=union\n');
    // Another machine's line lands between our read and our rename: ours is appended to theirs, nothing lost.
    let once = true;
    fs.beforeCompare = (path) => {
      if (!once) return;
      once = false;
      fs.addFile(path, `${text(fs, path)}- 2026-11-21 bbbbbbbb easy\n`);
    };
    const second = await appendReviewLines(fs, '/repo', ['- 2026-11-21 cccccccc hard'], MAX);
    assert.ok(second.ok && second.written && !second.created);
    assert.ok(text(fs, '/repo/.learning-plans/reviews.md')!.endsWith('\n- 2026-11-20 aaaaaaaa good\n- 2026-11-21 bbbbbbbb easy\n- 2026-11-21 cccccccc hard\n'));
    assert.deepStrictEqual(fs.leftovers(), []);
  });

  it('refuses a .learning-plans that is a symbolic link, writing nothing', async () => {
    const fs = new MemoryFileSystem();
    fs.addFolder('/elsewhere');
    fs.addLink('/repo/.learning-plans', '/elsewhere');
    const result = await appendReviewLines(fs, '/repo', ['- 2026-11-20 aaaaaaaa good'], MAX);
    assert.ok(!result.ok && /symbolic link/.test(result.message));
    assert.deepStrictEqual([...fs.entries.keys()].filter((p) => p.startsWith('/elsewhere/')), []);
  });

  it('refuses a review log that is a symbolic link, and appends to a log kept without .gitattributes as it is', async () => {
    const linked = new MemoryFileSystem();
    linked.addFile('/elsewhere/secret.md', 'secret\n');
    linked.addFolder('/repo/.learning-plans');
    linked.addLink('/repo/.learning-plans/reviews.md', '/elsewhere/secret.md');
    const refused = await appendReviewLines(linked, '/repo', ['- 2026-11-20 aaaaaaaa good'], MAX);
    assert.ok(!refused.ok);
    assert.strictEqual(text(linked, '/elsewhere/secret.md'), 'secret\n');

    const fs = new MemoryFileSystem();
    fs.addFile('/repo/.learning-plans/reviews.md', '# Reviews\n- 2026-11-19 aaaaaaaa good\n');
    const result = await appendReviewLines(fs, '/repo', ['- 2026-11-20 aaaaaaaa easy'], MAX);
    assert.deepStrictEqual(result, { ok: true, written: true, created: false, summary: 'appended' });
    assert.strictEqual(text(fs, '/repo/.learning-plans/reviews.md'), '# Reviews\n- 2026-11-19 aaaaaaaa good\n- 2026-11-20 aaaaaaaa easy\n');
    assert.strictEqual(text(fs, '/repo/.learning-plans/.gitattributes'), undefined, 'a .gitattributes the learner removed stays removed');
  });

  it('creates the log beside a .gitattributes of the learner\'s own, leaving it alone', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/repo/.learning-plans/.gitattributes', '*.svg binary\n');
    const result = await appendReviewLines(fs, '/repo', ['- 2026-11-20 aaaaaaaa good'], MAX);
    assert.ok(result.ok && result.created);
    assert.strictEqual(text(fs, '/repo/.learning-plans/.gitattributes'), '*.svg binary\n');
  });

  it('writes a generated file when new or changed, never when the same (folders created)', async () => {
    const fs = new MemoryFileSystem();
    const svg = (s: string): Uint8Array => new TextEncoder().encode(s);
    const results = [];
    for (const content of ['<svg>1</svg>', '<svg>1</svg>', '<svg>2</svg>']) {
      const r = await writeGeneratedFile(fs, '/repo/.learning-plans/heatmap.svg', svg(content), MAX);
      results.push(r.ok ? r.summary : r.message);
    }
    assert.deepStrictEqual(results, ['created, in a new folder /repo', 'unchanged', 'written']);
    assert.strictEqual(text(fs, '/repo/.learning-plans/heatmap.svg'), '<svg>2</svg>');
  });

  it('updates a README block, refuses ambiguous markers, and never creates a README', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/repo/README.md', '# Me\r\n<!-- learning-plans:start -->\r\n![heat](h.svg)\r\n<!-- learning-plans:end -->\r\n');
    const updated = await updateReadmeFile(fs, '/repo/README.md', ['new'], MAX);
    assert.ok(updated.ok && updated.written);
    assert.strictEqual(text(fs, '/repo/README.md'), '# Me\r\n<!-- learning-plans:start -->\r\nnew\r\n<!-- learning-plans:end -->\r\n');
    assert.deepStrictEqual(updated, { ok: true, written: true, created: false, summary: 'progress block updated', dropped: ['h.svg'] }, 'the image the block showed and no longer does');
    const again = await updateReadmeFile(fs, '/repo/README.md', ['new'], MAX);
    assert.deepStrictEqual(again, { ok: true, written: false, created: false, summary: 'unchanged', dropped: [] });
    fs.addFile('/repo/PLAIN.md', '# Plain\n');
    assert.deepStrictEqual(await updateReadmeFile(fs, '/repo/PLAIN.md', ['new'], MAX), { ok: true, written: true, created: false, summary: 'progress block added at the end', dropped: [] });
    const plain = text(fs, '/repo/PLAIN.md');
    const big = await updateReadmeFile(fs, '/repo/PLAIN.md', ['newer'], 8);
    assert.ok(!big.ok && /larger than|too large|bytes/i.test(big.message), `a README over the size limit is refused: ${JSON.stringify(big)}`);
    assert.strictEqual(text(fs, '/repo/PLAIN.md'), plain, 'and left as it was');
    fs.addFile('/repo/TWO.md', '<!-- learning-plans:start -->\n<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n');
    const refused = await updateReadmeFile(fs, '/repo/TWO.md', ['new'], MAX);
    assert.ok(!refused.ok && /2 start and 1 end/.test(refused.message));
    const missing = await updateReadmeFile(fs, '/repo/NONE.md', ['new'], MAX);
    assert.ok(!missing.ok);
    assert.ok(!fs.entries.has('/repo/NONE.md'));
  });
});
