/**
 * The words the pre-filter (planFilter.ts) looks for in a line's bytes, with the parser's own keyword trie:
 * a structure keyword and the number after it, `Today (Monday)`, a weekday, `R1D1`, forms like `第3天` or
 * `3. Tag` (checked with the parser's patterns), English `Day N` anywhere in a heading, learning words.
 */
import { CJK_NUMERALS, vocabularyOf } from '../grammar/keywords';
import { codePointAt, isAsciiAlnum, isAsciiDigit, isAsciiSpace, isTransparent, KEY, matched, matchKeys, mayEndWord, mayStartKey } from '../grammar/keywordTrie';
import { AMP, DASH, decode, HASH, LT } from './filterBytes';
import { DONE_SIGNS } from '../grammar/tableStatus';

export const STRUCTURE = KEY.day | KEY.days | KEY.week | KEY.module | KEY.cycle | KEY.round;
export const ROMAN_KINDS = KEY.week | KEY.module | KEY.cycle;
export const DAY_WORDS = KEY.day | KEY.days;
export const WEEKDAY_KEYS = KEY.weekday | KEY.shortWeekday;
export const HEADING_KEYS = STRUCTURE | KEY.today | WEEKDAY_KEYS;
let templateGate: { firstBytes: Set<number>; starts: Set<string> } | undefined;
export const NOTHING = 0;
export const STRONG = 1;
export const WEEKDAY = 2;

/** After a keyword ending at `q`: a number (`Week 3`, `Day #4`), or what display text may make one of. */
export function numberFollows(bytes: Uint8Array, q: number, e: number, flags: number, setext: boolean): boolean {
  let spaced = false;
  for (let hash = false; ; hash = true) {
    while (q < e && (isAsciiSpace(bytes[q]) || isTransparent(bytes[q]))) {
      if (isAsciiSpace(bytes[q])) spaced = true;
      q++;
    }
    // A setext heading's text goes on below: its number may be on the next line.
    if (q >= e) return setext;
    const b = bytes[q];
    if (b >= 0x80 || isAsciiDigit(b) || b === LT || b === AMP) return true;
    if (b === HASH && !hash) {
      q++;
      continue;
    }
    if ((flags & ROMAN_KINDS) === 0 || !spaced) return false;
    // `Part II`, `Phase iv`: Roman numerals that end the word.
    let r = q;
    while (r < e && 'ivxlcIVXLC'.includes(String.fromCharCode(bytes[r]))) r++;
    return r > q && (r >= e || !isAsciiAlnum(bytes[r]));
  }
}

/** After `Today` (`TODAY (Monday)`, `Today - Tue`): a weekday. */
export function weekdayFollows(bytes: Uint8Array, q: number, e: number): boolean {
  while (q < e) {
    const b = bytes[q];
    if (isAsciiSpace(b) || isTransparent(b) || b === 0x28 || b === 0x3a || b === DASH || b === 0x2c) q++;
    else if (b === 0xe2 && bytes[q + 1] === 0x80 && (bytes[q + 2] === 0x93 || bytes[q + 2] === 0x94)) q += 3;
    else break;
  }
  if (q >= e) return false;
  matchKeys(bytes, q, e, WEEKDAY_KEYS);
  for (let m = 0; m < matched.count; m++) {
    const end = matched.ends[m];
    if (mayEndWord(bytes, end, e) && ((matched.flags[m] & KEY.weekday) !== 0 || shortWeekdayEnds(bytes, end, e))) return true;
  }
  return false;
}

/** `Mon` counts only alone or before punctuation: `Sun exposure` is no day. */
export function shortWeekdayEnds(bytes: Uint8Array, q: number, e: number): boolean {
  while (q < e && (isAsciiSpace(bytes[q]) || isTransparent(bytes[q]))) q++;
  if (q >= e) return true;
  const b = bytes[q];
  return b >= 0x80 || ':-,.()[]|/'.includes(String.fromCharCode(b));
}

/** `R1D1`, `r2 d14`, `W1D2`: an R or a W and a digit. */
export function roundAt(bytes: Uint8Array, p: number, e: number): boolean {
  // `R1D1` of a round, `W1D2` of a week.
  if ((bytes[p] | 0x20) !== 0x72 && (bytes[p] | 0x20) !== 0x77) return false;
  let q = p + 1;
  while (q < e && isTransparent(bytes[q])) q++;
  return q < e && isAsciiDigit(bytes[q]);
}

/** Bytes that may follow a number in a form like `3日目`, `3. Tag`, `3-5日目`; characters that start `第3天`. */
export function gateOf(): { firstBytes: Set<number>; starts: Set<string> } {
  if (templateGate) return templateGate;
  const firstBytes = new Set<number>();
  const encoder = new TextEncoder();
  for (const { pattern } of vocabularyOf().templates) {
    // The source of a number-first form: `(number)[ \t]*<literal>...`: its literal's first character.
    const source = pattern.source;
    const at = source.indexOf(')');
    if (!source.startsWith('(\\d')) continue;
    const rest = source.slice(at + 1).replace(/^(?:\[ \\t\]\*)+/, '').replace(/^\\/, '');
    const char = String.fromCodePoint(rest.codePointAt(0)!);
    for (const variant of [char, char.toUpperCase(), char.toLowerCase()]) firstBytes.add(encoder.encode(variant)[0]);
  }
  templateGate = { firstBytes, starts: vocabularyOf().templateStarts as Set<string> };
  return templateGate;
}

/**
 * A form with the number inside (`第3天`, `3日目`, `1. Tag`) at `p`, checked with the parser's own
 * patterns on the decoded line, display markup removed; `dayOnly` for paragraph days and table rows.
 */
export function templateAt(bytes: Uint8Array, p: number, e: number, dayOnly: boolean): boolean {
  const b = bytes[p];
  const gate = gateOf();
  if (isAsciiDigit(b)) {
    let q = p;
    while (q < e && (isAsciiDigit(bytes[q]) || isTransparent(bytes[q]))) q++;
    while (q < e && isAsciiSpace(bytes[q])) q++;
    if (q >= e || !gate.firstBytes.has(bytes[q])) return false;
  } else if (b >= 0x80) {
    const char = String.fromCodePoint(codePointAt(bytes, p, e)).toLowerCase();
    if (!CJK_NUMERALS.includes(char) && !gate.starts.has(char)) return false;
  } else {
    return false;
  }
  const text = decode(bytes.subarray(p, Math.min(e, p + 160))).replace(/[*_~`\\[\]]/g, '').replace(/\s+/g, ' ');
  return vocabularyOf().templates.some(({ kind, pattern }) => {
    if (kind === 'today' || (dayOnly && kind !== 'day')) return false;
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/**
 * What the keywords written at `p` make of a heading: STRONG (structure), WEEKDAY, or NOTHING.
 */
export function headingKeywordAt(bytes: Uint8Array, p: number, e: number, setext: boolean): number {
  if (roundAt(bytes, p, e) || templateAt(bytes, p, e, false)) return STRONG;
  if (!mayStartKey(bytes[p], HEADING_KEYS)) return NOTHING;
  matchKeys(bytes, p, e, HEADING_KEYS);
  if (matched.hidden) return STRONG;
  // Copied: reading what follows `Today` matches keys again.
  const count = matched.count;
  const allFlags = matched.flags.slice(0, count);
  const ends = matched.ends.slice(0, count);
  let found = NOTHING;
  for (let m = 0; m < count; m++) {
    const flags = allFlags[m];
    const end = ends[m];
    if ((flags & KEY.cjk) === 0 && !mayEndWord(bytes, end, e)) continue;
    if ((flags & STRUCTURE) !== 0 && numberFollows(bytes, end, e, flags, setext)) return STRONG;
    if ((flags & KEY.weekday) !== 0 || ((flags & KEY.shortWeekday) !== 0 && shortWeekdayEnds(bytes, end, e))) found = WEEKDAY;
    if ((flags & KEY.today) !== 0 && weekdayFollows(bytes, end, e)) found = WEEKDAY;
  }
  return found;
}

/** English `Day 12` / `Days 26-30` anywhere in a heading (`Topic | Day 12`), not after a letter, digit or `-`. */
export function dayAnywhere(bytes: Uint8Array, s: number, e: number, setext: boolean): boolean {
  for (let i = s; i + 2 < e; i++) {
    if ((bytes[i] | 0x20) !== 0x64) continue;
    const before = i > s ? bytes[i - 1] : 0x20;
    if (isAsciiAlnum(before) || before === DASH) continue;
    let q = i + 1;
    let k = 0;
    for (; q < e && k < 2; q++) {
      if (isTransparent(bytes[q])) continue;
      if ((bytes[q] | 0x20) !== (k === 0 ? 0x61 : 0x79)) break;
      k++;
    }
    if (k < 2) continue;
    if (q < e && (bytes[q] | 0x20) === 0x73) q++;
    if (numberFollows(bytes, q, e, 0, setext)) return true;
  }
  return false;
}

/** Learning words (`learning`, `log`, `学习`) as words of `[s, e)`; `100` for "100 days of code". */
export function holdsLearningWord(bytes: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const b = bytes[i];
    if (b >= 0x80 ? (b & 0xc0) === 0x80 : !isAsciiAlnum(b)) continue;
    if (b < 0x80 && i > s && (isAsciiAlnum(bytes[i - 1]) || bytes[i - 1] === 0x27)) continue;
    if (b === 0x31 && i + 2 < e && bytes[i + 1] === 0x30 && bytes[i + 2] === 0x30) return true;
    if (!mayStartKey(b, KEY.learning)) continue;
    matchKeys(bytes, i, e, KEY.learning);
    for (let m = 0; m < matched.count; m++) {
      const end = matched.ends[m];
      if ((matched.flags[m] & KEY.cjk) !== 0 || end >= e || !(isAsciiAlnum(bytes[end]) || bytes[end] === 0x27)) return true;
    }
  }
  return false;
}

/**
 * Whether a table's header line may head a tracker by date (dayTables.datedColumns): it holds a date header's words
 * and a status header's (or a done sign), with the markup display text drops taken out; a tag or an entity may hide
 * either, so it may.
 */
export function datedTableHeader(line: string): boolean {
  if (line.includes('<') || line.includes('&')) return true;
  const lower = line.toLowerCase();
  const text = lower.replace(/[*_~`\\[\]]/g, '').replace(/[\u2019\u02BC]/g, "'").replace(/[ \t]+/g, ' ');
  const { dateHeaders, statusHeaders } = vocabularyOf();
  const has = (keys: ReadonlySet<string>): boolean => {
    for (const key of keys) if (text.includes(key)) return true;
    return false;
  };
  // The signs as written (`[x]` holds brackets).
  return has(dateHeaders) && (has(statusHeaders) || DONE_SIGNS.some((sign) => lower.includes(sign.toLowerCase()) || text.includes(sign.toLowerCase())));
}
