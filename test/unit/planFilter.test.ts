import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { mayBePlanBytes, whyMaybePlan } from '../../src/core';
import { daySections } from '../bench/corpus';
import { vaultNotes } from '../bench/vault';
import { document, documentBeforeItemDays, nearMissDocument, runs, type GeneratedDocument } from './fuzz/documents';
import { parse } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The property: a file the parser calls a plan is never rejected by the pre-filter. */
function assertNeverRejects(text: string, name = 'plan.md', bytes = utf8(text)): boolean {
  const isPlan = parse(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), `file:///ws/${name}`).isPlan;
  const maybe = mayBePlanBytes(bytes, `file:///ws/${name}`);
  if (isPlan) assert.ok(maybe, `a plan the pre-filter rejects (${name}): ${JSON.stringify(text.slice(0, 2000))}`);
  return isPlan;
}

/** Every markdown file under a test folder, with its bytes. */
function filesUnder(folder: string): { name: string; relative: string; bytes: Uint8Array }[] {
  const dir = path.join(ROOT, folder);
  return fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort()
    .map((f) => ({ name: path.basename(f), relative: f.split(path.sep).join('/'), bytes: fs.readFileSync(path.join(dir, f)) }));
}

/** Small noise markdown adds around words, and the ways text gets mangled, applied line by line. */
const NOISE: ((line: string) => string)[] = [
  (l) => l,
  (l) => l.toUpperCase(),
  (l) => l.replace(/^([#>\-*+\d.) \t]*)(\S+)/, '$1**$2**'),
  (l) => l.replace(/^([#>\-*+\d.) \t]*)/, '$1\u{1F3AF} '),
  (l) => l.replace(' ', '\u00a0'),
  (l) => mojibake(l),
  (l) => l.replace(/D(ay|ía)/i, '&#68;$1'),
  (l) => l.replace(/^([#>\-*+\d.) \t]*)(\S+)/, '$1<b>$2</b>'),
  (l) => l.replace(/(\w)(\w+)/, '$1_$2'),
  (l) => l.replace(/k/g, '\u212a'),
  (l) => l.replace(/ /g, '\t'),
  (l) => `> ${l}`,
  (l) => `- ${l}`,
  (l) => l.replace(/^(#+ )?(\S+) (\S+)/, '$1$2\n$3'),
  (l) => l.replace(/([A-Za-z])/, '$1`` ``'),
  (l) => l.replace(/^(#+ )(.*)$/, '$2\n---'),
];

/** Mojibake: UTF-8 read as Windows-1252 and saved again. */
function mojibake(text: string): string {
  const bytes = utf8(text);
  let out = '';
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : new TextDecoder('windows-1252').decode(new Uint8Array([b]));
  return out;
}

const noisy = (documents: fc.Arbitrary<GeneratedDocument>): fc.Arbitrary<string> => fc.tuple(documents, fc.array(fc.nat({ max: NOISE.length * 3 }), { minLength: 8, maxLength: 8 }), fc.boolean()).map(([doc, picks, mangled]) => {
  const lines = doc.text.split('\n').map((line, i) => (NOISE[picks[i % picks.length]] ?? NOISE[0])(line));
  const text = lines.join('\n');
  return mangled ? mojibake(text) : text;
});
const noisyDocument = noisy(document);

describe('pre-filter: never rejects a plan', function () {
  this.timeout(120_000);

  it('every file in test/fixtures, test/formats and test/encoding-fixtures that is a plan', () => {
    let plans = 0;
    for (const folder of ['test/fixtures', 'test/formats', 'test/encoding-fixtures']) {
      for (const { name, bytes } of filesUnder(folder)) if (assertNeverRejects(new TextDecoder().decode(bytes), name, bytes)) plans++;
    }
    assert.ok(plans > 30, `${plans} plans`);
  });

  it('generated plans (the fuzz corpus), near misses, and both with markdown noise and mojibake added', () => {
    let plans = 0;
    fc.assert(fc.property(document, (doc) => void (assertNeverRejects(doc.text) && plans++)), { seed: 1901, numRuns: runs(1500) });
    fc.assert(fc.property(nearMissDocument, (text) => void assertNeverRejects(text)), { seed: 1902, numRuns: runs(300) });
    fc.assert(fc.property(noisyDocument, (text) => void (assertNeverRejects(text) && plans++)), { seed: 1903, numRuns: runs(3000) });
    assert.ok(plans > runs(2000), `${plans} plans`); // FUZZ_SCALE scales the runs (npm run mutate: 0.1)
  });

  it('the bench vault: every plan kept, at least 99% of the other notes skipped', () => {
    const sections = daySections(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'days-031-060-lakehouse-for-ai.md'), 'utf8'));
    let plans = 0;
    let notes = 0;
    let skipped = 0;
    const hundreds = Math.max(3, runs(15)); // one plan in every 100 notes; FUZZ_SCALE (npm run mutate: 0.1) scales them
    for (const note of vaultNotes(ROOT, sections, 100 * hundreds)) {
      if (assertNeverRejects(note.text, path.basename(note.path))) plans++;
      else if (++notes && !mayBePlanBytes(utf8(note.text), note.path)) skipped++;
    }
    assert.strictEqual(plans, hundreds);
    assert.ok(skipped / notes >= 0.99, `${skipped} of ${notes} notes skipped`);
  });
});

/**
 * The filter's verdict on a fixed corpus, pinned in a golden file (issue 15: its mutants showed that only
 * "never rejects a plan" was tested, so a filter that let every note through would pass). Each row is a file
 * and why it is a maybe (`whyMaybePlan`), or `no`: a change shows which notes an index now parses or skips.
 * After a deliberate change: `node esbuild.js --unit-only && UPDATE_GOLDEN=1 npx mocha --no-config out/test/unit/planFilter.test.js`
 * (without --no-config mocha runs the whole suite too), then review the diff.
 */
const VERDICTS = path.join(ROOT, 'test', 'unit', 'golden', 'filter-verdicts.txt');

function verdicts(): string {
  const rows: string[] = [];
  const why = (text: string, name: string, bytes = utf8(text)): string => whyMaybePlan(bytes, `file:///ws/${name}`) ?? 'no';
  for (const folder of ['test/fixtures', 'test/formats', 'test/encoding-fixtures']) {
    for (const { name, relative, bytes } of filesUnder(folder)) rows.push(`${folder}/${relative}: ${why('', name, bytes)}`);
  }
  fc.sample(nearMissDocument, { seed: 1902, numRuns: 300 }).forEach((text, i) => rows.push(`near miss ${i}: ${why(text, 'notes.md')}`));
  fc.sample(noisy(documentBeforeItemDays), { seed: 1903, numRuns: 300 }).forEach((text, i) => rows.push(`noisy ${i}: ${why(text, 'notes.md')}`));
  const sections = daySections(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'days-031-060-lakehouse-for-ai.md'), 'utf8'));
  for (const note of vaultNotes(ROOT, sections, 1500)) rows.push(`vault ${path.basename(note.path)}: ${why(note.text, path.basename(note.path))}`);
  return `${rows.join('\n')}\n`;
}

describe('pre-filter: its verdicts on a fixed corpus', function () {
  this.timeout(120_000);

  it('are the golden file test/unit/golden/filter-verdicts.txt', () => {
    const actual = verdicts();
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(VERDICTS, actual);
    const expected = fs.readFileSync(VERDICTS, 'utf8').split('\n');
    const changed = actual.split('\n').map((row, i) => [row, expected[i]]).filter(([a, e]) => a !== e);
    assert.strictEqual(changed.length, 0, `${changed.length} verdicts changed, first: ${JSON.stringify(changed.slice(0, 5))}`);
    assert.strictEqual(actual.split('\n').length, expected.length);
  });
});

describe('pre-filter: what it reads', () => {
  // Each of these is a plan for the parser (checked) and a maybe for the filter.
  const plans: [string, string][] = [
    ['a task', 'notes\n- [ ] read\n'],
    ['a task deep in containers', '> 1. - [x] done\n'],
    ['a task after an empty item line', '-\n  [/] started\n'],
    ['a heading task', '#### [ ] Learning Theory\n'],
    ['a day heading with emphasis inside the word', '### D**ay** 3\n'],
    ['a day heading after emoji and markup', '## \u{1F3AF} **Day 3**: Intro\n'],
    ['upper case, beyond ASCII', '## D\u00cdA 3\n'],
    ['a week spelled with the Kelvin sign', '## WEE\u212a 3\n'],
    ['Cyrillic', '## \u0414\u0415\u041d\u042c 3\n'],
    ['a day later in a heading', '## Topic | Day 12\n'],
    ['a range in parentheses', '## Final Sprint (Days 26-30)\n'],
    ['a Roman part', '## Part II\n'],
    ['a setext heading over two lines', 'Day\n3\n---\n'],
    ['a setext heading in a list item', '- Day 3\n  ===\n'],
    ['an entity in a heading', '## &#68;ay 3\n'],
    ['HTML in a heading', '## <b>Day</b> 3\n'],
    ['a no-break space', '## Day\u00a03\n'],
    ['a form with the number inside', '## \u7b2c3\u5929\n'],
    ['a number-first form', '## 3. Tag\n'],
    ['a challenge shorthand', '### R1D1\n### R1D2\n'],
    ['a bootcamp\'s days of weeks', '### W1D1\n### W1D2\n'],
    ['a bootcamp\'s paragraph days', 'W1D1: setup\n\nW1D2: loops\n\nW1D3: lists\n'],
    ['days of weeks (a couch-to-5K plan)', '### Week 1, Day 1\n### Week 1, Day 2\n### Week 2 - Day 1\n'],
    ['two weekdays', '# Study week\n## Monday\n\n## Tue\n'],
    ['today and a weekday', '# Learning Spanish\n## TODAY (Monday)\n\n## Wednesday\n'],
    ['paragraph days', '**Day 1:** a\n\n**Day 2:** b\n\nDay 3/100: c\n'],
    ['bold paragraph days followed by words (found by a reviewer)', '# Notes\n\n**Day 1** Read chapter one\n\n__Day 2__ Read chapter two\n\n**Day 3** Read chapter three\n'],
    ['a weekday and a date in a study journal (found by a reviewer)', '# Study notes\n\n## Monday\n\nread\n\n## January 5, 2024\n\nread\n'],
    ['a day table', '| Day | Topic |\n|---|---|\n| 01 | a |\n| 02 | b |\n'],
    ['a day table headed in a heading line', '# Day | Topic\n---|---\n1 | a\n2 | b\n'],
    ['a one-column day table', 'Day |\n---\n1\n2\n'],
    ['a day table headed with emoji (a trial\'s `| 📅 Day | 📚 Topic |` read as no table)', '| \u{1F4C5} Day | \u{1F4DA} Topic | \u2705 Done |\n|---|---|---|\n| 1 | a | \u2705 |\n| 2 | b | |\n'],
    ['a day table headed `Day #`', '| Day # | Topic |\n|---|---|\n| 1 | a |\n| 2 | b |\n'],
    ['a Chinese day table headed 天 (a trial\'s read as no plan)', '| \u5929 | \u4e3b\u9898 | \u72b6\u6001 |\n|---|---|---|\n| 1 | a | \u2b1c |\n| 2 | b | \u2b1c |\n'],
    ['a Japanese day table headed 日目', '| \u65e5\u76ee | \u30c6\u30fc\u30de |\n|---|---|\n| 1 | a |\n| 2 | b |\n'],
    ['a Korean day table headed 일차', '| \uc77c\ucc28 | \uc8fc\uc81c |\n|---|---|\n| 1 | a |\n| 2 | b |\n'],
    ['table rows without pipes', '| Week | Topic |\n|---|---|\nDay 1\nDay 2\n'],
    ['a tracker by date (a trial\'s read as no plan)', '| Date | Topic | Done |\n|---|---|---|\n| 11/20/2026 | a | \u2705 |\n| 11/21/2026 | b | |\n'],
    ['a tracker by date headed `[x]` (found by a reviewer)', '| Date | Topic | [x] |\n|---|---|---|\n| 2026-11-20 | a | x |\n| 2026-11-21 | b | |\n'],
    ['a tracker by date headed with emphasis and emoji', '| **\u{1F4C5} Date** | Topic | _Status_ |\n|---|---|---|\n| 2026-11-20 | a | done |\n| 2026-11-21 | b | todo |\n'],
    ['a tracker by date headed with an entity', '| &#68;ate | Topic | Done |\n|---|---|---|\n| 2026-11-20 | a | \u2705 |\n| 2026-11-21 | b | |\n'],
    ['a dated log with a learning word in a heading', '# Study log\n\n## 2024-01-05\n\n## 2024-01-06\n'],
    ['a dated log titled in its front matter', '---\ntitle: >-\n  My learning journal\n---\n## 2024-01-05\n\n## 2024-01-06\n'],
    ['a day written in mojibake', mojibake('## D\u00eda 3\n')],
    ['CRLF line endings', '## Week 1\r\n'],
    ['lone CR line endings', 'x\rDay 3\r===\r'],
    ['a BOM', '\ufeff# Day 1\n'],
    // Study time logged under a date makes a journal whatever its title (a trial's `# Diario` counted only named alone).
    ['a dated entry with a session logged under it', '# Diario\n\n## 2026-11-27\n\nx\n- \u23F1 2026-11-27 (20 min)\n'],
    ['a weekday entry with a session logged under it', '# Notes\n\n## Monday\n\n- \u23F1 2026-11-23 19:00-19:30 (30 min)\n'],
  ];
  for (const [what, text] of plans) {
    it(`maybe: ${what}`, () => {
      assert.ok(parse(text).isPlan, 'the parser reads a plan');
      assert.ok(mayBePlanBytes(utf8(text), 'notes.md'), `rejected: ${JSON.stringify(text)}`);
    });
  }

  // Notes a vault is full of: the filter proves they are no plans without parsing them.
  const notes: [string, string][] = [
    ['prose with days and weeks', '# Trip\n\nWe hiked on day 5 and rested all week. Today was fine; next Monday we fly.\n'],
    ['a line that starts with a day, as prose', 'Day 5 was the hardest.\n\nDay 6 too.\n\nDay 7 also.\n'],
    ['days in list items', '- Day 1: arrive\n- Day 2: hike\n- Day 3: rest\n'],
    ['headings with day words later', '## This week\n\n## Plans for the day\n\n## What happened today\n'],
    ['section words without numbers', '## Session notes\n\n## Part of the plan\n\n## Unit tests\n'],
    ['dated meeting notes', '# Team sync\n\n## 2024-01-05\nbudget\n\n## 2024-01-12\nroadmap\n'],
    ['dated notes with a learning word in the tags only', '---\ntags: [log, practice]\n---\n## 2024-01-05\n\n## 2024-01-12\n'],
    ['one weekday heading', '## Monday\n\nstandup\n'],
    ['a short weekday before a word', '## Sun exposure\n\n## Sat nav\n'],
    ['a timetable', '| Time | Topic |\n|---|---|\n| 9:00 | Day 1 pass |\n'],
    ['wiki links and code', '# Note\n\nSee [[Day planner]] and `day(3)`.\n\n```bash\necho day 3\n```\n'],
    ['accented prose', '# Caf\u00e9 notes\n\nIl fait beau aujourd\u2019hui, d\u00e9j\u00e0 vu.\n'],
    ['a stopwatch in prose beside no dated heading', '# Kitchen\n\n## Timers\n\nThe \u23F1 rings at noon.\n'],
  ];
  for (const [what, text] of notes) {
    it(`no: ${what}`, () => {
      assert.ok(!parse(text).isPlan, 'the parser reads no plan');
      assert.strictEqual(whyMaybePlan(utf8(text), 'notes.md'), null);
    });
  }

  it('counts what needs several lines, each rule from both sides of its threshold', () => {
    const cases: [string, string | null][] = [
      ['## Monday\n', null],
      ['## Monday\n\nx\n\n## 2024-01-05\n', 'weekday headings'],
      ['# Study\n\n## 2024-01-05\n', null],
      ['# Study\n\n## 2024-01-05\n\n## 2024-01-06\n', 'dated headings'],
      ['## 2024-01-05\n\n## 2024-01-06\n', null],
      ['**Day 1:** a\n\n**Day 2:** b\n', null],
      ['**Day 1:** a\n\n**Day 2:** b\n\n**Day 3:** c\n', 'paragraph days'],
      ['> **Day 1:** a\n\n> **Day 2:** b\n\n> **Day 3:** c\n', null],
      ['# Study\n\n- Day 1: a\n', null],
      ['# Study\n\n- Day 1: a\n* Day 2: b\n', 'item days'],
      ['# Study\n\n1. Day 1: a\n2) Day 2: b\n', 'item days'],
      ['- Day 1: a\n- Day 2: b\n', null],
      ['- Day 1/100: a\n- Day 2/100: b\n', 'item days'],
      ['- R1D1 a\n- R1D2 b\n', 'item days'],
      // In a quote: no day for the parser, a maybe for the filter (it counts any line but a paragraph's).
      ['# Study\n\n> Day 1: a\n> Day 2: b\n', 'item days'],
      ['| Topic | x |\n|---|---|\n| Day 1 | a |\n', null],
      ['| Topic | x |\n|---|---|\n| Day 1 | a |\n| Day 2 | b |\n', 'table rows'],
      ['Day 1\nDay 2\n', null],
      ['| Day | x |\n|---|---|\n', 'line 2'],
      ['- [y] y\n', null],
      ['- [X] y\n', 'line 1'],
      ['- [ ]\n', 'line 1'],
      ['## [x]\n', 'line 1'],
      ['####### Day 3\n', null],
      ['#Day 3\n', null],
      ['## Day-3\n', null],
      ['## Weekly 3\n', null],
      ['## Week one\n', null],
      ['## Day3\n', 'line 1'],
      ['## Round 1\n', 'line 1'],
      ['text\n\n## Day 3\n', 'line 3'],
    ];
    for (const [text, why] of cases) {
      assert.strictEqual(whyMaybePlan(utf8(text), 'file:///ws/notes.md'), why, JSON.stringify(text));
      if (why === null) assert.ok(!parse(text).isPlan, `the parser agrees: ${JSON.stringify(text)}`);
    }
  });

  it('reads paragraph days, table rows and front matter as the parser may (exact reasons)', () => {
    const three = (a: string, b: string, c: string): string => `${a}\n\n${b}\n\n${c}\n`;
    const dated = '## 2024-01-05\n\n## 2024-01-06\n';
    const cases: [string, string | null][] = [
      [three('Day 1: a', 'Day 2: b', 'Day 3: c'), 'paragraph days'],
      [three('Day 1 was long', 'Day 2 too', 'Day 3 also'), null],
      [three('Day 1 of 100: a', 'Day 2 of 100: b', 'Day 3 OF 100 - c'), 'paragraph days'],
      [three('Day 1 of the trip', 'Day 2 of it', 'Day 3 of 7 was long'), null],
      [three('**Day 1** Read', '**Day 2** Read', '**Day 3** Read'), 'paragraph days'],
      [three('_Day 1_ Read', '_Day 2_ Read', '_Day 3_ Read'), 'paragraph days'],
      [three('Day #1: a', 'Day #2: b', 'Day #3: c'), 'paragraph days'],
      [three('Day 1-2: a', 'Day 3-4: b', 'Day 5-6: c'), 'paragraph days'],
      [three('Day 1\u20132: a', 'Day 3\u20134: b', 'Day 5\u20136: c'), 'paragraph days'],
      [three('Day 1 ~ 2: a', 'Day 3 ~ 4: b', 'Day 5 ~ 6: c'), null],
      [three('Day 1', 'Day 2', 'Day 3'), 'paragraph days'],
      [three('Day one: a', 'Day two: b', 'Day three: c'), null],
      [three('Day \u00e9: a', 'Day <b>2</b>: b', 'Day &#51;: c'), 'paragraph days'],
      [three('R1D1 a', 'R1D2 b', 'R1D3 c'), 'paragraph days'],
      [three('\u7b2c1\u5929 a', '\u7b2c2\u5929 b', '\u7b2c3\u5929 c'), 'paragraph days'],
      [three('Dayx 1: a', 'Dayx 2: b', 'Dayx 3: c'), null],
      ['| Topic | x |\n|---|---|\n| Day 1 | a |\n| Day 2 | b |\n', 'table rows'],
      ['| Topic | x |\n|---|---|\n| **Day 1** | a |\n| **Day 2** | b |\n', 'table rows'],
      ['| Topic | x |\n|---|---|\n| Day 1-2 | a |\n| Day 3-4 | b |\n', 'table rows'],
      ['| Topic | x |\n|---|---|\n| Day 1 was | a |\n| Day 2 was | b |\n', null],
      ['Day 1 | a\nDay 2 | b\n', null],
      ['| Topic | Day |\n|---|---|\n| a | 1 |\n| b | 2 |\n', 'line 2'],
      ['| Topic | \\| Day |\n|---|---|\n| a | 1 |\n', 'line 2'],
      ['| Topic | <b>x</b> |\n|---|---|\n| a | 1 |\n', 'line 2'],
      ['Topic | Day\n---|---\na | 1\n', 'line 2'],
      [`---\ntitle: Study log\n---\n${dated}`, 'dated headings'],
      [`---\ntitle: >-\n  Study log\n---\n${dated}`, 'dated headings'],
      [`---\ntitle : Study\n---\n${dated}`, 'dated headings'],
      [`---\ntitle: "Team \\u0053tudy"\n---\n${dated}`, 'dated headings'],
      [`---\ntitle: "Team\n---\n${dated}`, 'dated headings'],
      [`---\ntitles: Study\n---\n${dated}`, null],
      [`---\ntags: study\n---\n${dated}`, null],
      [`---\ntitle: Team\n...\n${dated}`, null],
      ['---\n- [ ] in front matter\n---\nx\n', null],
      ['---\n- [ ] not closed\n', 'line 2'],
    ];
    for (const [text, why] of cases) {
      assert.strictEqual(whyMaybePlan(utf8(text), 'file:///ws/notes.md'), why, JSON.stringify(text));
      if (why === null) assert.ok(!parse(text).isPlan, `the parser agrees: ${JSON.stringify(text)}`);
    }
  });

  it('a learning word in the file name makes dated headings a maybe', () => {
    const text = '## 2024-01-05\nnotes\n## 2024-01-06\nnotes\n';
    assert.strictEqual(mayBePlanBytes(utf8(text), 'file:///ws/notes.md'), false);
    assert.strictEqual(mayBePlanBytes(utf8(text), 'file:///ws/learning-log.md'), true);
  });

  it('says why it cannot rule a file out', () => {
    assert.strictEqual(whyMaybePlan(utf8('a\n## Week 2\n'), 'x.md'), 'line 2');
    assert.strictEqual(whyMaybePlan(utf8('## Monday\n## Friday\n'), 'x.md'), 'weekday headings');
    assert.strictEqual(whyMaybePlan(utf8(mojibake('## \u0414\u0435\u043d\u044c 3\n')), 'x.md'), 'mojibake');
  });
});
