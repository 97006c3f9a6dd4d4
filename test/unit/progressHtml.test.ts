import * as assert from 'assert';
import { heatmapSvg, renderProgressHtml, summarizeToday } from '../../src/core';
import { lines, parse } from './helpers';

describe('progress view page', () => {
  const plan = parse(lines('# Days 1-30 <script> a < b', '## Week 1', '### Day 1 \u2705 2026-11-20', '### Day 2 \u2705 2026-11-21', '### Day 3'), 'file:///ws/a%20<b>.md');
  const summary = summarizeToday([plan], { today: '2026-11-21' });
  const html = renderProgressHtml({ summary, plans: [plan], cspSource: 'vscode-webview://x', nonce: 'abc123' });

  it('has a strict CSP, no scripts and no remote resources', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-webview:\/\/x; style-src 'nonce-abc123';">/);
    assert.ok(!/<script/i.test(html.replace(/&lt;script&gt;/g, '')), 'no script element');
    assert.ok(!/https?:\/\//.test(html), 'no remote address');
    assert.ok(!/ style="/.test(html), 'no inline style attributes (the CSP would block them)');
  });

  it('says where the schedule stands: a plan before its first day starts then (a trial\'s read "on schedule")', () => {
    const later = parse(lines('---', 'start: 2026-11-25', '---', '# L', '### Day 1', '- [ ] a', '### Day 2', '- [ ] b'), 'file:///ws/later.md');
    const page = (today: string): string => renderProgressHtml({ summary: summarizeToday([later], { today }), plans: [later], cspSource: 'x', nonce: 'n' });
    assert.match(page('2026-11-21'), /starts 2026-11-25 · ends 2026-11-26/);
    assert.match(page('2026-11-25'), /on schedule · ends 2026-11-26/);
    assert.match(page('2026-11-27'), /2 days behind schedule · was to end 2026-11-26/);
  });

  it('escapes plan text', () => {
    assert.ok(html.includes('Days 1-30 a &lt; b'), 'the plan named by its H1 (raw HTML dropped, the rest escaped)');
    assert.ok(!html.includes('<b>'));
  });

  it('shows the streak numbers and a progress bar per plan and module', () => {
    assert.match(html, /<strong>2<\/strong>current streak/);
    assert.match(html, /Week 1<\/span><span class="bar" role="progressbar" aria-label="Week 1" aria-valuenow="67"/);
    assert.match(html, /2\/3 days/);
  });

  it('shows the review numbers beside the streak when the plans have cards, and nothing of review when they have none', () => {
    const withReview = renderProgressHtml({ summary, plans: [plan], cspSource: 'x', nonce: 'n', review: { cards: 12, due: 3, reviewedThisWeek: 7 } });
    assert.match(withReview, /<strong>3<\/strong>cards due for review/);
    assert.match(withReview, /<strong>7<\/strong>reviewed this week/);
    const none = renderProgressHtml({ summary, plans: [plan], cspSource: 'x', nonce: 'n', review: { cards: 0, due: 0, reviewedThisWeek: 0 } });
    assert.ok(!/review/.test(none.replace(/Learning Progress|Learning progress/g, '')), 'no review stat without cards');
    assert.ok(!/cards due for review/.test(html), 'none when the page is given no review numbers');
  });

  it('is a map: plans, modules and days link to where they are, each heatmap day to what was done on it', () => {
    const open = (uri: string, line: number): string => `command:learningPlans.openLocation?${encodeURIComponent(JSON.stringify([uri, line]))}`;
    const page = renderProgressHtml({ summary, plans: [plan], cspSource: 'x', nonce: 'n', open });
    assert.ok(page.includes(`<a href="${open(plan.uri, 1).replace(/&/g, '&amp;')}">Week 1</a>`), 'the module opens at its heading');
    assert.match(page, /<li class="done"><a href="command:learningPlans\.openLocation\?[^"]*" title="Day 1 \(done 2026-11-20\)" aria-label="Day 1 \(done 2026-11-20\)">1<\/a><\/li>/);
    assert.match(page, /<li class="open"><a [^>]*aria-label="Day 3 \(open\)">3<\/a><\/li>/);
    assert.match(page, /<a href="#done-2026-11-21" aria-label="2026-11-21: 1 done"><rect/, 'a day with activity links to its list');
    assert.match(page, /<section id="done-2026-11-21" class="done-day"><h3>2026-11-21<\/h3><ul><li><a href="command:[^"]*">Day 2<\/a> <span class="where">\u00b7 Days 1-30 a &lt; b<\/span><\/li><\/ul><\/section>/);
    assert.ok(!/<a href="#done-2026-11-19"/.test(page), 'a day without activity is no link');
  });

  it('draws a year of days up to today, with the stamped days highlighted', () => {
    const svg = heatmapSvg(summary);
    const cells = svg.match(/<rect [^>]*><title>/g)?.length ?? 0; // one per day; the legend's cells have no title
    assert.ok(cells >= 365 && cells <= 371, `${cells} cells`);
    assert.match(svg, /class="l4"><title>2026-11-21: 1 done<\/title>/);
    assert.ok(!svg.includes('2026-11-22'), 'no cell after today');
  });
});
