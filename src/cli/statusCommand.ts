import { inMemoryDocument, PlanCache, progressLabel, summarizeToday, type ParsedPlan } from '../core';
import type { CliArgs } from './args';
import { findMarkdownFiles, MissingPathError, readPlanFile } from './files';
import type { CliIo } from './io';

type StatusArgs = Extract<CliArgs, { command: 'status' }>;

/** Reads the plans under the paths (warnings go to stderr), or returns exit code 2 for a missing path. */
export function loadPlans(paths: readonly string[], io: CliIo): { plan: ParsedPlan; file: string }[] | number {
  let files: string[];
  try {
    files = findMarkdownFiles(paths);
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    io.err(`learning-plans: ${error.message}`);
    return 2;
  }
  const cache = new PlanCache();
  const plans: { plan: ParsedPlan; file: string }[] = [];
  for (const file of files) {
    const read = readPlanFile(file);
    if ('warning' in read) {
      io.err(`learning-plans: warning: ${read.warning}`);
      continue;
    }
    const plan = cache.get(inMemoryDocument(file, read.text));
    if (plan.isPlan) plans.push({ plan, file });
  }
  return plans;
}

/** `status`: the active plan, the current day, the streak and per-plan progress. */
export function runStatus(args: StatusArgs, io: CliIo, today: string): number {
  const loaded = loadPlans(args.paths, io);
  if (typeof loaded === 'number') return loaded;
  const summary = summarizeToday(loaded.map((l) => l.plan), { today });
  const fileOf = (plan: ParsedPlan | undefined): string | null => (plan ? plan.uri : null);
  const day = summary.currentDay;
  const { streak } = summary;
  for (const date of streak.futureDates.slice(0, 5)) io.err(`learning-plans: warning: a stamp is dated ${date}, after today (${today}); ignored`);
  if (args.json) {
    io.out(JSON.stringify({
      today,
      activePlan: fileOf(summary.activePlan),
      currentDay: day ? { file: summary.activePlan!.uri, line: day.line + 1, number: day.number, title: day.title } : null,
      planFinished: summary.planFinished,
      nextPlan: fileOf(summary.nextPlan),
      streak: { current: streak.current, longest: streak.longest, activeDays: streak.activeDays, doneToday: streak.doneToday, doneThisWeek: streak.doneThisWeek, daysDone: summary.daysDone },
      futureStamps: streak.futureDates,
      plans: loaded.map(({ plan, file }) => ({
        file,
        days: { total: plan.root.progress.daysTotal, done: plan.root.progress.daysDone },
        tasks: { total: plan.root.progress.tasksTotal, done: plan.root.progress.tasksDone },
      })),
    }, null, 2));
    return 0;
  }
  const lines = [`Today: ${today}`];
  if (!summary.activePlan) lines.push('No plan with days found.');
  else if (day) lines.push(`Current day: ${day.title} (${summary.activePlan.uri}:${day.line + 1})`);
  else lines.push(`All days of ${summary.activePlan.uri} are done.${summary.nextPlan ? ` Next plan: ${summary.nextPlan.uri}` : ''}`);
  lines.push(`Streak: ${streak.current} day${streak.current === 1 ? '' : 's'}${streak.activeToday || streak.current === 0 ? '' : ' (nothing done yet today)'}; longest ${streak.longest}; ${streak.activeDays} active days; ${streak.doneToday} done today, ${streak.doneThisWeek} this week; ${summary.daysDone} plan days done`);
  lines.push('Plans:');
  for (const { plan, file } of loaded) lines.push(`  ${file}  ${progressLabel(plan.root) || 'no progress yet'}${plan === summary.activePlan ? '  (active)' : ''}`);
  io.out(lines.join('\n'));
  return 0;
}
