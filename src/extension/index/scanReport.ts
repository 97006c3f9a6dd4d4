/** What the last full scan did and how long it took (the log says it; tests measure with it). */
export interface ScanReport {
  readonly files: number;
  readonly plans: number;
  /** Files parsed; the others were proven no plan by the pre-filter or taken from the snapshot. */
  readonly parsed: number;
  readonly reused: number;
  /** Milliseconds from the scan's start until the first plans reached the views (undefined: none found). */
  readonly firstPlansMs: number | undefined;
  readonly totalMs: number;
}

/** `1 plan`, `3 plans`: the log's counts (English, like every log line). */
const count = (n: number, one: string): string => `${n} ${n === 1 ? one : `${one}s`}`;

/** The scan's log line. */
export function describeScan(report: ScanReport): string {
  const first = report.firstPlansMs === undefined ? '' : `, the first shown after ${Math.round(report.firstPlansMs)} ms`;
  return `indexed ${count(report.files, 'markdown file')} in ${Math.round(report.totalMs)} ms: ${count(report.plans, 'plan')}${first}; ${report.parsed} parsed, ${report.reused} unchanged since read (last session's snapshot or this one), the rest proven no plan without a parse`;
}
