import * as assert from 'assert';
import { find, lines, outline, parse } from './helpers';
import { planTitle, scheduleFor } from '../../src/core';
import { whyMaybePlan } from '../../src/core/parse/planFilter';

describe('buildPlan: structure', () => {
  it('nests cycle > module > day by heading level', () => {
    const plan = parse(lines('# Days 1-30: Basics', '## Module 1: Start (Days 1-7)', '### Day 1 - Hello', '### Day 2 - World'));
    assert.deepStrictEqual(outline(plan.root), [
      'cycle:Days 1-30: Basics',
      '  module:Module 1: Start (Days 1-7)',
      '    day:Day 1 - Hello',
      '    day:Day 2 - World',
    ]);
  });

  it('makes a day range inside a cycle a module, and a top-level range a cycle', () => {
    const plan = parse(lines('# Days 31-60: X', '## Days 59-60: Consolidation', '### Day 59', '## Final Sprint (Days 26-30)'));
    assert.deepStrictEqual(outline(plan.root), [
      'cycle:Days 31-60: X',
      '  module:Days 59-60: Consolidation',
      '    day:Day 59',
      '  module:Final Sprint (Days 26-30)',
    ]);
    assert.strictEqual(parse('## Days 1-7').root.children[0].kind, 'cycle');
  });

  it('keeps an H2 day among H3 days inside its module without swallowing the days after it', () => {
    const plan = parse(lines('## Module 1', '### Day 1', '## Day 2', '### Day 3', '## Module 2', '### Day 4'));
    assert.deepStrictEqual(outline(plan.root), [
      'module:Module 1',
      '  day:Day 1',
      '  day:Day 2',
      '  day:Day 3',
      'module:Module 2',
      '  day:Day 4',
    ]);
  });

  it('never nests a day inside a day, even when levels jump', () => {
    const plan = parse(lines('# Month 1', '### Day 1', '#### Day 2', '###### Day 3'));
    assert.deepStrictEqual(outline(plan.root), ['cycle:Month 1', '  day:Day 1', '  day:Day 2', '  day:Day 3']);
  });

  it('closes a module at the next heading of its level, so a closing section is not inside it', () => {
    const plan = parse(lines('# Days 1-30', '## Week 1', '### Day 1', '## Cycle Assessment', '### Skills'));
    assert.deepStrictEqual(outline(plan.root), [
      'cycle:Days 1-30',
      '  module:Week 1',
      '    day:Day 1',
      '  section:Cycle Assessment',
      '    section:Skills',
    ]);
  });

  it('keeps sections under a day as its children, and their tasks count for the day', () => {
    const plan = parse(lines('### Day 1', '- [x] a', '#### Notes', '- [ ] b'));
    const day = plan.days[0];
    assert.deepStrictEqual(outline(plan.root), ['day:Day 1', '  section:Notes']);
    assert.deepStrictEqual([day.progress.tasksTotal, day.progress.tasksDone, day.done], [2, 1, false]);
  });

  it('records heading line, level and end line', () => {
    const plan = parse(lines('# Month 1', '', '## Week 1', 'text', '## Week 2', 'more', ''));
    const [week1, week2] = plan.root.children[0].children;
    assert.deepStrictEqual([week1.line, week1.level, week1.endLine], [2, 2, 4]);
    assert.deepStrictEqual([week2.line, week2.endLine], [4, 7]);
    assert.strictEqual(plan.root.children[0].endLine, 7);
  });

  it('reads setext and closed ATX headings', () => {
    const plan = parse(lines('Month 2', '=======', '', 'Week 1', '------', '### Day 1 ###'));
    assert.deepStrictEqual(outline(plan.root), ['cycle:Month 2', '  module:Week 1', '    day:Day 1']);
    assert.strictEqual(plan.root.children[0].line, 0);
  });

  it('counts headings written inside list items', () => {
    const plan = parse(lines('- ### Day 1 - In a list', '  - [ ] task'));
    assert.strictEqual(plan.days.length, 1);
    assert.strictEqual(plan.days[0].progress.tasksTotal, 1);
  });

  it('reads weekday and date journals as days', () => {
    const weekdays = parse(lines('# Week 1', '## Monday: Fresh Start', '- [x] read', '## Tuesday'));
    assert.deepStrictEqual(weekdays.days.map((d) => [d.title, d.number]), [['Monday: Fresh Start', null], ['Tuesday', null]]);
    const dated = parse(lines('## 2026-11-20', '- [x] a', '## 2026-11-21 Saturday'));
    assert.deepStrictEqual(dated.days.map((d) => d.date), ['2026-11-20', '2026-11-21']);
  });
});

describe('buildPlan: what is never structure', () => {
  it('ignores headings and tasks inside backtick and tilde code fences', () => {
    const plan = parse(lines('# Month 1', '```', '## Day 1', '- [ ] no', '```', '~~~md', '### Day 2', '~~~', '### Day 3'));
    assert.deepStrictEqual(plan.days.map((d) => d.number), [3]);
    assert.strictEqual(plan.root.progress.tasksTotal, 0);
  });

  it('a heading inside a callout is the box\'s, not the outline\'s; its tasks are the day\'s (a daily note\'s `> ### Day 3` was stamped)', () => {
    const plan = parse(lines('# Days 1-3: Go', '### Day 1', '- [ ] a', '> [!note] Remember', '> ### Day 3', '> - [ ] c', '', '> ### Day 2', '> - [ ] b', '', '> [!tip]- Folded', '> > ### Day 4', '', '### Day 5'));
    assert.deepStrictEqual(outline(plan.root), ['cycle:Days 1-3: Go', '  day:Day 1', '  day:Day 2', '  day:Day 5']);
    assert.deepStrictEqual(plan.days[0].tasks.map((t) => t.text), ['a', 'c']);
    // Its title on a line of its own, the box's text on the next (a review's still made a Day 3).
    assert.deepStrictEqual(parse(lines('### Day 1', '> [!note]', '> Remember this', '> ### Day 3', '### Day 2')).days.map((d) => d.number), [1, 2]);
    // A quote that is no callout keeps its headings (`[!x]` later in it, or a link's `[!`).
    assert.deepStrictEqual(parse(lines('> Quote', '> [!note]', '> ### Day 1', '', '> [!not a callout](x)', '> ### Day 2')).days.map((d) => d.number), [1, 2]);
  });

  it('ignores an unclosed fence to the end of the file', () => {
    const plan = parse(lines('### Day 1', '```python', '### Day 2', '- [ ] x'));
    assert.deepStrictEqual(plan.days.map((d) => d.number), [1]);
    assert.strictEqual(plan.root.progress.tasksTotal, 0);
  });

  it('ignores indented code, HTML blocks and HTML comments', () => {
    const plan = parse(
      lines('### Day 1', '', '    ### Day 2', '', '<!--', '### Day 3', '- [ ] hidden', '-->', '', '<div>', '', '</div>', '', '### Day 4'),
    );
    assert.deepStrictEqual(plan.days.map((d) => d.number), [1, 4]);
    assert.strictEqual(plan.root.progress.tasksTotal, 0);
  });

  it('does not read #hashtag lines as headings', () => {
    const plan = parse(lines('#Day1 #learning', '### Day 2'));
    assert.deepStrictEqual(plan.days.map((d) => d.number), [2]);
  });

  it('skips YAML front matter and keeps line numbers', () => {
    const plan = parse(lines('---', 'start: 2026-11-01', 'title: x', '---', '### Day 1'));
    assert.strictEqual(plan.frontMatter, 'start: 2026-11-01\ntitle: x');
    assert.deepStrictEqual(outline(plan.root), ['day:Day 1']);
    assert.strictEqual(plan.days[0].line, 4);
  });

  it('skips TOML front matter too, reading its top-level keys as YAML\'s (a trial\'s `+++` held a day that `done` stamped)', () => {
    const text = lines('\uFEFF+++', 'title = "Go basics"', "start = '2026-01-05' # first", 'note = """', '### Day 5 - fake', '- [ ] fake', '"""', '[params]', 'start = 1999-01-01', '+++', '### Day 1 - A', '- [ ] a');
    const plan = parse(text);
    assert.deepStrictEqual(outline(plan.root), ['day:Day 1 - A']);
    assert.strictEqual(plan.root.progress.tasksTotal, 1);
    assert.strictEqual(plan.frontMatter, "title: \"Go basics\"\nstart: '2026-01-05' # first");
    assert.strictEqual(planTitle(plan), 'Go basics');
    assert.strictEqual(scheduleFor(plan)?.start, '2026-01-05');
    assert.strictEqual(plan.days[0].line, 10);
    // Not closed: no front matter, as YAML's; the pre-filter says maybe for any file that starts so.
    assert.strictEqual(parse(lines('+++', 'title = "x"', '### Day 1')).frontMatter, null);
    // The pre-filter skips it as the parser does (a Hugo site has it on every page): a page of prose is no plan.
    assert.strictEqual(whyMaybePlan(new TextEncoder().encode(text), 'x.md'), 'line 1');
    assert.strictEqual(whyMaybePlan(new TextEncoder().encode(lines('+++', 'title = "Hello"', 'note = """', '### Day 5', '"""', '+++', 'Prose.')), 'x.md'), null);
    // A multi-line array (Hugo's tags) or a one-line triple-quoted string loses nothing around it (a review's lost it all).
    const tags = parse(lines('+++', 'tags = [', '  "go",', '  "study",', ']', 'title = """Go basics"""', 'start = 2026-01-05', '+++', '### Day 1'));
    assert.strictEqual(tags.frontMatter, 'title: "Go basics"\nstart: 2026-01-05');
    assert.strictEqual(scheduleFor(tags)?.start, '2026-01-05');
    // An escaped quote opens no bracket (a review's `"Say \\"[hi\\" now"` lost the title and the start).
    assert.strictEqual(parse(lines('+++', 'title = "Say \\"[hi\\" now"', 'start = 2026-01-05', '+++', '### Day 1')).frontMatter, 'title: "Say \\"[hi\\" now"\nstart: 2026-01-05');
  });
});

describe('buildPlan: line endings and encodings', () => {
  const body = ['\uFEFF# Month 1', '## Week 1', '### Day 1 - A', '- [x] one', '- [ ] two [link](https://a.example)', '### Day 2'];

  it('gives the same model for LF and CRLF, with a BOM', () => {
    const lf = parse(body.join('\n'));
    const crlf = parse(body.join('\r\n'));
    assert.deepStrictEqual(crlf.root, lf.root);
    assert.strictEqual(lf.root.children[0].title, 'Month 1');
    assert.deepStrictEqual(lf.days[0].tasks.map((t) => t.line), [3, 4]);
    assert.strictEqual(lf.days[0].links[0].line, 4);
  });

  it('keeps emoji, and shows mojibake repaired, in titles, tasks and fields', () => {
    const plan = parse(lines('## \u{1F3AF} **Goals**', '## \u00f0\u0178\u201c\u0161 Track', '- [ ] read \u00e2\u20ac\u201d now', '- **\u00f0\u0178\u017d\u00af Goal:** caf\u00e9'));
    assert.deepStrictEqual(plan.root.children.map((c) => c.title), ['\u{1F3AF} Goals', '\u{1F4DA} Track']);
    assert.strictEqual(plan.root.children[1].tasks[0].text, 'read \u2014 now');
    assert.deepStrictEqual([plan.root.children[1].fields[0].name, plan.root.children[1].fields[0].value], ['Goal', 'caf\u00e9']);
  });

  it('keeps U+FFFD replacement characters without failing', () => {
    const plan = parse(lines('### Day 1 \uFFFD title', '- [ ] \uFFFD'));
    assert.strictEqual(plan.days[0].title, 'Day 1 \uFFFD title');
  });
});

describe('buildPlan: titles, tasks, links and fields', () => {
  it('strips markdown syntax and trailing done stamps from titles', () => {
    const plan = parse('### **Day 31 - `Delta` [Lake](https://x.example) _now_** \u2705 2026-11-20');
    assert.strictEqual(plan.days[0].title, 'Day 31 - Delta Lake now');
  });

  it('reads [ ], [x] and [X] with any list marker and nesting', () => {
    const plan = parse(lines('## Goals', '- [ ] a', '* [x] b', '+ [X] c', '1. [ ] d', '   - [x] e', '- [] not a task', '- [ ]not a task'));
    const tasks = plan.root.children[0].tasks;
    assert.deepStrictEqual(tasks.map((t) => [t.text, t.checked]), [['a', false], ['b', true], ['c', true], ['d', false], ['e', true]]);
  });

  it('reads a task done stamp and strips it from the text', () => {
    const plan = parse(lines('## T', '- [x] Read **the** book \u2705 2026-11-19', '- [x] no date \u2705', '- [x] bad date \u2705 2026-02-30'));
    assert.deepStrictEqual(
      plan.root.children[0].tasks.map((t) => [t.text, t.doneDate]),
      [['Read the book', '2026-11-19'], ['no date', null], ['bad date', null]],
    );
  });

  it('collects links with their own line, and never images', () => {
    const plan = parse(
      lines('### Day 1', 'Read [one](https://one.example) and', 'then [two](./notes.md#top) ![img](pic.png)', '- <https://three.example>', '- bare https://four.example/x and example.com'),
    );
    assert.deepStrictEqual(plan.days[0].links, [
      { text: 'one', target: 'https://one.example', line: 1 },
      { text: 'two', target: './notes.md#top', line: 2 },
      { text: 'https://three.example', target: 'https://three.example', line: 3 },
      { text: 'https://four.example/x', target: 'https://four.example/x', line: 4 },
    ]);
  });

  it('keeps an IPv6 host in brackets (a local notebook server), and encodes brackets elsewhere as markdown-it does', () => {
    const plan = parse(lines('### Day 1', '- **Resource:** [Local lab](http://[::1]:8888/lab)', '- [Docs](https://[2001:db8::1]/a[1]?q=[x])', '- [Odd](https://x.example/%5B::1%5D)', '- [Mine](https://me@[::1]/)'));
    assert.deepStrictEqual(plan.days[0].links.map((l) => l.target), [
      'http://[::1]:8888/lab',
      'https://[2001:db8::1]/a%5B1%5D?q=%5Bx%5D',
      'https://x.example/%5B::1%5D',
      'https://me@[::1]/',
    ]);
  });

  it('shows a task or a link that is only an image by its alt text, else its file name; images beside text stay out', () => {
    const plan = parse(lines('### Day 1', '- [ ] ![the ER diagram](img/er.png)', '- [ ] ![](img/schema.svg)', '- [x] draw ![icon](i.png) the model', '- [ ] [![build badge](b.svg)](https://ci.example)'));
    assert.deepStrictEqual(plan.days[0].tasks.map((t) => t.text), ['the ER diagram', 'schema.svg', 'draw the model', 'build badge']);
    assert.deepStrictEqual(plan.days[0].links.map((l) => l.text), ['build badge']);
  });

  it('gives links and tasks to the innermost heading above them', () => {
    const plan = parse(lines('# Month 1', '[m](https://m.example)', '### Day 1', '[d](https://d.example)', '- [ ] t'));
    assert.deepStrictEqual(plan.root.children[0].links.map((l) => l.text), ['m']);
    assert.deepStrictEqual(plan.days[0].links.map((l) => l.text), ['d']);
    assert.strictEqual(plan.root.children[0].tasks.length, 0);
  });

  it('reads bold fields with details, including several in one paragraph', () => {
    const plan = parse(
      lines('### Day 1', '**\u{1F3AF} Learning Objective:** Understand X', '- **Task (30 min):** Study Y', '- **Learning:** Z', '  **Resources:**', '- **Status**: green', '- **Not a field** here'),
    );
    assert.deepStrictEqual(
      plan.days[0].fields.map((f) => [f.name, f.detail, f.value, f.line]),
      [
        ['Learning Objective', null, 'Understand X', 1],
        ['Task', '30 min', 'Study Y', 2],
        ['Learning', null, 'Z', 3],
        ['Resources', null, '', 4],
        ['Status', null, 'green', 5],
      ],
    );
  });
});

describe('buildPlan: progress and done', () => {
  it('marks a day done by a heading ✅, with or without a date', () => {
    const plan = parse(lines('### Day 1 \u2705 2026-11-20', '- [ ] open', '### Day 2 \u2705', '### Day 3'));
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate]), [[true, '2026-11-20'], [true, null], [false, null]]);
  });

  it('marks a day done when it has tasks and all are checked; its date is the latest task stamp', () => {
    const plan = parse(lines('### Day 1', '- [x] a \u2705 2026-11-18', '- [x] b \u2705 2026-11-19', '### Day 2', '- [x] a', '- [ ] b', '### Day 3'));
    assert.deepStrictEqual(plan.days.map((d) => [d.done, d.doneDate]), [[true, '2026-11-19'], [false, null], [false, null]]);
  });

  it('sums tasks and days over descendants', () => {
    const plan = parse(lines('# Month 1', '## Week 1', '### Day 1 \u2705', '- [ ] a', '### Day 2', '- [x] b', '## Week 2', '### Day 3'));
    const month = find(plan.root, 'Month 1');
    assert.deepStrictEqual(month.progress, { tasksTotal: 2, tasksDone: 1, daysTotal: 3, daysDone: 2 });
    assert.strictEqual(find(plan.root, 'Week 1').done, true);
    assert.strictEqual(month.done, false);
  });
});

describe('buildPlan: which files are plans', () => {
  it('is a plan with a day, a module, a cycle or a checkbox', () => {
    for (const text of ['### Day 1', '## Week 3', '# Month 2', '- [ ] x']) {
      assert.strictEqual(parse(text).isPlan, true, text);
    }
  });

  it('is not a plan without them', () => {
    for (const text of ['# README', '', '```\n### Day 1\n- [ ] x\n```', '# Notes\n- item\n[link](x)']) {
      assert.strictEqual(parse(text).isPlan, false, JSON.stringify(text));
    }
  });

  it('takes the plan title from the file name', () => {
    assert.strictEqual(parse('# Month 1', 'file:///ws/my%20plans/month-3.md').root.title, 'month-3');
    assert.strictEqual(parse('# Month 1', '/tmp/x/days-031.markdown').root.title, 'days-031');
  });
});
