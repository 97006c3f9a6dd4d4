/**
 * `npm test` and `npm run demo` right after `git clone` (issue 16 item 7): the pretest/predemo step
 * (scripts/bootstrap.js) decides what to install, and the demo behaves like VS Code (no smoke-test driver).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './tempDir';

interface Bootstrap {
  readonly PACKAGES: Record<'test' | 'demo', readonly string[]>;
  nodeModulesFresh(want: string, root: string): boolean;
  packagePlan(purpose: 'test' | 'demo', missing: readonly string[], isRoot: boolean): { action: string; line?: string; message?: string };
}

const ROOT = path.join(__dirname, '..', '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const bootstrap = require(path.join(ROOT, 'scripts', 'bootstrap.js')) as Bootstrap;

describe('the set-up step of npm test and npm run demo (scripts/bootstrap.js)', () => {
  it('asks for what each needs: the tests a browser, the demo none', () => {
    assert.ok(bootstrap.PACKAGES.test.includes('chromium'));
    assert.ok(!bootstrap.PACKAGES.demo.includes('chromium'), 'the demo never launches Chromium');
  });

  it('installs missing packages as root, and otherwise stops with the exact command to run', () => {
    assert.deepStrictEqual(bootstrap.packagePlan('test', [], false), { action: 'none' });
    assert.strictEqual(bootstrap.packagePlan('test', ['chromium'], true).action, 'install');
    const told = bootstrap.packagePlan('demo', ['libkrb5-dev'], false);
    assert.strictEqual(told.action, 'tell');
    assert.match(told.message ?? '', /npm run demo.*libkrb5-dev[\s\S]*sudo apt-get update && apt-get install -y libkrb5-dev/);
  });

  it('runs npm ci when node_modules is missing or older than the lock file, not when it matches', () => {
    const root = tempDir('lp-bootstrap-');
    fs.writeFileSync(path.join(root, 'package-lock.json'), '{}');
    assert.strictEqual(bootstrap.nodeModulesFresh('abc', root), false, 'no node_modules');
    fs.mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true });
    assert.strictEqual(bootstrap.nodeModulesFresh('abc', root), false, 'no record of which lock file it came from');
    fs.writeFileSync(path.join(root, 'node_modules', '.learning-plans-lock.sha256'), 'abc\n');
    assert.strictEqual(bootstrap.nodeModulesFresh('abc', root), true, 'installed from this lock file');
    assert.strictEqual(bootstrap.nodeModulesFresh('def', root), false, 'the lock file changed since');
  });

  it('package.json runs it before npm test and npm run demo; the demo starts code-server without the smoke-test driver', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    assert.strictEqual(scripts.pretest, 'node scripts/bootstrap.js test');
    assert.strictEqual(scripts.predemo, 'node scripts/bootstrap.js demo');
    // Notifications (refusals, "Day 31 is already complete") must show in the demo as in VS Code.
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'test', 'harness', 'demo.js'), 'utf8'), /smokeTestDriver|smoke-test/);
    assert.match(fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8'), /^npm test$/m);
  });
});
