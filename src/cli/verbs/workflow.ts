import * as fs from 'fs';
import { createProgressWorkflow, progressWorkflow, WorkflowOptionError } from '../../core';
import { ArgReader } from '../options';
import { field } from '../output';
import { native, portPath } from '../shareFiles';
import { CliError, EXIT, UsageError, type Verb } from '../verb';

declare const __VERSION__: string | undefined;

export const workflowVerb: Verb = {
  name: 'workflow',
  summary: 'A GitHub workflow that keeps the images and the README block current',
  usage: 'workflow [<repository-folder>] [--plans PATH]... [--readme FILE] [--time-zone TZ] [--daily] [--print]',
  description: `Create .github/workflows/learning-plans.yml: on every push to the default branch it installs
this CLI from the npm registry, runs heatmap, badge and readme into .learning-plans/ and README.md, and
commits what changed. Never overwrites a workflow (exit 1). --plans limits the plans (default: the
whole repository), --time-zone sets "today" (default: this machine's), --daily adds a daily run,
--print only prints it.`,
  async run(args, context) {
    const reader = new ArgReader(args);
    const plans: string[] = [];
    for (let p = reader.value('--plans'); p !== null; p = reader.value('--plans')) plans.push(p);
    const readme = reader.value('--readme') ?? undefined;
    const zone = reader.value('--time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
    const daily = reader.flag('--daily');
    const print = reader.flag('--print');
    const positionals = reader.positionals();
    if (positionals.length > 1) throw new UsageError('workflow takes at most one folder (the repository root)');
    const root = positionals[0] ?? '.';
    if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new CliError(`no such folder: ${root}`, EXIT.usage);
    const options = { cliVersion: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev', plans, readme, timeZone: zone === 'UTC' ? null : zone, daily };
    try {
      if (print) {
        context.io.out(progressWorkflow(options).trimEnd());
        return EXIT.ok;
      }
      const result = await createProgressWorkflow(context.files, portPath(root), options);
      if (result.created) {
        context.io.out(`created ${field(native(result.path))}`);
        // Its first run installs this version from the npm registry: say so before a push finds out (no network here to check).
        context.io.err(`learning-plans: note: the workflow installs learning-plans@${options.cliVersion} from the npm registry; \`npm view learning-plans@${options.cliVersion} version\` tells whether it is there (else see the README's "Sharing your progress")`);
        return EXIT.ok;
      }
      throw new CliError('existing' in result ? `${native(result.existing)} exists; not overwritten` : `${result.refused}; nothing written`);
    } catch (error) {
      if (error instanceof WorkflowOptionError) throw new CliError(error.message, EXIT.usage);
      throw error;
    }
  },
};
