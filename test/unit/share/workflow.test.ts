import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse as parseYaml } from 'yaml';
import { createProgressWorkflow, findProgressWorkflow, progressWorkflow, WorkflowOptionError } from '../../../src/core';
import { MemoryFileSystem } from '../../shared/memoryFileSystem';

// The bundle runs from out/test/unit/share.
const GOLDEN = path.join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'share', 'golden', 'progress-workflow.yml');

const text = (fs: MemoryFileSystem, path: string): string | undefined => {
  const entry = fs.entries.get(path);
  return entry?.kind === 'file' ? new TextDecoder().decode(entry.bytes) : undefined;
};

describe('progress workflow', () => {
  it('installs the CLI from the npm registry, redraws the SVGs and the README block, commits on the default branch', () => {
    const text = progressWorkflow({ cliVersion: '0.1.0', timeZone: 'Europe/Paris' });
    const yaml = parseYaml(text);
    assert.deepStrictEqual(Object.keys(yaml.on), ['push', 'workflow_dispatch']);
    assert.deepStrictEqual(yaml.permissions, { contents: 'write' });
    const job = yaml.jobs.progress;
    assert.strictEqual(job.if, 'github.ref_name == github.event.repository.default_branch');
    assert.deepStrictEqual(job.env, { TZ: 'Europe/Paris' });
    const runs = job.steps.filter((s: { run?: string }) => s.run).map((s: { run: string }) => s.run).join('\n');
    assert.match(runs, /npm install --global --no-audit --no-fund learning-plans@0\.1\.0/);
    assert.match(runs, /learning-plans heatmap '\.' --svg '\.learning-plans\/heatmap\.svg'/);
    assert.match(runs, /learning-plans badge '\.' --kind progress --svg '\.learning-plans\/progress\.svg'/);
    assert.match(runs, /learning-plans readme 'README\.md' '\.' --heatmap '\.learning-plans\/heatmap\.svg' --badge '\.learning-plans\/streak\.svg' --badge '\.learning-plans\/progress\.svg'/);
    assert.match(runs, /git diff --cached --quiet/);
    // A maintained Node.js (20 reached its end of life in April 2026).
    assert.strictEqual(job.steps[1].with['node-version'], 24);
    assert.match(runs, /git push/);
    assert.ok(!text.includes('schedule'), 'no daily run unless asked');
    assert.deepStrictEqual(parseYaml(progressWorkflow({ cliVersion: '0.1.0', daily: true })).on.schedule, [{ cron: '17 3 * * *' }]);
  });

  it('quotes paths for the shell and refuses values that could break out of the YAML or the command', () => {
    const text = progressWorkflow({ cliVersion: '1.2.3', plans: ["my plans/it's.md", 'notes'], readme: 'docs/READ ME.md' });
    assert.match(text, /learning-plans heatmap 'my plans\/it'\\''s\.md' 'notes' --svg/);
    assert.ok(parseYaml(text).jobs.progress.steps.length > 0, 'still valid YAML');
    const bad: Parameters<typeof progressWorkflow>[0][] = [
      { cliVersion: '1.0.0; rm -rf /' },
      { cliVersion: '1.0.0', timeZone: 'Europe/Paris\n    evil: true' },
      { cliVersion: '1.0.0', plans: ['a\nb'] },
      { cliVersion: '1.0.0', plans: ['--svg'] },
      { cliVersion: '1.0.0', plans: ['/etc'] },
      { cliVersion: '1.0.0', readme: '' },
    ];
    for (const options of bad) assert.throws(() => progressWorkflow(options), WorkflowOptionError, JSON.stringify(options));
  });

  it('is written byte for byte as the golden file, every option used (a trailing slash of the output folder dropped)', () => {
    const written = progressWorkflow({
      cliVersion: '1.2.3-beta.1',
      timeZone: 'America/Argentina/Buenos_Aires',
      daily: true,
      plans: ['plans', "it's.md"],
      readme: 'docs/README.md',
      outDir: 'site/progress//',
    });
    assert.strictEqual(written, fs.readFileSync(GOLDEN, 'utf8'));
  });

  it('says which value it refuses and why', () => {
    const refusals: [Parameters<typeof progressWorkflow>[0], string][] = [
      [{ cliVersion: 'latest' }, "'latest' is not a version"],
      [{ cliVersion: '1.0.0', timeZone: 'Paris!' }, "'Paris!' is not a time zone name (such as Europe/Paris)"],
      [{ cliVersion: '1.0.0', timeZone: 'Nope/Zone' }, "'Nope/Zone' is not a time zone name (such as Europe/Paris)"],
      [{ cliVersion: '1.0.0', timeZone: '' }, "'' is not a time zone name (such as Europe/Paris)"],
      [{ cliVersion: '1.0.0', plans: ['../elsewhere'] }, "a plan path must be a path inside the repository, relative to its root, not '../elsewhere'"],
      [{ cliVersion: '1.0.0', readme: 'docs/../../README.md' }, "the README path must be a path inside the repository, relative to its root, not 'docs/../../README.md'"],
      // GitHub puts an expression's value into the script before the shell reads it: quotes would not hold a commit message.
      [{ cliVersion: '1.0.0', plans: ['${{ github.event.head_commit.message }}'] }, "a plan path must not hold a GitHub expression (${{ ... }}), not '${{ github.event.head_commit.message }}'"],
      [{ cliVersion: '1.0.0', plans: ['C:/plans'] }, "a plan path must be a path inside the repository, relative to its root, not 'C:/plans'"],
      [{ cliVersion: '1.0.0', readme: '/README.md' }, "the README path must be a path inside the repository, relative to its root, not '/README.md'"],
      [{ cliVersion: '1.0.0', outDir: '-o' }, "the output folder must be a path inside the repository, relative to its root, not '-o'"],
      [{ cliVersion: '1.0.0', outDir: '/' }, "the output folder must be a path inside the repository, relative to its root, not ''"],
      [{ cliVersion: '1.0.0', package: 'tools/cli.zip' }, "the package must be a tarball made by npm pack (.tgz), not 'tools/cli.zip'"],
      [{ cliVersion: '1.0.0', package: '../cli.tgz' }, "the package path must be a path inside the repository, relative to its root, not '../cli.tgz'"],
    ];
    for (const [options, message] of refusals) assert.throws(() => progressWorkflow(options), (e: Error) => e instanceof WorkflowOptionError && e.message === message);
    // A version not on the registry: installed from its tarball, committed beside the plans (a trial's install failed).
    assert.match(progressWorkflow({ cliVersion: '1.0.0', package: 'tools/learning-plans-1.0.0.tgz' }), /\n {8}run: npm install --global --no-audit --no-fund '\.\/tools\/learning-plans-1\.0\.0\.tgz'\n/);
    assert.match(progressWorkflow({ cliVersion: '1.0.0', plans: ['notes/C:x.md'] }), /'notes\/C:x\.md'/, 'a drive letter only counts at the start');
    assert.match(progressWorkflow({ cliVersion: '1.0.0', plans: ['notes/..hidden', '$HOME {x}'] }), /'notes\/\.\.hidden' '\$HOME \{x\}'/, 'only `..` as a whole segment leaves the repository; a lone $ is quoted');
  });

  it('is created when none exists (folders too), and never overwrites one (.yml or .yaml) or goes through a link', async () => {
    const empty = new MemoryFileSystem();
    empty.addFolder('/repo');
    assert.strictEqual(await findProgressWorkflow(empty, '/repo'), null);
    assert.deepStrictEqual(await createProgressWorkflow(empty, '/repo', { cliVersion: '0.1.0' }), { created: true, path: '/repo/.github/workflows/learning-plans.yml' });
    assert.ok(text(empty, '/repo/.github/workflows/learning-plans.yml')!.startsWith('# Written by Learning Plans.'));
    for (const path of ['/repo/.github/workflows/learning-plans.yml', '/repo/.github/workflows/learning-plans.yaml']) {
      const repo = new MemoryFileSystem();
      repo.addFile(path, 'mine');
      assert.deepStrictEqual(await createProgressWorkflow(repo, '/repo', { cliVersion: '0.1.0' }), { created: false, existing: path });
      assert.strictEqual(text(repo, path), 'mine', 'nothing written');
      assert.strictEqual([...repo.entries.keys()].filter((p) => p.includes('learning-plans.y')).length, 1);
    }
    const linked = new MemoryFileSystem();
    linked.addFolder('/elsewhere');
    linked.addLink('/repo/.github', '/elsewhere');
    const refused = await createProgressWorkflow(linked, '/repo', { cliVersion: '0.1.0' });
    assert.ok(!refused.created && 'refused' in refused && /symbolic link/.test(refused.refused));
    assert.deepStrictEqual([...linked.entries.keys()].filter((p) => p.startsWith('/elsewhere/')), []);
  });

  it('a write that fails (a full disk) is thrown, and leaves none of the folders it made; a .github that was there stays', async () => {
    for (const existing of [[], ['/repo/.github']]) {
      const repo = new MemoryFileSystem();
      repo.addFolder('/repo');
      for (const folder of existing) repo.addFolder(folder);
      repo.failWrites = 'no space left on the device';
      await assert.rejects(createProgressWorkflow(repo, '/repo', { cliVersion: '0.1.0' }), /cannot write \/repo\/\.github\/workflows\/learning-plans\.yml: no space left on the device/);
      assert.deepStrictEqual([...repo.entries.keys()].filter((p) => p.startsWith('/repo/')), existing, JSON.stringify(existing));
    }
  });
});

