// The block grammar's line readers (src/core/grammar/blockSyntax.ts and lineSyntax's isAtxHeadingAt) read
// `text[start, end)`: a property that each answer is the same whatever follows `end` (the next line, other
// text, or nothing). Their tables set each line before a line break, where a read at `end` meets `\n`.
import { atxLevelAt, closesFenceAt, fenceRunEndAt, isSetextUnderlineAt, isThematicBreakAt, listMarkerEndAt, runEnd } from '../../../src/core/grammar/blockSyntax';
import { isAtxHeadingAt } from '../../../src/core/grammar/lineSyntax';
import { readsOnlyItsRange } from '../rangeProperty';

const TOKENS = [' ', '\t', '#', '`', '~', '*', '-', '_', '=', '+', '.', ')', '1', '9', '0', 'a', '\n', '\u00a0', '>'];

const READERS: Record<string, (text: string, start: number, end: number) => unknown> = {
  runEnd: (text, start, end) => ['#', '`', '-', '='].map((c) => runEnd(text, start, end, c.charCodeAt(0))),
  fenceRunEndAt,
  closesFenceAt: (text, start, end) => [['`', 3], ['~', 3], ['`', 4]].map(([c, n]) => closesFenceAt(text, start, end, (c as string).charCodeAt(0), n as number)),
  isThematicBreakAt, atxLevelAt, listMarkerEndAt, isSetextUnderlineAt, isAtxHeadingAt,
};

describe('block grammar: each line reader reads only its range', () => readsOnlyItsRange(TOKENS, READERS));
