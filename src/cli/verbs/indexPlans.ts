import { planToJson } from '../../core';
import { ArgReader } from '../options';
import { jsonText } from '../output';
import { renderOutline } from '../outline';
import { loadPlans } from '../plans';
import { EXIT, UsageError, type Verb } from '../verb';

export const indexVerb: Verb = {
  name: 'index',
  usage: 'index <file-or-folder>... [--json [--pretty]] [--max-size 5MB]',
  description: `Print the plan outline of markdown files; folders are searched for *.md
(node_modules, .git, out, dist and build are skipped). Non-plan files are not listed.
--json prints one JSON document, { "plans": [Node] }, on one line (--pretty: indented).`,
  async run(args, context) {
    const reader = new ArgReader(args);
    const json = reader.flag('--json');
    const pretty = reader.flag('--pretty');
    const maxBytes = reader.maxSize();
    const paths = reader.positionals();
    if (paths.length === 0) throw new UsageError('index needs at least one file or folder');
    const plans = await loadPlans(paths, context, maxBytes);
    if (json) {
      context.io.out(jsonText({ plans: plans.map(({ plan, file }) => planToJson(plan, file)) }, pretty));
    } else {
      context.io.out(plans.map(({ plan, file }) => renderOutline(plan.root, file, plan.journal)).join('\n\n'));
    }
    return EXIT.ok;
  },
};
