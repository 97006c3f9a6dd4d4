import * as assert from 'assert';
import { heatmapSvg, renderProgressHtml, summarizeToday } from '../../src/core';
import { lines, parse } from './helpers';

describe('progress view page', () => {
  const plan = parse(lines('# Days 1-30 <script>', '## Week 1', '### Day 1 \u2705 2026-11-20', '### Day 2 \u2705 2026-11-21', '### Day 3'), 'file:///ws/a%20<b>.md');
  const summary = summarizeToday([plan], { today: '2026-11-21' });
  const html = renderProgressHtml({ summary, plans: [plan], cspSource: 'vscode-webview://x', nonce: 'abc123' });

  it('has a strict CSP, no scripts and no remote resources', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-webview:\/\/x; style-src 'nonce-abc123';">/);
    assert.ok(!/<script/i.test(html.replace(/&lt;script&gt;/g, '')), 'no script element');
    assert.ok(!/https?:\/\//.test(html), 'no remote address');
    assert.ok(!/ style="/.test(html), 'no inline style attributes (the CSP would block them)');
  });

  it('escapes plan text', () => {
    assert.ok(html.includes('a &lt;b&gt;'), 'the plan name from the file name');
    assert.ok(!html.includes('<b>'));
  });

  it('shows the streak numbers and a progress bar per plan and module', () => {
    assert.match(html, /<strong>2<\/strong>current streak/);
    assert.match(html, /Week 1<\/span><span class="bar" role="progressbar" aria-valuenow="67"/);
    assert.match(html, /2\/3 days/);
  });

  it('draws a year of days up to today, with the stamped days highlighted', () => {
    const svg = heatmapSvg(summary);
    const cells = svg.match(/<rect [^>]*><title>/g)?.length ?? 0; // one per day; the legend's cells have no title
    assert.ok(cells >= 365 && cells <= 371, `${cells} cells`);
    assert.match(svg, /class="l4"><title>2026-11-21: 1 done<\/title>/);
    assert.ok(!svg.includes('2026-11-22'), 'no cell after today');
  });
});
