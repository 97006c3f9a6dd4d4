/**
 * The pre-filter: proves from a file's UTF-8 bytes, without decoding or parsing it, that it cannot be a
 * plan, so an index skips most notes of a vault. It answers "maybe" whenever it cannot prove that;
 * a property test checks it never says "no" for a file the parser calls a plan.
 *
 * Every way a file becomes a plan (planBuilder.ts `finish`) needs one of these, and the filter looks
 * for a superset of each, line by line:
 * - a task: a box `[ ]` `[x]` `[/]` `[-]` first in a line's content (after quotes, list markers, `#`s);
 * - a structure heading: a heading (ATX, or any line of a paragraph a setext underline follows) whose
 *   first word, or any word before its first ASCII letter or digit (emoji, punctuation, a non-Latin
 *   word), is a day, week, module, cycle or round keyword of any language followed by a number, `#`,
 *   a Roman numeral or anything it cannot read; English `Day N` anywhere in it; `R1D1`; a form like
 *   `第3天` or `3. Tag` (checked with the parser's own patterns on the few lines that start so);
 * - two weekday headings (`## Monday`, `### TODAY (Tuesday)`);
 * - two headings with a digit (a date may be there) and a learning word in a heading, the front matter
 *   or the file name;
 * - three top-level lines that start with a day keyword and a number (paragraph days), or two such
 *   lines in a file with a table (table rows), or a table with a header cell that is a day word.
 * Markdown the display text drops (`**`, `_`, backticks, brackets) is skipped while matching words; a
 * heading with what could hide a word (an HTML tag, an entity, a link's target) is a maybe at once.
 * A file that may hold mojibake in those places (a character that can start a mis-decoded sequence
 * followed by one that can continue it) is decided by the parser's own detector: the parser reads
 * `DÃ­a 3` as `Día 3`.
 */
import { fileStem } from '../document';
import { MIN_PARAGRAPH_DAYS } from './paragraphDays';
import { speaksOfLearning } from './planSignals';
import { detectEncoding } from '../text/mojibake';
import { CJK_NUMERALS, vocabularyOf } from '../grammar/keywords';
import {
  codePointAt, isAsciiAlnum, isAsciiDigit, isAsciiLetter, isAsciiSpace, isTransparent, KEY, lastCodePointEnd, matched, matchKeys, mayEndWord, mayStartKey,
} from '../grammar/keywordTrie';
import { FRONT_MATTER } from '../grammar/lineSyntax';

const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const GT = 0x3e;
const PIPE = 0x7c;
const DASH = 0x2d;
const LT = 0x3c;
const AMP = 0x26;

const STRUCTURE = KEY.day | KEY.days | KEY.week | KEY.module | KEY.cycle | KEY.round;
const ROMAN_KINDS = KEY.week | KEY.module | KEY.cycle;
const DAY_WORDS = KEY.day | KEY.days;
const WEEKDAY_KEYS = KEY.weekday | KEY.shortWeekday;
const HEADING_KEYS = STRUCTURE | KEY.today | WEEKDAY_KEYS;

let decoder: { decode(bytes: Uint8Array): string } | undefined;
function decode(bytes: Uint8Array): string {
  decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
  return decoder.decode(bytes);
}

/** What the scan has seen so far (the counts that need several lines). */
class Seen {
  weekdays = 0;
  dated = 0;
  learning = false;
  /** Top-level lines that start like a paragraph day. */
  paragraphDays = 0;
  /** Lines that start like a table row's day cell (any container), and lines whose start could hide one. */
  rowDays = 0;
  table = false;
  mojibake = false;
}

/** Line ends: LF, CRLF or a lone CR. */
function lineEnd(bytes: Uint8Array, from: number, end: number, hasCR: boolean): number {
  if (!hasCR) {
    const at = bytes.indexOf(LF, from);
    return at < 0 ? end : at;
  }
  for (let i = from; i < end; i++) if (bytes[i] === LF || bytes[i] === CR) return i;
  return end;
}

function nextLine(bytes: Uint8Array, lineEndAt: number, end: number): number {
  if (lineEndAt >= end) return end;
  return bytes[lineEndAt] === CR && bytes[lineEndAt + 1] === LF ? lineEndAt + 2 : lineEndAt + 1;
}

/** Past quote markers, indentation and list markers: where a line's content starts. */
function contentStart(bytes: Uint8Array, i: number, e: number): number {
  for (;;) {
    while (i < e && (isAsciiSpace(bytes[i]) || bytes[i] === GT)) i++;
    if (i >= e) return i;
    const b = bytes[i];
    if ((b === DASH || b === 0x2a || b === 0x2b) && (i + 1 === e || isAsciiSpace(bytes[i + 1]))) {
      i++;
      continue;
    }
    if (isAsciiDigit(b)) {
      let j = i;
      while (j < e && j - i < 9 && isAsciiDigit(bytes[j])) j++;
      if (j < e && (bytes[j] === 0x2e || bytes[j] === 0x29) && (j + 1 === e || isAsciiSpace(bytes[j + 1]))) {
        i = j + 1;
        continue;
      }
    }
    return i;
  }
}

/** `[ ]`, `[x]`, `[X]`, `[/]`, `[-]` at `i`, then white space or the line's end. */
function isBox(bytes: Uint8Array, i: number, e: number): boolean {
  if (i + 3 > e || bytes[i] !== 0x5b || bytes[i + 2] !== 0x5d) return false;
  const c = bytes[i + 1];
  if (c !== 0x20 && c !== 0x78 && c !== 0x58 && c !== 0x2f && c !== DASH) return false;
  return i + 3 === e || isAsciiSpace(bytes[i + 3]);
}

/** A setext underline (`===`, `---`, also `-` alone) after quote markers and indentation. */
function isUnderline(bytes: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e && (isAsciiSpace(bytes[i]) || bytes[i] === GT)) i++;
  const c = bytes[i];
  if (i >= e || (c !== 0x3d && c !== DASH)) return false;
  while (i < e && bytes[i] === c) i++;
  while (i < e && isAsciiSpace(bytes[i])) i++;
  return i === e;
}

/** A table's delimiter row (`|---|:--:|`, `--- | ---`): only `|`, `:`, `-` and spaces, with a dash. */
function isDelimiterRow(bytes: Uint8Array, s: number, e: number): boolean {
  let i = s;
  while (i < e && (isAsciiSpace(bytes[i]) || bytes[i] === GT)) i++;
  let dash = false;
  for (; i < e; i++) {
    const b = bytes[i];
    if (b === DASH) dash = true;
    else if (b !== PIPE && b !== 0x3a && !isAsciiSpace(b)) return false;
  }
  return dash;
}

/** `&name;` or `&#123;`: a character reference, which display text decodes. */
function isEntity(bytes: Uint8Array, i: number, e: number): boolean {
  let j = i + 1;
  if (j < e && bytes[j] === HASH) j++;
  const start = j;
  while (j < e && j - start < 32 && isAsciiAlnum(bytes[j])) j++;
  return j > start && j < e && bytes[j] === 0x3b;
}

/** Markup at `i` that could hide or make up text in display text: an HTML tag or autolink, an entity, a link's target. */
function mayHideText(bytes: Uint8Array, i: number, e: number): boolean {
  const b = bytes[i];
  if (b === LT) {
    const c = bytes[i + 1];
    return i + 1 < e && (isAsciiLetter(c) || c === 0x2f || c === 0x21 || c === 0x3f);
  }
  if (b === AMP) return isEntity(bytes, i, e);
  if (b === 0x5d) return i + 1 < e && (bytes[i + 1] === 0x28 || bytes[i + 1] === 0x5b);
  return false;
}

/**
 * A character that may start mojibake (U+00C2-U+064E: UTF-8 bytes C3 82 to D9 8E) followed by one
 * that may continue it (below U+2200, or U+FFFD): without such a pair the parser's detector finds none.
 */
function mayHoldMojibake(bytes: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k + 2 < to; k++) {
    const b = bytes[k];
    if (b < 0xc3 || b > 0xd9 || (bytes[k + 1] & 0xc0) !== 0x80) continue;
    const n = bytes[k + 2];
    if ((n >= 0xc2 && n <= 0xe2) || n === 0xef) return true;
  }
  return false;
}

/** After a keyword ending at `q`: a number (`Week 3`, `Day #4`), or what display text may make one of. */
function numberFollows(bytes: Uint8Array, q: number, e: number, flags: number, setext: boolean): boolean {
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
function weekdayFollows(bytes: Uint8Array, q: number, e: number): boolean {
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
function shortWeekdayEnds(bytes: Uint8Array, q: number, e: number): boolean {
  while (q < e && (isAsciiSpace(bytes[q]) || isTransparent(bytes[q]))) q++;
  if (q >= e) return true;
  const b = bytes[q];
  return b >= 0x80 || ':-,.()[]|/'.includes(String.fromCharCode(b));
}

/** `R1D1`, `r2 d14`: an R and a digit. */
function roundAt(bytes: Uint8Array, p: number, e: number): boolean {
  if ((bytes[p] | 0x20) !== 0x72) return false;
  let q = p + 1;
  while (q < e && isTransparent(bytes[q])) q++;
  return q < e && isAsciiDigit(bytes[q]);
}

let templateGate: { firstBytes: Set<number>; starts: Set<string> } | undefined;

/** Bytes that may follow a number in a form like `3日目`, `3. Tag`, `3-5日目`; characters that start `第3天`. */
function gateOf(): { firstBytes: Set<number>; starts: Set<string> } {
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
function templateAt(bytes: Uint8Array, p: number, e: number, dayOnly: boolean): boolean {
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

const NOTHING = 0;
const STRONG = 1;
const WEEKDAY = 2;

/**
 * What the keywords written at `p` make of a heading: STRONG (structure), WEEKDAY, or NOTHING.
 */
function headingKeywordAt(bytes: Uint8Array, p: number, e: number, setext: boolean): number {
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
function dayAnywhere(bytes: Uint8Array, s: number, e: number, setext: boolean): boolean {
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
function holdsLearningWord(bytes: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const b = bytes[i];
    if (b >= 0x80 ? (b & 0xc0) === 0x80 : !isAsciiAlnum(b)) continue;
    if (b < 0x80 && i > s && (isAsciiAlnum(bytes[i - 1]) || bytes[i - 1] === 0x27)) continue;
    if (b === 0x31 && bytes[i + 1] === 0x30 && bytes[i + 2] === 0x30) return true;
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
 * A heading's text `[s, e)`: STRONG when it may be structure; else counts a weekday heading, a
 * heading with a digit and learning words into `seen`.
 */
function readHeading(bytes: Uint8Array, s: number, e: number, setext: boolean, seen: Seen): boolean {
  let digit = false;
  for (let i = s; i < e; i++) {
    const b = bytes[i];
    if (isAsciiDigit(b)) digit = true;
    else if ((b === LT || b === AMP || b === 0x5d) && mayHideText(bytes, i, e)) return true;
  }
  if (!seen.mojibake && mayHoldMojibake(bytes, s, e)) seen.mojibake = true;
  let weekday = false;
  for (let p = s; p < e; ) {
    const b = bytes[p];
    const found = headingKeywordAt(bytes, p, e, setext);
    if (found === STRONG) return true;
    if (found === WEEKDAY) weekday = true;
    if (isAsciiAlnum(b)) break;
    p = b < 0x80 ? p + 1 : (codePointAt(bytes, p, e), lastCodePointEnd());
  }
  if (dayAnywhere(bytes, s, e, setext)) return true;
  if (weekday) seen.weekdays++;
  if (digit) seen.dated++;
  if (!seen.learning && holdsLearningWord(bytes, s, e)) seen.learning = true;
  return false;
}

/** What a line's start says when the line is no heading: a paragraph day, a table row's day cell, a table header's day word. */
const LEAD_PARAGRAPH = 1;
const LEAD_ROW = 2;
const LEAD_HIDDEN = 4;
const LEAD_HEADER = 8;
const LEAD_DAY = LEAD_PARAGRAPH | LEAD_ROW;

/**
 * After a day keyword ending at `q` in a line that is no heading: a number, then for a paragraph day
 * anything but a word (`Day 5: ...`, not `Day 5 was long`), for a row's day cell nothing more
 * (`Day 1 |`, `Day 4-5`). What display text may change (markup, non-ASCII) counts as both.
 */
function leadDayAfter(bytes: Uint8Array, q: number, e: number): number {
  q = skipMarkup(bytes, q, e);
  if (q < e && bytes[q] === HASH) q = skipMarkup(bytes, q + 1, e);
  if (q >= e || !isAsciiDigit(bytes[q])) return q < e && (bytes[q] >= 0x80 || bytes[q] === LT || bytes[q] === AMP) ? LEAD_DAY : 0;
  while (q < e && isAsciiDigit(bytes[q])) q++;
  // A range: `Day 9-12`, `Day 4 ~ 5`.
  let r = skipMarkup(bytes, q, e);
  if (r < e && (bytes[r] === DASH || bytes[r] === 0x7e || bytes[r] >= 0x80)) {
    r = bytes[r] >= 0x80 ? (codePointAt(bytes, r, e), lastCodePointEnd()) : r + 1;
    r = skipMarkup(bytes, r, e);
    if (r < e && isAsciiDigit(bytes[r])) {
      while (r < e && isAsciiDigit(bytes[r])) r++;
      q = r;
    }
  }
  q = skipMarkup(bytes, q, e);
  if (q >= e || bytes[q] === PIPE) return LEAD_DAY;
  const b = bytes[q];
  if (b >= 0x80 || b === LT || b === AMP) return LEAD_DAY;
  return isAsciiAlnum(b) ? 0 : LEAD_PARAGRAPH;
}

/** Past white space and markup display text drops. */
function skipMarkup(bytes: Uint8Array, q: number, e: number): number {
  while (q < e && (isAsciiSpace(bytes[q]) || isTransparent(bytes[q]))) q++;
  return q;
}

function readLead(bytes: Uint8Array, c: number, e: number, seen: Seen): number {
  let result = 0;
  let p = c;
  for (; p < e; ) {
    const b = bytes[p];
    if ((b === LT || b === AMP || b === 0x5d) && mayHideText(bytes, p, e)) result |= LEAD_HIDDEN;
    if (roundAt(bytes, p, e) || templateAt(bytes, p, e, true)) result |= LEAD_DAY;
    else if (mayStartKey(b, DAY_WORDS)) {
      matchKeys(bytes, p, e, DAY_WORDS);
      if (matched.hidden) result |= LEAD_HIDDEN;
      for (let m = 0; m < matched.count; m++) {
        const end = matched.ends[m];
        if ((matched.flags[m] & KEY.cjk) === 0 && !mayEndWord(bytes, end, e)) continue;
        result |= LEAD_HEADER | leadDayAfter(bytes, end, e);
      }
    }
    if (isAsciiAlnum(b)) break;
    p = b < 0x80 ? p + 1 : (codePointAt(bytes, p, e), lastCodePointEnd());
  }
  // Mojibake can only change a keyword made of, or glued to, non-ASCII characters (`DÃ­a`, `Ð”ÐµÐ½ÑŒ`).
  let word = p;
  let foreign = p > c;
  for (; word < e && (isAsciiAlnum(bytes[word]) || bytes[word] >= 0x80); word++) if (bytes[word] >= 0x80) foreign = true;
  if (foreign && !seen.mojibake) seen.mojibake = mayHoldMojibake(bytes, c, Math.min(e, word + 64));
  return result;
}

/** Whether a cell after the first of a table line starts with a day word (`| Week | Day | Topic |`). */
function cellHeader(bytes: Uint8Array, c: number, e: number, seen: Seen): boolean {
  for (let p = bytes.indexOf(PIPE, c); p >= 0 && p < e; p = bytes.indexOf(PIPE, p + 1)) {
    if (p > c && bytes[p - 1] === 0x5c) continue; // `\|` is text, not a cell's edge
    const q = skipMarkup(bytes, p + 1, e);
    if (q < e && (readLead(bytes, q, e, seen) & (LEAD_HEADER | LEAD_HIDDEN)) !== 0) return true;
  }
  return false;
}

/** At most three spaces: a line that is not inside a quote, a list or indented code. */
function isIndent(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) if (bytes[i] !== 0x20) return false;
  return true;
}

/** Where the front matter the parser blanks ends (after its closing line), or -1. */
function frontMatterEnd(bytes: Uint8Array, start: number, hasCR: boolean): number {
  if (bytes[start] !== DASH || bytes[start + 1] !== DASH || bytes[start + 2] !== DASH) return -1;
  const end = bytes.length;
  for (let s = nextLine(bytes, lineEnd(bytes, start, end, hasCR), end); s < end; ) {
    const e = lineEnd(bytes, s, end, hasCR);
    const b = bytes[s];
    if ((b === DASH || b === 0x2e) && e - s >= 3 && bytes[s + 1] === b && bytes[s + 2] === b) {
      let i = s + 3;
      while (i < e && isAsciiSpace(bytes[i])) i++;
      if (i === e) {
        // The parser's own pattern decides (its corner cases: a closing line right after the opening one).
        const closed = nextLine(bytes, e, end);
        const text = decode(bytes.subarray(start, closed));
        const match = FRONT_MATTER.exec(text);
        return match && match[0].length === text.length ? closed : -1;
      }
    }
    s = nextLine(bytes, e, end);
  }
  return -1;
}

/**
 * Whether the front matter's `title:` (the plan's title, one of the titles a learning word counts in)
 * may hold a learning word: its line and the indented lines after it (a folded or quoted value goes
 * on there); a quote left open, or a backslash (a YAML escape may spell a letter), is a maybe.
 */
function titleSpeaksOfLearning(bytes: Uint8Array, start: number, end: number, hasCR: boolean): boolean {
  let inTitle = false;
  for (let s = start; s < end; ) {
    const e = lineEnd(bytes, s, end, hasCR);
    if (s < e && !isAsciiSpace(bytes[s])) {
      let colon = s + 5;
      while (colon < e && isAsciiSpace(bytes[colon])) colon++;
      inTitle = colon < e && bytes[colon] === 0x3a && bytes[s] === 0x74 && bytes[s + 1] === 0x69 && bytes[s + 2] === 0x74 && bytes[s + 3] === 0x6c && bytes[s + 4] === 0x65;
      if (inTitle) {
        const line = bytes.subarray(s, e);
        let quotes = 0;
        for (const b of line) if (b === 0x22 || b === 0x27) quotes++;
        if (quotes % 2 === 1 || line.includes(0x5c)) return true;
      }
    }
    if (inTitle && (holdsLearningWord(bytes, s, e) || bytes.subarray(s, e).includes(0x5c))) return true;
    s = nextLine(bytes, e, end);
  }
  return false;
}

/**
 * Whether the file with these bytes may be a plan: false only when it certainly is not one. `fileName`
 * is its path or URI (a learning word in its name makes a dated log a plan).
 */
export function mayBePlanBytes(bytes: Uint8Array, fileName: string): boolean {
  return whyMaybePlan(bytes, fileName) !== null;
}

/** Why the filter says "maybe" (for tests and diagnostics), or null when the file cannot be a plan. */
export function whyMaybePlan(bytes: Uint8Array, fileName: string): string | null {
  const seen = new Seen();
  const line = scan(bytes, seen);
  if (line >= 0) return `line ${line + 1}`;
  if (seen.weekdays >= 2) return 'weekday headings';
  if (seen.paragraphDays >= MIN_PARAGRAPH_DAYS) return 'paragraph days';
  if (seen.table && seen.rowDays >= 2) return 'table rows';
  if (seen.dated >= 2 && (seen.learning || speaksOfLearning([fileStem(fileName)]))) return 'dated headings';
  return seen.mojibake && detectEncoding(decode(bytes)) !== null ? 'mojibake' : null;
}

/** The line scan: the (0-based) line that makes the file a maybe on its own, as soon as one does; else -1. */
function scan(bytes: Uint8Array, seen: Seen): number {
  const end = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const hasCR = bytes.indexOf(CR, pos) >= 0;
  const front = frontMatterEnd(bytes, pos, hasCR);
  if (front > 0) {
    seen.learning = titleSpeaksOfLearning(bytes, pos, front, hasCR);
    pos = front;
  }
  let block = pos;
  let nextPipe = -2;
  let previousPipe = false;
  let previousHeader = false;
  let line = -1;
  while (pos < end) {
    line++;
    const e = lineEnd(bytes, pos, end, hasCR);
    const next = nextLine(bytes, e, end);
    if (nextPipe !== -1 && nextPipe < pos) nextPipe = bytes.indexOf(PIPE, pos);
    const pipe = nextPipe >= 0 && nextPipe < e;
    if (previousPipe && isDelimiterRow(bytes, pos, e)) {
      seen.table = true;
      if (previousHeader) return line;
    }
    previousPipe = previousHeader = false;
    if (isUnderline(bytes, pos, e)) {
      // Every line of the paragraph above may be the setext heading's text.
      for (let s = block; s < pos; ) {
        const se = lineEnd(bytes, s, end, hasCR);
        if (readHeading(bytes, contentStart(bytes, s, se), se, true, seen)) return line;
        s = nextLine(bytes, se, end);
      }
      block = next;
      pos = next;
      continue;
    }
    const c = contentStart(bytes, pos, e);
    if (c >= e) {
      let blank = true;
      for (let i = pos; i < c && blank; i++) blank = isAsciiSpace(bytes[i]) || bytes[i] === GT;
      if (blank) block = next;
      pos = next;
      continue;
    }
    if (isBox(bytes, c, e)) return line;
    if (bytes[c] === HASH) {
      let h = c;
      while (h < e && bytes[h] === HASH) h++;
      if (h - c <= 6 && (h === e || isAsciiSpace(bytes[h]))) {
        while (h < e && isAsciiSpace(bytes[h])) h++;
        if (isBox(bytes, h, e) || readHeading(bytes, h, e, false, seen)) return line;
        // `# Day | Topic` over a delimiter row is a table's header, not a heading.
        previousPipe = pipe;
        previousHeader = pipe && ((readLead(bytes, c, e, seen) & (LEAD_HEADER | LEAD_HIDDEN)) !== 0 || cellHeader(bytes, c, e, seen));
        block = next;
        pos = next;
        continue;
      }
    }
    const lead = readLead(bytes, c, e, seen);
    if (lead & (LEAD_ROW | LEAD_HIDDEN)) seen.rowDays++;
    // A paragraph day starts a top-level paragraph: no quote or list marker, at most 3 spaces.
    if (lead & LEAD_PARAGRAPH && isIndent(bytes, pos, c)) seen.paragraphDays++;
    previousPipe = pipe;
    previousHeader = pipe && ((lead & (LEAD_HEADER | LEAD_HIDDEN)) !== 0 || cellHeader(bytes, c, e, seen));
    pos = next;
  }
  return -1;
}
