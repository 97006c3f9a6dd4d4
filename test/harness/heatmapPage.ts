// Bundled by runHeatmapTest.js (esbuild): a learner's months of work on the sample plans, made with the
// same edits the extension and the CLI run, and the progress page exactly as the extension renders it,
// so the test can put the page next to the CLI's heatmap file in Chromium.
import * as fs from 'fs';
import * as path from 'path';
import {
  addDays, allTasks, applyTextEdits, buildPlan, inMemoryDocument, markDayComplete, renderProgressHtml, summarizeToday,
  toggleTasks, type ParsedPlan,
} from '../../src/core';

function plansIn(folder: string): { file: string; plan: ParsedPlan }[] {
  return fs.readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => path.join(folder, name))
    .map((file) => ({ file, plan: buildPlan(inMemoryDocument(file, fs.readFileSync(file, 'utf8'))) }))
    .filter(({ plan }) => plan.isPlan);
}

/**
 * Copies the sample plans into `folder` and works through them from `first` to `today`: most days one
 * plan day done (two now and then, none on some, every day of the last week), and tracker tasks ticked on others. Deterministic
 * (a fixed-seed generator), so the picture is the same on every run.
 */
export function makeSampleWorkspace(fixtures: string, folder: string, first: string, today: string): void {
  fs.mkdirSync(folder, { recursive: true });
  for (const name of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, name), path.join(folder, name));
  let seed = 20261121;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const order = ['month-3-batch-etl.md', 'days-121-150-delta-iceberg.md', 'days-031-060-lakehouse-for-ai.md'].map((name) => path.join(folder, name));
  const tracker = path.join(folder, 'learning-journey-tracker.md');
  const edit = (file: string, change: (text: string, plan: ParsedPlan) => ReturnType<typeof markDayComplete> | null): void => {
    const text = fs.readFileSync(file, 'utf8');
    const outcome = change(text, buildPlan(inMemoryDocument(file, text)));
    if (outcome && outcome.ok) fs.writeFileSync(file, applyTextEdits(text, outcome.edits));
  };
  for (let date = first; date <= today; date = addDays(date, 1)) {
    const roll = random();
    const weekend = new Date(`${date}T12:00:00Z`).getUTCDay() % 6 === 0;
    const onAStreak = date > addDays(today, -7); // the last week without a gap: a streak alive today
    const days = roll < (weekend ? 0.6 : 0.35) && !onAStreak ? 0 : roll > 0.96 ? 2 : 1;
    for (let n = 0; n < days; n++) {
      const file = order.find((f) => buildPlan(inMemoryDocument(f, fs.readFileSync(f, 'utf8'))).days.some((d) => !d.done));
      if (!file) break;
      edit(file, (text, plan) => markDayComplete(text, plan.days.find((d) => !d.done)!, { date, checkTasks: true, journal: false }));
    }
    if (random() < 0.2) {
      edit(tracker, (text, plan) => {
        const open = allTasks(plan.root).filter((t) => !t.checked);
        return open.length ? toggleTasks(text, open.slice(0, 1 + Math.floor(random() * 2)), date) : null;
      });
    }
  }
}

export function renderProgressPage(folder: string, today: string): string {
  const plans = plansIn(folder).map(({ plan }) => plan);
  const summary = summarizeToday(plans, { today });
  return renderProgressHtml({ summary, plans, cspSource: 'https://webview.invalid', nonce: 'heatmap-test-nonce' });
}
