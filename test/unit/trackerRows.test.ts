/**
 * Tracker tables beside day headings (`## Seguimiento` with a row per day and a status cell): a row ticked reads as
 * its day's mark, and marking a day writes both. Before/after tables, from a trial's Spanish and German plans (every
 * row stayed ❌ after five days were done; a row ticked by hand changed nothing).
 */
import * as assert from 'assert';
import { applyTextEdits, catchUp, Lines, markDayComplete, markDayIncomplete, scheduleFor, skipDayEdit, toggleTasks, type ParsedPlan, type TextEdit } from '../../src/core';
import { lines, parse } from './helpers';

const SPANISH = lines(
  '# Plan de SQL', '', '## Semana 1', '',
  '### Día 1 - Fundamentos de SQL', '- [ ] Instalar PostgreSQL', '- [ ] Crear la tabla `clientes`', '',
  '### Día 2 - Consultas SELECT', '- [ ] Ejercicios 1–5', '',
  '### Día 3 - Filtros', '- **Tarea:** GROUP BY', '',
  '## Seguimiento', '',
  '| Día | Tema | Estado |', '|-----|------|--------|',
  '| 1 | Fundamentos de SQL | ❌ |', '| 2 | Consultas SELECT | ❌ |', '| 3 | Filtros | ❌ |', '');

const GERMAN = lines(
  '# Lernplan', '',
  '### Tag 1: Einführung in pandas', '- [ ] pandas installieren', '',
  '### Tag 2: Daten filtern', '- [ ] Übung', '',
  '## Fortschritt', '',
  '| Datum | Thema | Erledigt |', '|-------|-------|----------|',
  '| 01.12.2026 | Einführung in pandas | ❌ |', '| 02.12.2026 | Daten filtern | ❌ |', '');

const OPTIONS = { date: '2026-12-02', checkTasks: true, journal: false };
const states = (plan: ParsedPlan): [string, boolean, string | null, number | null][] =>
  plan.days.map((day) => [day.title, day.done, day.doneDate, day.mirror ? day.mirror.line : null]);

/** The text with day `index` skipped on `date` (returned), after checking that undone gives `text` back byte for byte. */
function skipAndReopen(text: string, index: number, date: string): string {
  const skipped = applyTextEdits(text, skipDayEdit(new Lines(text), parse(text).days[index], date) as TextEdit[]);
  const reopened = markDayIncomplete(skipped, parse(skipped).days[index]);
  assert.ok(reopened.ok);
  assert.strictEqual(applyTextEdits(skipped, reopened.edits), text, 'undone reopens both, byte for byte');
  return skipped;
}

describe('tracker tables beside day headings: a row per day the headings write', () => {
  it('ties each row to its day, by number or by topic, and reads a row ticked as the day done', () => {
    assert.deepStrictEqual(states(parse(SPANISH)), [
      ['Día 1 - Fundamentos de SQL', false, null, 18], ['Día 2 - Consultas SELECT', false, null, 19], ['Día 3 - Filtros', false, null, 20]]);
    const ticked = SPANISH.replace('| 2 | Consultas SELECT | ❌ |', '| 2 | Consultas SELECT | ✅ 2026-12-02 |').replace('| 3 | Filtros | ❌ |', '| 3 | Filtros | ✅ |');
    assert.deepStrictEqual(states(parse(ticked)).map(([, done, date]) => [done, date]), [[false, null], [true, '2026-12-02'], [true, null]]);
    assert.deepStrictEqual(parse(ticked).root.progress.daysDone, 2);
    const german = GERMAN.replace('| 01.12.2026 | Einführung in pandas | ❌ |', '| 01.12.2026 | Einführung in pandas | ✅ 2026-12-01 |');
    assert.deepStrictEqual(states(parse(german)), [['Tag 1: Einführung in pandas', true, '2026-12-01', 12], ['Tag 2: Daten filtern', false, null, 13]]);
  });

  it('a heading\'s own ✅ wins over its row\'s date', () => {
    const text = SPANISH.replace('### Día 1 - Fundamentos de SQL', '### Día 1 - Fundamentos de SQL ✅ 2026-12-01').replace('| 1 | Fundamentos de SQL | ❌ |', '| 1 | Fundamentos de SQL | ✅ 2026-12-05 |');
    assert.deepStrictEqual(states(parse(text))[0], ['Día 1 - Fundamentos de SQL', true, '2026-12-01', 18]);
  });

  it('ties by the whole topic after the number, a date ending the title aside, accents and a closing period aside; else by the planned date', () => {
    const text = lines('### Tag 1: Einführung in Pandas.', '- [ ] a', '### Tag 2: Daten filtern (02.12.2026)', '- [ ] b', '### Tag 3 – Netz – 03.12.2026', '- [ ] c',
      '## Fortschritt', '| Datum | Thema | Erledigt |', '|---|---|---|', '| 01.12.2026 | Einfuhrung in pandas | ✅ |', '| 02.12.2026 | Daten filtern | ✅ 2026-12-02 |', '| 03.12.2026 | Netzwerke | ✅ |', '');
    assert.deepStrictEqual(parse(text).days.map((day) => [day.done, day.doneDate, day.mirror?.line ?? null]), [[true, null, 9], [true, '2026-12-02', 10], [true, null, 11]]);
    const short = lines('### Day 1: SQL', '- [ ] a', '### Day 2: Git', '- [ ] b', '## Log', '| Date | Topic | Done |', '|---|---|---|', '| 2026-12-01 | SQL | ✅ |', '| 2026-12-02 | Git | ❌ |', '');
    assert.deepStrictEqual(parse(short).days.map((day) => [day.done, day.mirror?.line ?? null]), [[true, 7], [false, 8]]);
  });

  const untied: [string, string][] = [
    ['a topic that is only part of a title (a log\'s `SQL` beside `Window functions in SQL`)', lines('### Day 1: Intro to Python', '- [ ] a', '### Day 3: Window functions in SQL', '- [ ] b', '## Log', '| Date | Topic | Done |', '|---|---|---|', '| 2026-11-20 | Python | ✅ |', '| 2026-11-21 | SQL | ✅ 2026-11-21 |', '')],
    ['a journal\'s entries and its log table', lines('# Journal', '## Monday - Rust', 'Read ch. 1', '## Tuesday - Python', 'Wrote a script', '## Log', '| Date | Topic | Done |', '|---|---|---|', '| 2026-11-23 | Rust | ✅ |', '| 2026-11-24 | Python | ✅ 2026-11-27 |', '')],
    ['a table inside a day (its schedule)', lines('### Day 1 - A', '- [ ] a', '| Day | Topic | Done |', '|---|---|---|', '| 1 | A | ✅ |', '### Day 2 - B', '- [ ] b', '')],
    ['a table with no status column', lines('### Day 1 - A', '- [ ] a', '### Day 2 - B', '## Overview', '| Day | Topic |', '|---|---|', '| 1 | A |', '| 2 | B |', '')],
    ['two headings of one number', lines('### Day 1 - A', '- [ ] a', '### Day 1 - A again', '## Progress', '| Day | Topic | Done |', '|---|---|---|', '| 1 | A | ✅ |', '')],
    ['a topic two headings end with', lines('### Day 1 - SQL joins', '- [ ] a', '### Day 2 - More SQL joins', '## Log', '| Date | Topic | Done |', '|---|---|---|', '| 2026-12-01 | SQL joins | ✅ |', '')],
  ];
  for (const [name, text] of untied) {
    it(`ties no row: ${name}`, () => {
      const plan = parse(text);
      assert.ok(plan.days.length >= 1);
      assert.deepStrictEqual(plan.days.filter((day) => day.mirror).map((day) => day.title), []);
    });
  }

  it('a tracker keyed by date plans its days: a schedule, read and replanned in the rows\' cells (a trial\'s German plan had none)', () => {
    const plan = parse(GERMAN);
    assert.deepStrictEqual(plan.days.map((day) => day.planned), ['2026-12-01', '2026-12-02']);
    assert.deepStrictEqual(scheduleFor(plan)?.end, '2026-12-02');
    const shifted = catchUp(GERMAN, plan, { kind: 'shift', days: 2 }, { today: '2026-12-02', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
    const after = applyTextEdits(GERMAN, shifted.edits);
    assert.strictEqual(after, GERMAN.replace('| 01.12.2026 |', '| 03.12.2026 |').replace('| 02.12.2026 |', '| 04.12.2026 |'));
    const back = catchUp(after, parse(after), { kind: 'shift', days: -2 }, { today: '2026-11-30', options: {} });
    assert.ok(back.ok, back.ok ? '' : back.message);
    assert.strictEqual(applyTextEdits(after, back.edits), GERMAN);
    // A bare ✅ in a row keyed by date: done, on no date (its date is the plan's, not when it was done: a trial's row
    // of next week ticked today counted next week in the streak).
    const ticked = GERMAN.replace('| 02.12.2026 | Daten filtern | ❌ |', '| 02.12.2026 | Daten filtern | ✅ |');
    assert.deepStrictEqual([parse(ticked).days[1].done, parse(ticked).days[1].doneDate, parse(ticked).days[1].stampDate], [true, null, null]);
  });

  it('a tracker\'s day-first slashed dates stay in that form where the rest of the table says the order (a trial\'s became ISO)', () => {
    const text = lines('### Day 1: Setup', '- [x] a ✅ 2026-11-28', '### Day 2: Loops', '- [ ] b', '### Day 3: Files', '- [ ] c', '## Progress', '| Date | Topic | Done |', '|---|---|---|',
      '| 28/11/2026 | Setup | ✅ |', '| 29/11/2026 | Loops | ⬜ |', '| 30/11/2026 | Files | ⬜ |', '');
    const shifted = catchUp(text, parse(text), { kind: 'shift', days: 2 }, { today: '2026-12-01', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
    const after = applyTextEdits(text, shifted.edits);
    assert.strictEqual(after, text.replace('| 29/11/2026 | Loops', '| 01/12/2026 | Loops').replace('| 30/11/2026 | Files', '| 02/12/2026 | Files'));
    assert.deepStrictEqual(parse(after).days.map((day) => day.planned), ['2026-11-28', '2026-12-01', '2026-12-02']);
    // Days dated by their titles take their rows with them, in the rows' form too.
    const titled = text.replace('### Day 1: Setup', '### Day 1: Setup (28/11/2026)').replace('### Day 2: Loops', '### Day 2: Loops (29/11/2026)').replace('### Day 3: Files', '### Day 3: Files (30/11/2026)');
    const moved = catchUp(titled, parse(titled), { kind: 'shift', days: 2 }, { today: '2026-12-01', options: {} });
    assert.ok(moved.ok, moved.ok ? '' : moved.message);
    assert.strictEqual(applyTextEdits(titled, moved.edits), titled.replace(/29\/11\/2026/g, '01/12/2026').replace(/30\/11\/2026/g, '02/12/2026'));
  });

  it('a tracker\'s dates written with a month\'s name are replanned in that form (a trial\'s became ISO)', () => {
    const text = lines('### Day 1: Setup', '- [ ] a', '### Day 2: Loops', '- [ ] b', '## Progress', '| Date | Topic | Done |', '|---|---|---|', '| Dec 1, 2026 | Setup | ⬜ |', '| Dec 2, 2026 | Loops | ⬜ |', '');
    const shifted = catchUp(text, parse(text), { kind: 'shift', days: 2 }, { today: '2026-12-01', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
    assert.strictEqual(applyTextEdits(text, shifted.edits), text.replace('Dec 1, 2026', 'Dec 3, 2026').replace('Dec 2, 2026', 'Dec 4, 2026'));
  });

  it('done writes the day and its row; undone takes both back, byte for byte (CRLF too)', () => {
    for (const text of [SPANISH, SPANISH.replace(/\n/g, '\r\n'), GERMAN]) {
      const plan = parse(text);
      const done = markDayComplete(text, plan.days[1], OPTIONS);
      assert.ok(done.ok, done.ok ? '' : done.message);
      const after = applyTextEdits(text, done.edits);
      const row = text.includes('Datum') ? '| 02.12.2026 | Daten filtern | ✅ 2026-12-02 |' : '| 2 | Consultas SELECT | ✅ 2026-12-02 |';
      assert.ok(after.includes(row), after);
      assert.match(done.summary, /its row in the tracker table \(line (20|14)\) too/);
      const again = parse(after);
      assert.deepStrictEqual([again.days[1].done, again.days[1].doneDate], [true, '2026-12-02']);
      const undone = markDayIncomplete(after, again.days[1]);
      assert.ok(undone.ok);
      assert.strictEqual(applyTextEdits(after, undone.edits), text);
    }
  });

  it('a day done by its row keeps its row\'s date: done checks its tasks and stamps no heading; a day done by undated ticks gets a bare ✅ in its row', () => {
    const ticked = SPANISH.replace('| 1 | Fundamentos de SQL | ❌ |', '| 1 | Fundamentos de SQL | ✅ 2026-11-20 |');
    const done = markDayComplete(ticked, parse(ticked).days[0], OPTIONS);
    assert.ok(done.ok);
    const after = applyTextEdits(ticked, done.edits);
    assert.strictEqual(after, ticked.replace('- [ ] Instalar PostgreSQL', '- [x] Instalar PostgreSQL ✅ 2026-12-02').replace('- [ ] Crear la tabla `clientes`', '- [x] Crear la tabla `clientes` ✅ 2026-12-02'));
    assert.deepStrictEqual([parse(after).days[0].done, parse(after).days[0].doneDate], [true, '2026-11-20']);
    const byHand = SPANISH.replace('- [ ] Ejercicios 1–5', '- [x] Ejercicios 1–5');
    const synced = markDayComplete(byHand, parse(byHand).days[1], OPTIONS);
    assert.ok(synced.ok);
    assert.strictEqual(applyTextEdits(byHand, synced.edits), byHand.replace('| 2 | Consultas SELECT | ❌ |', '| 2 | Consultas SELECT | ✅ |'));
  });

  it('a skip writes the day and its row, a row skipped by hand skips its day, and undone reopens both', () => {
    assert.strictEqual(skipAndReopen(SPANISH, 1, '2026-12-02'), SPANISH.replace('### Día 2 - Consultas SELECT', '### Día 2 - Consultas SELECT ⏭ 2026-12-02').replace('| 2 | Consultas SELECT | ❌ |', '| 2 | Consultas SELECT | ❌ ⏭ 2026-12-02 |'));
    const byHand = SPANISH.replace('| 3 | Filtros | ❌ |', '| 3 | Filtros | ⏭ |');
    assert.deepStrictEqual([parse(byHand).days[2].skipped, parse(byHand).root.progress.daysTotal], [true, 2]);
    const back = markDayIncomplete(byHand, parse(byHand).days[2]);
    assert.ok(back.ok);
    assert.strictEqual(parse(applyTextEdits(byHand, back.edits)).days[2].skipped, false);
  });

  it('a day with a date of its own dated anew by a replan takes its row\'s date with it (a review\'s row kept the old one)', () => {
    const text = lines('### Tag 1: Images (01.12.2026)', '- [ ] a', '### Tag 2: Netz (02.12.2026)', '- [ ] b', '## Fortschritt', '| Datum | Thema | Erledigt |', '|---|---|---|', '| 01.12.2026 | Bilder | ❌ |', '| 02.12.2026 | Netzwerke | ❌ |', '');
    const shifted = catchUp(text, parse(text), { kind: 'shift', days: 2 }, { today: '2026-11-29', options: {} });
    assert.ok(shifted.ok, shifted.ok ? '' : shifted.message);
    const after = applyTextEdits(text, shifted.edits);
    assert.strictEqual(after, text.replace(/01\.12/g, '03.12').replace(/02\.12/g, '04.12'));
    assert.deepStrictEqual(parse(after).days.map((day) => day.mirror?.line ?? null), [7, 8]);
  });

  it('a heading that is a task: a skip writes its row, undone reopens both, done on a day done by its row keeps the row\'s date', () => {
    const text = lines('### [ ] Day 1: Intro', '- [ ] a', '### [ ] Day 2: Select', '- [ ] b', '## Progress', '| Day | Topic | Status |', '|---|---|---|', '| 1 | Intro | ❌ |', '| 2 | Select | ❌ |', '');
    assert.strictEqual(skipAndReopen(text, 1, '2026-11-28'), text.replace('### [ ] Day 2: Select', '### [-] Day 2: Select ❌ 2026-11-28').replace('| 2 | Select | ❌ |', '| 2 | Select | ❌ ⏭ 2026-11-28 |'));
    const ticked = text.replace('| 1 | Intro | ❌ |', '| 1 | Intro | ✅ 2026-11-20 |');
    const done = markDayComplete(ticked, parse(ticked).days[0], OPTIONS);
    assert.ok(done.ok);
    const after = applyTextEdits(ticked, done.edits);
    assert.strictEqual(after, ticked.replace('- [ ] a', '- [x] a ✅ 2026-12-02'));
    assert.deepStrictEqual([parse(after).days[0].done, parse(after).days[0].doneDate], [true, '2026-11-20']);
  });

  it('a toggle that completes a day leaves its row, and says so (unchecked again, the day would stay done by its row)', () => {
    const plan = parse(SPANISH);
    const toggled = toggleTasks(SPANISH, plan.days[1].tasks, '2026-12-02', plan);
    assert.ok(toggled.ok);
    assert.ok(!applyTextEdits(SPANISH, toggled.edits).includes('| 2 | Consultas SELECT | ✅'));
    assert.match(toggled.summary, /Día 2 is complete: all its tasks are checked \(its row in the tracker table, line 20, is left as it is: mark the day complete to mark it too\)/);
  });

  it('a day done already by its heading gets its row marked on the day\'s date; one done by its row says so', () => {
    const stamped = SPANISH.replace('### Día 3 - Filtros', '### Día 3 - Filtros ✅ 2026-11-30');
    const synced = markDayComplete(stamped, parse(stamped).days[2], OPTIONS);
    assert.ok(synced.ok);
    assert.strictEqual(applyTextEdits(stamped, synced.edits), stamped.replace('| 3 | Filtros | ❌ |', '| 3 | Filtros | ✅ 2026-11-30 |'));
    assert.match(synced.summary, /Día 3 was complete already; its row in the tracker table \(line 21\) is marked now/);
    const ticked = SPANISH.replace('| 3 | Filtros | ❌ |', '| 3 | Filtros | ✅ |');
    const already = markDayComplete(ticked, parse(ticked).days[2], OPTIONS);
    assert.ok(already.ok && already.edits.length === 0);
    assert.match(already.summary, /Día 3 is already complete: its row in the tracker table \(line 21\) says so/);
    // Undone takes the hand's tick back too: the day is open again, everywhere it is written.
    const reopened = markDayIncomplete(ticked, parse(ticked).days[2]);
    assert.ok(reopened.ok);
    assert.strictEqual(applyTextEdits(ticked, reopened.edits), SPANISH);
  });
});
