import * as assert from 'assert';
import { atxLevelAt, closesFenceAt, fenceRunEndAt, isSetextUnderlineAt, isThematicBreakAt, listMarkerEndAt } from '../../src/core/grammar/blockSyntax';

/** Each function on a line set inside other text (its first content character at 1): offsets come back from the line's start. */
const on = <T>(fn: (text: string, start: number, end: number) => T) => (line: string): T => {
  const result = fn(`>${line}\n`, 1, line.length + 1);
  return (typeof result === 'number' && result > 0 ? result - 1 : result) as T;
};

describe('block syntax: what one line opens (CommonMark, as markdown-it reads it)', () => {
  it('fences: three or more backticks or tildes; a backtick in a backtick fence\'s info makes it inline code', () => {
    const table: [string, number][] = [['```', 3], ['````js', 4], ['~~~', 3], ['~~~ `x`', 3], ['``', -1], ['~~', -1], ['```js `x`', -1], ['``` `', -1], ['``~', -1], ['', -1], ['---', -1]];
    for (const [line, end] of table) assert.strictEqual(on(fenceRunEndAt)(line), end, line);
  });

  it('a fence closes with as many markers or more, then only spaces and tabs', () => {
    const closes = (line: string, marker: string, length: number): boolean => closesFenceAt(`>${line}\n`, 1, line.length + 1, marker.charCodeAt(0), length);
    assert.deepStrictEqual(
      [closes('```', '`', 3), closes('````', '`', 3), closes('``', '`', 3), closes('``` \t', '`', 3), closes('``` x', '`', 3), closes('~~~', '`', 3), closes('~~~~', '~', 4), closes('~~~', '~', 4)],
      [true, true, false, true, false, false, true, false],
    );
  });

  it('thematic breaks: three or more of one of * - _, spaces and tabs between', () => {
    const table: [string, boolean][] = [['---', true], ['***', true], ['___', true], ['- - -', true], ['*\t* *', true], ['--', false], ['-*-', false], ['---x', false], ['===', false], ['', false]];
    for (const [line, expected] of table) assert.strictEqual(on(isThematicBreakAt)(line), expected, line);
  });

  it('ATX headings: one to six #, then a space, a tab or the end', () => {
    const table: [string, number][] = [['# a', 1], ['###### a', 6], ['####### a', 0], ['#', 1], ['##\ta', 2], ['#a', 0], ['#\u00a0a', 0], ['a #', 0], ['########', 0]];
    for (const [line, level] of table) assert.strictEqual(atxLevelAt(`>${line}\n`, 1, line.length + 1), level, line);
  });

  it('list markers: - * + or up to nine digits and . or ), then a space, a tab or the end', () => {
    const table: [string, number][] = [['- a', 1], ['* a', 1], ['+ a', 1], ['-', 1], ['-a', -1], ['1. a', 2], ['2) a', 2], ['123456789. a', 10], ['1234567890. a', -1], ['1.a', -1], ['1', -1], ['a. b', -1], ['1:', -1], ['-\ta', 1]];
    for (const [line, end] of table) assert.strictEqual(on(listMarkerEndAt)(line), end, line);
  });

  it('setext underlines: only = or only -, then spaces and tabs', () => {
    const table: [string, boolean][] = [['===', true], ['=', true], ['---', true], ['-', true], ['== \t', true], ['=-', false], ['= =', false], ['***', false], ['', false]];
    for (const [line, expected] of table) assert.strictEqual(on(isSetextUnderlineAt)(line), expected, line);
  });
});
