/**
 * What a lab is: where it goes and what its notebook and notes say. Pure: the extension and the CLI
 * each write the files with their own file system, never overwriting.
 */
import type { DayContent } from './dayContent';
import { slugify } from './slug';
import { renderTemplate } from './templates';

export interface LabLocation {
  /** Folders from the workspace root to the lab folder, each a safe name. */
  readonly folder: readonly string[];
  readonly notebook: string;
  readonly notes: string;
  /** `day-031`: the link text in the plan. */
  readonly tag: string;
}

/** The labs folder setting as safe segments; anything absolute or climbing out falls back to "labs". */
export function labsFolderSegments(setting: string | undefined): string[] {
  const raw = (setting ?? '').trim();
  const segments = raw.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  const unsafe = raw.startsWith('/') || /^[a-zA-Z]:/.test(raw) || segments.some((s) => s === '..' || /[\0:*?"<>|]/.test(s));
  return segments.length === 0 || unsafe ? ['labs'] : segments;
}

export function labLocation(labsFolder: string | undefined, content: DayContent, dayIndex: number): LabLocation {
  const tag = `day-${String(content.number ?? dayIndex + 1).padStart(3, '0')}`;
  return {
    folder: [...labsFolderSegments(labsFolder), slugify(content.plan), `${tag}-${slugify(content.title, 40)}`],
    notebook: `${tag}.ipynb`,
    notes: 'notes.md',
    tag,
  };
}

export function templateValues(content: DayContent, date: string): Record<string, string> {
  const dash = (text: string): string => text || '\u2014';
  return {
    day: content.number === null ? '' : String(content.number),
    title: content.title,
    heading: content.heading,
    plan: content.plan,
    module: content.module,
    date,
    objective: dash(content.objective),
    checkpoint: dash(content.checkpoint),
    tasks: content.tasks.length ? content.tasks.map((t) => `- [ ] ${t}`).join('\n') : '- [ ] \u2014',
    resources: content.resources.length ? content.resources.map((l) => `- [${l.text.replace(/[[\]]/g, '')}](${l.target})`).join('\n') : '\u2014',
  };
}

const DEFAULT_OVERVIEW = `# {{heading}}

*{{plan}} \u00b7 {{module}} \u00b7 {{date}}*

**Objective:** {{objective}}

## Tasks
{{tasks}}

## Resources
{{resources}}

**Checkpoint:** {{checkpoint}}`;

const DEFAULT_NOTES = `# {{heading}}

*{{plan}} \u00b7 {{module}} \u00b7 {{date}}*

## Tasks
{{tasks}}

## Resources
{{resources}}

## Reflection
- What did I learn today, in one sentence?
- What was harder than expected, and why?
- What will I try or review tomorrow?
`;

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

function defaultNotebook(): { cells: NotebookCell[]; metadata: Record<string, unknown>; nbformat: number; nbformat_minor: number } {
  return {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: DEFAULT_OVERVIEW },
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

export function renderLab(content: DayContent, date: string, templates: LabTemplates = {}): RenderedLab {
  const values = templateValues(content, date);
  const unknown = new Set<string>();
  const problems: string[] = [];
  const fill = (text: string): string => {
    const rendered = renderTemplate(text, values);
    rendered.unknown.forEach((name) => unknown.add(name));
    return rendered.text;
  };

  let notebook = defaultNotebook();
  if (templates.notebook !== undefined) {
    try {
      const parsed = JSON.parse(templates.notebook);
      if (!parsed || !Array.isArray(parsed.cells)) throw new Error('no cells');
      notebook = parsed;
    } catch {
      problems.push('the notebook template is not a valid .ipynb file; the default notebook was used');
    }
  }
  for (const cell of notebook.cells) {
    const source = Array.isArray(cell.source) ? cell.source.join('') : String(cell.source ?? '');
    cell.source = sourceLines(fill(source));
  }
  return {
    notebook: JSON.stringify(notebook, null, 1) + '\n',
    notes: fill(templates.notes ?? DEFAULT_NOTES),
    unknown: [...unknown],
    problems,
  };
}
