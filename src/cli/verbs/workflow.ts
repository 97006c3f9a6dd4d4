import * as fs from 'fs';
import * as path from 'path';
import { createProgressWorkflow, progressWorkflow, WorkflowOptionError } from '../../core';
import { ArgReader } from '../options';
import { field } from '../output';
import { gitRoot, native, portPath } from '../shareFiles';
import { CliError, EXIT, UsageError, type Verb } from '../verb';

declare const __VERSION__: string | undefined;

export const workflowVerb: Verb = {
  name: 'workflow',
  summary: 'A GitHub workflow that keeps the images and the README block current',
  usage: 'workflow [<repository-folder>] [--plans PATH]... [--readme FILE] [--package FILE.tgz] [--time-zone TZ] [--daily] [--print]',
  description: `Create .github/workflows/learning-plans.yml: on every push to the default branch it installs
this CLI from the npm registry, runs heatmap, badge and readme into .learning-plans/ and README.md, and
commits what changed. Never overwrites a workflow (exit 1). It goes in the repository's root (the
folder holding .git; GitHub runs no workflow from anywhere else): the one given, else the one the
working folder is in. --plans limits the plans (default: the whole repository) and --readme names
the README (default README.md), each read from the working folder (else from the root), and must be in
the repository; --package installs the CLI from a tarball committed to the repository (npm pack's,
for a version not on the registry) instead; --time-zone sets "today" (default: this machine's),
--daily adds a daily run, --print only prints it.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const plans: string[] = [];
    for (let p = reader.value('--plans'); p !== null; p = reader.value('--plans')) plans.push(p);
    const readme = reader.value('--readme') ?? undefined;
    const zone = reader.value('--time-zone') ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? null;
    const daily = reader.flag('--daily');
    const tarball = reader.value('--package');
    const print = reader.flag('--print');
    const positionals = reader.positionals();
    if (positionals.length > 1) throw new UsageError('workflow takes at most one folder (the repository root)');
    const given = positionals[0];
    if (given !== undefined && (!fs.existsSync(given) || !fs.statSync(given).isDirectory())) throw new CliError(`no such folder: ${given}`, EXIT.usage);
    const root = repositoryRoot(given, context.io.err);
    const options = {
      cliVersion: typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev',
      plans: plans.map((p) => inRepository(root, p, 'a plan path (--plans)', true)),
      readme: readme === undefined ? undefined : inRepository(root, readme, 'the README (--readme)', false),
      timeZone: zone === 'UTC' ? null : zone,
      daily,
      ...(tarball === null ? {} : { package: inRepository(root, tarball, 'the package (--package)', true) }),
    };
    // The README step is skipped while the file is missing: say so now, not after weeks of an unchanged README.
    const readmeFile = path.join(root, options.readme ?? 'README.md');
    if (!fs.existsSync(readmeFile)) context.io.err(`learning-plans: note: ${field(readmeFile)} does not exist (yet): the workflow updates it once it does`);
    try {
      if (print) {
        context.io.out(progressWorkflow(options).trimEnd());
        return EXIT.ok;
      }
      const result = await createProgressWorkflow(context.files, portPath(root), options);
      if (result.created) {
        context.io.out(`created ${field(native(result.path))}`);
        // Its first run installs this version from the npm registry: say so before a push finds out (no network here to check).
        if (options.package !== undefined) context.io.err(`learning-plans: note: the workflow installs the CLI from ${field(options.package)}: commit it with the workflow (git add -f: *.tgz is often in .gitignore)`);
        else context.io.err(`learning-plans: note: the workflow installs learning-plans@${options.cliVersion} from the npm registry; \`npm view learning-plans@${options.cliVersion} version\` tells whether it is there (else: npm pack in a clone of Learning Plans, commit the .tgz, and give it as --package)`);
        return EXIT.ok;
      }
      throw new CliError('existing' in result ? `${native(result.existing)} exists; not overwritten` : `${result.refused}; nothing written`);
    } catch (error) {
      if (error instanceof WorkflowOptionError) throw new CliError(error.message, EXIT.usage);
      throw error;
    }
  },
};

/**
 * Where the workflow goes: GitHub runs `.github/workflows` of a repository's root only (a learner in `plans/` wrote
 * one there that never ran). The folder given must be that root; without one, the root of the working folder's
 * repository. Outside any repository, the folder itself, with a note.
 */
function repositoryRoot(given: string | undefined, err: (line: string) => void): string {
  // The real folder: a link into a repository's subfolder is that subfolder (its .git is above the target).
  const start = fs.realpathSync(path.resolve(given ?? '.'));
  const root = gitRoot(start);
  if (root === null) {
    err(`learning-plans: note: ${field(start)} is in no git repository (no .git): GitHub runs a workflow from a repository's root .github/workflows`);
    return start;
  }
  if (given !== undefined && root !== start) {
    throw new CliError(`${field(start)} is inside the repository ${field(root)}, and GitHub runs only the workflows in its root: learning-plans workflow ${field(root)}; nothing written`);
  }
  // Found above the working folder (it could be a home folder kept in git): said, so a surprise is seen.
  if (root !== start) err(`learning-plans: note: the repository's root is ${field(root)} (the nearest folder above holding .git): the workflow goes there`);
  return root;
}

/**
 * A path the workflow names, relative to the repository root: read as the shell reads it (from the working
 * folder), else from the root, whichever is in the repository and exists (the working folder's first). A plan path must exist
 * (the workflow's commands would fail on every push); a README may come later (its step waits for it).
 */
function inRepository(root: string, given: string, what: string, mustExist: boolean): string {
  // As the shell reads it first (`--plans .` from plans/ is plans/), then from the root (`workflow repo --plans plans`).
  const inside = [path.resolve(given), path.resolve(root, given)].map((full) => path.relative(root, full))
    .filter((r) => r !== '..' && !r.startsWith(`..${path.sep}`) && !path.isAbsolute(r));
  const chosen = inside.find((r) => fs.existsSync(path.join(root, r))) ?? (mustExist ? undefined : inside[0]);
  // The README step tests for a file: a folder there would never be updated.
  if (chosen !== undefined && !mustExist && fs.existsSync(path.join(root, chosen)) && fs.statSync(path.join(root, chosen)).isDirectory()) {
    throw new CliError(`${what} is a folder, not a file: ${field(given)}; nothing written`, EXIT.usage);
  }
  if (chosen !== undefined) return (chosen || '.').split(path.sep).join('/');
  if (inside.length === 0) throw new CliError(`${what} must be in the repository ${field(root)}, not '${field(given)}'; nothing written`, EXIT.usage);
  throw new CliError(`no such file or folder in ${field(root)}: ${field(given)} (${what}); nothing written`, EXIT.usage);
}
