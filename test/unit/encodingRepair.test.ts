import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { applyEditsToBytes, applyTextEdits, codePageName, repairEncoding, scanEncoding, type ConfirmedReading, type LostSequence, type TextEdit } from '../../src/core';
import { codePage } from '../../src/core/text/codePages';
import { parse } from './helpers';
import { assertLinear } from './linearTime';

const ROOT = path.join(__dirname, '..', '..', '..');
const ENCODING = path.join(ROOT, 'test', 'encoding-fixtures');
const read = (name: string): string => fs.readFileSync(path.join(ENCODING, name), 'utf8');
const TRACKER = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'learning-journey-tracker.md'), 'utf8');

function repaired(text: string, confirmed: readonly ConfirmedReading[] = []): { text: string; summary: string } {
  const outcome = repairEncoding(text, parse(text), confirmed);
  assert.ok(outcome.ok);
  return { text: applyTextEdits(text, outcome.edits), summary: outcome.summary };
}

const confirm = (sequence: LostSequence, reading = sequence.readings[0]): ConfirmedReading => ({ line: sequence.line, start: sequence.start, text: sequence.text, reading });

describe('Repair Text Encoding: the edit', () => {
  it('repairs the Windows-1254 journal to its source, byte for byte (BOM, CRLF), except inside code', () => {
    const journal = read('week-journal-cp1254.md');
    const expected = '\ufeff' + (read('week-journal.md') + read('week-journal-sunday.md')).replace(/\n/g, '\r\n');
    const { text, summary } = repaired(journal);
    // The fenced `echo "✅ pipeline done"` keeps its mojibake: nothing inside code is edited.
    assert.strictEqual(text, expected.replace('echo "\u2705 pipeline done"', 'echo "\u00e2\u0153\u2026 pipeline done"'));
    assert.strictEqual(summary, 'Repaired 56 sequences of UTF-8 read as Windows-1254 (Turkish); left 1 inside code');
  });

  it('writes through the CLI\'s byte writer with the same result, and changes no other byte', () => {
    const journal = read('week-journal-cp1254.md');
    const outcome = repairEncoding(journal, parse(journal));
    assert.ok(outcome.ok);
    const bytes = applyEditsToBytes(new TextEncoder().encode(journal), outcome.edits);
    assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), applyTextEdits(journal, outcome.edits));
  });

  it('repairs the Windows-1250 and Windows-1251 notes to their sources', () => {
    assert.strictEqual(repaired(read('notatki-cp1250.md')).text, read('notatki-cp1250.source.md'));
    assert.strictEqual(repaired(read('konspekt-cp1251.md')).text, read('konspekt-cp1251.source.md'));
    assert.match(repaired(read('konspekt-cp1251.md')).summary, /^Repaired \d+ sequences of UTF-8 read as Windows-1251 \(Cyrillic\)$/);
  });

  it('says so when there is nothing to repair, and leaves correct text in any language alone', () => {
    const text = '# План\n\n- [ ] Её задача — «Привет» ✅\n- [ ] Çay ve kitap; gęś; ΚΑΛΗΜΕΡΑ\n';
    const outcome = repairEncoding(text, parse(text));
    assert.deepStrictEqual(outcome, { ok: true, edits: [], summary: 'No mojibake found' });
  });

  it('leaves inline code spans alone and counts them', () => {
    const text = '## \u00f0\u0178\u017d\u00af Goals\n\nThe terminal printed `caf\u00c3\u00a9` instead of caf\u00c3\u00a9.\n';
    const { text: after, summary } = repaired(text);
    assert.strictEqual(after, '## \u{1F3AF} Goals\n\nThe terminal printed `caf\u00c3\u00a9` instead of caf\u00e9.\n');
    assert.strictEqual(summary, 'Repaired 2 sequences of UTF-8 read as Windows-1252 (Western); left 1 inside code');
  });
});

describe('Repair Text Encoding: sequences that lost a byte', () => {
  it('lists the tracker\'s `ðŸ“` with its readings, the memo first, and writes nothing for it unless confirmed', () => {
    const plan = parse(TRACKER);
    const scan = scanEncoding(TRACKER, plan);
    assert.strictEqual(scan.encoding?.page.id, 'windows-1252');
    assert.strictEqual(scan.lost.length, 1);
    const [memo] = scan.lost;
    assert.deepStrictEqual({ line: memo.line, text: memo.text, lineText: memo.lineText }, { line: 355, text: '\u00f0\u0178\u201c', lineText: '## \u00f0\u0178\u201c Reflection Questions' });
    // 📝 📍 📁 📐 📏 end in a byte cp1252 lacks; 📎 📞 too; 🍓 lost its third byte instead.
    assert.deepStrictEqual(memo.readings.slice(0, 5), ['\u{1F4DD}', '\u{1F4CD}', '\u{1F4C1}', '\u{1F4D0}', '\u{1F4CF}']);
    assert.ok(memo.readings.includes('\u{1F353}'));

    const unconfirmed = repaired(TRACKER);
    assert.ok(unconfirmed.text.includes('## \u00f0\u0178\u201c Reflection Questions'));
    assert.strictEqual(unconfirmed.summary, 'Repaired 18 sequences of UTF-8 read as Windows-1252 (Western); left 1 that lost a byte (not confirmed); left 20 inside code');

    const chosen = repaired(TRACKER, [confirm(memo)]);
    assert.ok(chosen.text.includes('## \u{1F4DD} Reflection Questions'));
    assert.strictEqual(chosen.summary, 'Repaired 19 sequences of UTF-8 read as Windows-1252 (Western); 1 of them had lost a byte and got the character you chose; left 20 inside code');
    // Only the sequences changed: the lines outside them are byte for byte the same.
    const before = TRACKER.split('\n');
    chosen.text.split('\n').forEach((line, i) => {
      if (line !== before[i]) assert.ok(/[\u00c2-\u00f4]/.test(before[i]), `line ${i} changed without mojibake`);
    });
  });

  it('offers every lost byte of a journal whose editor dropped the C1 controls, and reports the unreadable one', () => {
    const journal = read('week-journal-cp1254.md').replace(/[\u0080-\u009f]/g, '');
    const scan = scanEncoding(journal, parse(journal));
    assert.strictEqual(scan.lost.length, 16);
    assert.strictEqual(scan.damaged, 1, '🐍 lost two bytes');
    const quotes = scan.lost.filter((s) => s.text === '\u00e2\u20ac');
    assert.ok(quotes.length >= 5 && quotes.every((s) => s.readings[0] === '\u201d'), 'â€ + a lost byte reads as ”');
    const selector = scan.lost.find((s) => s.text === '\u00ef\u00b8')!;
    assert.deepStrictEqual(selector.readings, ['\ufe0f'], 'after ⚠ only the emoji presentation selector fits');

    const all = repaired(journal, scan.lost.map((s) => confirm(s)));
    assert.match(all.summary, /; 16 of them had lost a byte and got the character you chose; left 1 that lost more than one byte \(unreadable\); left 1 inside code$/);
    assert.ok(all.text.includes('\u201cSmall steps, every day.\u201d \u2014 Ay\u015fe'));
    assert.ok(all.text.includes('\u26a0\ufe0f salt it!'));
  });

  it('writes a confirmed reading only where the same sequence still is, once, and says what it left', () => {
    const text = 'a \u00f0\u0178\u201c b\n';
    const [sequence] = scanEncoding(text, parse(text)).lost;
    assert.strictEqual(repaired(text, [{ ...confirm(sequence), start: 0 }]).summary, 'Nothing repaired of UTF-8 read as Windows-1252 (Western); left 1 that lost a byte (not confirmed); 1 confirmed sequences had changed and were not written');
    assert.strictEqual(repaired(text, [confirm(sequence, 'x')]).text, text, 'a reading that is not one of the readings is not written');
    const twice = repaired(text, [confirm(sequence, '\u{1F4DD}'), confirm(sequence, '\u{1F4C1}')]);
    assert.strictEqual(twice.text, text);
    assert.strictEqual(twice.summary, 'Nothing repaired of UTF-8 read as Windows-1252 (Western); left 1 for which two characters were chosen');
    const otherText = repaired(text, [{ ...confirm(sequence), text: 'zz' }]);
    assert.strictEqual(otherText.text, text, 'a confirmation of another text at the same place is not written');
    assert.match(otherText.summary, /; 1 confirmed sequences had changed and were not written$/);
  });

  it('without confirmations, writes the clean sequences only and says nothing of confirmations', () => {
    const text = 'a \u00f0\u0178\u201c b \u00e2\u20ac\u201d\n';
    const outcome = repairEncoding(text, parse(text));
    assert.ok(outcome.ok);
    assert.deepStrictEqual([applyTextEdits(text, outcome.edits), outcome.summary], ['a \u00f0\u0178\u201c b \u2014\n', 'Repaired 1 sequence of UTF-8 read as Windows-1252 (Western); left 1 that lost a byte (not confirmed)']);
  });

  it('gives its edits in the order of the text (line, then column), confirmed readings among the clean repairs', () => {
    const text = '\u00e2\u20ac\u201d x \u00f0\u0178\u201c y \u00e2\u20ac\u201d\n\u00e2\u20ac\u201d\n';
    const [sequence] = scanEncoding(text, parse(text)).lost;
    const outcome = repairEncoding(text, parse(text), [confirm(sequence)]);
    assert.ok(outcome.ok);
    assert.deepStrictEqual(outcome.edits.map((edit) => [edit.range.start.line, edit.range.start.character, edit.newText]), [[0, 0, '\u2014'], [0, 6, '\u{1F4DD}'], [0, 12, '\u2014'], [1, 0, '\u2014']]);
  });
});

describe('codePageName: what the repair summary calls each code page', () => {
  it('names every code page it can detect', () => {
    const ids = ['windows-1250', 'windows-1251', 'windows-1252', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258', 'iso-8859-1'] as const;
    const names = ids.map((id) => codePageName(codePage(id)));
    assert.deepStrictEqual(names, [
      'Windows-1250 (Central European)', 'Windows-1251 (Cyrillic)', 'Windows-1252 (Western)', 'Windows-1253 (Greek)', 'Windows-1254 (Turkish)',
      'Windows-1255 (Hebrew)', 'Windows-1256 (Arabic)', 'Windows-1257 (Baltic)', 'Windows-1258 (Vietnamese)', 'ISO-8859-1 (Latin-1)',
    ]);
  });
});

describe('repairEncoding: code spans as CommonMark reads them, before and after', () => {
  const D = '\u00e2\u20ac\u201d'; // an em dash saved through Windows-1252
  const W = '\u2014';
  const table: [string, string, string][] = [
    [`### Day 1 ${D} Intro\nText ${D} \`code ${D}\` after ${D}\n`, `### Day 1 ${W} Intro\nText ${W} \`code ${D}\` after ${W}\n`, 'Repaired 3 sequences of UTF-8 read as Windows-1252 (Western); left 1 inside code'],
    [`### Day 1 ${D} Intro\n\`\`a \` ${D} b\`\` ${D}\n`, `### Day 1 ${W} Intro\n\`\`a \` ${D} b\`\` ${W}\n`, 'Repaired 2 sequences of UTF-8 read as Windows-1252 (Western); left 1 inside code'],
    [`### Day 1 ${D} Intro\n\`${D} open\n`, `### Day 1 ${W} Intro\n\`${W} open\n`, 'Repaired 2 sequences of UTF-8 read as Windows-1252 (Western)'],
    [`### Day 1 ${D} Intro\n\`\`${D}\` ${D}\n`, `### Day 1 ${W} Intro\n\`\`${W}\` ${W}\n`, 'Repaired 3 sequences of UTF-8 read as Windows-1252 (Western)'],
    [`### Day 1 ${D} Intro\n\`a\` ${D} \`b\` ${D}\n`, `### Day 1 ${W} Intro\n\`a\` ${W} \`b\` ${W}\n`, 'Repaired 3 sequences of UTF-8 read as Windows-1252 (Western)'],
    // A longer run inside a span does not close it: ``a ``` b`` is one span.
    [`### Day 1 ${D} Intro\n\`\`a \`\`\` ${D} b\`\` ${D}\n`, `### Day 1 ${W} Intro\n\`\`a \`\`\` ${D} b\`\` ${W}\n`, 'Repaired 2 sequences of UTF-8 read as Windows-1252 (Western); left 1 inside code'],
    // Right after or right before a span is outside it.
    [`### Day 1\n\`a\`${D}\n`, `### Day 1\n\`a\`${W}\n`, 'Repaired 1 sequence of UTF-8 read as Windows-1252 (Western)'],
    [`### Day 1\n${D}\`a\`\n`, `### Day 1\n${W}\`a\`\n`, 'Repaired 1 sequence of UTF-8 read as Windows-1252 (Western)'],
    [`### Day 1 ${D} Intro\n`, `### Day 1 ${W} Intro\n`, 'Repaired 1 sequence of UTF-8 read as Windows-1252 (Western)'],
    ['### Day 1 Intro\n', '### Day 1 Intro\n', 'No mojibake found'],
  ];
  for (const [before, after, summary] of table) {
    it(JSON.stringify(before), () => assert.deepStrictEqual([repaired(before).text, repaired(before).summary], [after, summary]));
  }
});

describe('repairEncoding: linear in the mojibake it repairs (a hostile trial\'s 40,000 took 26 s)', () => {
  // The edits were applied by rebuilding the text (or the line) once per edit, and listed per line by copying.
  const shapes: [string, (scale: number) => string][] = [
    ['one long line', (scale) => `### Day 1 - A\n- [ ] a ${'\u00e2\u20ac\u201d'.repeat(100 * scale)}\n`],
    ['many lines', (scale) => `### Day 1 - A\n${'- [ ] a \u00e2\u20ac\u201d\n'.repeat(100 * scale)}`],
  ];
  for (const [name, text] of shapes) {
    it(name, function () {
      this.timeout(120_000);
      // The edits a repair makes, applied to the text and to its bytes, as the CLI's dry run and write do.
      const edits = (input: string): TextEdit[] => {
        const outcome = repairEncoding(input, parse(input));
        assert.ok(outcome.ok);
        return [...outcome.edits];
      };
      assertLinear(`the edits of a repair of ${name}`, (scale) => ({ input: text(scale), edits: edits(text(scale)) }), ({ input, edits: made }) => {
        applyTextEdits(input, made);
        applyEditsToBytes(new TextEncoder().encode(input), made);
      });
    });
  }
});
