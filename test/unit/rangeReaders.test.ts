// Readers of `text[start, end)` elsewhere in the core (the inline shape the block scanner asks for, the
// mojibake pair test, stamp digits): the same property as the pre-filter's and the block grammar's, that
// an answer does not depend on what follows `end`.
import { simpleInlineAt } from '../../src/core/parse/simpleInline';
import { digitsAt } from '../../src/core/stamps';
import { looksUnnatural } from '../../src/core/text/characters';
import { readsOnlyItsRange } from './rangeProperty';

const TOKENS = [' ', '  ', '\t', '*', '**', ':', '/', '//', 'www', '.', 'mailto', 'a', 'x', '1', '9', '[', '`', '_', '<', '\\', '\u00a0', '\u00e9', '\u00c3', '\u00a9', '\u0080', '\u2019', '\u0301'];

const READERS: Record<string, (text: string, start: number, end: number) => unknown> = { simpleInlineAt, looksUnnatural, digitsAt };

describe('range readers: each reads only its range', () => readsOnlyItsRange(TOKENS, READERS));
