import * as assert from 'assert';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../tempDir';

const ROOT = path.join(__dirname, '..', '..', '..', '..');

/** The environment without an outer `npm test`'s `npm_*` variables, which npm would read as its own config. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv() });
  assert.strictEqual(result.status, 0, `${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

describe('npm pack: the CLI package', () => {
  it('packs the CLI alone (built by prepack) and its bin runs from the tarball installed offline, without the extension', function () {
    this.timeout(180_000);
    // A copy of what the build needs, so prepack's production build does not touch this checkout's dist/.
    const work = tempDir('lp-pack-');
    const project = path.join(work, 'project');
    fs.mkdirSync(project);
    for (const name of ['package.json', '.npmignore', 'esbuild.js', 'tsconfig.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      fs.copyFileSync(path.join(ROOT, name), path.join(project, name));
    }
    fs.cpSync(path.join(ROOT, 'src'), path.join(project, 'src'), { recursive: true });
    // The sample plans the build runs the CLI over to make its code cache.
    fs.cpSync(path.join(ROOT, 'test', 'fixtures'), path.join(project, 'test', 'fixtures'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'), 'dir');

    const packed = run('npm', ['pack', '--json', '--pack-destination', work], project);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('[')));
    assert.deepStrictEqual(info.files.map((f: { path: string }) => f.path).sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli-main.js', 'dist/cli-main.js.cache', 'dist/cli-main.js.map', 'dist/cli-prefilter.js', 'dist/cli.js', 'package.json']);
    const tarball = path.join(work, info.filename);

    // Installed from the tarball alone: --offline proves nothing else is fetched (the bundle has no dependencies).
    const install = path.join(work, 'install');
    fs.mkdirSync(install);
    fs.writeFileSync(path.join(install, 'package.json'), '{ "name": "try-learning-plans", "private": true }\n');
    run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], install);
    // The code cache made by prepack's build sits next to the bundle, and a plain node process takes it there.
    const installed = path.join(install, 'node_modules', 'learning-plans', 'dist');
    assert.ok(fs.statSync(path.join(installed, 'cli-main.js.cache')).size > 100_000);
    assert.strictEqual(run(process.execPath, [path.join(ROOT, 'out', 'cli', 'trainCodeCache.js'), '--check', installed], install).stdout, 'used\n');
    const version = run('npx', ['--offline', 'learning-plans', '--version'], install);
    assert.strictEqual(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    const plan = path.join(ROOT, 'test', 'fixtures', 'days-031-060-lakehouse-for-ai.md');
    const index = run('npx', ['--offline', 'learning-plans', 'index', plan], install);
    assert.match(index.stdout, /Day 31 - Lakehouse vs Data Warehouse for AI/);
    const heatmap = run('npx', ['--offline', 'learning-plans', 'heatmap', plan, '--svg', '-', '--today', '2026-11-21'], install);
    assert.match(heatmap.stdout, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // A folder of thousands of notes: the pre-filter's worker thread runs from the installed package too.
    const vault = path.join(work, 'vault');
    fs.mkdirSync(vault);
    for (let k = 0; k < 8100; k++) fs.writeFileSync(path.join(vault, `note-${k}.md`), `# Note ${k}\n\nNothing to study.\n`);
    fs.copyFileSync(plan, path.join(vault, 'note-0500-plan.md'));
    const vaultIndex = run('npx', ['--offline', 'learning-plans', 'index', vault], install);
    assert.match(vaultIndex.stdout, /Day 31 - Lakehouse vs Data Warehouse for AI/);
    assert.strictEqual(vaultIndex.stderr, '');
  });
});
