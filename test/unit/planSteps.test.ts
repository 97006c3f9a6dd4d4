// A plan parsed in steps (the extension parses a long plan read from disk between the host's other work) is the
// plan parsed at once, even when other files are parsed between its steps: each step runs in its own file's
// contexts (mojibake code page, years of yearless dates, slashed-date order, Hugo's content folder).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { buildPlan, buildPlanInSteps, inMemoryDocument, preparedReviewCards, type ParsedPlan, type PlanDocument } from '../../src/core';
import { createPlanStore } from '../../src/extension/index/planStoreWithCards';
import { codePage } from '../../src/core/text/codePages';
import { assemble, boundaryTrap, fragment, runs } from './fuzz/documents';
import { mangle } from './helpers';

const ROOT = path.join(__dirname, '../../..');
const FOLDERS = ['test/fixtures', 'test/formats', 'test/formats/languages', 'test/encoding-fixtures', '../shared/plans'];

/** Every test file, read as bytes become text (mojibake kept), under a path that says where it came from. */
function fixtures(): PlanDocument[] {
  const out: PlanDocument[] = [];
  for (const folder of FOLDERS) {
    const dir = path.join(ROOT, folder);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.md')) continue;
      // Hugo's content folder in some paths: the content root is a context too.
      out.push(inMemoryDocument(`file:///site/${out.length % 2 ? 'content/posts/' : ''}${folder.replace(/\W+/g, '-')}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')));
    }
  }
  return out;
}

/** `document` parsed in steps, `between()` run after every step. */
function inSteps(document: PlanDocument, options: { chunkChars?: number }, between: () => void): { plan: ParsedPlan; steps: number } {
  const steps = buildPlanInSteps(document, options);
  for (let count = 1; ; count++) {
    const next = steps.next();
    if (next.done) return { plan: next.value, steps: count };
    between();
  }
}

/** A document parsed in one piece, one step: the reference the steps are held to. */
function whole(document: PlanDocument): ParsedPlan {
  const steps = buildPlanInSteps(document, { chunkChars: Number.MAX_SAFE_INTEGER });
  let next = steps.next();
  let count = 1;
  while (!next.done) {
    next = steps.next();
    count++;
  }
  assert.ok(count <= 3, `${document.uri} parsed whole in ${count} steps`);
  return next.value;
}

describe('buildPlanInSteps: a plan parsed a piece at a time', () => {
  const documents = fixtures();

  it('finds the test files', () => assert.ok(documents.length >= 30, `${documents.length}`));

  it('gives each test file the model buildPlan gives, other files parsed between its steps', () => {
    let stepped = 0;
    documents.forEach((document, k) => {
      for (const chunkChars of [50, 4000]) {
        let other = k;
        const { plan, steps } = inSteps(document, { chunkChars }, () => buildPlan(documents[(other = (other + 7) % documents.length)]));
        assert.deepStrictEqual(plan, buildPlan(document, { chunkChars }), document.uri);
        assert.deepStrictEqual(plan, buildPlan(document), document.uri);
        // And the text parsed whole, never cut: a fault the steps and buildPlan shared would show here.
        assert.deepStrictEqual(plan, whole(document), document.uri);
        if (steps > 3) stepped++;
      }
    });
    // Not vacuous: most files were cut into several pieces (a file that may define a link reference is not cut).
    assert.ok(stepped > documents.length / 2, `${stepped} of ${documents.length}`);
  });

  it('repairs each piece\'s titles with its own file\'s code page, another file parsed between the steps', () => {
    // The file says its page and that a folded space of the mojibake was a no-break space: a title alone does not.
    const titles = Array.from({ length: 40 }, (_, i) => `### Day ${i + 1} - ${mangle(`\u26a0\ufe0f careful \u2014 caf\u00e9 ${i + 1}`, codePage('windows-1252'))}\n- [ ] task\n`);
    const document = inMemoryDocument('file:///mangled.md', `# Plan\n\n${titles.join('\n')}`);
    const plain = inMemoryDocument('file:///plain.md', '### Day 1 - Plain\n- [ ] task\n');
    const { plan, steps } = inSteps(document, { chunkChars: 100 }, () => buildPlan(plain));
    assert.ok(steps > 10, `${steps}`);
    assert.strictEqual(plan.days[0].title, 'Day 1 - \u26a0\ufe0f careful \u2014 caf\u00e9 1');
    assert.deepStrictEqual(plan, buildPlan(document, { chunkChars: 100 }));
  });

  it('takes a step per piece: a 1.5 MB plan of 6,000 days in about 25 steps of 64 KB', () => {
    const days = Array.from({ length: 6000 }, (_, i) => `### Day ${i + 1} - Topic ${i + 1}\n- [ ] exercise ${i + 1}\n- [Reference](https://example.com/${i + 1})\n\nSome paragraph text that the model never needs, written out at length to make the file larger.\n\n`).join('');
    const document = inMemoryDocument('file:///long.md', `# Days 1-6000: Long Plan\n\n${days}`);
    const { plan, steps } = inSteps(document, {}, () => undefined);
    assert.strictEqual(plan.days.length, 6000);
    assert.ok(steps >= document.getText().length / (64 * 1024) && steps <= document.getText().length / (64 * 1024) + 3, `${steps} steps`);
    assert.deepStrictEqual(plan, buildPlan(document));
  });

  it('a short plan is one piece: a look at its text, its parse and the model, three steps', () => {
    const document = inMemoryDocument('file:///short.md', '### Day 1 - A\n- [ ] task\n');
    assert.strictEqual(inSteps(document, {}, () => undefined).steps, 3);
  });

  it('gives generated plans the model buildPlan gives, a yearless journal parsed between the steps', () => {
    const journal = inMemoryDocument('file:///journal-2025.md', '## Thursday, November 26\n- [x] read\n\n## 11/05/2026\n- [ ] write ✅ 2026-11-27\n');
    const section = fc.tuple(fc.constantFrom('# Days 1-30', '## Week 2', '### Day 3 - T', '## Nov 25', '## 05/11/2026', '#### Notes'), fc.array(fc.oneof({ arbitrary: fragment, weight: 10 }, { arbitrary: boundaryTrap, weight: 1 }), { maxLength: 3 }));
    const doc = fc
      .tuple(fc.array(section, { minLength: 2, maxLength: 20 }), fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'crlf', 'mixed'), fc.boolean())
      .map(([sections, eol, bom]) => (bom ? '\uFEFF' : '') + sections.map(([heading, body]) => `${heading}\n${assemble(body, eol, false).text}`).join(eol === 'crlf' ? '\r\n' : '\n'));
    fc.assert(
      fc.property(doc, fc.integer({ min: 1, max: 400 }), (text, chunkChars) => {
        const document = inMemoryDocument('file:///plan-2026.md', text);
        const { plan } = inSteps(document, { chunkChars }, () => buildPlan(journal));
        assert.deepStrictEqual(plan, buildPlan(document, { chunkChars }));
        assert.deepStrictEqual(plan, buildPlan(document));
      }),
      { seed: 20261130, numRuns: runs(600) },
    );
  });

  it('the extension\'s store: a text read from disk parsed in steps (16 KB) is the model and review cards of one parse (64 KB)', () => {
    const days = Array.from({ length: 800 }, (_, i) => `### Day ${i + 1} - Topic ${i + 1}${i % 3 ? '' : ' \u2705 2026-11-2' + (i % 9)}\n- **Task (30 min):** study part ${i + 1}\n- **Key takeaway:** idea ${i + 1}\n- [${i % 3 ? ' ' : 'x'}] exercise ${i + 1}\n\n`).join('');
    const texts = [`# Days 1-800: Long Plan\n\n${days}`, ...documents.filter((d) => d.uri.includes('learning-journey-tracker')).map((d) => d.getText().repeat(1))];
    for (const text of texts) {
      const document = inMemoryDocument('file:///w/plan.md', text, -1);
      const stepped = createPlanStore();
      const steps = stepped.updateInSteps(document);
      let count = 0;
      for (let next = steps.next(); !next.done; next = steps.next()) count++;
      const whole = createPlanStore();
      whole.update(document);
      assert.ok(text.length < 64 * 1024 || count > text.length / (16 * 1024), `${count} steps`);
      assert.deepStrictEqual(stepped.get(document.uri), whole.get(document.uri));
      const cards = preparedReviewCards(stepped.get(document.uri)!, 'plan.md');
      assert.ok(cards, 'the review cards are prepared with the model');
      assert.deepStrictEqual(cards, preparedReviewCards(whole.get(document.uri)!, 'plan.md'));
    }
    assert.ok(texts.length >= 2, 'the tracker with review material is among them');
  });
});
