import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import {
  addLabLink, applyTextEdits, buildPlan, dayContent, inMemoryDocument, labLocation, labsFolderSegments, relativePosix, renderLab, renderTemplate, slugify,
  titleWithoutDayPrefix,
} from '../../src/core';
import { lines, parse } from './helpers';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('slugify: safe ASCII names from untrusted titles', () => {
  const table: [string, string][] = [
    ['Lakehouse vs Data Warehouse for AI', 'lakehouse-vs-data-warehouse-for-ai'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'untitled'],
    ['', 'untitled'],
    ['\u{1F3AF} Goals \u{1F680}', 'goals'],
    ['\u00c5ngstr\u00f6m caf\u00e9', 'angstrom-cafe'],
    ['C:\\Windows\\system32', 'c-windows-system32'],
    ['\u00f0\u0178\u017d\u00af mojibake', 'yz-mojibake'],
  ];
  for (const [title, slug] of table) {
    it(`${JSON.stringify(title)} -> ${slug}`, () => assert.strictEqual(slugify(title), slug));
  }

  it('bounds the length at a word boundary, and cuts a single huge word', () => {
    const long = slugify('word '.repeat(100));
    assert.ok(long.length <= 48 && !long.endsWith('-'), long);
    assert.strictEqual(slugify('x'.repeat(500)).length, 48);
  });

  it('never yields dots or separators, whatever the input', () => {
    for (const title of ['a/b', 'a\\b', '...', 'a..b', '%2e%2e', '\0', '\u2215 division slash']) {
      assert.match(slugify(title), /^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('strips the "Day N -" prefix from titles', () => {
    assert.strictEqual(titleWithoutDayPrefix('Day 31 - Lakehouse'), 'Lakehouse');
    assert.strictEqual(titleWithoutDayPrefix('Day 28: Project'), 'Project');
    assert.strictEqual(titleWithoutDayPrefix('Day 1'), 'Day 1');
  });
});

describe('lab locations', () => {
  it('sanitizes the labs folder setting', () => {
    assert.deepStrictEqual(labsFolderSegments('labs'), ['labs']);
    assert.deepStrictEqual(labsFolderSegments('study/labs/'), ['study', 'labs']);
    for (const bad of ['../outside', '/etc', 'C:\\x', 'a/../../b', '', undefined]) assert.deepStrictEqual(labsFolderSegments(bad), ['labs'], String(bad));
  });

  it('places a day under labs/<plan>/day-NNN-<title>', () => {
    const plan = parse(lines('# Days 31-60', '### Day 31 - Lakehouse vs DW'), 'file:///ws/plans/My Plan.md');
    const where = labLocation(undefined, dayContent(plan, plan.days[0]), 0);
    assert.deepStrictEqual(where, { folder: ['labs', 'my-plan', 'day-031-lakehouse-vs-dw'], notebook: 'day-031.ipynb', notes: 'notes.md', tag: 'day-031' });
  });

  it('links from the plan folder to the lab', () => {
    assert.strictEqual(relativePosix('plans', 'labs/p/day-031/day-031.ipynb'), '../labs/p/day-031/day-031.ipynb');
    assert.strictEqual(relativePosix('', 'labs/p/d.ipynb'), 'labs/p/d.ipynb');
    assert.strictEqual(relativePosix('my plans', 'my plans/labs/a b.ipynb'), 'labs/a%20b.ipynb');
  });
});

describe('templates', () => {
  it('substitutes placeholders as plain text and reports unknown ones', () => {
    const rendered = renderTemplate('{{title}} on {{ date }} {{nope}} {{title}} {{constructor}}', { title: 'A {{date}}', date: 'D' });
    assert.strictEqual(rendered.text, 'A {{date}} on D {{nope}} A {{date}} {{constructor}}');
    assert.deepStrictEqual(rendered.unknown, ['nope', 'constructor']);
  });
});

describe('renderLab', () => {
  const text = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'days-031-060-lakehouse-for-ai.md'), 'utf8');
  const plan = buildPlan(inMemoryDocument('file:///ws/days-031-060-lakehouse-for-ai.md', text));
  const content = dayContent(plan, plan.days[0]);
  const lab = renderLab(content, '2026-11-21');
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'nbformat', 'v4', 'nbformat.v4.schema.json'), 'utf8'));

  it('gathers the day\'s objective, tasks, resources, checkpoint and module', () => {
    assert.strictEqual(content.objective, 'Understand why traditional data warehouses fail for AI workloads');
    assert.deepStrictEqual(content.tasks, ['Study limitations of data warehouses for AI/ML and benefits of lakehouse (30 min)']);
    assert.strictEqual(content.resources[0].target, 'https://databricks.com/blog/2020/01/30/what-is-a-data-lakehouse.html');
    assert.strictEqual(content.checkpoint, 'Can explain why AI workloads need lakehouse architecture');
    assert.strictEqual(content.module, 'Module 1: Lakehouse Fundamentals for AI/ML (Days 31-37)');
  });

  it('writes a notebook that is valid nbformat 4 (checked against the schema) with three cells', () => {
    const notebook = JSON.parse(lab.notebook);
    const validate = new Ajv().compile(schema);
    assert.ok(validate(JSON.parse(lab.notebook)), JSON.stringify(validate.errors));
    assert.deepStrictEqual(notebook.cells.map((c: { cell_type: string }) => c.cell_type), ['markdown', 'code', 'markdown']);
    assert.deepStrictEqual(notebook.metadata.kernelspec, { name: 'python3', display_name: 'Python 3', language: 'python' });
    const overview = notebook.cells[0].source.join('');
    assert.match(overview, /^# Day 31 - Lakehouse vs Data Warehouse for AI\n/);
    assert.match(overview, /- \[ \] Study limitations/);
    assert.match(overview, /- \[Lakehouse vs Data Warehouse for ML\]\(https:\/\/databricks\.com/);
    assert.match(overview, /\*\*Checkpoint:\*\* Can explain/);
  });

  it('writes notes with tasks as checkboxes, resources and reflection prompts', () => {
    assert.match(lab.notes, /^# Day 31 - Lakehouse vs Data Warehouse for AI\n/);
    assert.match(lab.notes, /## Tasks\n- \[ \] Study limitations/);
    assert.match(lab.notes, /## Reflection\n- What did I learn today/);
    assert.deepStrictEqual(lab.unknown, []);
  });

  it('uses user templates, keeps unknown placeholders, and falls back on a broken notebook template', () => {
    const custom = renderLab(content, '2026-11-21', { notes: 'Day {{day}}: {{title}} {{mood}}', notebook: '{"cells":[{"cell_type":"markdown","metadata":{},"source":["{{plan}} \\"quoted\\""]}],"metadata":{},"nbformat":4,"nbformat_minor":4}' });
    assert.strictEqual(custom.notes, 'Day 31: Lakehouse vs Data Warehouse for AI {{mood}}');
    assert.deepStrictEqual(custom.unknown, ['mood']);
    assert.deepStrictEqual(JSON.parse(custom.notebook).cells[0].source, ['days-031-060-lakehouse-for-ai "quoted"']);
    const broken = renderLab(content, '2026-11-21', { notebook: '{not json' });
    assert.strictEqual(broken.problems.length, 1);
    assert.strictEqual(JSON.parse(broken.notebook).cells.length, 3);
  });
});

describe('addLabLink', () => {
  function add(text: string): string {
    const plan = parse(text);
    const outcome = addLabLink(text, plan.days[0], 'day-001', 'labs/p/day-001/day-001.ipynb');
    assert.ok(outcome.ok);
    return applyTextEdits(text, outcome.edits);
  }

  it('puts the link under the heading, with a blank line before a paragraph', () => {
    assert.strictEqual(add('### Day 1\n**Objective:** x\n'), '### Day 1\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n\n**Objective:** x\n');
  });

  it('joins a list that follows, keeps CRLF, and handles a heading on the last line', () => {
    assert.strictEqual(add('### Day 1\r\n- **Task:** y\r\n'), '### Day 1\r\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\r\n- **Task:** y\r\n');
    assert.strictEqual(add('### Day 1'), '### Day 1\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)');
  });

  it('goes below a setext heading\'s underline (found by fuzzing), also when its text spans lines', () => {
    assert.strictEqual(add('Day 1 - A\n===\ntext\n'), 'Day 1 - A\n===\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n\ntext\n');
    assert.strictEqual(add('Day 1 - A\nmore title\n---\n'), 'Day 1 - A\nmore title\n---\n- **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n');
    // A heading in a list item gets its link in the same item (at the item's column).
    assert.strictEqual(add('- ### Day 1 - in a list\nnext\n===\n'), '- ### Day 1 - in a list\n  - **Lab:** [day-001](labs/p/day-001/day-001.ipynb)\n\nnext\n===\n');
  });

  it('adds the link only once', () => {
    const once = add('### Day 1\n\ntext\n');
    assert.strictEqual(add(once), once);
  });
});
