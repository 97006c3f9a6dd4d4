/**
 * The progress view's page, rendered from the model as a plain string (no scripts, no remote
 * resources; colours come from the VS Code theme's CSS variables). Pure, so it is unit tested.
 */
import * as l10n from '@vscode/l10n';
import type { ParsedPlan, PlanNode } from '../model';
import { planTitle } from '../nodeLabels';
import type { TodaySummary } from '../today/today';
import { escapeXml } from './escapeXml';
import { heatmapSvg } from './heatmapSvg';

export { heatmapSvg };

export const escapeHtml = escapeXml;

/** `count` is the already translated `3/7 days` or `2/5 tasks`. */
function bar(label: string, done: number, total: number, count: string, extraClass = ''): string {
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return `<div class="row ${extraClass}"><span class="name">${escapeHtml(label)}</span>`
    + `<span class="bar" role="progressbar" aria-valuenow="${percent}" aria-valuemin="0" aria-valuemax="100"><span class="p${percent}"></span></span>`
    + `<span class="count">${escapeHtml(count)}</span></div>`;
}

function nodeBar(node: PlanNode, extraClass: string): string {
  const p = node.progress;
  return p.daysTotal > 0
    ? bar(node.title, p.daysDone, p.daysTotal, l10n.t('{0}/{1} days', p.daysDone, p.daysTotal), extraClass)
    : bar(node.title, p.tasksDone, p.tasksTotal, l10n.t('{0}/{1} tasks', p.tasksDone, p.tasksTotal), extraClass);
}

function containers(node: PlanNode): PlanNode[] {
  return node.children.flatMap((c) => (c.kind === 'cycle' ? containers(c) : c.kind === 'module' ? [c] : []));
}

export interface ProgressPage {
  readonly summary: TodaySummary;
  readonly plans: readonly ParsedPlan[];
  /** The webview's `cspSource`, and a fresh nonce for the one style element. */
  readonly cspSource: string;
  readonly nonce: string;
  /** The display language (`vscode.env.language`), for the page's `lang`. */
  readonly language?: string;
}

export function renderProgressHtml(page: ProgressPage): string {
  const { summary, plans, nonce } = page;
  const s = summary.streak;
  const current = summary.currentDay && summary.activePlan
    ? `<p>${l10n.t('Today: {0} in {1}', `<strong>${escapeHtml(summary.currentDay.title)}</strong>`, escapeHtml(planTitle(summary.activePlan)))}</p>`
    : '';
  const planSections = plans.map((plan) => {
    const modules = containers(plan.root).map((m) => nodeBar(m, 'module')).join('');
    return `<section>${nodeBar({ ...plan.root }, 'plan')}${modules}</section>`;
  }).join('');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language ?? 'en')}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${page.cspSource}; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(l10n.t('Learning Progress'))}</title>
<style nonce="${nonce}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 12px 20px; }
h1 { font-size: 1.4em; font-weight: 600; }
.stats { display: flex; gap: 28px; margin: 8px 0 16px; }
.stat strong { display: block; font-size: 1.8em; }
svg.heatmap { max-width: 100%; height: auto; }
section { margin: 14px 0; }
.row { display: grid; grid-template-columns: minmax(12em, 28em) 1fr 8em; gap: 10px; align-items: center; margin: 4px 0; }
.row.module .name { padding-left: 1.2em; color: var(--vscode-descriptionForeground); }
.row.plan .name { font-weight: 600; }
.bar { height: 8px; background: var(--vscode-editorWidget-border, #8884); border-radius: 4px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--vscode-charts-green); }
${Array.from({ length: 101 }, (_, i) => `.p${i}{width:${i}%}`).join('')}
.count { color: var(--vscode-descriptionForeground); font-variant-numeric: tabular-nums; }
</style></head>
<body>
<h1>${escapeHtml(l10n.t('Learning progress'))}</h1>
<div class="stats">
<div class="stat"><strong>${s.current}</strong>${escapeHtml(l10n.t('current streak'))}</div>
<div class="stat"><strong>${s.longest}</strong>${escapeHtml(l10n.t('longest streak'))}</div>
<div class="stat"><strong>${s.activeDays}</strong>${escapeHtml(l10n.t('active days'))}</div>
<div class="stat"><strong>${s.doneThisWeek}</strong>${escapeHtml(l10n.t('done this week'))}</div>
<div class="stat"><strong>${summary.daysDone}</strong>${escapeHtml(l10n.t('plan days done'))}</div>
</div>
${current}
${heatmapSvg(summary, { nonce })}
<h2>${escapeHtml(l10n.t('Plans'))}</h2>
${planSections || `<p>${escapeHtml(l10n.t('No plans found.'))}</p>`}
</body></html>`;
}
