import { formatMinutes, localIsoDate, progressLabel, studyTime, summarizeToday, type ParsedPlan, type PlanNode } from '../../core';
import { ArgReader } from '../options';
import { field, jsonText, plural } from '../output';
import { loadPlans } from '../plans';
import { EXIT, UsageError, type Verb } from '../verb';

/** The module, week or cycle that holds the day at `line` (the innermost one), if any. */
function containerOf(node: PlanNode, line: number): PlanNode | null {
  for (const child of node.children) {
    if (line < child.line || line >= child.endLine || child.kind === 'day') continue;
    return containerOf(child, line) ?? (child.kind === 'section' ? null : child);
  }
  return null;
}

function timeLeft(node: PlanNode): string {
  const time = studyTime(node);
  return time.total === 0 ? '' : `${formatMinutes(time.left)} left of ${formatMinutes(time.total)}`;
}

export const statusVerb: Verb = {
  name: 'status',
  usage: 'status <file-or-folder>... [--today YYYY-MM-DD] [--json [--pretty]] [--max-size 5MB]',
  description: `The active plan, the current day, the study streak and per-plan progress.
--today fixes the date (default: today, local time); --json keys: activePlan, currentDay, streak.`,
  async run(args, context) {
    const reader = new ArgReader(args);
    const json = reader.flag('--json');
    const pretty = reader.flag('--pretty');
    const maxBytes = reader.maxSize();
    const today = reader.date('--today') ?? localIsoDate(context.clock());
    const paths = reader.positionals();
    if (paths.length === 0) throw new UsageError('status needs at least one file or folder');
    const loaded = await loadPlans(paths, context, maxBytes);
    const { io } = context;
    const summary = summarizeToday(loaded.map((l) => l.plan), { today });
    const fileOf = (plan: ParsedPlan | undefined): string | null => (plan ? plan.uri : null);
    const day = summary.currentDay;
    const { streak } = summary;
    for (const date of streak.futureDates.slice(0, 5)) io.err(`learning-plans: warning: a stamp is dated ${date}, after today (${today}); ignored`);
    if (json) {
      io.out(jsonText({
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
          studyMinutes: studyTime(plan.root),
        })),
      }, pretty));
      return EXIT.ok;
    }
    const lines = [`Today: ${today}`];
    if (!summary.activePlan) lines.push('No plan with days found.');
    else if (day) {
      lines.push(`Current day: ${field(day.title)} (${field(summary.activePlan.uri)}:${day.line + 1})`);
      const container = containerOf(summary.activePlan.root, day.line);
      if (container && studyTime(container).total > 0) lines.push(`Study time: ${formatMinutes(studyTime(container).left)} left in ${field(container.title)}`);
    }
    else lines.push(`All days of ${field(summary.activePlan.uri)} are done.${summary.nextPlan ? ` Next plan: ${field(summary.nextPlan.uri)}` : ''}`);
    lines.push(`Streak: ${plural(streak.current, 'day')}${streak.activeToday || streak.current === 0 ? '' : ' (nothing done yet today)'}; longest ${plural(streak.longest, 'day')}; ${plural(streak.activeDays, 'active day')}; ${streak.doneToday} done today, ${streak.doneThisWeek} this week; ${plural(summary.daysDone, 'plan day')} done`);
    lines.push('Plans:');
    for (const { plan, file } of loaded) {
      const details = [progressLabel(plan.root) || 'no progress yet', timeLeft(plan.root)].filter(Boolean).join(' · ');
      lines.push(`  ${field(file)}  ${details}${plan === summary.activePlan ? '  (active)' : ''}`);
    }
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};
