/**
 * One table of cases for the file-system port and the lab scaffold that runs on it, run against every
 * port: in memory and node `fs` (test/unit/labPort.test.ts), and the extension's `workspace.fs` port in
 * real VS Code, both hosts (test/integration/labPort.test.ts). No Node and no vscode here.
 */
import { applyTextEdits, buildPlan, FileError, inMemoryDocument, joinPath, scaffoldLab, type FileSystemPort, type LabRequest, type LabResult } from '../../src/core';
import scenes from './labPortScenes.json';

export interface Assert {
  ok(value: unknown, message?: string): void;
  strictEqual(actual: unknown, expected: unknown, message?: string): void;
  deepStrictEqual(actual: unknown, expected: unknown, message?: string): void;
  match(actual: string, pattern: RegExp, message?: string): void;
}

export type SceneId = keyof typeof scenes.scenes;

/**
 * What an environment gives a case: a folder of its own (the lab root), holding the links and FIFOs of
 * the case's scene in labPortScenes.json if it names one, and a way to add regular files.
 */
export interface LabScene {
  /** Absolute and `/`-separated, as the port names paths. */
  readonly root: string;
  file(relative: string, text: string): Promise<void>;
}

export interface LabPortCase {
  readonly name: string;
  /** The hostile entries the case needs (each scene belongs to one case). */
  readonly scene?: SceneId;
  run(fs: FileSystemPort, scene: LabScene, assert: Assert): Promise<void>;
}

export const LAB_PORT_SCENES = scenes;

const PLAN = '# Plan\n### Day 1 - Intro\n- [ ] read the intro\n';
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function text(fs: FileSystemPort, path: string): Promise<string> {
  return decode(await fs.readFile(path, 1024 * 1024));
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof FileError ? error.problem : `not a FileError: ${String(error)}`;
  }
}

/** Scaffolds Day 1 of PLAN at `<root>/plan.md` (or `planPath`), linking through an in-memory plan text. */
async function scaffold(fs: FileSystemPort, scene: LabScene, options: Partial<LabRequest> & { planName?: string } = {}): Promise<{ result: LabResult; planText: string }> {
  const planPath = options.planPath ?? joinPath(scene.root, options.planName ?? 'plan.md');
  const plan = buildPlan(inMemoryDocument(planPath, PLAN));
  let planText = PLAN;
  const result = await scaffoldLab(fs, {
    plan,
    day: plan.days[0],
    planPath,
    root: scene.root,
    date: '2026-11-21',
    useTemplates: true,
    link: async (compute) => {
      const outcome = compute(planText, buildPlan(inMemoryDocument(planPath, planText)));
      if (!outcome.ok) return { applied: false, message: outcome.message };
      if (outcome.edits.length === 0) return { applied: false, message: outcome.summary };
      planText = applyTextEdits(planText, outcome.edits);
      return { applied: true, message: outcome.summary };
    },
    ...options,
  });
  return { result, planText };
}

function lab(scene: LabScene, ...rest: string[]): string {
  return joinPath(scene.root, 'labs', 'plan', 'day-001-intro', ...rest);
}

function ok(result: LabResult, assert: Assert): Extract<LabResult, { ok: true }> {
  assert.ok(result.ok, JSON.stringify(result));
  return result as Extract<LabResult, { ok: true }>;
}

/** The port, with every write after the first `succeed` failing as on a full disk. */
function failingWrites(fs: FileSystemPort, succeed: number): FileSystemPort {
  let writes = 0;
  return {
    stat: (path) => fs.stat(path),
    mkdir: (path) => fs.mkdir(path),
    removeEmptyFolder: (path) => fs.removeEmptyFolder(path),
    readFile: (path, maxBytes) => fs.readFile(path, maxBytes),
    writeNew: async (path, bytes) => {
      if (writes++ >= succeed) throw new FileError('io', `cannot write ${path}: no space left on the device`);
      return fs.writeNew(path, bytes);
    },
  };
}

const DEFAULT_NOTEBOOK = /"# Day 1 - Intro\\n"/;

export const LAB_PORT_CASES: readonly LabPortCase[] = [
  {
    name: 'the port: stat tells files, folders, links and others apart; a missing path is undefined',
    scene: 'port-stat',
    async run(fs, scene, assert) {
      await scene.file('a.txt', 'abc');
      assert.deepStrictEqual(await fs.stat(joinPath(scene.root, 'a.txt')), { type: 'file', symbolicLink: false, size: 3 });
      assert.strictEqual((await fs.stat(scene.root))?.type, 'directory');
      assert.strictEqual(await fs.stat(joinPath(scene.root, 'none')), undefined);
      assert.strictEqual((await fs.stat(joinPath(scene.root, 'fifo')))?.type, 'other', 'a FIFO');
      const dangling = await fs.stat(joinPath(scene.root, 'dangling'));
      assert.deepStrictEqual([dangling?.symbolicLink, dangling?.type], [true, 'other'], 'a dangling link');
    },
  },
  {
    name: 'the port: writeNew creates a file once and never overwrites; mkdir makes one folder',
    async run(fs, scene, assert) {
      const folder = joinPath(scene.root, 'new');
      assert.strictEqual(await fs.mkdir(folder), true, 'made by this call');
      assert.strictEqual((await fs.stat(folder))?.type, 'directory');
      assert.strictEqual(await fs.mkdir(folder), false, 'there already: not this call\'s to undo');
      const file = joinPath(folder, 'x.txt');
      assert.strictEqual(await fs.writeNew(file, new TextEncoder().encode('first')), true);
      assert.strictEqual(await fs.writeNew(file, new TextEncoder().encode('second')), false);
      assert.strictEqual(await text(fs, file), 'first');
    },
  },
  {
    name: 'the port: removeEmptyFolder removes an empty folder and nothing else: not one with anything in it, a file, a link or what it leads to',
    scene: 'port-remove',
    async run(fs, scene, assert) {
      await scene.file('full/a.txt', 'a');
      const outer = joinPath(scene.root, 'outer');
      const inner = joinPath(outer, 'inner');
      await fs.mkdir(outer);
      await fs.mkdir(inner);
      assert.strictEqual(await fs.removeEmptyFolder(outer), false, 'a folder holding a folder');
      assert.strictEqual(await fs.removeEmptyFolder(joinPath(scene.root, 'full')), false, 'a folder holding a file');
      assert.strictEqual(await text(fs, joinPath(scene.root, 'full', 'a.txt')), 'a');
      assert.strictEqual(await fs.removeEmptyFolder(joinPath(scene.root, 'full', 'a.txt')), false, 'a file');
      assert.strictEqual(await text(fs, joinPath(scene.root, 'full', 'a.txt')), 'a');
      assert.strictEqual(await fs.removeEmptyFolder(joinPath(scene.root, 'dir-link')), false, 'a link to an empty folder');
      const link = await fs.stat(joinPath(scene.root, 'dir-link'));
      assert.deepStrictEqual([link?.type, link?.symbolicLink], ['directory', true], 'the link and the folder it leads to stay');
      assert.strictEqual(await fs.removeEmptyFolder(joinPath(scene.root, 'none')), false, 'nothing there');
      assert.strictEqual(await fs.removeEmptyFolder(inner), true);
      assert.strictEqual(await fs.stat(inner), undefined);
      assert.strictEqual(await fs.removeEmptyFolder(outer), true);
      assert.strictEqual(await fs.stat(outer), undefined);
    },
  },
  {
    name: 'the port: readFile refuses links, FIFOs (without blocking), folders and files over the limit',
    scene: 'port-read',
    async run(fs, scene, assert) {
      await scene.file('big.txt', 'x'.repeat(2048));
      await scene.file('folder/a.txt', 'a');
      assert.strictEqual(await problemOf(fs.readFile(joinPath(scene.root, 'big.txt'), 1024)), 'tooLarge');
      assert.strictEqual(await problemOf(fs.readFile(joinPath(scene.root, 'big.txt'), 4096)), 'none');
      assert.strictEqual(await problemOf(fs.readFile(joinPath(scene.root, 'link.txt'), 1024)), 'symbolicLink');
      assert.strictEqual(await problemOf(fs.readFile(joinPath(scene.root, 'fifo'), 1024)), 'notRegular');
      assert.strictEqual(await problemOf(fs.readFile(joinPath(scene.root, 'folder'), 1024)), 'notRegular');
      assert.strictEqual(await problemOf(fs.readFile(joinPath(scene.root, 'none.txt'), 1024)), 'missing');
    },
  },
  {
    name: 'scaffold: creates the notebook and notes, links the plan once, and the notes are not a plan',
    async run(fs, scene, assert) {
      const { result, planText } = await scaffold(fs, scene);
      const done = ok(result, assert);
      assert.deepStrictEqual(done.created, [lab(scene, 'day-001.ipynb'), lab(scene, 'notes.md')]);
      assert.deepStrictEqual([done.existing, done.warnings, done.linked], [[], [], true]);
      assert.strictEqual(JSON.parse(await text(fs, done.notebook)).nbformat, 4);
      const notes = await text(fs, done.notes);
      assert.match(notes, /^# Lab notes: Intro\n/);
      assert.strictEqual(buildPlan(inMemoryDocument(done.notes, notes)).isPlan, false, 'notes.md is not a plan');
      assert.strictEqual(planText, '# Plan\n### Day 1 - Intro\n- **Lab:** [day-001](labs/plan/day-001-intro/day-001.ipynb)\n- [ ] read the intro\n');
    },
  },
  {
    name: 'scaffold: never overwrites a file that exists (the learner\'s work)',
    async run(fs, scene, assert) {
      await scene.file('labs/plan/day-001-intro/notes.md', 'my notes\n');
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.deepStrictEqual([done.created, done.existing], [[lab(scene, 'day-001.ipynb')], [lab(scene, 'notes.md')]]);
      assert.strictEqual(await text(fs, lab(scene, 'notes.md')), 'my notes\n');
      const again = ok((await scaffold(fs, scene)).result, assert);
      assert.deepStrictEqual(again.created, []);
    },
  },
  {
    name: 'scaffold: refuses when labs is a symbolic link (it could lead outside), writing nothing through it',
    scene: 'labs-link',
    async run(fs, scene, assert) {
      const { result, planText } = await scaffold(fs, scene);
      assert.ok(!result.ok);
      assert.match(!result.ok ? result.message : '', /labs is a symbolic link, which could lead outside .*; nothing written$/);
      assert.strictEqual(await fs.stat(joinPath(scene.root, 'labs', 'plan')), undefined, 'nothing created through the link');
      assert.strictEqual(planText, PLAN, 'the plan is not linked');
    },
  },
  {
    name: 'scaffold: refuses when a lab file is a symbolic link, even a dangling one',
    scene: 'lab-file-link',
    async run(fs, scene, assert) {
      const { result } = await scaffold(fs, scene);
      assert.match(!result.ok ? result.message : 'no refusal', /day-001\.ipynb is a symbolic link/);
      assert.strictEqual((await fs.stat(lab(scene, 'day-001.ipynb')))?.type, 'other', 'still dangling: nothing written through it');
    },
  },
  {
    name: 'scaffold: a write that fails (a full disk) leaves none of the folders it made, and the folder that was there stays',
    async run(fs, scene, assert) {
      await fs.mkdir(joinPath(scene.root, 'labs'));
      const { result, planText } = await scaffold(failingWrites(fs, 0), scene);
      assert.match(!result.ok ? result.message : 'no failure', /no space left on the device/);
      assert.strictEqual(await fs.stat(joinPath(scene.root, 'labs', 'plan')), undefined, 'the folders made for the lab are gone');
      assert.strictEqual((await fs.stat(joinPath(scene.root, 'labs')))?.type, 'directory', 'labs was there before: it stays, empty as it was');
      assert.strictEqual(planText, PLAN, 'the plan is not linked');
      // The notebook written, the notes not: the lab's folder holds the notebook, so it and its parents stay.
      const half = await scaffold(failingWrites(fs, 1), scene);
      assert.ok(!half.result.ok);
      assert.strictEqual(JSON.parse(await text(fs, lab(scene, 'day-001.ipynb'))).nbformat, 4);
      assert.strictEqual(await fs.stat(lab(scene, 'notes.md')), undefined);
    },
  },
  {
    name: 'scaffold: a labs folder name that exists as a file is a clear refusal',
    async run(fs, scene, assert) {
      await scene.file('labs', 'not a folder\n');
      const { result } = await scaffold(fs, scene);
      assert.match(!result.ok ? result.message : 'no refusal', /labs exists and is not a folder; nothing written$/);
    },
  },
  {
    name: 'templates: a regular file inside the workspace is used',
    async run(fs, scene, assert) {
      await scene.file('.learning-plans/templates/notes.md', 'Notes on {{title}} ({{plan}})\n');
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.strictEqual(await text(fs, done.notes), 'Notes on Intro (Plan)\n');
      assert.deepStrictEqual(done.warnings, []);
    },
  },
  {
    name: 'templates: one of exactly 256 KB is used (the limit is inclusive)',
    async run(fs, scene, assert) {
      const template = `{{title}}${'x'.repeat(256 * 1024 - '{{title}}'.length)}`;
      await scene.file('.learning-plans/templates/notes.md', template);
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.deepStrictEqual(done.warnings, []);
      assert.strictEqual(await text(fs, done.notes), template.replace('{{title}}', 'Intro'));
    },
  },
  {
    name: 'templates: one over 256 KB is refused with a warning, and the default is used',
    async run(fs, scene, assert) {
      await scene.file('.learning-plans/templates/notes.md', `{{title}}${'x'.repeat(300 * 1024)}`);
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.match(done.warnings.join('\n'), /templates\/notes\.md was not used: it is larger than 256 KB/);
      assert.match(await text(fs, done.notes), /^# Lab notes: Intro\n/);
    },
  },
  ...(['template-link', 'template-proc', 'template-zero'] as const).map((id): LabPortCase => ({
    name: `templates: a symbolic link (-> ${scenes.scenes[id].links['.learning-plans/templates/notebook.ipynb']}) is refused with a warning; nothing it points to is copied`,
    scene: id,
    async run(fs, scene, assert) {
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.match(done.warnings.join('\n'), /templates\/notebook\.ipynb was not used: .*is a symbolic link.*; the default was used/);
      const notebook = await text(fs, done.notebook);
      assert.match(notebook, DEFAULT_NOTEBOOK);
      assert.ok(!/SECRET|PATH=|HOME=/.test(notebook), 'no secret in the lab');
    },
  })),
  {
    name: 'templates: a FIFO is refused without hanging; the default is used',
    scene: 'template-fifo',
    async run(fs, scene, assert) {
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.match(done.warnings.join('\n'), /templates\/notebook\.ipynb was not used: it is not a regular file/);
      assert.match(await text(fs, done.notebook), DEFAULT_NOTEBOOK);
    },
  },
  {
    name: 'templates: a template folder reached through a link is refused',
    scene: 'template-folder-link',
    async run(fs, scene, assert) {
      const done = ok((await scaffold(fs, scene)).result, assert);
      assert.match(done.warnings.join('\n'), /\.learning-plans is a symbolic link/);
      assert.ok(!(await text(fs, done.notebook)).includes('STOLEN TEMPLATE'));
    },
  },
  {
    name: 'templates: an untrusted workspace\'s templates are never read',
    async run(fs, scene, assert) {
      await scene.file('.learning-plans/templates/notes.md', 'TEMPLATE {{title}}\n');
      const done = ok((await scaffold(fs, scene, { useTemplates: false })).result, assert);
      assert.match(await text(fs, done.notes), /^# Lab notes: Intro\n/);
    },
  },
  {
    name: 'slugs: plans named only in non-ASCII get their own folders (計画, 中文, and a hash for 🎯)',
    async run(fs, scene, assert) {
      const folders: string[] = [];
      for (const planName of ['\u8a08\u753b.md', '\u4e2d\u6587.md', '\u{1F3AF}.md', '\u{1F680}.md']) {
        const done = ok((await scaffold(fs, scene, { planName })).result, assert);
        folders.push(done.folder.slice(scene.root.length + 1));
        assert.deepStrictEqual(done.existing, [], `${planName} shares no file with another plan`);
      }
      assert.deepStrictEqual(folders.slice(0, 2), ['labs/\u8a08\u753b/day-001-intro', 'labs/\u4e2d\u6587/day-001-intro']);
      assert.match(folders[2], /^labs\/plan-[0-9a-f]{8}\/day-001-intro$/);
      assert.strictEqual(new Set(folders).size, 4);
    },
  },
  {
    name: 'links: a plan outside the root links to the lab by a path that exists',
    async run(fs, scene, assert) {
      await scene.file('root/README.txt', 'the lab root\n');
      const planPath = joinPath(scene.root, 'elsewhere', 'notes', 'plan.md');
      const { result, planText } = await scaffold(fs, { ...scene, root: joinPath(scene.root, 'root') }, { planPath, root: joinPath(scene.root, 'root') });
      assert.ok(!result.ok || result.linked, JSON.stringify(result));
      if (!result.ok) return;
      assert.match(planText, /\[day-001\]\(\.\.\/\.\.\/root\/labs\/elsewhere\/notes\/plan-[0-9a-f]{8}\/day-001-intro\/day-001\.ipynb\)/);
      assert.ok((await fs.stat(result.notebook))?.type === 'file');
    },
  },
];
