import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nJson } from '@vscode/l10n-dev';

const ROOT = path.join(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

describe('localization', () => {
  it('package.json: every %key% is in package.nls.json, and every key there is used', () => {
    const text = read('package.json');
    const nls = JSON.parse(read('package.nls.json'));
    const used = new Set([...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    const missing = [...used].filter((key) => !(key in nls));
    assert.deepStrictEqual(missing, [], 'keys used in package.json but missing from package.nls.json');
    assert.deepStrictEqual(Object.keys(nls).filter((key) => !used.has(key)), [], 'keys in package.nls.json that nothing uses');
  });

  it('package.json: user-facing manifest strings go through package.nls.json', () => {
    const manifest = JSON.parse(read('package.json'));
    const literal = (value: unknown): boolean => typeof value === 'string' && !/^%[^%]+%$/.test(value);
    const c = manifest.contributes;
    const strings: [string, unknown][] = [
      ['displayName', manifest.displayName],
      ['description', manifest.description],
      ...c.commands.flatMap((cmd: { command: string; title: string; category: string }) => [[`${cmd.command} title`, cmd.title], [`${cmd.command} category`, cmd.category]]),
      ...Object.entries<{ markdownDescription?: string }>(c.configuration.properties).map(([key, s]) => [key, s.markdownDescription] as [string, unknown]),
      ...c.viewsWelcome.map((w: { contents: string }, i: number) => [`viewsWelcome[${i}]`, w.contents]),
      ...c.walkthroughs.flatMap((w: { title: string; steps: { id: string; title: string; description: string }[] }) => [
        ['walkthrough title', w.title],
        ...w.steps.flatMap((s) => [[`${s.id} title`, s.title], [`${s.id} description`, s.description]]),
      ]),
    ];
    assert.deepStrictEqual(strings.filter(([, value]) => literal(value)).map(([where]) => where), []);
  });

  it('l10n/bundle.l10n.json holds every vscode.l10n.t string of the extension (run `npm run l10n` after adding one)', async function () {
    this.timeout(30_000); // the extractor loads a tree-sitter parser
    const files = sourceFiles('src/extension').map((file) => ({ extension: '.ts', contents: read(file) }));
    const extracted = await getL10nJson(files);
    const bundle = JSON.parse(read('l10n/bundle.l10n.json'));
    const missing = Object.keys(extracted).filter((key) => !(key in bundle));
    assert.deepStrictEqual(missing, [], 'strings missing from l10n/bundle.l10n.json');
    assert.deepStrictEqual(Object.keys(bundle).filter((key) => !(key in extracted)), [], 'stale strings in l10n/bundle.l10n.json');
  });

  it('shows no user-facing string literal without vscode.l10n.t in the extension', () => {
    // A literal that starts with words (after an optional `$(icon)`), where a message, title or tooltip goes.
    const words = `['"\`](?:\\$\\([\\w-]+\\)\\s*)?[A-Za-z]{2}`;
    const raw = new RegExp(`(?:show(?:Information|Warning|Error)Message|setStatusBarMessage)\\(\\s*${words}|\\b(?:title|placeHolder|tooltip|label|description|message|name)\\s*[:=]\\s*${words}`);
    const offenders: string[] = [];
    for (const file of sourceFiles('src/extension')) {
      read(file).split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
        if (raw.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepStrictEqual(offenders, []);
  });
});
