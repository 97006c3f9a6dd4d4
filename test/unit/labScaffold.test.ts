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
});
