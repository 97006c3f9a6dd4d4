/**
 * What a lab is: where it goes and what its notebook and notes say. Pure: scaffold.ts writes the files
 * through the file-system port, never overwriting.
 */
import { withoutControls } from '../text/controlChars';
import { inMemoryDocument } from '../document';
import { buildPlan } from '../parse/buildPlan';
import { ancestors, type DayContent } from './dayContent';
import type { ParsedPlan, PlanNode } from '../model';
import { weekDayOf, weekNumberOf } from '../parse/weekHeadings';
import { formerTitleWithoutDayPrefix, planSlug, slugify } from './slug';
import { dateAt, EITHER_ORDER } from '../grammar/dates';
import { isValidIsoDate } from '../stamps';
import { renderTemplate } from './templates';
import { closestName } from '../text/closestName';
import { titleEndingDate } from '../parse/classifyHeading';

export interface LabLocation {
  /** Folders from the workspace root to the lab folder, each a safe name. */
  readonly folder: readonly string[];
  readonly notebook: string;
  readonly notes: string;
  /** `day-031`: the link text in the plan. */
  readonly tag: string;
  /**
   * The folder earlier versions gave a day with no title of its own (`day-009-day-9`), for scaffold.ts
   * to keep using a lab already there; undefined when the name is the same.
   */
  readonly formerFolder?: readonly string[];
  /** A folder named so before `formerFolder` was (a day's title-ending date in it: see labLocation), looked for after it. */
  readonly olderFolder?: readonly string[];
}

/** The labs folder setting as safe segments; anything absolute or climbing out falls back to "labs". */
export function labsFolderSegments(setting: string | undefined): string[] {
  const raw = (setting ?? '').trim();
  const segments = raw.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  // A drive (`C:`) is a segment with a colon, refused like any other.
  const unsafe = raw.startsWith('/') || segments.some((s) => s === '..' || /[\0:*?"<>|]/.test(s));
  return segments.length === 0 || unsafe ? ['labs'] : segments;
}

/**
 * Where a day's lab goes: `labs/<plan>/day-031-<title>/`. `planPath` is the plan's path from the root,
 * `/`-separated (`plans/days-031-060.md`): its folders and file name make the plan's folder (see planSlug).
 * A day with no number but a date of its own (`dated`: a journal's `### Wednesday 2026-11-25`) is named by
 * that date, `labs/<plan>/2026-11-25-wednesday/2026-11-25.ipynb`: its place in the file (`day-003`) said nothing
 * (a trial's); a lab it had by that place is kept (formerFolder).
 */
export function labLocation(labsFolder: string | undefined, planPath: string, content: DayContent, dayIndex: number, dated: string | null = null, group: string | null = null): LabLocation {
  const parent = [...labsFolderSegments(labsFolder), ...planSlug(planPath)];
  if (content.number === null && dated !== null && isValidIsoDate(dated)) {
    // The date as the title writes it goes (`11/27/2026: 3Sum` gave `2026-11-27-11-27-2026-3sum`: a trial's).
    const words = content.title.includes(dated) ? content.title.replace(dated, ' ') : withoutLeadingDate(content.title);
    const folder = /[\p{L}\p{N}]/u.test(words) ? `${dated}-${slugify(words, 40)}` : dated;
    const byPlace = labLocation(labsFolder, planPath, content, dayIndex);
    // A date written otherwise (`11/27/2026`) was in the folder's name until 2026-11-28: that lab is the day's.
    const before = content.title.includes(dated) ? null : `${dated}-${slugify(content.title.replace(dated, ' '), 40)}`;
    const former = before !== null && before !== folder ? [...parent, before] : (byPlace.formerFolder ?? byPlace.folder);
    return { folder: [...parent, folder], formerFolder: former, notebook: `${dated}.ipynb`, notes: 'notes.md', tag: dated };
  }
  // `group` tells it from another day of its number and title (`w2-day-001`: labGroup).
  const tag = `${group === null ? '' : `${group}-`}day-${String(content.number ?? dayIndex + 1).padStart(3, '0')}`;
  // A date ending the title is no part of the folder's name: a replan dates the day anew there (a trial's
  // `Tag 1 – Einführung (23.11.2026)` made `day-001-einfuhrung-23-11-2026`, stale after the first replan).
  const ending = titleEndingDate(content.title, 0, EITHER_ORDER);
  const undated = ending === null ? content.title : content.title.slice(0, ending.start).replace(/[\s([{\-\u2013\u2014,:;]+$/u, '');
  const titled = `${tag}-${slugify(/[\p{L}\p{N}]/u.test(undated) ? undated : content.title, 40)}`;
  // The folder labs had with that date in it (until 2026-11-29), else before the day's name was taken off in every
  // language (`day-004-tag-4-listen`): kept.
  const beforePrefix = `${tag}-${slugify(formerTitleWithoutDayPrefix(content.heading), 40)}`;
  const former = undated !== content.title ? `${tag}-${slugify(content.title, 40)}` : beforePrefix;
  const location = { notebook: `${tag}.ipynb`, notes: 'notes.md', tag, ...(former !== beforePrefix ? { olderFolder: [...parent, beforePrefix] } : {}) };
  if (isOnlyDayLabel(group === null ? titled : titled.slice(group.length + 1), content)) return { folder: [...parent, tag], formerFolder: [...parent, former], ...location };
  return { folder: [...parent, titled], ...(former === titled ? {} : { formerFolder: [...parent, former] }), ...location };
}

/**
 * Where a plan numbers its days again (each week from Day 1), a day's lab by its number and title may be another day's
 * (a trial's Week 2, Day 1 linked to Week 1's notebook): the day's week tells them apart (`w2`, from `## Week 2` above
 * it or its own `W2D1`), else the section holding it (`basics`), else its place among the days of its number (`n2`).
 * Null where no other day would have its lab.
 */
export function labGroup(plan: ParsedPlan, day: PlanNode, folderOf: (day: PlanNode, group: string | null) => string): string | null {
  if (day.number === null) return null;
  const twins = plan.days.filter((other) => other.number === day.number);
  const own = folderOf(day, null);
  if (!twins.some((other) => other !== day && folderOf(other, null) === own)) return null;
  const groups = twins.map((twin) => groupName(plan, twin));
  const group = groups[twins.indexOf(day)];
  // Named alike (two `## Basics`, or no section): by place.
  return group !== null && groups.filter((g) => g === group).length === 1 ? group : `n${twins.indexOf(day) + 1}`;
}

function groupName(plan: ParsedPlan, day: PlanNode): string | null {
  const week = weekDayOf(day.title)?.week;
  if (week !== undefined) return `w${week}`;
  const above = (ancestors(plan.root, day) ?? []).filter((node) => node.kind !== 'plan').reverse();
  for (const node of above) {
    const number = weekNumberOf(node.title);
    if (number !== null) return `w${number}`;
  }
  const words = above.length > 0 ? slugify(above[0].title, 20) : 'untitled';
  return words === 'untitled' ? null : words;
}

/**
 * Whether a day's heading is only its label, in any language (`Day 9`, `Tag 9`, `Día 9`): no title was cut
 * from it, and its slug is one word and the day's own number. Such a lab is `day-009`; the title would only
 * say the number again.
 */
function isOnlyDayLabel(titled: string, content: DayContent): boolean {
  const label = /^day-\d+-\p{L}+-0*(\d+)$/u.exec(titled);
  return label !== null && content.title === content.heading.trim() && Number(label[1]) === content.number;
}

function resourceLine(link: { text: string; target: string }): string {
  const text = withoutControls(link.text).replace(/[[\]]/g, '').trim() || link.target.replace(/[[\]]/g, '');
  const target = /[\s()<>]/.test(link.target) ? `<${link.target.replace(/[<>]/g, encodeURIComponent)}>` : link.target;
  return `- [${text}](${target})`;
}

/**
 * The values of a lab's placeholders. `markdown`: for markdown (the notes, a notebook's markdown cells), where the
 * day's words are written with their code as code (the model holds them plain: `__init__` rendered as a bold init in a
 * trial's notes); else as they read (a code cell's comment).
 */
export function templateValues(content: DayContent, date: string, markdown = true): Record<string, string> {
  // No control character from the plan's words (controlChars.ts: an audit's ESC and U+202E landed in a lab's notes).
  const text = markdown ? (words: string): string => codeAsCode(withoutControls(words)) : withoutControls;
  const dash = (words: string): string => text(words) || '\u2014';
  return {
    day: content.number === null ? '' : String(content.number),
    title: text(content.title),
    heading: text(content.heading),
    plan: text(content.plan),
    module: text(content.module),
    date,
    objective: dash(content.objective),
    checkpoint: dash(content.checkpoint),
    // A ballot box, not `- [ ]`: Jupyter does not render task lists, and a notes file with checkboxes
    // would count as a plan of its own (files the product writes must never become plans). Checked when done.
    tasks: content.tasks.length ? content.tasks.map((t, i) => `- ${content.taskDone[i] ? '\u2611' : '\u2610'} ${text(t)}`).join('\n') : '- \u2610 \u2014',
    resources: content.resources.length ? content.resources.map(resourceLine).join('\n') : '\u2014',
  };
}

/** A word markdown would read as markup: a star or backtick in it, an underscore at its edge, a tag (`<div>`). */
const MARKUP_WORD = /[*`]|(?:^|[^\p{L}\p{N}])_|_(?:$|[^\p{L}\p{N}])|<[\p{L}/!?][^<>]*>/u;

/** What may stand before a word and after it, outside its code span: brackets, quotes, closing punctuation. */
const OPENING = new Set(['(', '"', "'", '\u201c']);
const CLOSING = new Set([')', '"', "'", '\u201d', '.', ',', ';', ':', '!', '?']);
/** An address (`https://x.org/a_b_`, `www.x.org`): a link markdown makes of it, never code. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * Plain words written for markdown: each word markdown would read as markup, with something beside its marks (`__init__`,
 * `**kwargs`, `<div>`), as a code span, the punctuation around it left outside (`(__init__).`; a `)` the word opened
 * stays in: `__init__()`); a lone `*` and an address stay as they are.
 */
export function codeAsCode(words: string): string {
  return words.replace(/\S+/g, (word) => {
    let start = 0;
    while (start < word.length && OPENING.has(word[start])) start++;
    let end = word.length;
    while (end > start && CLOSING.has(word[end - 1])) end--;
    // A closing bracket the word opened is the word's (`__init__()`, `f(**kw)`).
    let open = 0;
    for (let i = start; i < end; i++) open += word[i] === '(' ? 1 : word[i] === ')' ? -1 : 0;
    while (open > 0 && end < word.length && word[end] === ')') [end, open] = [end + 1, open - 1];
    const core = word.slice(start, end);
    if (!MARKUP_WORD.test(core) || !/[^*_`<>]/.test(core) || ADDRESS.test(core)) return word;
    const longest = Math.max(0, ...(core.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = core.startsWith('`') || core.endsWith('`') ? ' ' : '';
    return `${word.slice(0, start)}${fence}${pad}${core}${pad}${fence}${word.slice(end)}`;
  });
}

/** The placeholders a lab template can use. */
export const PLACEHOLDER_NAMES: readonly string[] = ['day', 'title', 'heading', 'plan', 'module', 'date', 'objective', 'checkpoint', 'tasks', 'resources'];

/** `{{objectve}} (did you mean {{objective}}?), {{foo}}`: the unknown placeholders of a template, a typo's fix named. */
export function unknownPlaceholders(unknown: readonly string[]): string {
  return unknown.map((name) => {
    const meant = closestName(name, PLACEHOLDER_NAMES, (known) => known);
    return meant ? `{{${name}}} (did you mean {{${meant}}}?)` : `{{${name}}}`;
  }).join(', ');
}

/**
 * The default templates' italic line under the title: the placeholders among `names` that have a value,
 * joined by middle dots (a plan without modules would otherwise read `Plan \u00b7  \u00b7 2026-11-25`), each
 * value once (a plan titled by its cycle, `# Days 1-9: Lab`, read `Days 1-9: Lab \u00b7 Days 1-9: Lab`).
 */
function byline(names: readonly string[], values: Readonly<Record<string, string>>): string {
  const shown = names.filter((name, i) => values[name] !== '' && !names.slice(0, i).some((before) => values[before] === values[name]));
  return `*${shown.map((name) => `{{${name}}}`).join(' \u00b7 ')}*`;
}

const BYLINE = '{{byline}}';

const DEFAULT_OVERVIEW = `# {{heading}}

${BYLINE}

**Objective:** {{objective}}

## Tasks
{{tasks}}

## Resources
{{resources}}

**Checkpoint:** {{checkpoint}}`;

/**
 * The notes are not a plan by our own rules: no checkbox, and no heading holds the day's title (it could
 * read as a `Day N` heading); renderLab checks the result with the parser and falls back to NOTES_PLAIN.
 */
const DEFAULT_NOTES = `# Lab notes: {{title}}

${BYLINE}

## Tasks
{{tasks}}

## Resources
{{resources}}

## Reflection
- What did I learn today, in one sentence?
- What was harder than expected, and why?
- What will I try or review tomorrow?
`;

const NOTES_PLAIN = DEFAULT_NOTES.replace('# Lab notes: {{title}}', '# Lab notes');

/** True when the parser would list `text` as a plan (a day, module or cycle heading, or a checkbox). */
function readsAsPlan(text: string): boolean {
  return buildPlan(inMemoryDocument('notes.md', text)).isPlan;
}

interface NotebookCell {
  cell_type: 'markdown' | 'code';
  metadata: Record<string, unknown>;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}

/** nbformat stores sources as lines, each keeping its newline but the last. */
function sourceLines(text: string): string[] {
  const lines = text.split('\n');
  return lines.map((line, i) => (i < lines.length - 1 ? line + '\n' : line)).filter((line, i, all) => !(i === all.length - 1 && line === ''));
}

interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: number;
  nbformat_minor: number;
}

function defaultNotebook(values: Readonly<Record<string, string>>): Notebook {
  return {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: DEFAULT_OVERVIEW.replace(BYLINE, byline(['plan', 'module', 'date'], values)) },
      { cell_type: 'code', metadata: {}, source: '', outputs: [], execution_count: null },
      { cell_type: 'markdown', metadata: {}, source: '## Notes\n\n' },
    ],
    metadata: {
      kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' },
      language_info: { name: 'python' },
    },
    nbformat: 4,
    nbformat_minor: 4,
  };
}

export interface LabTemplates {
  /** `.learning-plans/templates/notebook.ipynb`, as text. */
  readonly notebook?: string;
  /** `.learning-plans/templates/notes.md`. */
  readonly notes?: string;
}

export interface RenderedLab {
  readonly notebook: string;
  readonly notes: string;
  /** Placeholders no value exists for (left in the text). */
  readonly unknown: readonly string[];
  /** Problems with the user's templates (the default was used instead). */
  readonly problems: readonly string[];
}

/** A notebook template's JSON with its cells; undefined when it is not JSON or has no cell list. */
function notebookTemplate(text: string): (Omit<Notebook, 'metadata'> & { metadata?: unknown }) | undefined {
  try {
    const parsed = JSON.parse(text) as (Omit<Notebook, 'metadata'> & { metadata?: unknown }) | null;
    return parsed && Array.isArray(parsed.cells) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function renderLab(content: DayContent, date: string, templates: LabTemplates = {}): RenderedLab {
  const values = templateValues(content, date);
  const plainValues = templateValues(content, date, false);
  const unknown = new Set<string>();
  const problems: string[] = [];
  const fill = (text: string, markdown = true): string => {
    // A placeholder a template puts in code (`` `{{title}}` ``) takes the words as they read.
    const rendered = renderTemplate(text, markdown ? values : plainValues, plainValues);
    rendered.unknown.forEach((name) => unknown.add(name));
    return rendered.text;
  };

  let notebook = defaultNotebook(values);
  if (templates.notebook !== undefined) {
    const template = notebookTemplate(templates.notebook);
    if (template) {
      // A template names its own kernel (R, Julia...) in its metadata; one that names none gets Python's.
      const metadata: Record<string, unknown> = template.metadata && typeof template.metadata === 'object' ? { ...template.metadata } : {};
      if (!metadata.kernelspec && !metadata.language_info) Object.assign(metadata, defaultNotebook(values).metadata);
      notebook = { ...template, metadata };
    } else {
      problems.push('the notebook template is not a valid .ipynb file; the default notebook was used');
    }
  }
  for (const cell of notebook.cells) {
    const source = Array.isArray(cell.source) ? cell.source.join('') : String(cell.source ?? '');
    cell.source = sourceLines(fill(source, cell.cell_type === 'markdown'));
  }
  const notesByline = byline(['heading', 'plan', 'module', 'date'], values);
  let notes = fill(templates.notes ?? DEFAULT_NOTES.replace(BYLINE, notesByline));
  if (readsAsPlan(notes)) {
    if (templates.notes === undefined) notes = fill(NOTES_PLAIN.replace(BYLINE, notesByline));
    else problems.push('the notes template makes notes.md a plan of its own (it has a Day, Week or Module heading, or a checkbox), so it will be listed among your plans');
  }
  return {
    notebook: JSON.stringify(notebook, null, 1) + '\n',
    notes,
    unknown: [...unknown],
    problems,
  };
}

/** A title without the date it starts with, as written (`11/27/2026: 3Sum`, `Friday, November 27, 2026`). */
function withoutLeadingDate(title: string): string {
  const start = title.search(/[\p{L}\p{N}]/u);
  const date = start < 0 ? null : dateAt(title, start, EITHER_ORDER);
  return date === null ? title : `${title.slice(0, start)} ${title.slice(date.end)}`;
}
