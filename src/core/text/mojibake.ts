import { Scoped } from '../scoped';
import { scriptOf, type Script } from './characters';
import { codePages, leadPages, upperPages, type CodePage } from './codePages';
import { newEvidence, scanMojibake, type Evidence, type Fix, type ScanOptions } from './scan';

/**
 * Mojibake: UTF-8 text whose bytes were decoded through a single-byte code page and saved again
 * (`ðŸŽ¯` for 🎯 and `â€”` for — through Windows-1252, `ğŸ“…` for 📅 through Windows-1254, `РџСЂРёРІРµС‚`
 * for Привет through Windows-1251). As ftfy does, it is recognized by UTF-8's own structure (a lead
 * byte, then the right number of continuation bytes) and by how unlike real text the result of the
 * wrong decoding is; see scan.ts. Which code page did it is decided once per file: the page whose
 * reading explains the most clear sequences (ties go to the more common page; they repair alike).
 */

export interface FileEncoding {
  readonly page: CodePage;
  /** The file has clear mojibake: looser sequences that decode to the scripts it decodes to are repaired too. */
  readonly certain: boolean;
  readonly scripts: ReadonlySet<Script>;
  /** The file also holds correct text in the page's characters: repair only what is clearly mojibake. */
  readonly mixed: boolean;
  /** The file's mojibake holds 0xA0 bytes (no-break spaces), which display text folds to spaces. */
  readonly spaceMayBeA0: boolean;
}

/** Anything but printable ASCII and line breaks: a file of only those has no mojibake. */
const ALL_PAGES = 0xffff;
const NOT_PLAIN_ASCII = /[^\t\n\r\x20-\x7e]/;
/**
 * Where a segment may start: a character of some page's upper half (all from U+0080 to below U+2200, see
 * codePages.ts) or a U+FFFD a lost byte left. Emoji, CJK and the rest are skipped natively: a plan with an
 * emoji on every line costs no search per emoji.
 */
const MAY_START_SEGMENT = /[\u0080-\u21ff\ufffd]/g;

/** The code page a file's mojibake went through, or null when it has none. Linear in the text. */
export function detectEncoding(text: string): FileEncoding | null {
  return detectEncodingOf(text).encoding;
}

/**
 * A detection and what it was made from: the segments (`[start, end)` pairs, in order) where characters
 * of some page stand. Only they and the lines they are on decide the encoding, so an edit that touches no
 * line with a segment, and writes none, leaves the detection as it was (incremental.ts keeps it so).
 */
export interface Detection {
  readonly encoding: FileEncoding | null;
  readonly segments: readonly number[];
}

const NO_SEGMENTS: readonly number[] = Object.freeze([]);

/** A character a segment may start with (MAY_START_SEGMENT, not global): where a line may hold one. */
export const MAY_HOLD_SEGMENT = new RegExp(MAY_START_SEGMENT.source);

export function detectEncodingOf(text: string): Detection {
  if (!NOT_PLAIN_ASCII.test(text)) return { encoding: null, segments: NO_SEGMENTS };
  // One pass: the segments where characters of some page stand (with the U+FFFD a lost byte may have
  // left), and the pages in which a lead character there is followed by a character of the same page.
  const segments: number[] = [];
  let candidates = 0;
  // The regex finds where the next segment may start natively: most of a plan is ASCII.
  for (let i = 0; i < text.length; i++) {
    MAY_START_SEGMENT.lastIndex = i;
    if (!MAY_START_SEGMENT.test(text)) break;
    i = MAY_START_SEGMENT.lastIndex - 1;
    const start = i;
    while (i < text.length && (upperPages(text.charCodeAt(i)) !== 0 || text.charCodeAt(i) === 0xfffd)) {
      const next = text.charCodeAt(i + 1);
      candidates |= leadPages(text.charCodeAt(i)) & (next === 0xfffd ? ALL_PAGES : upperPages(next));
      i++;
    }
    if (i > start) segments.push(start, i);
  }
  if (candidates === 0) return { encoding: null, segments };
  let best: { page: CodePage; evidence: Evidence; score: number } | null = null;
  for (const page of codePages()) {
    if ((candidates & page.bit) === 0) continue;
    const evidence = newEvidence();
    scanMojibake(text, { page, certain: false, scripts: new Set(), mixed: true, spaceAsA0: false }, () => undefined, evidence, segments);
    const sure = evidence.clear + evidence.inWord;
    const score = sure + evidence.unsure / 2;
    if (sure > 0 && (!best || score > best.score)) best = { page, evidence, score };
  }
  if (!best) return { encoding: null, segments };
  const { clear, text: textRuns, a0 } = best.evidence;
  // Mixed: a few runs of correct text among the mojibake (a lost byte here and there reads as text too).
  const mixed = textRuns >= 2 && textRuns * 20 >= clear / 3 + textRuns;
  // Letters of the page's own script count too (`Ã` + no-break space is à in Windows-1252 mojibake).
  const scripts = new Set([...best.evidence.scripts.keys(), nativeScript(best.page)]);
  return { encoding: { page: best.page, certain: clear > 0, scripts, mixed, spaceMayBeA0: a0 }, segments };
}

/**
 * `previous` (the detection of the text before an edit) for the text after it, when the edit cannot have
 * changed it; null when it may have. The edit replaced `[from, to)` of the old text (offsets of the raw
 * text) and made the text `delta` longer. It may not have when neither the lines it touched in the old
 * text held a segment nor the lines it left in the new text hold a character a segment may start with:
 * every segment, and the line around it that the scan reads, is then the same text, moved or not.
 */
export function movedDetection(previous: Detection, text: string, from: number, to: number, delta: number): Detection | null {
  const lineStart = from > 0 ? text.lastIndexOf('\n', from - 1) + 1 : 0;
  const newline = text.indexOf('\n', to + delta);
  const lineEnd = newline < 0 ? text.length : newline;
  if (MAY_HOLD_SEGMENT.test(text.slice(lineStart, lineEnd))) return null;
  const oldEnd = lineEnd - delta;
  const segments = previous.segments;
  let moved = false;
  for (let k = 0; k < segments.length; k += 2) {
    if (segments[k] < oldEnd && segments[k + 1] > lineStart) return null;
    if (segments[k] >= oldEnd) moved = true;
  }
  if (!moved || delta === 0) return previous;
  return { encoding: previous.encoding, segments: segments.map((at) => (at >= oldEnd ? at + delta : at)) };
}

const native = new Map<CodePage, Script>();

function nativeScript(page: CodePage): Script {
  let script = native.get(page);
  if (!script) native.set(page, (script = nativeScriptOf(page)));
  return script;
}

/**
 * The script most of a page's letters belong to (Latin for Windows-1252, Cyrillic for Windows-1251...).
 * Worked out afresh on each call (exported for tests: the memo above outlives a test).
 */
export function nativeScriptOf(page: CodePage): Script {
  const counts = new Map<Script, number>();
  for (const char of page.upper) {
    const own = scriptOf(char.charCodeAt(0));
    if (own && own !== 'Other') counts.set(own, (counts.get(own) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
}

export function scanOptions(encoding: FileEncoding, spaceAsA0 = false): ScanOptions {
  return { page: encoding.page, certain: encoding.certain, scripts: encoding.scripts, mixed: encoding.mixed, spaceAsA0 };
}

/** The sequences of `text` to repair, with `encoding` (detected on `text` itself when not given). */
export function findMojibake(text: string, encoding = detectEncoding(text), spaceAsA0 = false): Fix[] {
  const fixes: Fix[] = [];
  if (encoding) scanMojibake(text, scanOptions(encoding, spaceAsA0), (fix) => fixes.push(fix));
  return fixes;
}

export interface Repair {
  readonly text: string;
  /** Sequences replaced by the character they encode. */
  readonly fixed: number;
  /** Sequences that lost a byte, replaced by their most likely reading. */
  readonly guessed: number;
  /** Sequences that lost more than one byte, left as they are. */
  readonly damaged: number;
}

function applyFixes(text: string, fixes: readonly Fix[]): string {
  if (fixes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const fix of fixes) {
    out += text.slice(at, fix.start) + fix.text;
    at = fix.end;
  }
  return out + text.slice(at);
}

/** `text` repaired for reading: sequences that lost a byte show their most likely reading. */
export function repairMojibake(text: string, encoding = detectEncoding(text)): Repair {
  const fixes = findMojibake(text, encoding);
  const guessed = fixes.filter((fix) => fix.readings?.length).length;
  const damaged = fixes.filter((fix) => fix.readings?.length === 0).length;
  return { text: applyFixes(text, fixes), fixed: fixes.length - guessed - damaged, guessed, damaged };
}

/**
 * The file being parsed: display text is repaired with its encoding, detected once for the whole
 * file. undefined outside a parse (a string is then its own file); null for a file without mojibake.
 */
const encodingInPlace = new Scoped<FileEncoding | null | undefined>(undefined);
const leadPatterns = new Map<CodePage, RegExp>();

/** Runs `build` (a parse of `text`) with display text repaired as `text`'s encoding requires. */
export function withFileEncoding<T>(text: string, build: () => T): T {
  return withEncoding(detectEncoding(text), build);
}

/** `withFileEncoding` with the file's encoding detected already. */
export function withEncoding<T>(encoding: FileEncoding | null, build: () => T): T {
  return encodingInPlace.run(encoding, build);
}

/** Whether `text` holds a lead character of the page: a sequence can only start there. */
function mayHold(page: CodePage, text: string): boolean {
  let pattern = leadPatterns.get(page);
  if (!pattern) leadPatterns.set(page, (pattern = leadPattern(page)));
  return pattern.test(text);
}

/**
 * A pattern of the page's characters for the bytes that may lead a UTF-8 sequence of two or more bytes
 * (0xC2-0xF4). Built afresh on each call (exported for tests: the memo above outlives a test).
 */
export function leadPattern(page: CodePage): RegExp {
  const leads = page.upper.slice(0x42, 0x75).split('').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return new RegExp(`[${leads.join('')}]`);
}

/** The text to show for a title, task, field or link text; the file is not changed. */
export function displayText(text: string): string {
  // Hot: called for every title, task and field of every plan; a file without mojibake stops here.
  const current = encodingInPlace.current;
  if (current === null) return text;
  const encoding = current === undefined ? detectEncoding(text) : current;
  if (encoding === null || !mayHold(encoding.page, text)) return text;
  // Display text has its white space folded, so a no-break space of the mojibake may now be a space.
  return applyFixes(text, findMojibake(text, encoding, current !== undefined && encoding.spaceMayBeA0));
}
