import * as assert from 'assert';
import { decodePlan, isUtf8Bytes } from '../../src/cli/files';

/**
 * The CLI decodes plans with Node's own UTF-8 decoder, for speed (see decodePlan). What a plan reads as must stay
 * what the WHATWG decoder gives, which the extension uses (`TextDecoder`): the same U+FFFD for the same invalid
 * bytes, a BOM kept, so the CLI and the editor see one text and byte edits land where they mean to.
 */
const whatwg = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const strict = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** A small seeded generator (mulberry32): the same bytes every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Bytes near UTF-8's edges: lead bytes, continuations, overlong and surrogate leads, and the ends of the range. */
const EDGES = [0x00, 0x0a, 0x0d, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xbb, 0xbd];

describe('CLI: decoding a plan', () => {
  it('reads as the WHATWG decoder reads, over 20,000 random byte strings near UTF-8\'s edges, short and long', () => {
    const next = random(19);
    for (let n = 0; n < 20_000; n++) {
      // Mostly short strings, and one in ten of 64-4,096 bytes (Node decodes long input on other paths).
      const bytes = new Uint8Array(n % 10 === 0 ? 64 + Math.floor(next() * 4032) : Math.floor(next() * 13));
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() < 0.7 ? EDGES[Math.floor(next() * EDGES.length)] : Math.floor(next() * 256);
      const hex = Buffer.from(bytes).toString('hex');
      assert.strictEqual(decodePlan(bytes), whatwg(bytes), hex);
      assert.strictEqual(isUtf8Bytes(bytes), strict(bytes), hex);
    }
  });

  it('reads nothing as nothing, keeps a BOM, reads a view into a larger buffer as its own bytes, and tells a written U+FFFD from a bad byte', () => {
    assert.strictEqual(decodePlan(new Uint8Array(0)), '');
    assert.strictEqual(decodePlan(new Uint8Array(8).subarray(8)), '');
    assert.strictEqual(isUtf8Bytes(new Uint8Array(0)), true);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x23, 0x20, 0x50]);
    assert.strictEqual(decodePlan(bom), '\ufeff# P');
    const whole = new TextEncoder().encode('xx# Caf\u00e9 \u2705yy');
    const view = whole.subarray(2, whole.length - 2);
    assert.strictEqual(decodePlan(view), '# Caf\u00e9 \u2705');
    assert.strictEqual(isUtf8Bytes(new TextEncoder().encode('mojibake saved: \ufffd')), true);
    assert.strictEqual(isUtf8Bytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9])), false);
    assert.strictEqual(isUtf8Bytes(new Uint8Array([0xe2, 0x9c, 0x85]).subarray(0, 2)), false);
  });
});
