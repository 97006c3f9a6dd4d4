import * as assert from 'assert';
import { rewriteFile, type Revision } from '../../src/core';
import { sameBytes } from '../../src/core/fs/atomicRewrite';
import { MemoryFileSystem } from '../shared/memoryFileSystem';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const MAX = 1024 * 1024;

/** An edit that finds its line by content, so it still lands when other lines moved: `x` -> `X`. */
function checkLine(task: string) {
  return (bytes: Uint8Array): Revision => {
    const text = decode(bytes);
    const at = text.indexOf(`- [ ] ${task}\n`);
    if (at < 0) return { kind: 'refuse', message: `no open task ${task}` };
    return { kind: 'write', bytes: encode(text.slice(0, at) + `- [x] ${task}\n` + text.slice(at + 7 + task.length)), summary: `checked ${task}` };
  };
}

describe('rewriteFile: atomic, change-checked writes through a port', () => {
  it('writes a temporary file, checks the target, and renames over it', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n- [ ] b\n', 0o640);
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX });
    assert.deepStrictEqual(result, { ok: true, written: true, summary: 'checked a', attempts: 1 });
    assert.strictEqual(fs.text('/ws/plan.md'), '- [x] a\n- [ ] b\n');
    assert.deepStrictEqual(fs.log.map((l) => l.split(' ')[0]), ['temp', 'replaced']);
    const entry = fs.entries.get('/ws/plan.md');
    assert.strictEqual(entry?.kind === 'file' && entry.mode, 0o640, 'the mode is kept');
    assert.deepStrictEqual(fs.leftovers(), []);
  });

  it('keeps a line another process appended between the read and the rename: the edit is computed again', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n- [ ] b\n');
    let appended = false;
    fs.beforeCompare = (path) => {
      if (appended) return;
      appended = true;
      fs.addFile(path, `${fs.text(path)}- [ ] added by someone else\n`);
    };
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('b'), { maxBytes: MAX });
    assert.ok(result.ok && result.attempts === 2, JSON.stringify(result));
    assert.strictEqual(fs.text('/ws/plan.md'), '- [ ] a\n- [x] b\n- [ ] added by someone else\n');
    assert.deepStrictEqual(fs.leftovers(), [], 'the first temporary file was discarded');
  });

  it('re-locates its target in the changed text (a line inserted above moves it)', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n- [ ] b\n');
    let once = false;
    fs.beforeCompare = (path) => {
      if (!once) fs.addFile(path, `# New heading\n${fs.text(path)}`);
      once = true;
    };
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX });
    assert.ok(result.ok);
    assert.strictEqual(fs.text('/ws/plan.md'), '# New heading\n- [x] a\n- [ ] b\n');
  });

  it('refuses, writing nothing, when the file keeps changing', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n');
    let n = 0;
    fs.beforeCompare = (path) => fs.addFile(path, `${fs.text(path)}line ${++n}\n`);
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX, attempts: 3 });
    assert.deepStrictEqual([result.ok, !result.ok && result.reason], [false, 'changing']);
    assert.match(!result.ok ? result.message : '', /kept changing while it was being edited \(3 attempts\)/);
    assert.strictEqual(fs.text('/ws/plan.md'), '- [ ] a\nline 1\nline 2\nline 3\n', 'only the other writer\'s lines');
    assert.deepStrictEqual(fs.leftovers(), []);
  });

  it('leaves the original intact when the disk is full, and says so in one message', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n');
    fs.failWrites = 'no space left on the device (ENOSPC)';
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX });
    assert.deepStrictEqual(result, { ok: false, reason: 'failed', message: 'cannot write /ws/plan.md: no space left on the device (ENOSPC)' });
    assert.strictEqual(fs.text('/ws/plan.md'), '- [ ] a\n');
    assert.deepStrictEqual(fs.leftovers(), []);
  });

  it('leaves the original intact when the rename fails, and removes its temporary file', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n');
    fs.failReplace = 'the file is busy (EBUSY)';
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX });
    assert.deepStrictEqual([result.ok, !result.ok && result.reason], [false, 'failed']);
    assert.strictEqual(fs.text('/ws/plan.md'), '- [ ] a\n');
    assert.deepStrictEqual(fs.leftovers(), []);
  });

  it('writes nothing when the edit refuses or changes nothing', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [x] a\n');
    assert.deepStrictEqual(await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX }), { ok: false, reason: 'refused', message: 'no open task a' });
    const same = await rewriteFile(fs, '/ws/plan.md', () => ({ kind: 'unchanged', summary: 'already done' }), { maxBytes: MAX });
    assert.deepStrictEqual(same, { ok: true, written: false, summary: 'already done', attempts: 1 });
    assert.deepStrictEqual(fs.log, []);
  });

  it('refuses a file its permissions keep from being written: a rename would go around them (a learner\'s read-only plan was rewritten)', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n', 0o444);
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX });
    assert.deepStrictEqual(result, { ok: false, reason: 'refused', message: '/ws/plan.md is read-only (no permission to write it)' });
    assert.deepStrictEqual(fs.log, [], 'no temporary file either');
    assert.deepStrictEqual((await rewriteFile(fs, '/ws/plan.md', () => ({ kind: 'unchanged', summary: 'already done' }), { maxBytes: MAX })).ok, true, 'nothing to write: no refusal');
  });

  it('refuses a file over the size limit, a missing file, and a FIFO without reading them', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/big.md', 'x'.repeat(2000));
    fs.addFifo('/ws/pipe.md');
    for (const [path, problem] of [['/ws/big.md', /larger than 1000 bytes/], ['/ws/none.md', /no such file/], ['/ws/pipe.md', /not a regular file/]] as const) {
      const result = await rewriteFile(fs, path, () => assert.fail('never computed'), { maxBytes: 1000 });
      assert.ok(!result.ok && result.reason === 'refused', JSON.stringify(result));
      assert.match(result.message, problem);
    }
  });

  it('writes through a symbolic link to its target, keeping the link', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/real/plan.md', '- [ ] a\n');
    fs.addLink('/ws/plan.md', '/real/plan.md');
    assert.ok((await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX })).ok);
    assert.strictEqual(fs.text('/real/plan.md'), '- [x] a\n');
    assert.strictEqual(fs.entries.get('/ws/plan.md')?.kind, 'link');
  });

  it('lets concurrent edits of different lines all land (they take turns through the lock)', async () => {
    const fs = new MemoryFileSystem();
    const tasks = Array.from({ length: 20 }, (_, i) => `t${i}`);
    fs.addFile('/ws/plan.md', `# Plan\n${tasks.map((t) => `- [ ] ${t}\n`).join('')}`);
    const results = await Promise.all(tasks.map((t) => rewriteFile(fs, '/ws/plan.md', checkLine(t), { maxBytes: MAX })));
    assert.ok(results.every((r) => r.ok && r.written));
    assert.strictEqual(fs.text('/ws/plan.md'), `# Plan\n${tasks.map((t) => `- [x] ${t}\n`).join('')}`);
  });

  it('a file rewritten with the very same bytes meanwhile is still read again (its version changed)', async () => {
    const fs = new MemoryFileSystem();
    fs.addFile('/ws/plan.md', '- [ ] a\n');
    let touched = false;
    fs.beforeCompare = (path) => {
      if (touched) return;
      touched = true;
      fs.addFile(path, '- [ ] a\n');
    };
    const result = await rewriteFile(fs, '/ws/plan.md', checkLine('a'), { maxBytes: MAX });
    assert.deepStrictEqual(result, { ok: true, written: true, summary: 'checked a', attempts: 2 });
    assert.deepStrictEqual(fs.leftovers(), []);
  });

  it('compares bytes, length first', () => {
    const b = (...values: number[]) => Uint8Array.from(values);
    assert.deepStrictEqual(
      [sameBytes(b(), b()), sameBytes(b(1, 2), b(1, 2)), sameBytes(b(1), b(1, 2)), sameBytes(b(1, 2), b(1)), sameBytes(b(1, 2), b(1, 3))],
      [true, true, false, false, false],
    );
  });
});
