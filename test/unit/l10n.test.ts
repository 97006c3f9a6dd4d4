import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { getL10nJson } from '@vscode/l10n-dev';
import { formatMinutes, markDayComplete, progressLabel, renderProgressHtml, repairEncoding, summarizeToday } from '../../src/core';
import { parse } from './helpers';

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

  it('l10n/bundle.l10n.json holds every l10n.t string of the extension and the core (run `npm run l10n` after adding one)', async function () {
    this.timeout(30_000); // the extractor loads a tree-sitter parser
    const files = [...sourceFiles('src/extension'), ...sourceFiles('src/core')].map((file) => ({ extension: '.ts', contents: read(file) }));
    const extracted = await getL10nJson(files);
    const bundle = JSON.parse(read('l10n/bundle.l10n.json'));
    const missing = Object.keys(extracted).filter((key) => !(key in bundle));
    assert.deepStrictEqual(missing, [], 'strings missing from l10n/bundle.l10n.json');
    assert.deepStrictEqual(Object.keys(bundle).filter((key) => !(key in extracted)), [], 'stale strings in l10n/bundle.l10n.json');
  });

  it('shows no user-facing string literal without l10n.t in the extension or in what the core reports', () => {
    // A literal that starts with words (after an optional `$(icon)`), where a message, title or tooltip goes.
    const words = `['"\`](?:\\$\\([\\w-]+\\)\\s*)?[A-Za-z]{2}`;
    const raw = new RegExp(`(?:show(?:Information|Warning|Error)Message|setStatusBarMessage)\\(\\s*${words}|\\b(?:title|placeHolder|tooltip|label|description|message|summary|name)\\s*[:=]\\s*${words}|\\bfail\\(\\s*${words}`);
    const offenders: string[] = [];
    // In the core, `name` is data (notebook metadata, HTML attributes), not a label.
    const rawInCore = new RegExp(raw.source.replace('|summary|name)', '|summary)'));
    for (const file of [...sourceFiles('src/extension'), ...sourceFiles('src/core')]) {
      const pattern = file.startsWith(path.join('src', 'core')) ? rawInCore : raw;
      read(file).split('\n').forEach((line, i) => {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
        if (pattern.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepStrictEqual(offenders, []);
  });

  describe('core strings follow the configured bundle (as the extension configures @vscode/l10n at activation)', () => {
    const bundle: Record<string, string> = {
      'Marked {0} complete': '{0} erledigt',
      'Day {0}': 'Tag {0}',
      ', {0} tasks checked': ', {0} Aufgaben abgehakt',
      '{0}/{1} days': '{0}/{1} Tage',
      '{0} h {1} min': '{0} Std. {1} Min.',
      'Repaired {0} sequences of UTF-8 read as {1}': '{0} als {1} gelesene UTF-8-Sequenzen repariert',
      'current streak': 'aktuelle Serie',
    };
    afterEach(() => l10n.config({ contents: {} }));

    const plan = '# Days 1-7: C\n### Day 3 - T\n- [ ] a\n- [ ] b\n';
    const rows: [string, () => string, string, string][] = [
      ['an edit summary', () => {
        const parsed = parse(plan);
        const outcome = markDayComplete(plan, parsed.days[0], { date: '2026-11-21', checkTasks: true, journal: false });
        return outcome.ok ? outcome.summary : outcome.message;
      }, 'Marked Day 3 complete (\u2705 2026-11-21), 2 tasks checked', 'Tag 3 erledigt (\u2705 2026-11-21), 2 Aufgaben abgehakt'],
      ['a progress label', () => progressLabel(parse(plan).root), '0/1 days', '0/1 Tage'],
      ['a study time', () => formatMinutes(90), '1 h 30 min', '1 Std. 30 Min.'],
      ['the encoding repair summary', () => {
        const text = 'Caf\u00c3\u00a9 and \u00c3\u00a9\n';
        const outcome = repairEncoding(text, parse(text));
        return outcome.ok ? outcome.summary : outcome.message;
      }, 'Repaired 2 sequences of UTF-8 read as Windows-1252 (Western)', '2 als Windows-1252 (Western) gelesene UTF-8-Sequenzen repariert'],
    ];
    for (const [what, render, english, german] of rows) {
      it(`${what}: English without a bundle, translated with one`, () => {
        assert.strictEqual(render(), english);
        l10n.config({ contents: bundle });
        assert.strictEqual(render(), german);
      });
    }

    it('the progress page', () => {
      const plans = [parse(plan)];
      const html = () => renderProgressHtml({ summary: summarizeToday(plans, { today: '2026-11-21' }), plans, cspSource: 'x', nonce: 'n', language: 'de' });
      assert.match(html(), /current streak/);
      l10n.config({ contents: bundle });
      assert.match(html(), /aktuelle Serie/);
      assert.match(html(), /<html lang="de">/);
    });
  });
});
