import { openDayDates, planToJson } from '../../core';
import { pathsOrDefault } from '../shareFiles';
import { ArgReader } from '../options';
import { field, jsonText, pieceWriter } from '../output';
import { PlanJsonBytes } from '../planJsonBytes';
import { renderOutline } from '../outline';
import { forEachPlan, loadPlans, markdownFilesOf } from '../plans';
import { restOption } from './replan';
import { EXIT, type Verb } from '../verb';

export const indexVerb: Verb = {
  name: 'index',
  summary: 'The plan outline of markdown files and folders (--json: as JSON)',
  usage: 'index [<file-or-folder>...] [--rest sat,sun] [--json [--pretty]] [--max-size 5MB]',
  description: `Print the plan outline of markdown files (no path: the repository around the working folder, the
nearest folder up holding .git or .learning-plans, as status reads it); folders are searched for *.md
(node_modules, .git, out, dist and build are skipped). Non-plan files are not listed. Each line
is [x] done, [~] partly done, [ ] open, [-] skipped (⏭), or - (a section with nothing to do), its kind, title
and progress; an open day of a plan with a schedule (front matter start:, or 📅 dates) says the date it is
planned on (--rest gives rest weekdays for plans without rest:, as status takes them).
--json prints one JSON document, { "plans": [Node] }, on one line (--pretty: indented).`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const { json, pretty } = reader.jsonFlags();
    const rest = restOption(reader);
    const schedule = { configuredRest: rest };
    const maxBytes = reader.maxSize();
    // No path: the repository around the working folder, as status reads it.
    const paths = pathsOrDefault(reader.positionals(), 'index');
    if (json && pretty) {
      const plans = await loadPlans(paths, context, maxBytes);
      context.io.out(jsonText({ plans: plans.map(({ plan, file }) => planToJson(plan, file, schedule)) }, true));
      return EXIT.ok;
    }
    // Each plan is printed as soon as it is read, and then let go: the output starts at once, and the
    // process never holds more than one model (every model kept to the end cost the collector ~0.1 s on
    // 300 plans). A second thread was tried and lost: each thread warms its own compiler up, and on 300
    // plans two threads took 16% longer than one.
    // The files are found first: a missing path exits 2 with nothing printed.
    const files = markdownFilesOf(paths, (text) => context.io.err(`learning-plans: warning: ${field(text)}`));
    const output = pieceWriter(context.io);
    // The JSON is written as bytes straight from the model (planJsonBytes.ts: what jsonText(planToJson(...)) gives).
    const bytes = json ? new PlanJsonBytes((piece) => output.bytes(piece)) : null;
    let printed = 0;
    bytes?.raw('{"plans":[');
    forEachPlan(files, paths, context, maxBytes, ({ plan, file }) => {
      if (bytes) {
        if (printed > 0) bytes.raw(',');
        bytes.plan(plan.root, file, openDayDates(plan, schedule), plan.journal);
        bytes.flush();
      } else output.write((printed > 0 ? '\n\n' : '') + renderOutline(plan, file, schedule));
      printed++;
    });
    bytes?.raw(']}');
    bytes?.flush();
    // An outline of nothing is no line at all; stderr says why the output is empty.
    if (json || printed > 0) output.end();
    if (printed === 0) context.io.err(`learning-plans: no plan found in ${paths.map(field).join(', ')}`);
    return EXIT.ok;
  },
};
