/**
 * The lab scaffold, once for the extension and the CLI: where the lab goes, the checks that keep every
 * write inside the root (no symbolic link on the way, no folder that is a file), the templates, the files
 * written new-only (an existing lab is the learner's work and is never overwritten), and the link in the
 * plan through addLabLink, applied by the caller's editor (a WorkspaceEdit, or the CLI's atomic rewrite).
 */
import * as l10n from '@vscode/l10n';
import type { EditOutcome } from '../edits/completionEdits';
import { findDay } from '../edits/locate';
import { FileError, removeFoldersMade, type FileSystemPort } from '../fs/fileSystem';
import { dirname, joinPath, relativeSegments, segmentsBelow } from '../fs/paths';
import { checkPathBelow } from '../fs/safePath';
import { checkLinkTarget, isInside, normalizePosixPath, rebaseLink, resolveLinkTarget, safeDecode } from '../links';
import type { Link, ParsedPlan, PlanNode } from '../model';
import { dayContent } from './dayContent';
import { labGroup, labLocation, renderLab, type LabLocation } from './labFiles';
import { addLabLink, labFieldLink } from './labLink';
import { readLabTemplates } from './labTemplates';

/** Applies a plan edit computed from the plan as it is when applied (the caller's editor); says what happened. */
export type PlanLinker = (compute: (text: string, plan: ParsedPlan) => EditOutcome) => Promise<{ readonly applied: boolean; readonly message: string }>;

export interface LabRequest {
  readonly plan: ParsedPlan;
  readonly day: PlanNode;
  /** The plan file, absolute and `/`-separated (a URI's path in the extension). */
  readonly planPath: string;
  /** Where `labs/` and `.learning-plans/templates/` are: the workspace folder (CLI: the repository root or --root). */
  readonly root: string;
  /**
   * The folder the plan's links may lead within (checkLinkTarget), when it is not `root`: the CLI's, as its `links`
   * reads them (a `--root` elsewhere, or a plan outside any repository). The extension's is the workspace folder.
   */
  readonly linkRoot?: string;
  /** The `learningPlans.labs.folder` setting (absolute or climbing values fall back to `labs`). */
  readonly labsFolder?: string;
  /** `YYYY-MM-DD` for the `{{date}}` placeholder. */
  readonly date: string;
  /** False in an untrusted workspace: its templates are never read. */
  readonly useTemplates: boolean;
  /** Links the lab under the day's heading; null for no link. */
  readonly link: PlanLinker | null;
}

export type LabResult =
  | {
      readonly ok: true;
      readonly folder: string;
      readonly notebook: string;
      readonly notes: string;
      readonly created: readonly string[];
      readonly existing: readonly string[];
      readonly linked: boolean;
      /** Template problems, unknown placeholders, a link that could not be made: for the user, not fatal. */
      readonly warnings: readonly string[];
      /** Placeholders no value exists for (left in the text as written). */
      readonly unknown: readonly string[];
    }
  | { readonly ok: false; readonly message: string };

function refuse(message: string): LabResult {
  return { ok: false, message: l10n.t('{0}; nothing written', message) };
}

/** `../labs/p/day-031.ipynb`, URI-encoded per segment (and `#?()`, which would end the path or the link). */
function linkTarget(planPath: string, notebookPath: string): string | null {
  const segments = relativeSegments(dirname(planPath), notebookPath);
  const encode = (segment: string): string => encodeURI(segment).replace(/[#?()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return segments === null ? null : segments.map(encode).join('/');
}

/**
 * The location, in the folder an earlier version named the lab when that folder is there (a real folder,
 * not a link): the learner's lab is opened again, not scaffolded a second time beside it.
 */
async function keepFormerFolder(fs: FileSystemPort, root: string, where: LabLocation): Promise<LabLocation> {
  for (const folder of [where.formerFolder, where.olderFolder]) {
    if (!folder) continue;
    const former = await fs.stat(joinPath(root, ...folder));
    if (former?.type === 'directory' && !former.symbolicLink) return { ...where, folder };
  }
  return where;
}

/**
 * The lab the day's `Lab:` field already links, when it is this day's (its `day-031.ipynb` in a `day-031-...` folder)
 * and there (a real file, inside the root, no link on the way): a day renamed after its lab was made (`Day 31 -
 * Lakehouse vs DW`) opens that lab again instead of scaffolding a second one under the new title beside it.
 */
async function linkedLab(fs: FileSystemPort, root: string, planPath: string, day: PlanNode, where: LabLocation): Promise<LabLocation | null> {
  const link = labFieldLink(day);
  if (!link || !/\.ipynb$/i.test(link.target.replace(/[?#].*$/, ''))) return null;
  const target = resolveLinkTarget(link.target, dirname(planPath), root);
  if (target.kind !== 'file') return null;
  const segments = segmentsBelow(root, target.path);
  // Only this day's own lab: its notebook named by the day's tag, in a folder named from it (a Lab line copied from
  // another day, or a link to a notebook of the learner's own, is not this day's lab).
  if (segments === null || segments.length < 2 || segments[segments.length - 1] !== where.notebook || !segments[segments.length - 2].startsWith(where.tag)) return null;
  const check = await checkPathBelow(fs, root, segments, 'file');
  const stat = check.ok ? await fs.stat(target.path) : null;
  if (stat?.type !== 'file' || stat.symbolicLink) return null;
  return { ...where, folder: segments.slice(0, -1), notebook: segments[segments.length - 1], formerFolder: undefined, olderFolder: undefined };
}

/** The target of the day's `Lab:` line when it leads somewhere else than `target` (null: none, or the same). */
function otherLabLink(day: PlanNode, target: string): string | null {
  const link = labFieldLink(day);
  if (!link) return null;
  const same = (a: string): string => safeDecode(a.replace(/^\.\//, '')) ?? a;
  return same(link.target) === same(target) ? null : link.target;
}

export async function scaffoldLab(fs: FileSystemPort, request: LabRequest): Promise<LabResult> {
  const made: string[] = [];
  try {
    return await scaffold(fs, request, made);
  } catch (error) {
    // The port's refusals and failures (a full disk, no permission) are the user's to read, not a crash; the
    // folders this call made and left empty go with the failure.
    if (error instanceof FileError) {
      await removeFoldersMade(fs, made);
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

/** `made` gets each folder as it is made (scaffoldLab removes those left empty when a write fails). */
async function scaffold(fs: FileSystemPort, request: LabRequest, made: string[]): Promise<LabResult> {
  const { plan, day } = request;
  const root = normalizePosixPath(request.root);
  const planPath = normalizePosixPath(request.planPath);
  if (root === null || planPath === null) return refuse(l10n.t('the lab root or the plan path is not valid'));
  const content = dayContent(plan, day);
  // The plan's path from the root names its lab folder; a plan outside the root (CLI --root) keeps its `..`s.
  const planKey = (segmentsBelow(root, planPath) ?? relativeSegments(root, planPath) ?? [planPath]).join('/');
  const located = (of: PlanNode, group: string | null): LabLocation => labLocation(request.labsFolder, planKey, of === day ? content : dayContent(plan, of), plan.days.indexOf(of), of.date, group);
  const group = labGroup(plan, day, (of, none) => located(of, none).folder.join('/'));
  const named = located(day, group);
  const where = (await linkedLab(fs, root, planPath, day, named)) ?? (await keepFormerFolder(fs, root, named));
  const folder = joinPath(root, ...where.folder);
  if (!isInside(folder, root)) return refuse(l10n.t('the lab folder would be outside {0}', root));

  for (const name of [where.notebook, where.notes]) {
    const check = await checkPathBelow(fs, root, [...where.folder, name], 'file');
    if (!check.ok) return refuse(check.message);
  }

  const warnings: string[] = [];
  const templates = request.useTemplates ? await readLabTemplates(fs, root) : { templates: {}, warnings: [] };
  warnings.push(...templates.warnings);
  // The day's resources as the notes (in the lab folder) reach them: a link relative to the plan would lead nowhere.
  // The day's link to this lab (scaffolded again) is no resource of its own notes.
  // A link the plan may not open (checkLinkTarget: `command:`, `vscode:`, a path out of the workspace or through a
  // symbolic link) is left out, and said once a file is written: in the notes or the notebook it would be a live link.
  const own = new Set([where.notebook, where.notes, `./${where.notebook}`, `./${where.notes}`]);
  const linkRoot = (request.linkRoot === undefined ? null : normalizePosixPath(request.linkRoot)) ?? root;
  const resources: Link[] = [];
  const leftOut: string[] = [];
  for (const link of content.resources) {
    const checked = await checkLinkTarget(fs, link.target, dirname(planPath), linkRoot);
    if (checked.kind === 'refused') {
      leftOut.push(l10n.t('not opening "{0}": {1}', link.target, checked.reason));
      continue;
    }
    const target = rebaseLink(link.target, dirname(planPath), folder, planPath);
    if (!own.has(target)) resources.push({ ...link, target });
  }
  const lab = renderLab({ ...content, resources }, request.date, templates.templates);
  warnings.push(...lab.problems);

  // Folders one at a time, each checked just before: a link or a file planted meanwhile is refused.
  let path = root;
  for (const segment of where.folder) {
    path = joinPath(path, segment);
    const stat = await fs.stat(path);
    if (stat?.symbolicLink) return refuse(l10n.t('{0} is a symbolic link, which could lead outside {1}', path, root));
    if (stat && stat.type !== 'directory') return refuse(l10n.t('{0} exists and is not a folder', path));
    if (!stat) {
      if (await fs.mkdir(path)) made.push(path);
    }
  }

  const created: string[] = [];
  const existing: string[] = [];
  const encoder = new TextEncoder();
  const notebook = joinPath(folder, where.notebook);
  const notes = joinPath(folder, where.notes);
  for (const [file, text] of [[notebook, lab.notebook], [notes, lab.notes]] as const) {
    if (await fs.writeNew(file, encoder.encode(text))) created.push(file);
    else existing.push(file);
  }
  if (leftOut.length > 0 && created.length > 0) warnings.push(l10n.t('left out of the lab\'s notes and notebook: {0}', leftOut.join('; ')));

  let linked = false;
  if (request.link) {
    const target = linkTarget(planPath, notebook);
    if (target === null) {
      warnings.push(l10n.t('the plan and its lab are on different drives, so the plan cannot link to it'));
    } else {
      const ref = { line: day.line, title: day.title };
      let alreadyLinked = false;
      let otherLab: string | null = null;
      const outcome = await request.link((text, fresh) => {
        const current = findDay(fresh, ref);
        if (!current) return { ok: false, message: l10n.t('"{0}" is no longer in the plan', ref.title) };
        const edit = addLabLink(text, current, where.tag, target);
        alreadyLinked = edit.ok && edit.edits.length === 0;
        otherLab = alreadyLinked ? otherLabLink(current, target) : null;
        return edit;
      });
      linked = outcome.applied;
      if (!outcome.applied && !alreadyLinked) warnings.push(l10n.t('the plan was not linked to its lab: {0}', outcome.message));
      // A Lab line of the day's that leads elsewhere (copied from another day, or to a lab since removed) is left
      // as the learner wrote it, and said: the new lab would otherwise sit there unlinked without a word.
      if (otherLab !== null) warnings.push(l10n.t('{0} already has a Lab line, to {1}, not to this lab ({2}): it was left as it is', day.title, otherLab, target));
    }
  }
  return { ok: true, folder, notebook, notes, created, existing, linked, warnings, unknown: lab.unknown };
}
