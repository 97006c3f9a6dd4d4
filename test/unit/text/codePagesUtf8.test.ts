// The byte tables mojibake detection stands on, checked against references that share no code with them:
// the code pages (src/core/text/codePages.ts) against ICU's WHATWG decoders, and UTF-8's structure
// (src/core/text/utf8.ts) against TextDecoder (U+FFFD marking what is ill-formed) over every lead and second byte with seven tails.
// The tables are read from a build of this test's own (buildCodePageTables): the cached tables may have
// been built before the test ran, so a wrong build would not show in them.
import * as assert from 'assert';
import { buildCodePageTables, codePages, codePagesBuilt, leadPages, upperPages, type CodePageId } from '../../../src/core/text/codePages';
import { decodeSequence, sequenceLength } from '../../../src/core/text/utf8';

/** Above every upper-half character of every page (the highest is U+2122). */
const MASK_LIMIT = 0x2200;
/** Node decodes windows-1252 as Latin-1, so that page is checked by its list; ISO-8859-1 is the identity. */
const ICU: readonly CodePageId[] = ['windows-1250', 'windows-1251', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257', 'windows-1258'];
const C1 = (char: string): boolean => char.charCodeAt(0) >= 0x80 && char.charCodeAt(0) <= 0x9f;
/** Where the WHATWG indexes (the packages) and Node's ICU tables disagree: the packages are the source. */
const NEWER_INDEX: Partial<Record<CodePageId, Record<number, string>>> = {
  'windows-1253': { 0xaa: '\u00aa' }, // ICU still maps it to the feminine ordinal; the index leaves it undefined
  'windows-1255': { 0xca: '\ufffd' }, // the index added U+05BA (HEBREW POINT HOLAM HASER FOR VAV); ICU has it undefined
};
const icuDecode = (id: CodePageId, byte: number): string => {
  const char = new TextDecoder(id).decode(new Uint8Array([byte]));
  const differs = NEWER_INDEX[id]?.[byte];
  if (differs === undefined) return char;
  assert.strictEqual(char, differs, `ICU's ${id} ${byte.toString(16)} as noted`);
  return differs === '\ufffd' ? '\u05ba' : '\ufffd';
};

describe('code page tables, built afresh', () => {
  const fresh = buildCodePageTables();
  const page = (id: CodePageId) => fresh.pages.find((p) => p.id === id)!;

  it('give every byte 0x80-0xFF its ICU character, and a byte ICU leaves undefined its own C1 control', () => {
    for (const id of ICU) {
      const expected = Array.from({ length: 128 }, (_, i) => {
        const char = icuDecode(id, 0x80 + i);
        return char === '\ufffd' ? String.fromCharCode(0x80 + i) : char;
      }).join('');
      assert.strictEqual(page(id).upper, expected, id);
    }
    assert.strictEqual(page('iso-8859-1').upper, Array.from({ length: 128 }, (_, i) => String.fromCharCode(0x80 + i)).join(''));
    assert.strictEqual(page('windows-1252').upper.slice(0, 4), '\u20ac\u0081\u201a\u0192');
    assert.strictEqual(page('windows-1252').upper.length, 128);
  });

  it('know which bytes each page leaves undefined (ICU: U+FFFD or a C1 control), and none for ISO-8859-1', () => {
    for (const id of ICU) {
      const undefinedBytes: number[] = [];
      for (let byte = 0x80; byte <= 0xff; byte++) {
        const char = icuDecode(id, byte);
        if (char === '\ufffd' || C1(char)) undefinedBytes.push(byte);
      }
      assert.deepStrictEqual(page(id).undefinedBytes, undefinedBytes, id);
    }
    assert.deepStrictEqual(page('windows-1253').undefinedBytes.slice(-3), [0xaa, 0xd2, 0xff], 'above 0x9f too');
    assert.deepStrictEqual(page('windows-1256').undefinedBytes, []);
    assert.deepStrictEqual(page('windows-1252').undefinedBytes, [0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    assert.deepStrictEqual(page('iso-8859-1').undefinedBytes, []);
  });

  it('map each upper-half character back to its byte, and anything else to -1', () => {
    for (const p of fresh.pages) {
      for (let byte = 0x80; byte <= 0xff; byte++) assert.strictEqual(p.byteOf(p.upper.charCodeAt(byte - 0x80)), byte, `${p.id} ${byte.toString(16)}`);
      for (const char of [0x00, 0x41, 0x7f, 0x2200, 0x1f3af]) assert.strictEqual(p.byteOf(char), -1, `${p.id} ${char.toString(16)}`);
    }
  });

  it('mask, for every character below the limit, the pages where it is a lead byte (0xC2-0xF4) or any upper byte', () => {
    for (let char = 0; char < MASK_LIMIT; char++) {
      let lead = 0;
      let upper = 0;
      for (const p of fresh.pages) {
        const byte = p.byteOf(char);
        if (byte >= 0x80) upper |= p.bit;
        if (byte >= 0xc2 && byte <= 0xf4) lead |= p.bit;
      }
      assert.strictEqual(fresh.leadMask[char], lead, `lead ${char.toString(16)}`);
      assert.strictEqual(fresh.upperMask[char], upper, `upper ${char.toString(16)}`);
    }
    assert.deepStrictEqual(fresh.pages.map((p) => p.bit), fresh.pages.map((_, i) => 1 << i));
  });

  it('answer 0 (not undefined) at and above the limit, and agree with the fresh build below it', () => {
    for (const char of [MASK_LIMIT, MASK_LIMIT + 1, 0xffff, 0x1f3af]) {
      assert.strictEqual(leadPages(char), 0, char.toString(16));
      assert.strictEqual(upperPages(char), 0, char.toString(16));
    }
    for (const char of [0xc2, 0xc3, 0xe2, 0xf0, 0x152, 0x2122, MASK_LIMIT - 1]) {
      assert.strictEqual(leadPages(char), fresh.leadMask[char]);
      assert.strictEqual(upperPages(char), fresh.upperMask[char]);
    }
    assert.strictEqual(codePagesBuilt(), true, 'built once asked');
    assert.deepStrictEqual(codePages().map((p) => p.upper), fresh.pages.map((p) => p.upper));
  });
});

describe('UTF-8 structure, against a decoder', () => {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The one code point `bytes` encode as complete, well-formed UTF-8 of two or more bytes, else -1. */
  const reference = (bytes: number[]): number => {
    if (bytes.length < 2) return -1;
    // Not fatal (an exception per ill-formed sequence made this test slow): U+FFFD marks the ill-formed.
    const text = decoder.decode(Uint8Array.from(bytes));
    const point = text.codePointAt(0)!;
    const one = text.length === (point > 0xffff ? 2 : 1);
    return one && (point !== 0xfffd || bytes.join() === '239,191,189') ? point : -1;
  };

  it('decodes every sequence of 1-4 bytes with any lead and any second byte exactly as the decoder does', () => {
    const tails = [[], [0x80], [0xbf], [0x41], [0x80, 0x80], [0xbf, 0xbf], [0x80, 0x41], [0x80, 0x80, 0x80]];
    for (let lead = 0; lead <= 0xff; lead++) {
      assert.strictEqual(decodeSequence([lead]), -1, lead.toString(16));
      for (let second = 0; second <= 0xff; second++) {
        for (const tail of tails) {
          const bytes = [lead, second, ...tail];
          assert.strictEqual(decodeSequence(bytes), reference(bytes), bytes.map((b) => b.toString(16)).join(' '));
        }
      }
    }
  });

  it('knows how long a sequence is from its lead byte', () => {
    for (let lead = 0; lead <= 0xff; lead++) {
      const expected = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
      assert.strictEqual(sequenceLength(lead), expected, lead.toString(16));
    }
  });
});
