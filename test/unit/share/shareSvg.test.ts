import * as assert from 'assert';
import { badgeSvg, heatmapSvg, minutesByDate, progressBadge, renderProgressHtml, streakBadge, summarizeToday, verdanaWidth } from '../../../src/core';
import { lines, parse } from '../helpers';
import { assertSelfContained, assertWellFormed } from './svgChecks';

describe('heatmap SVG', () => {
  const plan = parse(lines('# Days 1-30 <b>', '### Day 1 \u2705 2026-11-19', '### Day 2 \u2705 2026-11-20', '- [x] a \u2705 2026-11-20', '### Day 3 \u2705 2026-11-21', '### Day 4'));
  const summary = summarizeToday([plan], { today: '2026-11-21' });

  it('is a standalone, accessible image: namespace, title and description, a title per day', () => {
    const svg = heatmapSvg(summary, { standalone: true });
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="heatmap" role="img" aria-labelledby="lp-heatmap-title lp-heatmap-desc"/);
    assert.match(svg, /<title id="lp-heatmap-title">Study activity from 2025-11-17 to 2026-11-21<\/title>/);
    assert.match(svg, /<desc id="lp-heatmap-desc">4 done, active on 3 days; current streak 3 days, longest 3 days\.<\/desc>/);
    const cells = svg.match(/<rect [^>]*><title>\d{4}-\d\d-\d\d: \d+ done<\/title><\/rect>/g) ?? [];
    assert.strictEqual(cells.length, 7 * 52 + 6, 'a year of days up to today, Monday first');
    assert.match(svg, /class="l4"><title>2026-11-20: 2 done<\/title>/);
    assert.match(svg, /class="l2"><title>2026-11-21: 1 done<\/title>/);
    assert.ok(!svg.includes('2026-11-22'), 'no cell after today');
    assertWellFormed(svg);
    assertSelfContained(svg);
  });

  // A learner's report: "4 done on 1 day; current streak 2 days" after a session logged on the day before.
  it('shows a day with a study session but nothing done as active, and counts it', () => {
    const studied = parse(lines('### Day 1 \u2705 2026-11-21', '- [x] a \u2705 2026-11-21', '### Day 2', '- \u23f1 2026-11-20 (30 min)', '### Day 3'));
    const svg = heatmapSvg(summarizeToday([studied], { today: '2026-11-21' }), { standalone: true });
    assert.match(svg, /class="l1"><title>2026-11-20: studied, nothing marked done<\/title>/);
    assert.match(svg, /class="l4"><title>2026-11-21: 2 done<\/title>/);
    assert.match(svg, /<desc id="lp-heatmap-desc">2 done, active on 2 days; current streak 2 days, longest 2 days\.<\/desc>/);
    assert.match(svg, />2 done, active on 2 days in the last year</);
  });

  // A trial's: the same session with its hours in a plan and in a journal read 1 h 50 min for 80 minutes studied.
  it('counts a session with its hours logged in two files once; sessions without hours each', () => {
    const plan = parse(lines('### Day 1', '- \u23f1 2026-12-10 07:00-07:30 (30 min)', '- \u23f1 2026-12-10 (20 min)'), 'file:///ws/plan.md');
    const journal = parse(lines('# Journal', '## 2026-12-10', '- \u23f1 2026-12-10 07:00-07:30 (30 min)', '- \u23f1 2026-12-10 (20 min)', '- \u23f1 2026-12-10 08:00-08:30 (30 min)'), 'file:///ws/journal.md');
    assert.strictEqual(minutesByDate([plan, journal]).get('2026-12-10'), 30 + 20 + 20 + 30);
  });

  // A learner's report: two hours of study on a day said only "studied"; a day with a check said nothing of its time.
  it('says the minutes logged on a day in its cell, beside what was done', () => {
    const studied = parse(lines('### Day 1 \u2705 2026-11-21', '- \u23f1 2026-11-21 (45 min)', '### Day 2', '- \u23f1 2026-11-20 (90 min)', '- \u23f1 2026-11-20 (30 min)', '### Day 3'));
    const svg = heatmapSvg({ ...summarizeToday([studied], { today: '2026-11-21' }), minutes: minutesByDate([studied]) }, { standalone: true });
    assert.match(svg, /class="l1"><title>2026-11-20: 2 h studied, nothing marked done<\/title>/);
    assert.match(svg, /class="l4"><title>2026-11-21: 1 done, 45 min studied<\/title>/);
    const page = renderProgressHtml({ summary: summarizeToday([studied], { today: '2026-11-21' }), plans: [studied], cspSource: 'x', nonce: 'n' });
    assert.match(page, /2026-11-20: 2 h studied, nothing marked done/, 'the progress page too');
    // A linked cell's label, what a screen reader says, is its title.
    assert.match(page, /aria-label="2026-11-21: 1 done, 45 min studied"/);
  });

  it('has light and dark palettes by prefers-color-scheme, or one when the theme is fixed', () => {
    const auto = heatmapSvg(summary, { standalone: true });
    assert.match(auto, /@media \(prefers-color-scheme: dark\)\{[^}]*#9198a1/);
    assert.ok(auto.includes('#ebedf0') && auto.includes('#2d333b'));
    const dark = heatmapSvg(summary, { standalone: true, theme: 'dark' });
    assert.ok(!dark.includes('@media') && dark.includes('#2d333b') && !dark.includes('#ebedf0'));
    const light = heatmapSvg(summary, { standalone: true, theme: 'light' });
    assert.ok(!light.includes('@media') && light.includes('#ebedf0') && !light.includes('#2d333b'));
  });

  it('is the same drawing in the progress page: only the namespace and the CSP nonce differ, and VS Code colours win there', () => {
    const file = heatmapSvg(summary, { standalone: true });
    const page = renderProgressHtml({ summary, plans: [plan], cspSource: 'vscode-webview://x', nonce: 'abc123' });
    const inline = file.replace(' xmlns="http://www.w3.org/2000/svg"', '').replace('<style>', '<style nonce="abc123">');
    // The page links its active days to their lists: the same rectangles inside links.
    const unlinked = page.replace(/<a href="#done-[^"]*" aria-label="[^"]*">(<rect[^]*?<\/rect>)<\/a>/g, '$1');
    assert.ok(unlinked.includes(inline), 'the page embeds the very same SVG');
    assert.match(file, /fill:var\(--vscode-charts-green,#1a7f37\)/, 'theme variable first, fallback for GitHub and browsers');
  });
});

describe('badge SVG', () => {
  it('draws a shields-style badge whose boxes fit Verdana text', () => {
    const svg = badgeSvg({ label: 'study streak', message: '12 days', color: '#97ca00' });
    const label = Math.round(verdanaWidth('study streak'));
    const message = Math.round(verdanaWidth('12 days'));
    assert.ok(label > 60 && label < 80, `${label}`);
    assert.match(svg, new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${label + message + 24}" height="20" role="img" aria-label="study streak: 12 days"><title>study streak: 12 days</title>`));
    assert.match(svg, new RegExp(`<rect x="${label + 12}" width="${message + 12}" height="20" fill="#97ca00"/>`));
    assert.match(svg, new RegExp(`textLength="${message}">12 days</text>`));
    assertWellFormed(svg);
    assertSelfContained(svg);
  });

  it('measures printable ASCII from the Verdana table, from the space to the tilde, and anything else as a wide letter', () => {
    const units = (text: string): number => Math.round((verdanaWidth(text, 2048)));
    assert.deepStrictEqual([' ', '!', '}', '~', '\u001f', '\u007f', '\u00e9', '\u{1F525}'].map(units), [720, 807, 1300, 1823, 1400, 1400, 1400, 1400]);
    assert.strictEqual(verdanaWidth('~~'), (2 * 1823 / 2048) * 11, 'at 11 px by default');
  });

  it('is drawn as a golden badge: both halves, both text shadows, centred', () => {
    const svg = badgeSvg({ label: 'a', message: 'bb', color: '#44cc11' }, 'tip');
    const a = Math.round(verdanaWidth('a'));
    const bb = Math.round(verdanaWidth('bb'));
    const [left, right] = [a + 12, bb + 12];
    assert.strictEqual(svg, `<svg xmlns="http://www.w3.org/2000/svg" width="${left + right}" height="20" role="img" aria-label="tip"><title>tip</title>`
      + '<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>'
      + `<clipPath id="r"><rect width="${left + right}" height="20" rx="3" fill="#fff"/></clipPath>`
      + `<g clip-path="url(#r)"><rect width="${left}" height="20" fill="#555"/><rect x="${left}" width="${right}" height="20" fill="#44cc11"/><rect width="${left + right}" height="20" fill="url(#s)"/></g>`
      + '<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="11">'
      + `<text x="${left / 2}" y="15" fill="#010101" fill-opacity=".3" textLength="${a}">a</text><text x="${left / 2}" y="14" textLength="${a}">a</text>`
      + `<text x="${left + right / 2}" y="15" fill="#010101" fill-opacity=".3" textLength="${bb}">bb</text><text x="${left + right / 2}" y="14" textLength="${bb}">bb</text>`
      + '</g></svg>');
  });

  it('escapes its text and refuses a colour that is not #rrggbb', () => {
    const svg = badgeSvg({ label: '<b>&', message: '"x" it\'s', color: 'red;background:url(http://x)' });
    assert.ok(svg.includes('&lt;b&gt;&amp;') && svg.includes('&quot;x&quot; it&#39;s') && svg.includes('fill="#9f9f9f"'));
    assertSelfContained(svg);
  });

  it('stays well-formed XML whatever its text holds: what XML forbids (controls, U+FFFF, a lone surrogate) shows as U+FFFD', () => {
    const svg = badgeSvg({ label: 'a\x01b\x1bc\x7f', message: 'd\uffffe\ud800f \ud83c\udfaf\tg', color: '#4c1' });
    assertWellFormed(svg);
    assert.ok(svg.includes('a\ufffdb\ufffdc\x7f') && svg.includes('d\ufffde\ufffdf \ud83c\udfaf\tg'), svg);
  });

  it('colours the streak by length and progress by share done; tasks when the plans have no days', () => {
    assert.deepStrictEqual([0, 1, 3, 7, 30].map((current) => streakBadge({ current })).map((b) => [b.message, b.color]), [
      ['0 days', '#9f9f9f'], ['1 day', '#dfb317'], ['3 days', '#a4a61d'], ['7 days', '#97ca00'], ['30 days', '#44cc11'],
    ]);
    assert.deepStrictEqual(progressBadge({ daysDone: 45, daysTotal: 120, tasksDone: 0, tasksTotal: 0 }), { label: 'plan progress', message: '45/120 days \u00b7 37%', color: '#fe7d37' });
    assert.deepStrictEqual(progressBadge({ daysDone: 0, daysTotal: 0, tasksDone: 34, tasksTotal: 130 }).message, '34/130 tasks \u00b7 26%');
    assert.deepStrictEqual(progressBadge({ daysDone: 0, daysTotal: 0, tasksDone: 0, tasksTotal: 0 }), { label: 'plan progress', message: '0/0 tasks \u00b7 0%', color: '#9f9f9f' });
  });
});
