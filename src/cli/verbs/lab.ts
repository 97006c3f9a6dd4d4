import * as fs from 'fs';
import * as path from 'path';
import { localIsoDate, scaffoldLab, unknownPlaceholders, type PlanLinker } from '../../core';
import { native, portPath } from '../nodeFileSystem';
import { field } from '../output';
import { ArgReader, warnOf, DAY_HELP, daySpec, exactly } from '../options';
import { editPlan, PLAN_HINT } from '../planEdits';
import { dayOrRefuse, loadPlan } from '../plans';
import { findRoot } from '../shareFiles';
import { refuseLeavingLink } from '../pathSafety';
import { rootOf } from './links';
import { CliError, EXIT, type Verb } from '../verb';

export const labVerb: Verb = {
  name: 'lab',
  summary: 'Scaffold the day\'s lab (notebook + notes) and link it under the day',
  usage: 'lab <file> <DAY> [--date YYYY-MM-DD] [--root DIR] [--no-link] [--max-size 5MB]',
  description: `Scaffold the day's lab (notebook + notes) in <root>/labs/<plan>/day-NNN-<title>/, never
overwriting, and link it under the day's heading (not with --no-link). The root is the
nearest folder above the plan holding .git or .learning-plans (templates are read from
<root>/.learning-plans/templates/), else the plan's folder. --date is the date the notes carry
({{date}}; default today): a lab for a day studied before. ${DAY_HELP} With --date, today is the
day studied on that date, as for log.`,
  async run(args, context) {
    const reader = new ArgReader(args, context.clock);
    const today = localIsoDate(context.clock());
    const date = reader.dateUpTo('--date', today, warnOf(context), '--today');
    const rootOption = reader.value('--root');
    const noLink = reader.flag('--no-link');
    const maxBytes = reader.maxSize();
    const [file, dayText] = exactly(reader.positionals(), 2, 'lab', 'a file and a DAY');
    const spec = daySpec(dayText);
    const { io } = context;
    const { plan } = await loadPlan(file, context, maxBytes);
    // `today` with --date is the day studied then; a day named otherwise is read as without it.
    const day = dayOrRefuse(plan, spec, file, context, { writes: true, studiedOn: date !== null && spec.kind === 'today' ? date : undefined });
    if (rootOption !== null && !fs.existsSync(rootOption)) throw new CliError(`no such folder: ${rootOption}`, EXIT.usage);
    const root = portPath(rootOption ?? findRoot(path.dirname(path.resolve(file))));
    // Refused before any lab file is made, linked or not: the lab's folder is found from the plan's (a review's
    // `--no-link` made one in the repository a folder link led to).
    const real = refuseLeavingLink(file, PLAN_HINT);
    // A plan it may not link: refused before the lab is made (a trial's lab was made, then left unlinked), unless unlinked is asked.
    if (!noLink && !(await context.files.writable(portPath(real)))) {
      throw new CliError(`${file} is read-only (no permission to write it), so the lab could not be linked; nothing written (--no-link makes the lab alone)`, EXIT.refused);
    }
    let linked = false;
    const link: PlanLinker = async (compute) => {
      try {
        const edit = await editPlan(file, context, maxBytes, compute);
        linked = edit.written;
        return { applied: edit.written, message: edit.summary };
      } catch (error) {
        if (error instanceof CliError) return { applied: false, message: error.message };
        throw error;
      }
    };
    const result = await scaffoldLab(context.files, {
      // The plan's links are read as `links` reads them (its root), whatever --root says: the lab leaves out the same ones.
      plan, day, planPath: portPath(file), root, linkRoot: portPath(rootOf(file)), date: date ?? today, useTemplates: true,
      link: noLink ? null : link,
    });
    if (!result.ok) throw new CliError(result.message);
    result.warnings.forEach((warning) => io.err(`learning-plans: warning: ${field(warning)}`));
    if (result.unknown.length) io.err(`learning-plans: warning: unknown template placeholders left as is: ${unknownPlaceholders(result.unknown)}`);
    const lines = [result.notebook, result.notes].map((written) => `${result.created.includes(written) ? 'created' : 'exists '} ${field(native(written))}`);
    if (linked) lines.push(`linked  ${field(file)}`);
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};
