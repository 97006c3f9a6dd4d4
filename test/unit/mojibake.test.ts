import * as assert from 'assert';
import fc from 'fast-check';
import { codePage, codePages, mayLeadMojibake, type CodePageId } from '../../src/core/text/codePages';
import { detectEncoding, displayText, repairMojibake, withFileEncoding } from '../../src/core/text/mojibake';
import { assertLinear } from './linearTime';

import { mangle } from './helpers';

const through = (id: CodePageId, text: string): string => mangle(text, codePage(id));

describe('code page tables', () => {
  it('come from the packages and agree with the WHATWG decoder (ICU) wherever both define the byte', () => {
    const labels: Partial<Record<CodePageId, string>> = {
      'windows-1250': 'windows-1250', 'windows-1251': 'windows-1251', 'windows-1253': 'windows-1253', 'windows-1254': 'windows-1254',
      'windows-1255': 'windows-1255', 'windows-1256': 'windows-1256', 'windows-1257': 'windows-1257', 'windows-1258': 'windows-1258',
    };
    for (const page of codePages()) {
      const label = labels[page.id];
      if (!label) continue; // Node decodes windows-1252 as Latin-1; ISO-8859-1 needs no table
      const icu = new TextDecoder(label);
      for (let byte = 0x80; byte <= 0xff; byte++) {
        const expected = icu.decode(new Uint8Array([byte]));
        if (expected === '\ufffd' || page.undefinedBytes.includes(byte)) continue;
        assert.strictEqual(page.upper[byte - 0x80], expected, `${page.id} byte ${byte.toString(16)}`);
      }
    }
  });

  it('give each byte a character (an undefined one keeps its C1 control) and know which bytes can be lost', () => {
    assert.deepStrictEqual(codePage('windows-1252').undefinedBytes, [0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    assert.deepStrictEqual(codePage('windows-1254').undefinedBytes, [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e]);
    assert.strictEqual(codePage('windows-1252').upper[0x9d - 0x80], '\u009d');
    for (const page of codePages()) assert.strictEqual(new Set(page.upper).size, 128, page.id);
  });

  it('lead bytes of every page fall in the range the parser checks without a table', () => {
    for (const page of codePages()) {
      for (let byte = 0xc2; byte <= 0xf4; byte++) assert.ok(mayLeadMojibake(page.upper.charCodeAt(byte - 0x80)), `${page.id} ${byte.toString(16)}`);
    }
  });
});

describe('repairMojibake: one string, its code page detected on itself', () => {
  const table: [string, string, string][] = [
    ['Windows-1252 emoji', '\u00f0\u0178\u017d\u00af Learning Objectives', '\u{1F3AF} Learning Objectives'],
    ['Windows-1252 dash', 'a \u00e2\u20ac\u201d b', 'a \u2014 b'],
    ['Windows-1252 sparkle', '\u00e2\u0153\u00a8 sparkle', '\u2728 sparkle'],
    ['Windows-1252 accents', '\u00c3\u00bcber na\u00c3\u00afve', '\u00fcber na\u00efve'],
    ['one letter inside a word', 'Stra\u00c3\u0178e', 'Stra\u00dfe'],
    ['a C1 control kept for a byte the page lacks', '\u00e2\u20ac\u009d', '\u201d'],
    ['Windows-1254 (Turkish) emoji', '\u011f\u0178\u201c\u2026 Monday', '\u{1F4C5} Monday'],
    ['Windows-1254 with a C1 control', '\u011f\u0178\u008e\u00af Goal', '\u{1F3AF} Goal'],
    ['Windows-1250 (Polish)', through('windows-1250', 'Zażółć gęślą jaźń'), 'Zażółć gęślą jaźń'],
    ['Windows-1251 (Russian)', through('windows-1251', 'Привет, мир'), 'Привет, мир'],
    ['Windows-1253 (Greek)', through('windows-1253', 'Καλημέρα κόσμε'), 'Καλημέρα κόσμε'],
    ['Windows-1257 (Lithuanian)', through('windows-1257', 'Laba diena, ąčęėįšųūž'), 'Laba diena, ąčęėįšųūž'],
    ['Windows-1258 (Vietnamese)', through('windows-1258', 'Tiếng Việt'), 'Tiếng Việt'],
    ['ISO-8859-1 (C1 controls)', through('iso-8859-1', 'a \u2014 b \u{1F3AF}'), 'a \u2014 b \u{1F3AF}'],
    ['correct Latin-1', 'caf\u00e9 \u00c5ngstr\u00f6m', 'caf\u00e9 \u00c5ngstr\u00f6m'],
    ['correct Russian with Её', 'Её брат, Пётр', 'Её брат, Пётр'],
    ['correct Turkish apostrophes', 'ODTÜ’nün KOÇ’UN Koç’un', 'ODTÜ’nün KOÇ’UN Koç’un'],
    ['plain ASCII', 'plain ASCII', 'plain ASCII'],
  ];
  for (const [what, before, after] of table) {
    it(`${what}: ${JSON.stringify(before)}`, () => assert.strictEqual(repairMojibake(before).text, after));
  }

  it('shows the most likely reading of a sequence that lost a byte, and counts it apart', () => {
    assert.deepStrictEqual(repairMojibake('## \u00f0\u0178\u201c Reflection Questions and \u00f0\u0178\u017d\u00af'), {
      text: '## \u{1F4DD} Reflection Questions and \u{1F3AF}', fixed: 1, guessed: 1, damaged: 0,
    });
    assert.strictEqual(repairMojibake('\u00e2\u20ac\u0153quoted\u00e2\u20ac').text, '\u201cquoted\u201d');
    assert.strictEqual(repairMojibake('\u00f0\u0178\u201c Project structure').text, '\u{1F4C1} Project structure');
    // A U+FFFD marks where the byte was: only the page's missing bytes fit there.
    assert.strictEqual(repairMojibake('\u00f0\u0178\u201c\ufffd Notes').text, '\u{1F4DD} Notes');
  });

  it('leaves a sequence that lost two bytes as it is and says so', () => {
    // 🐍 is F0 9F 90 8D: Windows-1254 has neither 0x90 nor 0x8D.
    assert.deepStrictEqual(repairMojibake('\u011f\u0178 Python and \u011f\u0178\u201c\u2026'), { text: '\u011f\u0178 Python and \u{1F4C5}', fixed: 1, guessed: 0, damaged: 1 });
  });
});

describe('detectEncoding: one code page per file', () => {
  it('tells Windows-1254 from Windows-1252 by the sequences only one of them explains', () => {
    const text = through('windows-1254', '\u{1F4C5} Monday \u2014 \u{1F3AF} goal, \u00e7ay \u2615');
    assert.strictEqual(detectEncoding(text)?.page.id, 'windows-1254');
    assert.strictEqual(detectEncoding(through('windows-1252', '\u{1F3AF} goal \u2014 caf\u00e9'))?.page.id, 'windows-1252');
  });

  it('prefers the page whose reading gives everyday letters (`Ć©` is é in cp1257, Ʃ in cp1250)', () => {
    assert.strictEqual(detectEncoding(through('windows-1257', 'Le fichier existe déjà : déjà vu'))?.page.id, 'windows-1257');
  });

  it('finds nothing in correct text, whatever its language', () => {
    for (const text of Object.values(PROSE)) assert.strictEqual(detectEncoding(text), null, text.slice(0, 30));
  });

  it('is linear in the text', function () {
    this.timeout(60_000);
    const sample = through('windows-1254', PROSE.english) + '\n' + PROSE.turkish + '\n';
    assertLinear('detectEncoding', (scale) => sample.repeat(scale * 4), (text) => detectEncoding(text));
  });
});

describe('displayText inside a parse: the file decides', () => {
  it('repairs with the file\'s page, and reads a folded no-break space of the mojibake as 0xA0', () => {
    const file = through('windows-1252', '\u26a0\ufe0f careful \u2014 caf\u00e9');
    withFileEncoding(file, () => {
      // The parser folds the no-break space (the 3rd byte of ⚠) into a space before display.
      assert.strictEqual(displayText('\u00e2\u0161 \u00ef\u00b8\u008f careful'), '\u26a0\ufe0f careful');
      assert.strictEqual(displayText('plain'), 'plain');
    });
  });

  it('leaves every string alone in a file without mojibake', () => {
    withFileEncoding('# Plan\ncaf\u00e9\n', () => assert.strictEqual(displayText('\u00c3\u00a9'), '\u00c3\u00a9'));
  });
});

/** Correct prose, written for these tests: the languages of the code pages, with their typography. */
const PROSE = {
  english: 'Started the week with one goal \u{1F3AF} \u2014 finish the module\u2026 \u201cLazy evaluation\u201d finally clicked \u{1F4A1}; it\u2019s 2\u00bd hours \u2705 caf\u00e9 na\u00efve',
  turkish: 'Bugün hava çok güzel; öğrenciler ağaçların altında şarkı söylüyor. İstanbul’da ılık bir sabah, Çağrı ile Gülşen kahvaltıda buluştu. ODTÜ’nün sınavı üç gün sonra — herkes sakin mi? KOÇ’UN maçı “harika” geçti…',
  polish: 'Zażółć gęślą jaźń. Wczoraj w\u00a0Łodzi padał śnieg, a dzieci lepiły bałwana przed szkołą. „Później” piliśmy herbatę – z\u00a0cytryną – i rozmawialiśmy o książkach. Gęś, żółw, źdźbło, ŻÓŁW.',
  czech: 'Příliš žluťoučký kůň úpěl ďábelské ódy. Včera jsme šli do kina a večer jsme vařili svíčkovou. Učitel říkal: „příští týden bude test“ – ověř si to. ŽLUŤOUČKÝ KŮŇ, běž!',
  greek: 'Η γρήγορη καφέ αλεπού πηδάει πάνω από τον τεμπέλη σκύλο. Σήμερα διάβασα ένα βιβλίο για την ιστορία της Αθήνας· ήταν «πολύ ενδιαφέρον»! Άρης, Έλενα, Ήρα, Ίων, Όλγα, Ύδρα, Ώρα.',
  russian: 'Съешь же ещё этих мягких французских булок, да выпей чаю. Её брат учится в Москве, а Пётр живёт в Петербурге. В\u00a0«Ёлках» всё будет хорошо — №\u00a05, 20\u00a0°C.',
  ukrainian: 'Ні, ця історія ще не закінчилася. Ті люди їхали до Києва, а ґанок був старий. Її пісня звучала всю ніч; Єва сказала: «Це моя країна».',
  serbian: 'Ђорђе и Љиљана су ишли у Њујорк; џемпер је био ћилибарске боје. Ћао, Ђуро!',
  vietnamese: 'Tiếng Việt có dấu rất đẹp. Hôm nay trời mưa, tôi ở nhà đọc sách và uống trà. Người Việt Nam thích ăn phở vào buổi sáng; ĐƯỜNG ĐẾN TRƯỜNG.',
  lithuanian: 'Laba diena! Šiandien „nematomą simbolį“ pakeitėme; ąžuolas, čiuožykla, ėjimas, įėjimas, šuo, ūkis, žąsis.',
  french: 'Déjà vu\u00a0: c’est «\u00a0génial\u00a0»\u00a0! L’été à Paris, où l’on mange des crêpes.',
  german: 'Größe, Übung, Straße; „Anführungszeichen“ und ‚halbe‘ — 1000×1000 Pixel, 5\u00a0€.',
};

describe('properties', () => {
  const words = (text: string) => text.split(/\s+/).filter(Boolean);
  const decorations = ['\u{1F3AF}', '\u{1F4DA}', '\u2014', '\u2728', '\u2192', '\u26a0\ufe0f', '\u2705', '\u4e2d\u6587', '\u65e5\u672c\u8a9e', '\ud55c\uad6d\uc5b4', '(1 h)', '\u2026'];
  const ownLetters = (word: string) => /[^\x20-\x7e]/.test(word.replace(/[^\p{L}]/gu, ''));
  const sentence = (vocabulary: readonly string[]) => fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));

  it('changes nothing in correct prose of any of the code pages\' languages', () => {
    for (const [language, text] of Object.entries(PROSE)) {
      fc.assert(fc.property(sentence([...words(text), ...decorations]), (prose) => repairMojibake(prose).text === prose), { seed: 21, numRuns: 300, examples: [[text]] });
      assert.strictEqual(repairMojibake(text).text, text, language);
    }
  });

  it('restores exactly any text that went through any of the code pages', () => {
    // Sentences as people write them: each in one language (at least three words with its own letters:
    // a lone `à` among Korean mojibake, or `Η Η Η` alone, read as words of the page's language too),
    // in any mix of languages and emoji.
    const inOneLanguage = fc
      .constantFrom(...Object.values(PROSE))
      .chain((text) => fc.tuple(fc.array(fc.constantFrom(...words(text)), { minLength: 3, maxLength: 20 }), fc.array(fc.constantFrom(...decorations), { maxLength: 4 })))
      .filter(([own]) => new Set(own.filter(ownLetters)).size >= 3)
      .map(([own, extra]) => [...own, ...extra].join(' '));
    fc.assert(
      fc.property(fc.array(inOneLanguage, { minLength: 1, maxLength: 4 }), fc.constantFrom(...codePages()), (sentences, page) => {
        const text = sentences.join('\n');
        return repairMojibake(mangle(text, page)).text === text;
      }),
      { seed: 22, numRuns: 2000 },
    );
  });

  it('in a mixed file, repairs the mangled part and keeps the correct prose of the page\'s language', () => {
    // Prose: three different words with the language's own letters at least (`Её` alone is a riddle).
    const prose = (text: string) => fc.array(fc.constantFrom(...words(text)), { minLength: 3, maxLength: 25 }).filter((w) => new Set(w.filter(ownLetters)).size >= 3).map((w) => w.join(' '));
    const cases: [CodePageId, string][] = [
      ['windows-1254', PROSE.turkish], ['windows-1250', PROSE.polish], ['windows-1250', PROSE.czech], ['windows-1253', PROSE.greek],
      ['windows-1251', PROSE.russian], ['windows-1251', PROSE.ukrainian], ['windows-1258', PROSE.vietnamese], ['windows-1257', PROSE.lithuanian],
    ];
    for (const [id, native] of cases) {
      fc.assert(
        fc.property(sentence([...words(PROSE.english), ...decorations]), prose(native), (mangled, correct) => {
          const file = `${through(id, mangled)}\n${correct}\n`;
          return repairMojibake(file).text === `${mangled}\n${correct}\n`;
        }),
        { seed: 23, numRuns: 200 },
      );
    }
  });
});
