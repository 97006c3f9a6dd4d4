// Writing generated and kept files through the ports (src/core/fs/generatedFile.ts, safePath.ts): what is
// refused and why, written from the mutation run's survivor list (test/mutation/small-folders.json).
import * as assert from 'assert';
import { checkPathBelow, writeGeneratedFile } from '../../../src/core';
import { MemoryFileSystem } from '../../shared/memoryFileSystem';

const MAX = 1 << 20;
const svg = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('generated files: refusals and summaries', () => {
  it('refuses a folder in the way that is a file, saying which', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/repo/.learning-plans', 'not a folder');
    const result = await writeGeneratedFile(fs, '/repo/.learning-plans/heatmap.svg', svg('<svg/>'), MAX);
    assert.deepStrictEqual(result, { ok: false, message: '/repo/.learning-plans exists and is not a folder' });
  });

  it('creates every missing folder above the file', async () => {
    const fs = new MemoryFileSystem();
    fs.addFolder('/repo');
    const result = await writeGeneratedFile(fs, '/repo/a/b/c.svg', svg('<svg/>'), MAX);
    assert.deepStrictEqual(result, { ok: true, written: true, created: true, summary: 'created, in a new folder /repo/a' }, 'the outermost folder made is said');
    assert.deepStrictEqual((await writeGeneratedFile(fs, '/repo/a/d.svg', svg('<svg/>'), MAX)), { ok: true, written: true, created: true, summary: 'created' });
    assert.deepStrictEqual(['/repo/a', '/repo/a/b'].map((p) => fs.entries.get(p)?.kind), ['directory', 'directory']);
  });

  it('a full disk is a refusal with the reason, not a crash', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/repo/x.svg', '<svg>1</svg>');
    fs.failWrites = 'no space left on device';
    const result = await writeGeneratedFile(fs, '/repo/x.svg', svg('<svg>2</svg>'), MAX);
    assert.ok(!result.ok && /no space left on device/.test(result.message), JSON.stringify(result));
    assert.strictEqual(fs.text('/repo/x.svg'), '<svg>1</svg>', 'the file as it was');
    assert.deepStrictEqual(fs.leftovers(), []);
    const fresh = new MemoryFileSystem();
    fresh.addFolder('/repo');
    fresh.failWrites = 'no space left on device';
    const created = await writeGeneratedFile(fresh, '/repo/y.svg', svg('<svg/>'), MAX);
    assert.ok(!created.ok && /no space left on device/.test(created.message), JSON.stringify(created));
  });

  it('rewrites a changed file and says so', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/repo/x.svg', '<svg>1</svg>');
    assert.deepStrictEqual(await writeGeneratedFile(fs, '/repo/x.svg', svg('<svg>2</svg>'), MAX), { ok: true, written: true, created: false, summary: 'written' });
  });
});

describe('paths below a root: what must be a folder, what a file', () => {
  it('stops at a link, at a file where a folder must be, at a folder where a file must be', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/repo/plans/a.md', 'x');
    fs.addFolder('/repo/labs/day-1');
    fs.addFolder('/elsewhere');
    fs.addLink('/repo/link', '/elsewhere');
    const check = (segments: string[], last: 'file' | 'folder' | 'any') => checkPathBelow(fs, '/repo', segments, last);
    assert.deepStrictEqual(await check(['plans', 'a.md'], 'file'), { ok: true, existing: 2 });
    assert.deepStrictEqual(await check(['plans', 'b.md'], 'file'), { ok: true, existing: 1 });
    assert.deepStrictEqual(await check(['new', 'b.md'], 'file'), { ok: true, existing: 0 });
    assert.deepStrictEqual(await check(['labs', 'day-1'], 'any'), { ok: true, existing: 2 });
    assert.deepStrictEqual(await check(['plans', 'a.md', 'x'], 'file'), { ok: false, path: '/repo/plans/a.md', message: '/repo/plans/a.md exists and is not a folder' });
    assert.deepStrictEqual(await check(['labs', 'day-1'], 'file'), { ok: false, path: '/repo/labs/day-1', message: '/repo/labs/day-1 exists and is not a regular file' });
    assert.deepStrictEqual(await check(['plans', 'a.md'], 'folder'), { ok: false, path: '/repo/plans/a.md', message: '/repo/plans/a.md exists and is not a folder' });
    assert.deepStrictEqual(await check(['link', 'x.md'], 'file'), { ok: false, path: '/repo/link', message: '/repo/link is a symbolic link, which could lead outside /repo' });
    assert.deepStrictEqual(await check([], 'file'), { ok: true, existing: 0 });
  });
});
