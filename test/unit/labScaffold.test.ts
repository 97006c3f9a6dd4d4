import * as assert from 'assert';
import { applyTextEdits, buildPlan, inMemoryDocument, scaffoldLab, type LabRequest, type PlanLinker } from '../../src/core';
import { MemoryFileSystem } from '../shared/memoryFileSystem';

// The scaffold's answers, word for word, where the shared port contract (test/shared/labPortContract.ts)
// checks the file system: bad paths, a plan on another drive, a day gone from the plan, a link refused.
const PLAN = '# Plan\n### Day 1 - Intro\n- [ ] read the intro\n';

function request(memory: MemoryFileSystem, overrides: Partial<LabRequest> = {}): LabRequest {
  memory.addFolder('/ws');
  const plan = buildPlan(inMemoryDocument('/ws/plan.md', PLAN));
  return { plan, day: plan.days[0], planPath: '/ws/plan.md', root: '/ws', date: '2026-11-21', useTemplates: false, link: null, ...overrides };
}

/** A linker that applies the edit to `text` as the caller's editor would, or refuses with `refusal`. */
function linker(text: string, refusal?: string): PlanLinker & { text: string } {
  const state = Object.assign(async (compute: Parameters<PlanLinker>[0]) => {
    if (refusal) return { applied: false, message: refusal };
    const outcome = compute(state.text, buildPlan(inMemoryDocument('/ws/plan.md', state.text)));
    if (!outcome.ok) return { applied: false, message: outcome.message };
    if (outcome.edits.length === 0) return { applied: false, message: outcome.summary };
    state.text = applyTextEdits(state.text, outcome.edits);
    return { applied: true, message: outcome.summary };
  }, { text });
  return state;
}

describe('scaffoldLab: what it says, word for word', () => {
  it('writes both files, links the day, and reports each file and no warning', async () => {
    const memory = new MemoryFileSystem();
    const link = linker(PLAN);
    const result = await scaffoldLab(memory, request(memory, { link }));
    assert.deepStrictEqual(result, {
      ok: true,
      folder: '/ws/labs/plan/day-001-intro',
      notebook: '/ws/labs/plan/day-001-intro/day-001.ipynb',
      notes: '/ws/labs/plan/day-001-intro/notes.md',
      created: ['/ws/labs/plan/day-001-intro/day-001.ipynb', '/ws/labs/plan/day-001-intro/notes.md'],
      existing: [],
      linked: true,
      warnings: [],
      unknown: [],
    });
    assert.strictEqual(link.text, '# Plan\n### Day 1 - Intro\n- **Lab:** [day-001](labs/plan/day-001-intro/day-001.ipynb)\n- [ ] read the intro\n');
    // Again: both files exist, the link is there: nothing changes and nothing is said.
    const again = await scaffoldLab(memory, request(memory, { link }));
    assert.deepStrictEqual(again.ok && [again.created, again.existing.length, again.linked, again.warnings], [[], 2, false, []]);
  });

  it('a day renamed after its lab was made opens the lab its Lab field links (a learner got a second lab under the new title)', async () => {
    const memory = new MemoryFileSystem();
    const link = linker(PLAN);
    assert.ok((await scaffoldLab(memory, request(memory, { link }))).ok);
    memory.addFile('/ws/labs/plan/day-001-intro/notes.md', 'my notes');
    const renamed = link.text.replace('### Day 1 - Intro', '### **Day 1 - Getting started**');
    const plan = buildPlan(inMemoryDocument('/ws/plan.md', renamed));
    const again = await scaffoldLab(memory, request(memory, { plan, day: plan.days[0], link: linker(renamed) }));
    assert.ok(again.ok);
    assert.deepStrictEqual([again.folder, again.created, again.existing, again.linked], ['/ws/labs/plan/day-001-intro', [], ['/ws/labs/plan/day-001-intro/day-001.ipynb', '/ws/labs/plan/day-001-intro/notes.md'], false]);
    assert.strictEqual(await memory.stat('/ws/labs/plan/day-001-getting-started'), undefined, 'no second lab');
    // A link whose notebook is gone (or that leads through a symbolic link, or out of the root) names no lab: the new title's folder is made.
    // Nor does a Lab line copied from another day, or a link to a notebook of the learner's own.
    for (const target of ['labs/plan/day-001-old/day-001.ipynb', '../outside/day-001.ipynb', 'linked/day-001.ipynb', 'labs/plan/day-002-next/day-002.ipynb', 'analysis/day-001.ipynb', 'analysis/foo.ipynb']) {
      const fresh = new MemoryFileSystem();
      fresh.addFolder('/outside');
      fresh.addFile('/outside/day-001.ipynb', '{}');
      fresh.addLink('/ws/linked', '/outside');
      for (const file of ['/ws/labs/plan/day-002-next/day-002.ipynb', '/ws/analysis/day-001.ipynb', '/ws/analysis/foo.ipynb']) fresh.addFile(file, '{}');
      const text = `# Plan\n### Day 1 - Getting started\n- **Lab:** [day-001](${target})\n`;
      const other = buildPlan(inMemoryDocument('/ws/plan.md', text));
      const result = await scaffoldLab(fresh, request(fresh, { plan: other, day: other.days[0] }));
      assert.deepStrictEqual(result.ok && result.folder, '/ws/labs/plan/day-001-getting-started', target);
    }
  });

  it('a Lab line copied from another day is left as written, and said (the new lab sat there unlinked without a word)', async () => {
    const memory = new MemoryFileSystem();
    const text = '# Plan\n### Day 1 - Intro\n- **Lab:** [day-009](labs/plan/day-009-other/day-009.ipynb)\n';
    const plan = buildPlan(inMemoryDocument('/ws/plan.md', text));
    const link = linker(text);
    const result = await scaffoldLab(memory, request(memory, { plan, day: plan.days[0], link }));
    assert.ok(result.ok);
    assert.deepStrictEqual([result.folder, result.linked, result.warnings], ['/ws/labs/plan/day-001-intro', false, ['Day 1 - Intro already has a Lab line, to labs/plan/day-009-other/day-009.ipynb, not to this lab (labs/plan/day-001-intro/day-001.ipynb): it was left as it is']]);
    assert.strictEqual(link.text, text, 'the line is the learner\'s');
  });

  it('a path that climbs above / is refused before anything is written', async () => {
    for (const overrides of [{ root: '/../ws' }, { planPath: '/ws/../../plan.md' }]) {
      const memory = new MemoryFileSystem();
      const result = await scaffoldLab(memory, request(memory, overrides));
      assert.deepStrictEqual(result, { ok: false, message: 'the lab root or the plan path is not valid; nothing written' }, JSON.stringify(overrides));
      assert.strictEqual(await memory.stat('/ws/labs'), undefined, 'no labs folder');
    }
  });

  it('a plan on another drive than its lab: the lab is written, the link cannot be, and it says so', async () => {
    const memory = new MemoryFileSystem();
    const plan = buildPlan(inMemoryDocument('D:/plans/plan.md', PLAN));
    const result = await scaffoldLab(memory, request(memory, { plan, day: plan.days[0], planPath: 'D:/plans/plan.md', link: linker(PLAN) }));
    assert.ok(result.ok);
    assert.deepStrictEqual([result.linked, result.warnings], [false, ['the plan and its lab are on different drives, so the plan cannot link to it']]);
    // Its lab folder is named from its whole path (no path from the root exists), with a hash against clashes.
    assert.strictEqual(result.folder, '/ws/labs/d/plans/plan-245c9876/day-001-intro');
  });

  it('a day that left the plan before the link: the lab stays, the warning names the day', async () => {
    const memory = new MemoryFileSystem();
    const result = await scaffoldLab(memory, request(memory, { link: linker('# Plan\n### Day 2 - Other\n') }));
    assert.ok(result.ok);
    assert.deepStrictEqual([result.created.length, result.linked, result.warnings], [2, false, ['the plan was not linked to its lab: "Day 1 - Intro" is no longer in the plan']]);
  });

  it('an editor that refuses the edit: its reason is passed on', async () => {
    const memory = new MemoryFileSystem();
    const result = await scaffoldLab(memory, request(memory, { link: linker(PLAN, 'the file changed on disk') }));
    assert.ok(result.ok);
    assert.deepStrictEqual([result.linked, result.warnings], [false, ['the plan was not linked to its lab: the file changed on disk']]);
  });

  it('a file where a folder of the lab goes is refused by name, and nothing is written', async () => {
    const memory = new MemoryFileSystem();
    const req = request(memory);
    memory.addFile('/ws/labs/plan', 'a file');
    assert.deepStrictEqual(await scaffoldLab(memory, req), { ok: false, message: '/ws/labs/plan exists and is not a folder; nothing written' });
    assert.strictEqual((await memory.stat('/ws/labs/plan'))?.type, 'file');
    assert.strictEqual(await memory.stat('/ws/labs/plan/day-001-intro'), undefined);
  });

  it('an editor that computed the link and then refused (the file changed meanwhile) is a warning, not silence', async () => {
    const memory = new MemoryFileSystem();
    const link: PlanLinker = async (compute) => {
      const outcome = compute(PLAN, buildPlan(inMemoryDocument('/ws/plan.md', PLAN)));
      assert.ok(outcome.ok && outcome.edits.length === 1, 'the link was computed');
      return { applied: false, message: 'the plan changed on disk' };
    };
    const result = await scaffoldLab(memory, request(memory, { link }));
    assert.ok(result.ok);
    assert.deepStrictEqual([result.linked, result.warnings], [false, ['the plan was not linked to its lab: the plan changed on disk']]);
  });

  it('a labs folder named with #, ( and ): the link encodes them, so the path neither ends nor breaks the link', async () => {
    const memory = new MemoryFileSystem();
    const link = linker(PLAN);
    const result = await scaffoldLab(memory, request(memory, { link, labsFolder: 'my labs #1 (x)' }));
    assert.ok(result.ok && result.linked, JSON.stringify(result));
    assert.strictEqual(result.notebook, '/ws/my labs #1 (x)/plan/day-001-intro/day-001.ipynb');
    assert.strictEqual(link.text.split('\n')[2], '- **Lab:** [day-001](my%20labs%20%231%20%28x%29/plan/day-001-intro/day-001.ipynb)');
  });

  it('a full disk is the port\'s message, not a crash', async () => {
    const memory = new MemoryFileSystem();
    memory.failWrites = 'no space left on device';
    assert.deepStrictEqual(await scaffoldLab(memory, request(memory)), { ok: false, message: 'cannot write /ws/labs/plan/day-001-intro/day-001.ipynb: no space left on device' });
  });

  it('a folder another program makes between the check and mkdir is not taken for the scaffold\'s own: a failed write leaves it', async () => {
    const memory = new (class extends MemoryFileSystem {
      override async mkdir(path: string): Promise<boolean> {
        if (path === '/ws/labs/plan') this.addFolder(path); // made meanwhile, by someone else
        return super.mkdir(path);
      }
    })();
    const req = request(memory);
    memory.failWrites = 'no space left on device';
    assert.ok(!(await scaffoldLab(memory, req)).ok);
    assert.deepStrictEqual([...memory.entries.keys()].filter((key) => key.startsWith('/ws/labs')), ['/ws/labs', '/ws/labs/plan'], 'day-001-intro (ours) is gone; plan (theirs) and labs above it stay');
  });

  it('creates only the folders that are missing, one at a time', async () => {
    const made: string[] = [];
    const memory = new (class extends MemoryFileSystem {
      override async mkdir(path: string): Promise<boolean> {
        made.push(path);
        return super.mkdir(path);
      }
    })();
    const req = request(memory);
    await scaffoldLab(memory, req);
    assert.deepStrictEqual(made, ['/ws/labs', '/ws/labs/plan', '/ws/labs/plan/day-001-intro']);
    made.length = 0;
    const plan = buildPlan(inMemoryDocument('/ws/plan.md', PLAN + '### Day 2 - Next\n'));
    await scaffoldLab(memory, { ...req, plan, day: plan.days[1] });
    assert.deepStrictEqual(made, ['/ws/labs/plan/day-002-next']);
  });

  describe('a day with no title of its own (`### Day 9`)', () => {
    const UNTITLED = '# Plan\n### Day 9\n- [ ] read\n';
    const untitled = (memory: MemoryFileSystem, overrides: Partial<LabRequest> = {}): LabRequest => {
      const plan = buildPlan(inMemoryDocument('/ws/plan.md', UNTITLED));
      return request(memory, { plan, day: plan.days[0], ...overrides });
    };

    it('gets a lab named by its tag alone, linked by that name', async () => {
      const memory = new MemoryFileSystem();
      const link = linker(UNTITLED);
      const result = await scaffoldLab(memory, untitled(memory, { link }));
      assert.deepStrictEqual(result.ok && [result.folder, result.created], ['/ws/labs/plan/day-009', ['/ws/labs/plan/day-009/day-009.ipynb', '/ws/labs/plan/day-009/notes.md']]);
      assert.strictEqual(link.text, '# Plan\n### Day 9\n- **Lab:** [day-009](labs/plan/day-009/day-009.ipynb)\n- [ ] read\n');
    });

    it('keeps using the lab an earlier version made as `day-009-day-9`: opened again, nothing new beside it', async () => {
      const memory = new MemoryFileSystem();
      memory.addFile('/ws/labs/plan/day-009-day-9/notes.md', 'my notes');
      const result = await scaffoldLab(memory, untitled(memory));
      assert.ok(result.ok);
      assert.deepStrictEqual([result.folder, result.existing, result.created], ['/ws/labs/plan/day-009-day-9', ['/ws/labs/plan/day-009-day-9/notes.md'], ['/ws/labs/plan/day-009-day-9/day-009.ipynb']]);
      assert.strictEqual(await memory.stat('/ws/labs/plan/day-009'), undefined, 'no second lab');
    });

    for (const [what, plant] of [
      ['a symbolic link', (memory: MemoryFileSystem) => memory.addLink('/ws/labs/plan/day-009-day-9', '/outside')],
      ['a file', (memory: MemoryFileSystem) => memory.addFile('/ws/labs/plan/day-009-day-9', 'x')],
    ] as const) {
      it(`${what} under the former name is not the lab: the new folder is made`, async () => {
        const memory = new MemoryFileSystem();
        memory.addFolder('/outside');
        plant(memory);
        const result = await scaffoldLab(memory, untitled(memory));
        assert.deepStrictEqual(result.ok && result.folder, '/ws/labs/plan/day-009');
        assert.deepStrictEqual([...memory.entries.keys()].filter((key) => key.startsWith('/outside/')), [], 'nothing written through the link');
      });
    }
  });

  // Between the checks and the folders, another process plants something: each folder is checked again just
  // before it is used, so nothing is written through a link or beside a file.
  for (const [planted, plant, message] of [
    ['a symbolic link', (memory: MemoryFileSystem) => memory.addLink('/ws/labs/plan', '/outside'), '/ws/labs/plan is a symbolic link, which could lead outside /ws; nothing written'],
    ['a file', (memory: MemoryFileSystem) => memory.addFile('/ws/labs/plan', 'x'), '/ws/labs/plan exists and is not a folder; nothing written'],
  ] as const) {
    it(`${planted} planted in the new labs folder meanwhile is refused by name, and nothing is written through it`, async () => {
      const memory = new (class extends MemoryFileSystem {
        override async mkdir(path: string): Promise<boolean> {
          const made = await super.mkdir(path);
          if (path === '/ws/labs') plant(this);
          return made;
        }
      })();
      memory.addFolder('/outside');
      assert.deepStrictEqual(await scaffoldLab(memory, request(memory)), { ok: false, message });
      assert.deepStrictEqual([...memory.entries.keys()].filter((key) => key.startsWith('/outside/')), [], 'nothing written outside');
      assert.deepStrictEqual(memory.log, [], 'no file written');
    });
  }
});

describe('scaffoldLab: the notes reach the day\'s resources from the lab folder', () => {
  it('rebases links relative to the plan, leaves web links, and lists no link to the lab itself', async () => {
    const memory = new MemoryFileSystem();
    memory.addFolder('/ws');
    memory.addFolder('/ws/plans');
    // A learner's notes copied `cheatsheet.md` as it was: from the lab folder it led nowhere.
    const text = '# Rel\n## Day 1 - Links\n- **Lab:** [day-001](../labs/plans/p/day-001-links/day-001.ipynb)\n- **Resource:** [Cheat sheet](cheatsheet.md#joins)\n- **Resource:** [Slides](../slides/s1.pdf)\n- **Video:** [Talk](https://example.com/talk)\n';
    const plan = buildPlan(inMemoryDocument('/ws/plans/p.md', text));
    const result = await scaffoldLab(memory, { plan, day: plan.days[0], planPath: '/ws/plans/p.md', root: '/ws', date: '2026-11-27', useTemplates: false, link: null });
    assert.ok(result.ok, result.ok ? '' : result.message);
    const notes = memory.text('/ws/labs/plans/p/day-001-links/notes.md') ?? '';
    assert.match(notes, /## Resources\n- \[Cheat sheet\]\(\.\.\/\.\.\/\.\.\/\.\.\/plans\/cheatsheet\.md#joins\)\n- \[Slides\]\(\.\.\/\.\.\/\.\.\/\.\.\/slides\/s1\.pdf\)\n- \[Talk\]\(https:\/\/example\.com\/talk\)\n/);
    assert.ok(!notes.includes('day-001.ipynb'), notes);
  });

  it('leaves out every link the plan may not open (checkLinkTarget), in the notes and the notebook, and says which (a learner trial\'s hostile plan)', async () => {
    const memory = new MemoryFileSystem();
    memory.addFolder('/ws');
    memory.addFile('/ws/plans/notes.md', '# Notes');
    memory.addFile('/etc/passwd', 'root:x:0:0');
    memory.addLink('/ws/plans/evil', '/etc');
    const text = [
      '# Hostile', '### Day 1 - Setup', '- **Resources:**', '  - [Docs](https://example.org/docs)', '  - [Notes](notes.md)',
      '  - [Term](command:workbench.action.terminal.new)', '  - [Settings](vscode://settings)', '  - [Mail](mailto:a@b.c?attach=/etc/passwd)',
      '  - [Smb](smb://host/share)', '  - [Up](../../../etc/passwd)', '  - [Evil](evil/passwd)', '',
    ].join('\n');
    const plan = buildPlan(inMemoryDocument('/ws/plans/p.md', text));
    const request = { plan, day: plan.days[0], planPath: '/ws/plans/p.md', root: '/ws', date: '2026-11-27', useTemplates: false, link: null };
    const result = await scaffoldLab(memory, request);
    assert.ok(result.ok, result.ok ? '' : result.message);
    const notes = memory.text('/ws/labs/plans/p/day-001-setup/notes.md') ?? '';
    assert.match(notes, /## Resources\n- \[Docs\]\(https:\/\/example\.org\/docs\)\n- \[Notes\]\(\.\.\/\.\.\/\.\.\/\.\.\/plans\/notes\.md\)\n\n## Reflection/);
    const notebook = memory.text('/ws/labs/plans/p/day-001-setup/day-001.ipynb') ?? '';
    for (const left of ['command:', 'vscode:', 'attach=', 'smb:', 'etc/passwd', 'evil']) {
      assert.ok(!notes.includes(left), `notes: ${left}`);
      assert.ok(!notebook.includes(left), `notebook: ${left}`);
    }
    assert.deepStrictEqual(result.warnings, [[
      'left out of the lab\'s notes and notebook: not opening "command:workbench.action.terminal.new": links with the \'command:\' scheme are not opened from plans',
      'not opening "vscode://settings": links with the \'vscode:\' scheme are not opened from plans',
      'not opening "mailto:a@b.c?attach=/etc/passwd": mail links may set only subject, body, cc and bcc, not \'attach\'',
      'not opening "smb://host/share": links with the \'smb:\' scheme are not opened from plans',
      'not opening "../../../etc/passwd": the file is outside the workspace folder',
      'not opening "evil/passwd": /ws/plans/evil is a symbolic link, which could lead outside /ws',
    ].join('; ')]);
    // Again: both files are there, nothing is written, nothing is left out of anything: nothing is said.
    const again = await scaffoldLab(memory, request);
    assert.deepStrictEqual(again.ok && [again.created, again.warnings], [[], []]);
  });

  it('reads the links within linkRoot when it is given (the CLI: `links`\'s root, whatever --root says)', async () => {
    const memory = new MemoryFileSystem();
    memory.addFolder('/repo/plans');
    memory.addFolder('/labroot');
    memory.addFile('/repo/guide.md', '# Guide');
    const text = '# P\n### Day 1 - Intro\n- [Guide](../guide.md)\n';
    const plan = buildPlan(inMemoryDocument('/repo/plans/p.md', text));
    const base = { plan, day: plan.days[0], planPath: '/repo/plans/p.md', root: '/labroot', date: '2026-11-27', useTemplates: false, link: null };
    const alone = await scaffoldLab(memory, base);
    assert.ok(alone.ok && /the file is outside the workspace folder/.test(alone.warnings.join()), 'outside the lab root: left out');
    const fresh = new MemoryFileSystem();
    fresh.addFolder('/repo/plans');
    fresh.addFolder('/labroot');
    const withRoot = await scaffoldLab(fresh, { ...base, linkRoot: '/repo' });
    assert.ok(withRoot.ok && withRoot.warnings.length === 0, withRoot.ok ? withRoot.warnings.join() : withRoot.message);
    assert.match(fresh.text(`${withRoot.folder}/notes.md`) ?? '', /- \[Guide\]\(\.\.\/[^)]*guide\.md\)/);
  });
});

describe('scaffoldLab: a plan that numbers its days again each week', () => {
  const lab = async (text: string, index: number, memory = new MemoryFileSystem()): Promise<string> => {
    const plan = buildPlan(inMemoryDocument('/ws/plan.md', text));
    const result = await scaffoldLab(memory, request(memory, { plan, day: plan.days[index] }));
    assert.ok(result.ok, JSON.stringify(result));
    return result.ok ? result.notebook : '';
  };

  it('gives each week\'s day of one number and title a lab of its own (a trial\'s Week 2, Day 1 linked Week 1\'s notebook)', async () => {
    const weeks = '# Piano\n## Week 1: Basics\n### Day 1 - Review\n### Day 2\n## Week 2: Rhythm\n### Day 1 - Review\n### Day 2\n';
    const memory = new MemoryFileSystem();
    assert.deepStrictEqual(await Promise.all([0, 1, 2, 3].map((i) => lab(weeks, i, memory))), [
      '/ws/labs/plan/w1-day-001-review/w1-day-001.ipynb',
      '/ws/labs/plan/w1-day-002/w1-day-002.ipynb',
      '/ws/labs/plan/w2-day-001-review/w2-day-001.ipynb',
      '/ws/labs/plan/w2-day-002/w2-day-002.ipynb',
    ]);
    // Sections that number no week: by their name, else by place where two are named alike.
    const parts = '# Piano\n## Basics\n### Day 1\n## Rhythm\n### Day 1\n## Rhythm\n### Day 1\n';
    assert.deepStrictEqual(await Promise.all([0, 1, 2].map((i) => lab(parts, i))), [
      '/ws/labs/plan/basics-day-001/basics-day-001.ipynb', '/ws/labs/plan/n2-day-001/n2-day-001.ipynb', '/ws/labs/plan/n3-day-001/n3-day-001.ipynb',
    ]);
    // Days of one number that titles tell apart keep their names (labs made before stay theirs).
    const titled = '# Guitar\n## Week 1\n### Day 1: Scales\n## Week 2\n### Day 1: Strumming\n';
    assert.deepStrictEqual(await Promise.all([0, 1].map((i) => lab(titled, i))), [
      '/ws/labs/plan/day-001-scales/day-001.ipynb', '/ws/labs/plan/day-001-strumming/day-001.ipynb',
    ]);
  });
});
