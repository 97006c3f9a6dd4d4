import * as assert from 'assert';
import { applyEditsToBytes, applyTextEdits, ByteEditError } from '../../../src/core';

describe('applyEditsToBytes: refusals and order', () => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const at = (line: number, start: number, end: number, newText: string) => ({ range: { start: { line, character: start }, end: { line, character: end } }, newText });

  it('edits given out of line order land on their lines', () => {
    const bytes = encoder.encode('a\nb\nc\n');
    assert.strictEqual(decoder.decode(applyEditsToBytes(bytes, [at(2, 1, 1, '3'), at(0, 1, 1, '1'), at(1, 1, 1, '2')])), 'a1\nb2\nc3\n');
  });

  it('refuses an edit across lines, a line past the end, and a line that is not UTF-8, by name', () => {
    const bytes = encoder.encode('a\nb\n');
    assert.throws(() => applyEditsToBytes(bytes, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' }]), (e: Error) => e instanceof ByteEditError && e.message === 'an edit spans lines');
    assert.throws(() => applyEditsToBytes(bytes, [at(5, 0, 0, 'x')]), (e: Error) => e instanceof ByteEditError && e.message === 'line 6 is past the end of the file');
    assert.throws(() => applyEditsToBytes(new Uint8Array([0x61, 0x0a, 0xff, 0x0a]), [at(1, 0, 0, 'x')]), (e: Error) => e instanceof ByteEditError && e.message === 'line 2 is not valid UTF-8; not editing it');
  });
});

describe('applyTextEdits: the string applier tests and callers holding the text use', () => {
  const at = (line: number, start: number, end: number, newText: string) => ({ range: { start: { line, character: start }, end: { line, character: end } }, newText });

  it('applies edits given in any order, each where it was aimed', () => {
    assert.strictEqual(applyTextEdits('ab\ncd\n', [at(0, 1, 1, 'X'), at(1, 0, 1, 'Y'), at(0, 0, 0, '>')]), '>aXb\nYd\n');
  });

  it('refuses overlapping edits rather than guess', () => {
    assert.throws(() => applyTextEdits('abcdef', [at(0, 0, 3, 'X'), at(0, 2, 4, 'Y')]), /^Error: overlapping text edits$/);
    assert.strictEqual(applyTextEdits('abcdef', [at(0, 0, 2, 'X'), at(0, 2, 4, 'Y')]), 'XYef', 'edits that touch do not overlap');
  });
});
