/**
 * The keywords of languages.json as a trie matched on UTF-8 bytes, for the pre-filter (planFilter.ts).
 * Matching reads the bytes as the parser reads the display text, or more leniently, never more
 * strictly: letters are folded to lower case as `toLowerCase` does (ASCII by a bit, anything else by
 * decoding the code point: `DÍA` is `día`, the Kelvin sign is `k`), the apostrophes the parser folds
 * are `'`, a space in a key matches any run of white space, and markdown's emphasis and code
 * characters (`*`, `_`, `~`, backticks, brackets, backslashes) are skipped, since display text drops
 * them (`D**ay**` reads `Day`). Skipping one that display text keeps only finds more, which is safe.
 */
import { sequenceLength } from '../text/utf8';
import { vocabularyOf, type KeywordKind } from './keywords';

/** What a key is: bits, several per key (`dia` is a day word and a Portuguese weekday-free word...). */
export const KEY = {
  day: 1, days: 2, week: 4, module: 8, cycle: 16, round: 32, today: 64,
  weekday: 128, shortWeekday: 256, learning: 512,
  /** The key starts with a CJK character: matched as a prefix of its run, with no word end. */
  cjk: 1024,
  /** A word heading a table's day column only (`天`): see Vocabulary.dayHeaders. */
  dayHeader: 2048,
} as const;

const KIND_BITS: Record<KeywordKind, number> = { day: KEY.day, days: KEY.days, week: KEY.week, module: KEY.module, cycle: KEY.cycle, round: KEY.round, today: KEY.today };

/** Bytes display text drops (or may drop): emphasis, strikethrough, code spans, link brackets, escapes. */
export function isTransparent(b: number): boolean {
  return b === 0x2a || b === 0x5f || b === 0x7e || b === 0x60 || b === 0x5c || b === 0x5b || b === 0x5d;
}

/** ASCII white space but line breaks: what display text folds to one space with its neighbours. */
export function isAsciiSpace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0b || b === 0x0c;
}

export function isAsciiLetter(b: number): boolean {
  return (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a;
}

export function isAsciiDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

export function isAsciiAlnum(b: number): boolean {
  return isAsciiLetter(b) || isAsciiDigit(b);
}

/** The code point of the UTF-8 sequence at `at` (U+FFFD for an invalid one) and where it ends. */
let decodedEnd = 0;
export function codePointAt(bytes: Uint8Array, at: number, end: number): number {
  const b = bytes[at];
  if (b < 0x80) {
    decodedEnd = at + 1;
    return b;
  }
  // The one table of lead bytes (0xF5-0xFF lead nothing: read as 3-byte leads here once, F5 80 80 was U+5000).
  const length = sequenceLength(b);
  if (length === 0 || at + length > end) {
    decodedEnd = at + 1;
    return 0xfffd;
  }
  let cp = b & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) {
    const c = bytes[at + k];
    if ((c & 0xc0) !== 0x80) {
      decodedEnd = at + 1;
      return 0xfffd;
    }
    cp = (cp << 6) | (c & 0x3f);
  }
  // Overlong forms and surrogates are invalid UTF-8: TextDecoder makes them U+FFFD.
  if ((length === 3 && cp < 0x800) || (length === 4 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) {
    decodedEnd = at + 1;
    return 0xfffd;
  }
  decodedEnd = at + length;
  return cp;
}

/** Where the code point read by the last `codePointAt` ends. */
export function lastCodePointEnd(): number {
  return decodedEnd;
}

const folded = new Map<number, string>();
/** A code point as `toLowerCase` makes it (apostrophes as `'`, as keys are normalized). */
function fold(cp: number): string {
  let text = folded.get(cp);
  if (text === undefined) {
    text = cp === 0x2019 || cp === 0x2bc ? "'" : String.fromCodePoint(cp).toLowerCase();
    folded.set(cp, text);
  }
  return text;
}

const whiteSpace = new Map<number, boolean>();
/** Non-ASCII white space (`\s`: no-break space, ideographic space...), which display text folds. */
export function isUnicodeSpace(cp: number): boolean {
  let known = whiteSpace.get(cp);
  if (known === undefined) {
    known = /\s/.test(String.fromCodePoint(cp));
    whiteSpace.set(cp, known);
  }
  return known;
}

interface Trie {
  /** Per node, transitions on a code unit of a lower-case key; node 0 is the root. */
  readonly next: Map<number, number>[];
  /** Per node, the KEY bits of the keys ending there. */
  readonly flags: number[];
  /** Per node, the KEY bits of the keys ending there or below: a walk stops where none is wanted. */
  readonly below: number[];
  /** Root transitions for ASCII bytes (folded), per wanted set of KEY bits, the hot look-up: -1 none. */
  readonly roots: Map<number, Int32Array>;
}

function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

function build(): Trie {
  const next: Map<number, number>[] = [new Map()];
  const flags: number[] = [0];
  const add = (key: string, bits: number): void => {
    if (key === '') return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = next[node].get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        flags.push(0);
        next[node].set(c, child);
      }
      node = child;
    }
    flags[node] |= bits | (isCjk(key.charCodeAt(0)) ? KEY.cjk : 0);
  };
  const vocabulary = vocabularyOf();
  for (const [key, kinds] of vocabulary.words) for (const kind of kinds) add(key, KIND_BITS[kind]);
  for (const key of vocabulary.dayHeaders.keys()) add(key, KEY.dayHeader);
  for (const key of vocabulary.weekdays.keys()) add(key, KEY.weekday);
  for (const key of vocabulary.weekdaysShort.keys()) add(key, KEY.shortWeekday);
  // A learning word of several words is looked for word by word (the parser joins words split by any separator).
  for (const key of vocabulary.learning) for (const word of key.split(' ')) add(word, KEY.learning);
  const below = [...flags];
  // Children always have higher numbers than their parents: one backwards pass sums the subtrees.
  for (let node = next.length - 1; node >= 0; node--) for (const child of next[node].values()) below[node] |= below[child];
  return { next, flags, below, roots: new Map() };
}

/** The root's ASCII transitions toward keys with a `want` bit: a line whose first letter starts none costs one look-up. */
function rootFor(trie: Trie, want: number): Int32Array {
  let root = trie.roots.get(want);
  if (!root) {
    root = new Int32Array(128).fill(-1);
    for (let b = 0; b < 128; b++) {
      const child = trie.next[0].get(b >= 0x41 && b <= 0x5a ? b | 0x20 : b);
      if (child !== undefined && (trie.below[child] & want) !== 0) root[b] = child;
    }
    trie.roots.set(want, root);
  }
  return root;
}

let trie: Trie | undefined;

function trieOf(): Trie {
  return (trie ??= build());
}

/** Whether a key with a `want` bit may start with this byte: the cheap test before matching. */
export function mayStartKey(b: number, want: number): boolean {
  return b >= 0x80 || rootFor(trieOf(), want)[b] >= 0;
}

/**
 * Matches found by the last `matchKeys`: their KEY bits and where each key's last character ends;
 * `hidden` when the walk, inside a key, stopped at markup that may hide the rest (`D<b>ay</b>`, `D&#97;y`).
 */
export const matched = { count: 0, flags: new Int32Array(64), ends: new Int32Array(64), hidden: false };

/**
 * Every key written at `at` (before `end`), found as described above; results in `matched`. Stops
 * at a line's end, a byte no key continues with, or after 64 characters.
 */
export function matchKeys(bytes: Uint8Array, at: number, end: number, want: number): void {
  const trie = trieOf();
  const { next, flags, below } = trie;
  const rootAscii = rootFor(trie, want);
  matched.count = 0;
  matched.hidden = false;
  let node = 0;
  let q = at;
  let steps = 0;
  while (q < end && steps++ < 64) {
    const b = bytes[q];
    if (isTransparent(b)) {
      q++;
      continue;
    }
    let after: number;
    if (b < 0x80) {
      if (isAsciiSpace(b)) {
        const child = next[node].get(0x20);
        if (child === undefined || node === 0) return;
        node = child;
        q = skipSpaces(bytes, q, end);
        continue;
      }
      const c = b >= 0x41 && b <= 0x5a ? b | 0x20 : b;
      const child = node === 0 ? rootAscii[b] : next[node].get(c) ?? -1;
      if (child < 0 || (below[child] & want) === 0) {
        matched.hidden = node !== 0 && (b === 0x3c || b === 0x26 || (b === 0x28 && bytes[q - 1] === 0x5d));
        return;
      }
      node = child;
      q++;
      after = q;
    } else {
      const cp = codePointAt(bytes, q, end);
      after = decodedEnd;
      if (isUnicodeSpace(cp)) {
        const child = next[node].get(0x20);
        if (child === undefined || node === 0) return;
        node = child;
        q = skipSpaces(bytes, after, end);
        continue;
      }
      const text = fold(cp);
      for (let k = 0; k < text.length && node >= 0; k++) node = next[node].get(text.charCodeAt(k)) ?? -1;
      if (node < 0 || (below[node] & want) === 0) return;
      q = after;
    }
    const bits = flags[node];
    if ((bits & want) !== 0 && matched.count < 64) {
      matched.flags[matched.count] = bits;
      matched.ends[matched.count] = after;
      matched.count++;
    }
  }
}

/** Past a run of white space (ASCII or not) and transparent bytes. */
export function skipSpaces(bytes: Uint8Array, q: number, end: number): number {
  while (q < end) {
    const b = bytes[q];
    if (isAsciiSpace(b) || isTransparent(b)) q++;
    else if (b >= 0x80 && isUnicodeSpace(codePointAt(bytes, q, end))) q = decodedEnd;
    else break;
  }
  return q;
}

/**
 * Whether a word may end at `q`, as the parser's word reading sees it (letters, with `'` and `-`
 * inside). Only an ASCII letter right there (or `'`/`-` and one) says no: anything else, a
 * non-ASCII byte included, may end the word.
 */
export function mayEndWord(bytes: Uint8Array, q: number, end: number): boolean {
  if (q >= end) return true;
  const b = bytes[q];
  if (isAsciiLetter(b)) return false;
  if ((b === 0x27 || b === 0x2d) && q + 1 < end && isAsciiLetter(bytes[q + 1])) return false;
  return true;
}
