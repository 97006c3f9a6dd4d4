// The progress page and the heatmap, byte for byte against golden files (test/unit/golden/): a change to
// what a learner sees shows as a diff to review. Regenerate after a deliberate change:
//   node esbuild.js --unit-only && UPDATE_GOLDEN=1 npx mocha --no-config out/test/unit/report/reportGolden.test.js
// Written from the mutation run's survivor list (test/mutation/small-folders.json): the drawing's coordinates,
// month labels and legend were only matched in fragments.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { heatmapSvg, renderProgressHtml, summarizeToday } from '../../../src/core';
import { lines, parse } from '../helpers';

const GOLDEN = path.join(__dirname, '..', '..', '..', '..', 'test', 'unit', 'golden');

function golden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, actual);
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `${name} changed: review the diff, then regenerate it (see the top of this file)`);
}

// A plan with days done across a month boundary, one day busier than the others (every level of green).
const plan = parse(lines(
  '# Days 1-30: Streams',
  '## Week 1 (Days 1-7)',
  '### Day 1 - Intro \u2705 2026-10-30',
  '- [x] read \u2705 2026-10-30',
  '- [x] watch \u2705 2026-10-30',
  '- [x] write \u2705 2026-10-30',
  '### Day 2 - Kafka \u2705 2026-10-31',
  '### Day 3 - Flink \u2705 2026-11-02',
  '- [x] lab \u2705 2026-11-02',
  '### Day 4 - Windows',
  '- [ ] read',
  '## Week 2 (Days 8-14)',
  '### Day 8 - Review',
  '',
), 'file:///ws/plans/streams.md');
const summary = summarizeToday([plan], { today: '2026-11-03' });

describe('report: golden pictures', () => {
  it('the heatmap, inline and as a file of its own in each theme', () => {
    golden('heatmap.svg', `${heatmapSvg(summary, { cellHref: (date) => `#done-${date}`, nonce: 'n0' })}\n`);
    golden('heatmap-standalone.svg', ['auto', 'light', 'dark'].map((theme) => heatmapSvg(summary, { standalone: true, theme: theme as 'auto' })).join('\n') + '\n');
  });

  it('the progress page', () => {
    const open = (uri: string, line: number): string => `command:open?${encodeURIComponent(JSON.stringify([uri, line]))}`;
    golden('progress-page.html', `${renderProgressHtml({ summary, plans: [plan], cspSource: 'vscode-webview://x', nonce: 'n0', language: 'en', open, review: { cards: 4, due: 2, reviewedThisWeek: 5 } })}\n`);
  });

  it('a plainer page: no links, no review; a schedule behind, loose days, study time, tasks only, a journal', () => {
    const sprint = parse(lines(
      '---', 'start: 2026-10-28', '---', '# Sprint',
      '### Day 1 \u2705 2026-10-28', '- **Task (30 min):** read', '- \u23F1 2026-10-28 19:00-19:45 (45 min)',
      '### Day 2', '- **Task (1 hour):** build', '### Day 3', '',
    ), 'file:///ws/sprint.md');
    const chores = parse(lines('# Chores', '- [x] a \u2705 2026-11-01', '- [ ] b', ''), 'file:///ws/chores.md');
    const journal = parse(lines('# Journal', '## 2026-11-01', 'read', ''), 'file:///ws/journal.md');
    const plans = [sprint, chores, journal];
    golden('progress-page-plain.html', `${renderProgressHtml({ summary: summarizeToday(plans, { today: '2026-11-03' }), plans, cspSource: 'x', nonce: 'n1' })}\n`);
    golden('progress-page-empty.html', `${renderProgressHtml({ summary: summarizeToday([], { today: '2026-11-03' }), plans: [], cspSource: 'x', nonce: 'n2', review: { cards: 0, due: 0, reviewedThisWeek: 0 } })}\n`);
  });
});
