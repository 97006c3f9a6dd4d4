import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import type { PlanNode } from '../../src/core';
import { parse } from './helpers';

/**
 * The user's own encodings (issue 16): a weekly journal saved through Windows-1254 (Monday to
 * Saturday; Sunday was written afterwards in correct UTF-8, in Turkish), and notes through
 * Windows-1250 and Windows-1251. The fixtures are made from their sources as a Windows tool does it
 * (Node's WHATWG decoder, which keeps a byte the page lacks as its C1 control): checked here.
 */
const ROOT = path.join(__dirname, '..', '..', '..');
const ENCODING = path.join(ROOT, 'test', 'encoding-fixtures');
const read = (name: string): string => fs.readFileSync(path.join(ENCODING, name), 'utf8');
const through = (label: string, text: string): string => new TextDecoder(label).decode(new TextEncoder().encode(text));

/** Every title, task, field and link text of a plan: what the tree, breadcrumbs and CLI show. */
function shown(node: PlanNode): string[] {
  return [
    node.title,
    ...node.tasks.map((t) => t.text),
    ...node.fields.flatMap((f) => [f.name, f.value]),
    ...node.links.map((l) => l.text),
    ...node.children.flatMap(shown),
  ];
}

/** Characters that only mojibake puts in prose of these languages (ğŸ, â€, Ã, Ð, Ñ, Ä, Å, р + џ...). */
const MOJIBAKE = /[\u00c2-\u00c5\u00d0\u00d1\u00e2\u00f0\u011f]|\u0440\u045f|\u0432\u0402|\u0111\u017a/;

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += t + '\n'), err: () => undefined });
  return { code, out };
}

describe('the user\'s own encodings: fixtures', () => {
  it('are their sources read through the code page (the journal: Monday-Saturday, then Sunday in UTF-8, CRLF and a BOM)', () => {
    const journal = '\ufeff' + (through('windows-1254', read('week-journal.md')) + read('week-journal-sunday.md')).replace(/\n/g, '\r\n');
    assert.strictEqual(read('week-journal-cp1254.md'), journal);
    assert.strictEqual(read('notatki-cp1250.md'), through('windows-1250', read('notatki-cp1250.source.md')));
    assert.strictEqual(read('konspekt-cp1251.md'), through('windows-1251', read('konspekt-cp1251.source.md')));
  });

  it('the journal: every title, field and link reads as in the source, without mojibake', () => {
    const mangled = parse(read('week-journal-cp1254.md'), 'file:///ws/week-journal.md');
    const source = parse(read('week-journal.md') + read('week-journal-sunday.md'), 'file:///ws/week-journal.md');
    assert.deepStrictEqual(shown(mangled.root), shown(source.root));
    assert.deepStrictEqual(shown(mangled.root).filter((text) => MOJIBAKE.test(text)), []);
    assert.deepStrictEqual(mangled.root.children[0].children.map((c) => c.title), [
      '\u{1F305} Monday: Fresh Start', '\u{1F525} Tuesday: Deep Dive into Joins', '\u{1F9EA} Wednesday: Labs & Experiments',
      '\u{1F422} Thursday: Slow Day', '\u{1F389} Friday: Small Wins', '\u{1F9ED} Saturday: Review & Plan', '\u2600\ufe0f Sunday: Rest',
    ]);
  });

  it('the Windows-1250 and Windows-1251 notes read as their sources', () => {
    for (const [mangled, source] of [['notatki-cp1250.md', 'notatki-cp1250.source.md'], ['konspekt-cp1251.md', 'konspekt-cp1251.source.md']]) {
      assert.deepStrictEqual(shown(parse(read(mangled)).root), shown(parse(read(source)).root), mangled);
    }
    // `Её` is Russian in the source and stays so (its letters would decode to Ÿ).
    assert.ok(shown(parse(read('konspekt-cp1251.md')).root).includes('Её задача: сравнить список и кортеж \u{1F914}'));
  });

  it('the tracker\'s `ðŸ“ Reflection Questions` reads as 📝 Reflection Questions', () => {
    const tracker = parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'learning-journey-tracker.md'), 'utf8'));
    const titles = shown(tracker.root);
    assert.ok(titles.includes('\u{1F4DD} Reflection Questions'));
    assert.deepStrictEqual(titles.filter((text) => MOJIBAKE.test(text)), []);
  });

  it('the CLI outline of the journal shows the repaired titles', async () => {
    const { code, out } = await run('index', path.join(ENCODING, 'week-journal-cp1254.md'));
    assert.strictEqual(code, 0);
    assert.ok(out.includes('\u{1F305} Monday: Fresh Start'), out);
    assert.ok(out.includes('\u{1F9ED} Saturday: Review & Plan'), out);
    assert.ok(!MOJIBAKE.test(out.replace(/^.*week-journal-cp1254\.md.*$/m, '')), out);
  });
});
