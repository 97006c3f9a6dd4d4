import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { codeCacheFile, codeCacheOf, loadBundle, wrappedText } from '../../src/cli/codeCache';
import { tempDir } from './tempDir';

const ROOT = path.join(__dirname, '..', '..', '..');
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const TRAINER = path.join(ROOT, 'out', 'cli', 'trainCodeCache.js');

/** A CommonJS bundle whose `answer()` returns `value` and that prints it as it loads; the same length for every one-digit value. */
function bundleText(value: number): string {
  return [
    "'use strict';",
    'const path = require("path");',
    `function answer() { return ${value}; }`,
    'function where() { return new Error("here").stack; }',
    'module.exports = { answer, where, name: path.basename(__filename), self: this === module.exports };',
    'if (process.env.LP_PRINT_ANSWER) process.stdout.write(`answer ${answer()}\\n`);',
    '',
  ].join('\n');
}

interface Exports {
  answer(): number;
  where(): string;
  name: string;
  self: boolean;
}

/** A bundle named as the CLI's, in a folder of its own. */
function writeBundle(dir: string, value: number): string {
  const file = path.join(dir, 'cli-main.js');
  fs.writeFileSync(file, bundleText(value));
  return file;
}

/** A cache for the bundle now at `file`, made after its functions ran (as the build makes one). */
function makeCache(file: string): Buffer {
  const loaded = loadBundle(file, undefined);
  (loaded.exports as Exports).answer();
  return codeCacheOf(loaded);
}

/**
 * Loads `dir`/cli-main.js with `dir`/cli-main.js.cache in a new process, as the launcher does. A process
 * of its own: V8 answers a source this process has compiled already from its in-memory cache, without
 * looking at the code cache at all.
 */
function loadInChild(dir: string): { used: boolean; answer: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, LP_PRINT_ANSWER: '1' };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, [TRAINER, '--check', dir], { encoding: 'utf8', env });
  assert.strictEqual(run.status, 0, run.stderr);
  const [answer, verdict] = run.stdout.trim().split('\n');
  assert.match(verdict, /^(used|not used)$/);
  return { used: verdict === 'used', answer };
}

describe('CLI code cache (the bundle loaded with the bytecode the build made)', function () {
  this.timeout(30_000); // processes of their own
  before(function () {
    if (crc32 === undefined) this.skip(); // a Node before 20.15: the CLI runs without a cache, nothing to test
  });

  it('loads a bundle as require would, with no cache file', () => {
    const file = writeBundle(tempDir('lp-cc-'), 4);
    const loaded = loadBundle(file, path.join(path.dirname(file), 'missing.cache'));
    const exports = loaded.exports as Exports;
    assert.strictEqual(exports.answer(), 4);
    assert.strictEqual(exports.name, 'cli-main.js');
    assert.strictEqual(exports.self, true, 'this is module.exports at the top level, as in CommonJS');
    assert.strictEqual(loaded.cacheUsed, false);
    assert.deepStrictEqual(loadInChild(path.dirname(file)), { used: false, answer: 'answer 4' });
  });

  it('takes a cache made for the same bundle', () => {
    const file = writeBundle(tempDir('lp-cc-'), 4);
    fs.writeFileSync(`${file}.cache`, makeCache(file));
    assert.deepStrictEqual(loadInChild(path.dirname(file)), { used: true, answer: 'answer 4' });
  });

  it('refuses the cache of another bundle of the same length (V8 checks only the length): the new code runs', () => {
    const dir = tempDir('lp-cc-');
    const file = writeBundle(dir, 4);
    fs.writeFileSync(`${file}.cache`, makeCache(file));
    writeBundle(dir, 7); // rebuilt, the cache left behind
    assert.strictEqual(fs.statSync(file).size, bundleText(4).length);
    assert.deepStrictEqual(loadInChild(dir), { used: false, answer: 'answer 7' });
  });

  it('runs without a damaged cache: empty, truncated, another file, garbage after a right header', () => {
    const dir = tempDir('lp-cc-');
    const file = writeBundle(dir, 4);
    const good = makeCache(file);
    const damaged: [string, Buffer][] = [
      ['empty', Buffer.alloc(0)],
      ['header only', good.subarray(0, 12)],
      ['truncated', good.subarray(0, Math.floor(good.length / 2))],
      ['not a cache', Buffer.from('# Day 1\n'.repeat(10))],
      ['garbage data', Buffer.concat([good.subarray(0, 12), Buffer.alloc(good.length - 12, 0x5a)])],
    ];
    for (const [name, bytes] of damaged) {
      fs.writeFileSync(`${file}.cache`, bytes);
      assert.deepStrictEqual(loadInChild(dir), { used: false, answer: 'answer 4' }, name);
    }
  });

  it('runs without a cache V8 refuses: made under other flags (as one made by another Node is refused)', () => {
    const dir = tempDir('lp-cc-');
    const file = writeBundle(dir, 4);
    const source = fs.readFileSync(file);
    const wrapped = path.join(dir, 'wrapped.js');
    fs.writeFileSync(wrapped, wrappedText(source));
    // V8's own data for the same text, made in a process of its own with or without another V8 flag.
    const v8Data = (flags: string[]): Buffer => {
      const env = { ...process.env };
      delete env.NODE_OPTIONS;
      const script = "const vm = require('vm'); const s = new vm.Script(require('fs').readFileSync(process.argv[1], 'utf8'), { filename: process.argv[2], lineOffset: -1 }); s.runInThisContext(); process.stdout.write(s.createCachedData().toString('base64'));";
      const made = spawnSync(process.execPath, [...flags, '-e', script, wrapped, file], { encoding: 'utf8', env });
      assert.strictEqual(made.status, 0, made.stderr);
      return Buffer.from(made.stdout, 'base64');
    };
    fs.writeFileSync(`${file}.cache`, codeCacheFile(source, v8Data([])));
    assert.deepStrictEqual(loadInChild(dir), { used: true, answer: 'answer 4' }, 'made the way the build makes it: taken');
    fs.writeFileSync(`${file}.cache`, codeCacheFile(source, v8Data(['--expose-gc'])));
    assert.deepStrictEqual(loadInChild(dir), { used: false, answer: 'answer 4' });
  });

  it('runs without the cache where the CRC-32 cannot be checked (a Node without zlib.crc32)', () => {
    const file = writeBundle(tempDir('lp-cc-'), 4);
    fs.writeFileSync(`${file}.cache`, makeCache(file));
    const loaded = loadBundle(file, `${file}.cache`, null);
    assert.strictEqual(loaded.cacheUsed, false);
    assert.strictEqual((loaded.exports as Exports).answer(), 4);
  });

  it("stack traces name the bundle file's own lines and columns (the module wrapper adds none)", () => {
    const file = writeBundle(tempDir('lp-cc-'), 4);
    const stack = (loadBundle(file, undefined).exports as Exports).where();
    const column = bundleText(4).split('\n')[3].indexOf('new Error') + 1;
    assert.ok(stack.includes(`${file}:4:${column}`), stack);
  });

  it('the build made a cache for dist/cli-main.js that a plain node process takes', () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'cli-main.js.cache')));
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const check = spawnSync(process.execPath, [TRAINER, '--check', path.join(ROOT, 'dist')], { encoding: 'utf8', env });
    assert.strictEqual(check.stdout, 'used\n', check.stderr);
  });
});
