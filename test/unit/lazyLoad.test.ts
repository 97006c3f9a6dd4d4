import * as assert from 'assert';
import * as path from 'path';
import * as vm from 'vm';
import { buildSync } from 'esbuild';

const ROOT = path.join(__dirname, '..', '..', '..');

interface Probe {
  markdownBuilt(): boolean;
  codePagesBuilt(): boolean;
  mayBePlanBytes(bytes: Uint8Array, name: string): boolean;
  buildPlan(document: { uri: string; version: number; getText(): string }): { isPlan: boolean };
}

/** A fresh copy of the core, as a bundle loads it (each test process has parsed already). */
function freshCore(): Probe {
  const contents = "export * from './src/core'; export { markdownBuilt } from './src/core/parse/markdown'; export { codePagesBuilt } from './src/core/text/codePages';";
  const built = buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  const module = { exports: {} as Probe };
  const load = vm.runInThisContext(`(function (module, exports, require) {${built.outputFiles[0].text}\n})`) as (m: unknown, e: unknown, r: NodeRequire) => void;
  load(module, module.exports, require);
  return module.exports;
}

describe('cheap at rest: nothing is built before it is needed (issue 15.7)', function () {
  this.timeout(60_000);

  it('loading the core builds no markdown-it instance and no code-page table; the pre-filter on notes builds none either', () => {
    const core = freshCore();
    assert.strictEqual(core.markdownBuilt(), false);
    assert.strictEqual(core.codePagesBuilt(), false);
    const note = new TextEncoder().encode('# Trip\n\nWe hiked on day 5 and rested all week.\n');
    assert.strictEqual(core.mayBePlanBytes(note, 'trip.md'), false);
    assert.strictEqual(core.markdownBuilt(), false);
    // The first parse builds them; an ASCII plan still needs no code page.
    assert.ok(core.buildPlan({ uri: 'file:///p.md', version: 1, getText: () => '## Day 1\n- [ ] read\n' }).isPlan);
    assert.strictEqual(core.markdownBuilt(), true);
    assert.strictEqual(core.codePagesBuilt(), false);
  });
});
