import fc from 'fast-check';

/**
 * Generated markdown plans, built from fragments that cover what real plans hold and the traps around
 * them. Each fragment says whether its lines are literal (inside a fence or an HTML comment), so the
 * properties can check "nothing inside code is structure" against the generator, not against the parser.
 */
export interface Fragment {
  readonly lines: readonly string[];
  /** Lines of this fragment (by index) that are literal text. */
  readonly literal: readonly number[];
  /** An unclosed fence: every line after it is literal too. */
  readonly swallowsRest?: boolean;
}

const plain = (...lines: string[]): Fragment => ({ lines, literal: [] });
const title = fc.constantFrom('Topic', 'Lakehouse vs Data Warehouse', '\u{1F3AF} Goals \u{1F680}', 'Caf\u00e9 na\u00efve \u00c5ngstr\u00f6m', 'e\u0301\u0301 combining', 'x'.repeat(300), 'Odd \uFFFD bytes', '<b>html</b> & [link](https://t.example)', '`code` **bold** _em_');
const dayNumber = fc.integer({ min: 0, max: 400 });
const marker = fc.constantFrom('-', '*', '+', '1.', '2)', '10.');
const box = fc.constantFrom('[ ]', '[ ]', '[x]', '[X]', '[/]', '[-]');
/** Obsidian Tasks fields after a task's text. */
const taskFields = fc.constantFrom('', '', '', ' \u{1F4C5} 2026-11-22', ' \u23EB \u{1F4C5} 2026-11-22 #tag', ' \u{1F501} every week \u2795 2026-11-01', ' ^block-1', ' \u274C 2026-11-20');
const indent = fc.constantFrom('', '', '  ', '    ', '\t');

const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), dayNumber, fc.constantFrom(' - ', ': ', ' \u2013 ', ' '), title).map(([level, n, sep, t]) => plain(`${'#'.repeat(level)} Day ${n}${sep}${t}`)),
  fc.tuple(fc.integer({ min: 1, max: 4 }), dayNumber, title).map(([level, n, t]) => plain(`${'#'.repeat(level)} **Day ${n} - ${t}** ${'#'.repeat(level)}`)),
  fc.tuple(dayNumber, title).map(([n, t]) => plain(`### Day ${n} - ${t} \u2705 2026-11-${String((n % 28) + 1).padStart(2, '0')}`)),
  fc.tuple(fc.integer({ min: 1, max: 3 }), dayNumber).map(([level, n]) => plain(`${'#'.repeat(level)} Days ${n}-${n + 29}: A Cycle`)),
  fc.tuple(fc.constantFrom('Module', 'Week', 'Unit', 'Chapter', 'Sprint', 'Month', 'Phase'), dayNumber, title).map(([kind, n, t]) => plain(`## ${kind} ${n}: ${t} (Days ${n}-${n + 6})`)),
  fc.tuple(title, fc.constantFrom('===', '---', '=')).map(([t, underline]) => plain(`Day 5 - ${t}`, underline)),
  // The formats of issue 17: other languages, dates, weekdays, rounds, range entries, tasks in headings.
  fc.tuple(fc.constantFrom('D\u00eda', 'Tag', 'Jour', '\u0414\u0435\u043d\u044c', 'Ng\u00e0y', 'Hari', 'G\u00fcn'), dayNumber, title).map(([word, n, t]) => plain(`### ${word} ${n}: ${t}`)),
  fc.tuple(dayNumber, title).map(([n, t]) => plain(`### \u7b2c${n}\u5929\uff1a${t}`)),
  fc.tuple(fc.integer({ min: 1, max: 3 }), dayNumber).map(([round, n]) => plain(`### R${round}D${n}`)),
  fc.tuple(dayNumber, fc.integer({ min: 1, max: 5 }), title).map(([n, span, t]) => plain(`### Day ${n}-${n + span}: ${t}`)),
  fc.tuple(box, title).map(([b, t]) => plain(`#### ${b} ${t}`)),
  fc.tuple(box, dayNumber).map(([b, n]) => plain(`### ${b} Day ${n}`)),
  fc.constantFrom(
    plain('## Semana 2'), plain('## Woche 3: Praxis'), plain('## \u7b2c2\u5468'), plain('### January 7, 2023'), plain('## 2024/01/05'), plain('### Mon 05.01.2024'),
    plain('### TODAY (Monday)'), plain('### TUESDAY'), plain('### Wed'), plain('## Round 2'), plain('### Day 1: October 30, 2018'),
    plain('## Monday: Rest'), plain('## 2026-11-21'), plain('#Day 3 no space'), plain('####### Day 7 too deep'), plain('Day 9 - not a heading'),
    plain('**Day 12 - bold paragraph**'), plain('- ### Day 4 - heading in a list item'), plain('> ### Day 6 - quoted heading'), plain('    ### Day 8 - indented code'),
    plain('# '), plain('##'), plain('## Topic | Day 12'), plain('## Days 59-60: Consolidation'),
  ),
);

const task = fc.tuple(indent, marker, box, title, taskFields, fc.boolean()).map(([ind, m, b, t, f, stamped]) => plain(`${ind}${m} ${b} ${t}${f}${stamped ? ' \u2705 2026-11-20' : ''}`));
/** Days written as checkbox items (`- [ ] Day 2: JOINs`), with tasks, a link, a session or a paragraph nested in them. */
const itemDay = fc
  .tuple(indent, marker, box, dayNumber, fc.constantFrom(': ', ' - ', ' '), title, taskFields, fc.constantFrom<string[]>([], ['  - [ ] sub task'], ['  - [x] sub \u2705 2026-11-20', '  - [Link](https://l.example)'], ['  - \u23F1 2026-11-22 (30 min)'], ['', '  continued'], ['lazy line']))
  .map(([ind, m, b, n, sep, t, f, nested]) => plain(`${ind}${m} ${b} Day ${n}${sep}${t}${f}`, ...nested.map((line) => (line === '' ? '' : ind + line))));
/** A day table: rows of days with their titles, links and status cells, with or without outer pipes. */
const dayTable = fc
  .tuple(fc.array(fc.tuple(dayNumber, title, fc.constantFrom('', '\u2705', '[ ]', '[x]', '\u274C', 'Done', '\u2705 2026-11-20', '  ')), { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean())
  .map(([rows, pipes, status]) => {
    const row = (cells: string[]): string => (pipes ? `| ${cells.join(' | ')} |` : cells.join(' | '));
    const header = status ? ['Day', 'Topic', 'Done'] : ['Day', 'Topic'];
    return plain(row(header), row(header.map(() => '---')), ...rows.map(([n, t, s]) => row(status ? [String(n).padStart(2, '0'), t.replace(/\|/g, '/'), s] : [`Day ${n}`, t.replace(/\|/g, '/')])));
  });
/** Paragraph days (a log written in bold lines and paragraphs). */
const paragraphDay = fc.tuple(dayNumber, title, fc.constantFrom('**Day N:** ', '**Day N**', '**Day N** ', '__Day N__ ', 'Day N/100: ', 'Day N - ')).map(([n, t, form]) => plain('', form.replace('N', String(n)) + (form.endsWith('**') ? '' : t), ''));
const nearMiss = fc.constantFrom(plain('- [] near miss'), plain('-[ ] no space'), plain('- [ x] wide'), plain('- [y] other'), plain('> - [ ] quoted task'), plain('- [ ]'), plain('[ ] no marker'));
const fields = fc.constantFrom(
  plain('- **Task (30 min):** study it'), plain('- **Resource:** [Docs (Docs, 10 min)](https://docs.example/a)'), plain('- **Checkpoint:** explain it'),
  plain('**\u{1F3AF} Learning Objective:** learn', '- **Resources:**', '  - [One](https://one.example)', '  - [Two](./two.md)'),
  plain('- **Time:** 90 minutes'), plain('__Status__: ok'), plain('a * b ** c'),
);
const prose = fc.oneof(
  fc.constantFrom(plain(''), plain('Plain prose with \u2705 inside.'), plain('Text with emoji \u{1F3AF} and \uFFFD'), plain('| a | b |', '|---|---|', '| [t](https://t.example) | 2 |'), plain('---', 'start: 2026-11-01', '---'), plain('+++', 'title = "Learn Go"', 'tags = [', '  "go",', ']', 'start = 2026-11-01', '+++')),
  fc.string({ maxLength: 40 }).map((s) => plain(s.replace(/[\r\n]/g, ' '))),
  fc.integer({ min: 200, max: 5000 }).map((n) => plain('long '.repeat(n / 5))),
);
const literal = fc.constantFrom<Fragment>(
  { lines: ['```', '- [ ] fenced task', '### Day 999 - fenced', '```'], literal: [0, 1, 2, 3] },
  { lines: ['~~~python', '# Day 998 - comment', '- [x] fenced', '~~~'], literal: [0, 1, 2, 3] },
  { lines: ['````', '```', '### Day 997', '```', '````'], literal: [0, 1, 2, 3, 4] },
  { lines: ['<!--', '- [ ] hidden', '### Day 996 - hidden', '-->'], literal: [0, 1, 2, 3] },
);
/** An unclosed fence runs to the end of the document, so it only ever comes last (a later fence would close it). */
const unclosedFence: Fragment = { lines: ['```', '### Day 995 - unclosed fence', '- [ ] swallowed'], literal: [0, 1, 2], swallowsRest: true };

/** The fragments before item days were read: the pre-filter's golden corpus is drawn from these, so its verdicts compare. */
const fragmentBeforeItemDays = fc.oneof(
  { arbitrary: heading, weight: 4 },
  { arbitrary: dayTable, weight: 1 },
  { arbitrary: paragraphDay, weight: 1 },
  { arbitrary: task, weight: 4 },
  { arbitrary: nearMiss, weight: 1 },
  { arbitrary: fields, weight: 2 },
  { arbitrary: prose, weight: 2 },
  { arbitrary: literal, weight: 1 },
);

export const fragment = fc.oneof({ arbitrary: fragmentBeforeItemDays, weight: 8 }, { arbitrary: itemDay, weight: 1 });

/**
 * Lines that make a heading after them NOT a top-level heading, or change what it belongs to, for the
 * property that parsing in pieces equals parsing whole: fences in list items and quotes, indented and
 * malformed fences, HTML blocks of every kind, tables, link reference definitions, setext underlines.
 */
export const boundaryTrap = fc.constantFrom<Fragment>(
  plain('- item', '  ```'), plain('- ```'), plain('> ```'), plain('   ~~~'), plain('\t```'), plain('```js`x'), plain('````'), plain('~~~'),
  plain('<div>'), plain('<span>text'), plain('<!--'), plain('-->'), plain('<script>'), plain('</script>'), plain('<?php'), plain('<![CDATA['), plain('<b>'),
  plain('<details>'), plain('<summary>Solution</summary>'), plain('</details>'), plain('<3 loops'), plain('<!-- a note -->'), plain('<pre>'), plain('</pre>'),
  plain('?>'), plain(']]>'), plain('<!X'), plain('>'), plain(' <div>'), plain(''), plain('   '),
  plain('  ```'), plain('    ```'), plain('- step', '  ```python', '  x = 1', '  ```'), plain('  # in code'), plain(' ~~~'),
  plain('-|-'), plain('<!-- a | b', '-|-'), plain('``` a | b', '-|-'), plain('# a | b', '-|-'), plain('<pre> a | b', '-|-'), plain('  ``` a | b', '  -|-'),
  plain('| a | b |', '|---|---|'), plain('[r]: https://ref.example'), plain('See [ref][r].'), plain('- [r]: https://ref.example'), plain('> [r]: https://ref.example'),
  plain('[multi', 'line]: https://ref.example'), plain('See [ref][multi line].'), plain('```', 'def f(x) -> list[str]:', '```'), plain('text [a]: b'), plain('Setext'), plain('==='), plain('# Day 3 - cut here'),
  plain('1.  item', '', '    ```'), plain('> quote', '# Day 4 - after quote'), plain('- [ ] task', '# Day 5 - after task'),
);

/**
 * Near misses of every reading rule: prose that mentions days, a stray day paragraph or two, tables of
 * prices and timetables, dated meeting notes, one weekday heading, words that start like keywords.
 * A document made only of these is never a plan (a false plan is worse than a missed one).
 */
export const nearMissFragment = fc.oneof(
  fc.constantFrom(
    // Each table ends with a blank line: two tables written one under the other are one table to markdown-it (and
    // GitHub), the second's rows rows of the first (a run of another seed drew a score table under `| Día | Hora |
    // Materia |`: a school timetable, rightly a plan).
    plain('We hiked on day 5 of the trip and rested on day 6.'), plain('Day 5 was the hardest.'), plain('On Day 12 we rested.'), plain('Today was fine.'),
    plain('| Item | Price |', '| --- | --- |', '| Coffee | $3 |', '| Day 1 pass | $20 |', '| Day 2 pass | $35 |', ''),
    plain('| # | Name | Score |', '|---|---|---|', '| 1 | Ada | 10 |', '| 2 | Bob | 9 |', '| 3 | Cy | 8 |', ''),
    plain('| D\u00eda | Hora | Materia |', '|---|---|---|', '| Lunes | 9:00 | Algebra |', '| Martes | 10:00 | Fisica |', ''),
    plain('| Day | Menu |', '|---|---|', '| Monday | Soup |', '| Tuesday | Pasta |', ''),
    // Numbered days of a trip, a budget, meals: tables of days that say nothing of study (see dayTables.plainTable).
    plain('| Day | City | Hotel |', '|---|---|---|', '| 1 | Tokyo | Park Hyatt |', '| 2 | Kyoto | Ryokan |', '| 3 | Osaka | Nikko |', ''),
    plain('| Day | Item | Amount |', '|---|---|---|', '| 1 | Rent | 900 |', '| 2 | Groceries | 80 |', ''),
    plain('| Tag | Fr\u00fchst\u00fcck | Abendessen |', '|---|---|---|', '| 1 | Brot | Suppe |', '| 2 | M\u00fcsli | Nudeln |', ''),
    plain('## Holidays 2026'), plain('## 30-Day Return Policy'), plain('## Tagesordnung'), plain('## 1. Tage im Amt'), plain('## Sun exposure'), plain('## Release tag 3.0'),
    plain('## Dias de la semana'), plain('### Today'), plain('## Weekly review'), plain('## Days of our lives'), plain('## Mondayitis'),
    plain('> **Day 3:** quoted from another log'), plain('- **Day 4:** a list item, not a paragraph day'), plain('```', 'Day 7: code', '```'),
  ),
  fc.constantFrom('2024-01-05', '2024-01-12', 'January 19, 2024', '26 Jan 2024', '2024/02/02').map((date) => plain(`## ${date}`, 'Budget review with the team; nothing decided.')),
  // Prose: no markdown of structure in it (a run of another seed drew `=`, which made the sentence above a heading).
  fc.string({ maxLength: 30 }).map((s) => plain(s.replace(/[\r\n#|>`*_[\]=-]/g, ' '))),
);

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A near-miss document, titled as notes that are not about learning (`Meeting log`, `Diary of a trip`,
 * `Cafe`...): any number of weekday headings (opening hours), dated headings (meeting notes), days written
 * as plain paragraphs (a travel diary: `Day 2: we hiked.`), at most one bold day paragraph beside them (two
 * bold ones and a third day are a log), at most one `R2D2` heading (two are a #100DaysOfCode log), and
 * version tags that look like German days (`Tag 3.0`). None of it is a plan by the reading rules.
 */
export const nearMissDocument = fc
  .tuple(
    fc.array(nearMissFragment, { minLength: 1, maxLength: 20 }),
    fc.constantFrom('# Notes', '# Meeting log', '# Change log', '# Incident log', '# Release log', '# Server progress', '# Training room bookings', '# Diary of a trip', '# Cafe'),
    fc.subarray(WEEKDAYS),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 0, max: 2 }),
    fc.boolean(),
  )
  .map(([fragments, title, weekdays, plainDays, boldDays, droid]) => {
    const bold = plainDays > 0 ? Math.min(boldDays, 1) : boldDays;
    return assemble([
      plain(title),
      ...weekdays.map((day, i) => plain(`## ${day}`, i % 2 ? 'Closed' : '9:00-17:00')),
      ...(droid ? [plain('## R2D2', 'Beeps a lot.')] : []),
      plain('## Tag 3.0 release'), plain('## Tag 3.1 release'),
      ...fragments,
      ...Array.from({ length: plainDays }, (_, i) => plain('', `Day ${i + 2}: we hiked to the lake.`, '')),
      ...Array.from({ length: bold }, (_, i) => plain('', `**Day ${i + 1}:** something`, '')),
    ], 'lf', false).text;
  });

export interface GeneratedDocument {
  readonly text: string;
  readonly eol: string;
  /** 0-based lines that are literal (code fences, HTML comments). */
  readonly literalLines: ReadonlySet<number>;
}

/** Joins fragments with one line ending style (or a mix), with or without a BOM. */
export function assemble(fragments: readonly Fragment[], eolStyle: 'lf' | 'crlf' | 'mixed', bom: boolean): GeneratedDocument {
  const lines: string[] = [];
  const literalLines = new Set<number>();
  let swallowing = false;
  for (const f of fragments) {
    f.lines.forEach((line, i) => {
      if (swallowing || f.literal.includes(i)) literalLines.add(lines.length);
      lines.push(line);
    });
    if (f.swallowsRest) swallowing = true;
  }
  let text = bom ? '\uFEFF' : '';
  lines.forEach((line, i) => {
    const eol = eolStyle === 'lf' ? '\n' : eolStyle === 'crlf' ? '\r\n' : i % 3 === 1 ? '\r\n' : '\n';
    text += line + eol;
  });
  return { text, eol: eolStyle === 'crlf' ? '\r\n' : '\n', literalLines };
}

function documentOf(parts: fc.Arbitrary<Fragment>): fc.Arbitrary<GeneratedDocument> {
  return fc
    .tuple(fc.array(parts, { minLength: 1, maxLength: 30 }), fc.constantFrom<'lf' | 'crlf' | 'mixed'>('lf', 'crlf', 'mixed'), fc.boolean(), fc.boolean())
    .map(([fragments, eol, bom, unclosed]) => assemble(unclosed ? [...fragments, unclosedFence] : fragments, eol, bom));
}

export const document = documentOf(fragment);
/** The documents of the pre-filter's golden corpus (see fragmentBeforeItemDays). */
export const documentBeforeItemDays = documentOf(fragmentBeforeItemDays);

/** Runs per property: `FUZZ_SCALE` (set by `npm run fuzz`) scales every property up together. */
export function runs(share: number): number {
  const scale = Number(process.env.FUZZ_SCALE || 1);
  return Math.max(1, Math.round(share * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/**
 * The seed of a property: fixed, so `npm test` runs the same cases every time (an unseeded property failed the
 * project's CI on a case no run here had drawn); `FUZZ_SEED` moves every property to other cases together.
 */
export function seedOf(base: number): number {
  const moved = Number(process.env.FUZZ_SEED);
  return Number.isFinite(moved) && process.env.FUZZ_SEED ? base + moved : base;
}
