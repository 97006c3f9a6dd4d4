import * as assert from 'assert';
import { applyLineRangeEditToBytes, applyTextEdits, escapeMarkdown, linkTarget, readmeBlockLines, summarizeToday, updateReadmeBlock } from '../../../src/core';
import { lines, parse } from '../helpers';

const BLOCK = ['', 'new content', ''];

/** Applies an update to text the way the CLI does to bytes, and checks both agree. */
function apply(readme: string, block: readonly string[] = BLOCK): string {
  const update = updateReadmeBlock(readme, block);
  if (update.kind === 'unchanged') return readme;
  assert.notStrictEqual(update.kind, 'refused', update.kind === 'refused' ? update.message : '');
  if (update.kind === 'refused') return readme;
  const text = applyTextEdits(readme, [update.edit]);
  const bytes = applyLineRangeEditToBytes(new TextEncoder().encode(readme), update.edit);
  assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), text, 'the byte writer agrees with the text edit');
  return text;
}

describe('README block', () => {
  it('replaces only the lines between the markers, and a second run changes nothing (before/after table)', () => {
    const cases: [string, string, string][] = [
      ['LF',
        '# Me\n\n<!-- learning-plans:start -->\nold\n<!-- learning-plans:end -->\nAfter\n',
        '# Me\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\nAfter\n'],
      ['CRLF stays CRLF',
        '# Me\r\n<!-- learning-plans:start -->\r\nold\r\n<!-- learning-plans:end -->\r\n',
        '# Me\r\n<!-- learning-plans:start -->\r\n\r\nnew content\r\n\r\n<!-- learning-plans:end -->\r\n'],
      ['empty block, BOM, no final newline',
        '\uFEFF<!-- learning-plans:start -->\n<!-- learning-plans:end -->',
        '\uFEFF<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->'],
      ['markers indented up to 3 spaces, trailing spaces',
        '   <!-- learning-plans:start -->  \nx\n<!-- learning-plans:end -->\n',
        '   <!-- learning-plans:start -->  \n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['no markers: added at the end after a blank line',
        '# Me\nText\n',
        '# Me\nText\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['no markers, no final newline, CRLF',
        '# Me\r\nText',
        '# Me\r\nText\r\n\r\n<!-- learning-plans:start -->\r\n\r\nnew content\r\n\r\n<!-- learning-plans:end -->\r\n'],
      ['no markers, already a blank line at the end',
        'Text\n\n',
        'Text\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['markers shown in a code block are documentation, not the block',
        '```\n<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n```\n',
        '```\n<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n```\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['markers inside a line or indented 4 spaces are not markers',
        'See `<!-- learning-plans:start -->`.\n\n    <!-- learning-plans:end -->\n',
        'See `<!-- learning-plans:start -->`.\n\n    <!-- learning-plans:end -->\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['a lone CR ends each line: the block uses it',
        '# Me\r<!-- learning-plans:start -->\rold\r<!-- learning-plans:end -->\r',
        '# Me\r<!-- learning-plans:start -->\r\rnew content\r\r<!-- learning-plans:end -->\r'],
      ['as many lines as the new block, a later one different',
        '<!-- learning-plans:start -->\n\nold content\n\n<!-- learning-plans:end -->\n',
        '<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['no markers, one line and no line ending: LF',
        'Text',
        'Text\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['no markers, lone CRs',
        '# Me\rText',
        '# Me\rText\r\r<!-- learning-plans:start -->\r\rnew content\r\r<!-- learning-plans:end -->\r'],
      ['an empty README: the block alone',
        '',
        '<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
      ['markers in a code block further down are documentation too',
        'Intro\n\n```\n<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n```\n',
        'Intro\n\n```\n<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n```\n\n<!-- learning-plans:start -->\n\nnew content\n\n<!-- learning-plans:end -->\n'],
    ];
    for (const [what, before, after] of cases) {
      const once = apply(before);
      assert.strictEqual(once, after, what);
      assert.strictEqual(updateReadmeBlock(once, BLOCK).kind, 'unchanged', `${what}: idempotent`);
    }
  });

  it('names the images the block showed that the new block leaves out, decoded; none when it appends or keeps them', () => {
    const dropped = (readme: string, block: string[]): readonly string[] | string => {
      const update = updateReadmeBlock(readme, block);
      return update.kind === 'replace' || update.kind === 'append' ? update.dropped : update.kind;
    };
    const old = lines('# Me', '<!-- learning-plans:start -->', '![Study activity](.learning-plans/heat%20map.svg)', '', '![a](s.svg) ![b \\] c](p.svg)', '<!-- learning-plans:end -->', '');
    assert.deepStrictEqual(dropped(old, ['', 'x']), ['.learning-plans/heat map.svg', 's.svg', 'p.svg']);
    assert.deepStrictEqual(dropped(old, ['![a](s.svg)', 'x']), ['.learning-plans/heat map.svg', 'p.svg']);
    assert.deepStrictEqual(dropped(old.replace('heat%20map', '100%'), ['![a](s.svg) ![b](p.svg)']), ['.learning-plans/100%.svg'], 'not valid percent-encoding: as written');
    assert.deepStrictEqual(dropped('# Me\n', ['![a](s.svg)']), [], 'appended: nothing was shown');
    assert.deepStrictEqual(dropped('```\n<!-- learning-plans:start -->\n![a](s.svg)\n<!-- learning-plans:end -->\n```\n', ['x']), [], 'markers in code are no block: appended');
  });

  it('refuses, changing nothing, when the markers are ambiguous', () => {
    const refused: [string, RegExp][] = [
      ['<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n', /2 start and 2 end/],
      ['<!-- learning-plans:end -->\n<!-- learning-plans:start -->\n', /comes before/],
      ['<!-- learning-plans:start -->\nno end\n', /start --> without <!-- learning-plans:end/],
      ['<!-- learning-plans:start -->\n<!-- learning-plans:end -->\n<!-- learning-plans:end -->\n', /1 start and 2 end/],
    ];
    for (const [readme, message] of refused) {
      const update = updateReadmeBlock(readme, BLOCK);
      assert.strictEqual(update.kind, 'refused');
      assert.match(update.kind === 'refused' ? update.message : '', message);
    }
  });

  it('keeps bytes outside the block even when they are not valid UTF-8', () => {
    const head = Uint8Array.from([0x23, 0x20, 0xff, 0xfe, 0x0a]); // "# " + invalid bytes + LF
    const rest = new TextEncoder().encode('<!-- learning-plans:start -->\nold\n<!-- learning-plans:end -->\ncaf\u00e9\n');
    const bytes = new Uint8Array([...head, ...rest, 0xc3]); // and a truncated sequence at the very end
    const text = new TextDecoder().decode(bytes);
    const update = updateReadmeBlock(text, BLOCK);
    assert.strictEqual(update.kind, 'replace');
    if (update.kind !== 'replace') return;
    const out = applyLineRangeEditToBytes(bytes, update.edit);
    assert.deepStrictEqual([...out.subarray(0, head.length)], [...head]);
    assert.deepStrictEqual([...out.subarray(out.length - 8)], [...new TextEncoder().encode('\ncaf\u00e9\n'), 0xc3].slice(-8));
  });

  it('renders images, a summary and a table of plans with escaped names and encoded links', () => {
    const a = parse(lines('# Days 1-30: SQL | *fast*', '### Day 1 \u2705 2026-11-20', '### Day 2'), 'plans/a.md');
    const b = parse(lines('# Tracker', '- [x] one', '- [ ] two'), 'b.md');
    const summary = summarizeToday([a, b], { today: '2026-11-21' });
    const block = readmeBlockLines({
      plans: [{ plan: a, path: 'plans/my plan (1).md' }, { plan: b, path: 'b.md' }],
      streak: summary.streak,
      today: '2026-11-21',
      heatmap: { path: '.learning-plans/heatmap.svg', alt: 'Study activity from 2025-11-17 to 2026-11-21' },
      badges: [{ path: '.learning-plans/streak.svg', alt: 'study streak: 2 days' }],
    });
    assert.deepStrictEqual(block, [
      '',
      '![Study activity from 2025-11-17 to 2026-11-21](.learning-plans/heatmap.svg)',
      '',
      '![study streak: 2 days](.learning-plans/streak.svg)',
      '',
      '**Streak:** 1 day (longest 1 day) \u00b7 **Active days:** 1 \u00b7 **Plan days done:** 1 \u00b7 **Last studied:** 2026-11-20',
      '',
      '| Plan | Progress |',
      '| --- | --- |',
      '| [Days 1-30: SQL \\| fast](plans/my%20plan%20%281%29.md) | 1/2 days (50%) |',
      '| [Tracker](b.md) | 1/2 tasks (50%) |',
      '',
    ]);
    assert.strictEqual(escapeMarkdown('a [b](c) <d>'), 'a \\[b\\](c) \\<d\\>');
    assert.strictEqual(escapeMarkdown(' a\n\t b\\`*_#!~| '), 'a b\\\\\\`\\*\\_\\#\\!\\~\\|');
    assert.strictEqual(linkTarget('a b/c#d.md'), 'a%20b/c%23d.md');
  });

  it('lists the plans in the program\'s order, then by path, and tells two plans of one name apart by their files', () => {
    const later = parse(lines('# Days 121-150: Lakehouse', '### Day 121'), 'a-days-121.md');
    const earlier = parse(lines('# Month 3: ETL', '### Day 1'), 'month-3.md');
    const copy = parse(lines('# Days 121-150: Lakehouse', '### Day 121'), 'b-copy.md');
    const tracker = parse(lines('# Tracker', '- [ ] a'), '0-tracker.md');
    // A journal counts its entries (it read `0/0 tasks (0%)`, a learner's).
    const journal = parse(lines('# Week 48 learning journal', '## 2026-11-20', 'Read.', '## 2026-11-21', 'Wrote.'), 'journal.md');
    const summary = summarizeToday([later, earlier, copy, tracker], { today: '2026-11-21' });
    const rows = readmeBlockLines({
      plans: [{ plan: later, path: 'a-days-121.md' }, { plan: copy, path: 'b-copy.md' }, { plan: tracker, path: '0-tracker.md' }, { plan: earlier, path: 'month-3.md' }, { plan: journal, path: 'journal.md' }],
      streak: summary.streak,
      today: '2026-11-21',
    }).filter((line) => line.startsWith('| ['));
    assert.deepStrictEqual(rows, [
      '| [Month 3: ETL](month-3.md) | 0/1 days (0%) |',
      '| [Days 121-150: Lakehouse (a-days-121.md)](a-days-121.md) | 0/1 days (0%) |',
      '| [Days 121-150: Lakehouse (b-copy.md)](b-copy.md) | 0/1 days (0%) |',
      '| [Week 48 learning journal](journal.md) | journal, 2 entries |', // its heading says where it starts: day 330
      '| [Tracker](0-tracker.md) | 0/1 tasks (0%) |',
    ]);
  });

  it('names a plan by its first top-level heading wherever it stands, counts tasks when it has no days (0/0 when it has none), and leaves out images and the table when there are none', () => {
    const stamped = parse(lines('# Days 1-30: SQL', '### Day 1 \u2705 2026-11-20'), 'a.md');
    const weeks = parse(lines('## Week 1', '- [ ] read', '# Later title'), 'notes/weeks.md');
    const empty = parse(lines('# Nothing yet', 'Prose only.'), 'empty.md');
    const summary = summarizeToday([stamped, weeks], { today: '2026-11-21' });
    const block = readmeBlockLines({
      plans: [{ plan: stamped, path: 'a.md' }, { plan: weeks, path: 'notes/weeks.md' }, { plan: empty, path: 'empty.md' }],
      streak: summary.streak,
      today: '2026-11-21',
      badges: [],
    });
    assert.deepStrictEqual(block.slice(1, 2), ['**Streak:** 1 day (longest 1 day) \u00b7 **Active days:** 1 \u00b7 **Plan days done:** 1 \u00b7 **Last studied:** 2026-11-20'], 'a plan without stamps does not hide the latest');
    assert.deepStrictEqual(block.slice(5), [
      '| [Days 1-30: SQL](a.md) | 1/1 days (100%) |',
      '| [Later title](notes/weeks.md) | 0/1 tasks (0%) |',
      '| [Nothing yet](empty.md) | 0/0 tasks (0%) |',
      '',
    ]);
    // A front matter's title names it first, as the tree and `index --json` do (a trial's table named the H1).
    const titled = parse(lines('---', 'title: Deutsch lernen \u2013 Python', '---', '# Python Grundlagen', '### Tag 1'), 'de.md');
    assert.deepStrictEqual(readmeBlockLines({ plans: [{ plan: titled, path: 'de.md' }], streak: summary.streak, today: '2026-11-21' }).slice(-2, -1), ['| [Deutsch lernen \u2013 Python](de.md) | 0/1 days (0%) |']);
    const none = readmeBlockLines({ plans: [], streak: summary.streak, today: '2026-11-21' });
    assert.deepStrictEqual(none, ['', '**Streak:** 1 day (longest 1 day) \u00b7 **Active days:** 1 \u00b7 **Plan days done:** 0', ''], 'no images, no table');
  });

  it('writes bytes at line starts after CRLF, LF and lone CR, and refuses a position it cannot place', () => {
    const bytes = new TextEncoder().encode('a\r\n\nb\rc\nd');
    const at = (line: number, character = 0): string =>
      new TextDecoder().decode(applyLineRangeEditToBytes(bytes, { range: { start: { line, character }, end: { line, character } }, newText: '|' }));
    assert.deepStrictEqual([1, 2, 3, 4].map((line) => at(line)), ['a\r\n|\nb\rc\nd', 'a\r\n\n|b\rc\nd', 'a\r\n\nb\r|c\nd', 'a\r\n\nb\rc\n|d']);
    assert.strictEqual(at(4, 1), 'a\r\n\nb\rc\nd|', 'the end of the last line');
    assert.throws(() => at(5), /line 6 is past the end/);
    assert.throws(() => at(2, 1), /must start and end at a line start/);
  });
});
