import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { PREFILTER_MIN_FILES, startPrefilter } from '../../src/cli/prefilter';
import { judgeFromTheEnd, LOOK, SKIP, type PrefilterJob } from '../../src/cli/prefilterJob';
import { mayBePlanBytes } from '../../src/core';
import { tempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const WORKER = path.join(ROOT, 'dist', 'cli-prefilter.js');

const PLAN = '# Days 1-3: SQL\n\n### Day 1 - Joins\n- [ ] inner joins\n\n### Day 2 - Windows\n- [x] rank ✅ 2026-11-20\n';
const NOTE = '# Meeting notes\n\nWe spoke about the week ahead and the budget.\n\n- call Anna\n- [[project x]]\n';

function job(files: string[], maxBytes = 1024): { job: PrefilterJob; state: Int32Array } {
  const state = new Int32Array(new SharedArrayBuffer(4 * (files.length + 1)));
  state[files.length] = -1; // the main thread has not started: the worker may judge every file
  return { job: { files, maxBytes, state: state.buffer as SharedArrayBuffer }, state };
}

describe('CLI: a second thread rules out a vault\'s notes (issue 19, target 1)', function () {
  this.timeout(60_000);

  it('rules out only files it read that the pre-filter proves are no plan; hands back every other file', function () {
    const dir = tempDir('lp-prefilter-');
    const outside = tempDir('lp-prefilter-out-');
    fs.writeFileSync(path.join(outside, 'secret.md'), NOTE);
    const write = (name: string, text: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const note = write('note.md', NOTE);
    const plan = write('plan.md', PLAN);
    const binary = write('binary.md', Buffer.from('# Notes\n\0\0\0 binary'));
    const large = write('large.md', NOTE.repeat(40)); // over the job's 1 KB
    const link = path.join(dir, 'link.md');
    fs.symlinkSync(path.join(outside, 'secret.md'), link); // a link out: never followed, even to rule it out
    const fifo = path.join(dir, 'fifo.md');
    const fifoMade = spawnSync('mkfifo', [fifo]).status === 0;
    const missing = path.join(dir, 'missing.md');
    const folder = path.join(dir, 'folder.md');
    fs.mkdirSync(folder);
    const files = [note, plan, binary, large, link, ...(fifoMade ? [fifo] : []), missing, folder];
    const { job: work, state } = job(files);
    const skipped = judgeFromTheEnd(work);
    assert.strictEqual(skipped, 1);
    assert.deepStrictEqual(files.map((_, at) => state[at]), files.map((file) => (file === note ? SKIP : LOOK)));
    assert.strictEqual(mayBePlanBytes(fs.readFileSync(note), note), false);
  });

  it('stops where the main thread is, and leaves the files it holds (named ones) alone', function () {
    const dir = tempDir('lp-prefilter-');
    const files = Array.from({ length: 10 }, (_, k) => {
      const file = path.join(dir, `note-${k}.md`);
      fs.writeFileSync(file, NOTE);
      return file;
    });
    const { job: work, state } = job(files);
    state[10] = 4; // the main thread is at the fifth file
    state[7] = LOOK; // and holds the eighth (named on the command line)
    assert.strictEqual(judgeFromTheEnd(work), 4);
    assert.deepStrictEqual([...state.slice(0, 10)], [0, 0, 0, 0, 0, SKIP, SKIP, LOOK, SKIP, SKIP]);
  });

  it('stops when what it reads are plans (its thread would only compete with the main one)', function () {
    const dir = tempDir('lp-prefilter-');
    const files = Array.from({ length: 200 }, (_, k) => {
      const file = path.join(dir, `plan-${String(k).padStart(3, '0')}.md`);
      fs.writeFileSync(file, PLAN);
      return file;
    });
    const { job: work, state } = job(files);
    judgeFromTheEnd(work);
    const judged = [...state.slice(0, 200)].filter((cell) => cell !== 0).length;
    assert.ok(judged >= 64 && judged < 70, `judged ${judged}`);
  });

  it('runs as a worker thread beside the main one, which reads what it hands back, in order', async function () {
    const dir = tempDir('lp-prefilter-');
    const files = Array.from({ length: 300 }, (_, k) => {
      const file = path.join(dir, `${String(k).padStart(3, '0')}.md`);
      fs.writeFileSync(file, k % 50 === 7 ? PLAN : NOTE);
      return file;
    });
    const named = new Set([files[299]]);
    const helper = startPrefilter(files, named, 1024 * 1024, WORKER, 1);
    assert.ok(helper, 'a worker starts from the built bundle');
    assert.strictEqual(startPrefilter(files, named, 1024 * 1024, WORKER), null, 'not for 300 files by default');
    assert.ok(PREFILTER_MIN_FILES >= 1000);
    assert.strictEqual(startPrefilter(files, named, 1024 * 1024, path.join(dir, 'none.js'), 1), null, 'not without its bundle');
    assert.strictEqual(startPrefilter(files, new Set(files), 1024 * 1024, WORKER, 1), null, 'not for files named one by one (`notes/*.md`)');
    await helper.finished; // the main thread has not moved: the worker judges every file but the first
    const read = files.filter((_, at) => helper.mainReads(at));
    helper.stop();
    assert.deepStrictEqual(read, [files[0], ...files.filter((_, k) => k % 50 === 7), files[299]]);
  });

  it('prints what the main thread alone prints, over a folder of 8,100 files (a binary and an oversized one among them)', async function () {
    const dir = tempDir('lp-prefilter-cli-');
    for (let k = 0; k < PREFILTER_MIN_FILES + 100; k++) {
      const folder = path.join(dir, `f${k % 7}`);
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, `${String(k).padStart(4, '0')}.md`), k % 797 === 3 ? PLAN.replace('SQL', `SQL ${k}`) : `${NOTE}\n${k}\n`);
    }
    fs.writeFileSync(path.join(dir, 'f3', 'binary.md'), Buffer.from('# x\n\0'));
    fs.writeFileSync(path.join(dir, 'f5', 'large.md'), 'x'.repeat(6 * 1024 * 1024));
    // Preloaded into the CLI's process: notes each worker it starts (in a file: its output is compared).
    const started = path.join(tempDir('lp-prefilter-hook-'), 'started');
    const hook = path.join(path.dirname(started), 'hook.js');
    fs.writeFileSync(hook, `const threads = require('worker_threads'); const Made = threads.Worker;
threads.Worker = class extends Made { constructor(...a) { super(...a); require('fs').appendFileSync(${JSON.stringify(started)}, 'worker\\n'); } };\n`);
    for (const args of [['index', dir, '--json'], ['status', dir]]) {
      const spawned = spawnSync(process.execPath, ['--require', hook, CLI, ...args], { encoding: 'utf8', timeout: 30_000 });
      let out = '';
      let err = '';
      // In this process the worker's bundle is not beside the code: the main thread reads every file.
      const code = await runCli(args, { out: (t) => (out += t + '\n'), err: (t) => (err += t + '\n') });
      assert.strictEqual(spawned.status, code, spawned.stderr);
      assert.strictEqual(spawned.stdout, out, args.join(' '));
      assert.strictEqual(spawned.stderr, err, args.join(' '));
      assert.ok(err.includes('binary') && err.includes('larger than'), err);
    }
    assert.strictEqual(fs.readFileSync(started, 'utf8'), 'worker\nworker\n', 'each run started its worker');
  });
});
