import { badgeSvg, localIsoDate, progressBadge, streakBadge } from '../../core';
import { pathsOrDefault } from '../shareFiles';
import { ArgReader } from '../options';
import { loadPlans, noPlanIn } from '../plans';
import { UsageError, type Verb } from '../verb';
import { shareSummary, svgOption, writeOutput } from './heatmap';

export const badgeVerb: Verb = {
  name: 'badge',
  summary: 'A study streak or plan progress badge as an SVG',
  usage: 'badge [<file-or-folder>...] --svg <out.svg> [--kind streak|progress] [--label TEXT] [--today YYYY-MM-DD]',
  description: `A shields-style SVG badge: the study streak ("study streak | 8 days"), or --kind progress
("plan progress | 73/88 days · 82%", tasks when the plans have no days). --label changes the left
text. Written only when it changes; --svg - prints it.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const out = svgOption(reader, 'badge');
    const kind = reader.value('--kind') ?? 'streak';
    const label = reader.value('--label') ?? undefined;
    // An empty label drew a grey stub with a title starting `: ` (a learner's try).
    if (label !== undefined && label.trim() === '') throw new UsageError('--label needs some text (leave it out for the default label)');
    const today = reader.date('--today', '--date') ?? localIsoDate(context.clock());
    const maxBytes = reader.maxSize();
    // No path: the repository around the working folder, as status reads it.
    const paths = pathsOrDefault(reader.positionals(), 'badge');
    if (kind !== 'streak' && kind !== 'progress') throw new UsageError(`--kind must be streak or progress, not '${kind}'`);
    const plans = await loadPlans(paths, context, maxBytes);
    if (plans.length === 0) context.io.err(`learning-plans: warning: ${noPlanIn(paths)}: the badge counts nothing`);
    const summary = shareSummary(plans, today, context);
    const counts = { daysDone: 0, daysTotal: 0, tasksDone: 0, tasksTotal: 0 };
    for (const { plan } of plans) {
      const p = plan.root.progress;
      counts.daysDone += p.daysDone;
      counts.daysTotal += p.daysTotal;
      counts.tasksDone += p.tasksDone;
      counts.tasksTotal += p.tasksTotal;
    }
    const badge = kind === 'streak' ? streakBadge(summary.streak, label) : progressBadge(counts, label);
    return writeOutput(out, badgeSvg(badge) + '\n', context, maxBytes);
  },
};
