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
 * - two weekday headings (`## Monday`, `### TODAY (Tuesday)`), or a weekday heading and a dated one;
 * - two headings with a digit (a date may be there) and a learning word in a heading, the front matter
 *   or the file name;
 * - three top-level lines that start with a day keyword and a number (paragraph days), or two such
 *   lines in a file with a table (table rows), or a table with a header cell that is a day word;
 * - a table whose header holds a date word and a status word (a tracker by date, `| Date | Topic | Done |`).
 * Markdown the display text drops (`**`, `_`, backticks, brackets) is skipped while matching words; a
 * heading with what could hide a word (an HTML tag, an entity, a link's target) is a maybe at once.
 * A file that may hold mojibake in those places (a character that can start a mis-decoded sequence
 * followed by one that can continue it) is decided by the parser's own detector: the parser reads
 * `DÃ­a 3` as `Día 3`.
 */
import { fileStem } from '../document';
import { MIN_PARAGRAPH_DAYS } from './paragraphDays';
import { MIN_ITEM_DAYS } from './itemDays';
import { speaksOfLearning } from './planSignals';
import { detectEncoding } from '../text/mojibake';
import {
  codePointAt, isAsciiAlnum, isAsciiDigit, isAsciiSpace, KEY, lastCodePointEnd, matched, matchKeys, mayEndWord, mayStartKey,
} from '../grammar/keywordTrie';
import { FRONT_MATTER, TOML_FRONT_MATTER } from '../grammar/lineSyntax';
import { AMP, contentStart, CR, DASH, decode, GT, HASH, isBox, isDelimiterRow, isIndent, isUnderline, lineEnd, mayHideText, LT, nextLine, PIPE, skipMarkup } from './filterBytes';
import {
  DAY_WORDS, datedTableHeader, dayAnywhere, headingKeywordAt, holdsLearningWord, roundAt, STRONG, templateAt, WEEKDAY,
} from './filterWords';




/** What the scan has seen so far (the counts that need several lines). */
class Seen {
  weekdays = 0;
  dated = 0;
  learning = false;
  /** Top-level lines that start like a paragraph day. */
  paragraphDays = 0;
  /** Lines that start like one anywhere (in a list, a quote, indented): a list item with no box that is a day (`- Day 1: x`). */
  itemDays = 0;
  /** Those that may count a challenge's days (`- Day 3/100: x`, `- R1D3 x`): a `/` on the line, or a round first. */
  countedItems = 0;
  /** Lines that start like a table row's day cell (any container), and lines whose start could hide one. */
  rowDays = 0;
  table = false;
  mojibake = false;
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

/** The words a day column's header may be: day words, and the header words of languages.json's `dayHeaders`. */
const HEADER_WORDS = DAY_WORDS | KEY.dayHeader;

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
  const after = q;
  q = skipMarkup(bytes, q, e);
  // A challenge's length: `Day 3 of 100:` (paragraphDays.ts's FOLLOWS).
  if (q + 2 < e && (bytes[q] | 0x20) === 0x6f && (bytes[q + 1] | 0x20) === 0x66 && isAsciiSpace(bytes[q + 2])) {
    const n = skipMarkup(bytes, q + 2, e);
    if (n < e && isAsciiDigit(bytes[n])) {
      q = n;
      while (q < e && isAsciiDigit(bytes[q])) q++;
      q = skipMarkup(bytes, q, e);
    }
  }
  if (q >= e || bytes[q] === PIPE) return LEAD_DAY;
  const b = bytes[q];
  if (b >= 0x80 || b === LT || b === AMP) return LEAD_DAY;
  if (!isAsciiAlnum(b)) return LEAD_PARAGRAPH;
  // `**Day 12** Read chapter 3`: the bold part alone says the day (the parser reads it so), the words follow it.
  for (let i = after; i < q; i++) if (bytes[i] === 0x2a || bytes[i] === 0x5f) return LEAD_PARAGRAPH;
  return 0;
}

function readLead(bytes: Uint8Array, c: number, e: number, seen: Seen): number {
  let result = 0;
  let p = c;
  for (; p < e; ) {
    const b = bytes[p];
    if ((b === LT || b === AMP || b === 0x5d) && mayHideText(bytes, p, e)) result |= LEAD_HIDDEN;
    if (roundAt(bytes, p, e) || templateAt(bytes, p, e, true)) result |= LEAD_DAY;
    else if (mayStartKey(b, HEADER_WORDS)) {
      matchKeys(bytes, p, e, HEADER_WORDS);
      if (matched.hidden) result |= LEAD_HIDDEN;
      for (let m = 0; m < matched.count; m++) {
        const end = matched.ends[m];
        if ((matched.flags[m] & KEY.cjk) === 0 && !mayEndWord(bytes, end, e)) continue;
        // A day column's header word alone (`天`) heads a table and starts no day.
        result |= LEAD_HEADER | ((matched.flags[m] & DAY_WORDS) !== 0 ? leadDayAfter(bytes, end, e) : 0);
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

const PLUS = 0x2b;
const DOT = 0x2e;

/**
 * Where the front matter the parser blanks ends (after its closing line), or -1: YAML's (`---` ... `---` or `...`),
 * or with `toml` TOML's (`+++` ... `+++`).
 */
function frontMatterEnd(bytes: Uint8Array, start: number, hasCR: boolean, toml = false): number {
  const fence = toml ? PLUS : DASH;
  if (bytes[start] !== fence || bytes[start + 1] !== fence || bytes[start + 2] !== fence) return -1;
  const end = bytes.length;
  for (let s = nextLine(bytes, lineEnd(bytes, start, end, hasCR), end); s < end; ) {
    const e = lineEnd(bytes, s, end, hasCR);
    const b = bytes[s];
    if ((b === fence || (b === DOT && !toml)) && e - s >= 3 && bytes[s + 1] === b && bytes[s + 2] === b) {
      // Spaces and tabs only, as the parser's pattern (a `\f` after it made the filter stop where the parser did not).
      let i = s + 3;
      while (i < e && (bytes[i] === 0x20 || bytes[i] === 0x09)) i++;
      if (i === e) {
        // The parser's own pattern decides (its corner cases: a closing line right after the opening one).
        const closed = nextLine(bytes, e, end);
        const text = decode(bytes.subarray(start, closed));
        const match = (toml ? TOML_FRONT_MATTER : FRONT_MATTER).exec(text);
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
  // Weekday headings, or a weekday and a date (`## Monday`, `## January 5, 2024`): a journal if the file speaks of learning.
  if (seen.weekdays >= 1 && seen.weekdays + seen.dated >= 2) return 'weekday headings';
  if (seen.paragraphDays >= MIN_PARAGRAPH_DAYS) return 'paragraph days';
  // Items with no box that read as days (`- Day 1: Variables`): two make days (itemDays.ts's MIN_ITEM_DAYS) in a file
  // that speaks of learning, or counting a challenge's days (planBuilder.ts; structure made it a maybe already).
  if (seen.itemDays >= MIN_ITEM_DAYS && (seen.countedItems > 0 || seen.learning || speaksOfLearning([fileStem(fileName)]))) return 'item days';
  if (seen.table && seen.rowDays >= 2) return 'table rows';
  if (seen.dated >= 2 && (seen.learning || speaksOfLearning([fileStem(fileName)]))) return 'dated headings';
  // A dated or weekday heading and study time logged (`⏱`, E2 8F B1, anywhere: a superset of a session line under it).
  if (seen.weekdays + seen.dated >= 1 && holdsTimer(bytes)) return 'a session logged';
  return seen.mojibake && detectEncoding(decode(bytes)) !== null ? 'mojibake' : null;
}

/**
 * A `/` on the line (`Day 3/100`), an `of` (`Day 3 of 100`), or a round's `R1`/`W1` first (`R1D3`): a challenge's
 * count, as the parser's COUNT may read it.
 */
function mayCountDays(bytes: Uint8Array, c: number, e: number): boolean {
  const q = skipMarkup(bytes, c, e);
  if (q + 1 < e && ((bytes[q] | 0x20) === 0x72 || (bytes[q] | 0x20) === 0x77) && isAsciiDigit(bytes[q + 1])) return true;
  for (let i = c; i < e; i++) {
    const b = bytes[i];
    // `&`: an entity may write either (`&#47;`, `&#111;f`).
    if (b === 0x2f || b >= 0x80 || b === AMP || ((b | 0x20) === 0x6f && i + 2 < e && (bytes[i + 1] | 0x20) === 0x66 && isAsciiSpace(bytes[i + 2]) && isAsciiDigit(bytes[skipMarkup(bytes, i + 2, e)] ?? 0))) return true;
  }
  return false;
}

/** Whether the bytes hold a `⏱` anywhere (asked only of a file with a dated heading and nothing else that makes a plan). */
function holdsTimer(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0xe2); at >= 0; at = bytes.indexOf(0xe2, at + 1)) if (bytes[at + 1] === 0x8f && bytes[at + 2] === 0xb1) return true;
  return false;
}

/** The line scan: the (0-based) line that makes the file a maybe on its own, as soon as one does; else -1. */
function scan(bytes: Uint8Array, seen: Seen): number {
  const end = bytes.length;
  let pos = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const hasCR = bytes.indexOf(CR, pos) >= 0;
  const front = frontMatterEnd(bytes, pos, hasCR);
  const toml = front > 0 ? -1 : frontMatterEnd(bytes, pos, hasCR, true);
  if (front > 0) {
    seen.learning = titleSpeaksOfLearning(bytes, pos, front, hasCR);
    pos = front;
  } else if (toml > 0) {
    // TOML's (`+++`, on every page of a Hugo site): skipped as the parser blanks it; its keys, read as YAML's, may
    // speak of learning (a title, tags): taken as if they did, which only a file of dated headings asks.
    seen.learning = true;
    pos = toml;
  }
  let block = pos;
  let nextPipe = -2;
  let previousPipe = false;
  let previousHeader = false;
  let previousStart = 0;
  let previousEnd = 0;
  let line = -1;
  while (pos < end) {
    line++;
    const e = lineEnd(bytes, pos, end, hasCR);
    const next = nextLine(bytes, e, end);
    if (nextPipe !== -1 && nextPipe < pos) nextPipe = bytes.indexOf(PIPE, pos);
    const pipe = nextPipe >= 0 && nextPipe < e;
    if (previousPipe && isDelimiterRow(bytes, pos, e)) {
      seen.table = true;
      if (previousHeader || datedTableHeader(decode(bytes.subarray(previousStart, previousEnd)))) return line;
    }
    previousPipe = previousHeader = false;
    previousStart = pos;
    previousEnd = e;
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
    if (lead & LEAD_PARAGRAPH) {
      if (isIndent(bytes, pos, c)) seen.paragraphDays++;
      // Any line, a paragraph's too, may be an item's: its text may start on the line after a bare marker (a review's
      // `1.` over `    Day 1: Variables`, `-` over `  Day 1`). Its own words may speak of learning, as the parser reads
      // a day's title (a review's).
      seen.itemDays++;
      if (mayCountDays(bytes, c, e)) seen.countedItems++;
      if (!seen.learning && holdsLearningWord(bytes, c, e)) seen.learning = true;
    }
    previousPipe = pipe;
    previousHeader = pipe && ((lead & (LEAD_HEADER | LEAD_HIDDEN)) !== 0 || cellHeader(bytes, c, e, seen));
    pos = next;
  }
  return -1;
}
