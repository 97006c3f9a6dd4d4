import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('packaging (.vsix)', () => {
  it('shows no SVG image in the README or CHANGELOG (vsce refuses to package them; the Marketplace shows none)', () => {
    for (const name of ['README.md', 'CHANGELOG.md']) {
      const text = fs.readFileSync(path.join(ROOT, name), 'utf8');
      const svgImages = [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+\.svg)\)|<img[^>]+src="([^"]+\.svg)"/gi)].map((m) => m[1] ?? m[2]);
      assert.deepStrictEqual(svgImages, [], `${name} embeds SVG images`);
    }
  });

  it('contains only what runs: the two bundles, manifest and its strings, icons, walkthrough pages, docs', function () {
    this.timeout(60_000);
    const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const listed = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(listed.status, 0, listed.stderr);
    const files = listed.stdout.split('\n').map((line) => line.trim()).filter(Boolean).sort();
    assert.deepStrictEqual(files, [
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/extension.js',
      'dist/web/extension.js',
      'l10n/bundle.l10n.json',
      'media/icon.png',
      'media/learning-plans.svg',
      'media/walkthrough/complete.md',
      'media/walkthrough/lab.md',
      'media/walkthrough/plan.md',
      'media/walkthrough/streak.md',
      'package.json',
      'package.nls.json',
    ]);
  });
});
