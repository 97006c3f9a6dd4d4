import { isAsciiAlphanumeric, isEverydayIn, isCommonSymbol, isTrailing, looksUnnatural, plausibleCharacter, scriptOf, type Script } from './characters';
import { upperPages, type CodePage } from './codePages';
import { lostByteReadings } from './lostBytes';
import { decodeSequence, isContinuation, sequenceLength } from './utf8';

/**
 * Finds mojibake in a string read through one code page. A run of the page's upper-half characters
 * is cut into UTF-8 sequences (each character is one byte); the run is mojibake when every piece is a
 * complete sequence or one that lost a byte, and nothing in it is a letter standing on its own: one
 * such letter (`т` in `Пётр`, `é` in `éÃ©`) makes the whole run text, as ftfy requires that a
 * decodable sequence is not next to other characters of the page.
 *
 * How sure a run is decides what happens to it (see characters.ts for "unnatural"):
 * - clear: an unnatural pair (`Ã©`, `â€”`, `ðŸ`), two or more pieces (`РџСЂРёРІРµС‚`), or a 3-4 byte
 *   piece that decodes to a symbol, emoji or punctuation. Repaired.
 * - inside a word: one natural 2-byte piece touching an ASCII letter that decodes to a Latin letter
 *   (`StraÃŸe`). Repaired.
 * - plausible: one natural piece whose decoded letter is of the source's script and of the script the
 *   file's clear sequences decode to (`Рё` in Russian mojibake). Repaired only in such a file, so
 *   that `Её` in correct Russian next to other mojibake stays.
 */

export interface Fix {
  readonly start: number;
  readonly end: number;
  /** The decoded character; for a sequence that lost a byte, its first reading. */
  readonly text: string;
  /**
   * Set when the sequence lost a byte: its readings, best first (`text` is the first). Empty when it
   * lost more than one byte and cannot be read (`text` is then the sequence as it is).
   */
  readonly readings?: readonly string[];
}

export interface ScanOptions {
  readonly page: CodePage;
  /** The file has clear mojibake, whose letters decode to these scripts. */
  readonly certain: boolean;
  readonly scripts: ReadonlySet<Script>;
  /** The file also holds correct text in the page's characters (words that are not mojibake). */
  readonly mixed: boolean;
  /** Read a space as the byte 0xA0 where that completes a sequence (display text has its no-break spaces folded). */
  readonly spaceAsA0: boolean;
}

/** What a scan saw, for detection. */
export interface Evidence {
  /** Clear sequences, weighted: 3 for one that decodes to an everyday letter or symbol, 2 for a rarer one. */
  clear: number;
  inWord: number;
  /** Runs of the page's characters that read as correct text. */
  text: number;
  /** Runs that read naturally but decode to everyday letters: mojibake or text, nobody can tell. */
  unsure: number;
  /** Letters decoded from clear sequences, by script. */
  readonly scripts: Map<Script, number>;
  /** A clear sequence held the byte 0xA0 (a no-break space). */
  a0: boolean;
}

export function newEvidence(): Evidence {
  return { clear: 0, inWord: 0, text: 0, unsure: 0, scripts: new Map(), a0: false };
}

const U_FFFD = -2;

interface Piece {
  readonly start: number;
  /** End of the characters that are bytes (a space read as 0xA0 is not among them). */
  readonly sourceEnd: number;
  /** End of what the repair replaces. */
  readonly end: number;
  readonly bytes: readonly number[];
  /** Index in `bytes` of a byte known lost (a U+FFFD), or -1. */
  readonly gap: number;
  readonly complete: boolean;
  readonly spaceA0: boolean;
}

function byteAt(page: CodePage, text: string, index: number): number {
  const char = text.charCodeAt(index);
  if (char === 0xfffd) return U_FFFD;
  return char < 0x80 || (upperPages(char) & page.bit) === 0 ? -1 : page.byteOf(char);
}

function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) return text.codePointAt(index - 2) ?? low;
  return low;
}

/** Cuts the run starting at `start` into pieces; `standsAlone` when a character of it is not part of one. */
function cutRun(text: string, start: number, options: ScanOptions): { pieces: Piece[]; end: number; standsAlone: boolean } {
  const { page } = options;
  const pieces: Piece[] = [];
  let genuine = false;
  let k = start;
  while (k < text.length) {
    const lead = byteAt(page, text, k);
    if (lead === -1) break;
    const need = sequenceLength(lead);
    if (need === 0) {
      genuine = true;
      k++;
      continue;
    }
    const bytes = [lead];
    let gap = -1;
    let m = k + 1;
    while (bytes.length < need && m < text.length) {
      const byte = byteAt(page, text, m);
      if (byte === U_FFFD && gap < 0) gap = bytes.length;
      else if (!isContinuation(byte)) break;
      bytes.push(byte);
      m++;
    }
    // A space inside the run (more of the page's characters follow it) was a no-break space; so was one
    // after a lone lead (`Ã` + space is `à`), where it had been folded with the space after it. After a
    // longer sequence before a word, the space is more likely a real one after a lost byte (`ðŸ“ Notes`).
    const inRun = byteAt(page, text, m + 1) >= 0x80;
    let spaceA0 = false;
    if (options.spaceAsA0 && gap < 0 && bytes.length === need - 1 && (inRun || bytes.length === 1) && text.charCodeAt(m) === 0x20 && decodeSequence([...bytes, 0xa0]) >= 0) {
      bytes.push(0xa0);
      spaceA0 = true;
    }
    if (bytes.length === need && gap < 0 && decodeSequence(bytes) < 0) {
      genuine = true;
    } else if (bytes.length === need || bytes.length >= 2) {
      const consume = spaceA0 && inRun;
      pieces.push({ start: k, sourceEnd: m, end: consume ? m + 1 : m, bytes, gap, complete: bytes.length === need && gap < 0, spaceA0 });
      if (spaceA0) {
        k = consume ? m + 1 : m;
        if (!consume) break;
        continue;
      }
    } else {
      genuine = true;
    }
    k = m;
  }
  return { pieces, end: k, standsAlone: genuine };
}

/**
 * Scans `text` for mojibake read through `options.page`, calling `found` for each sequence to repair,
 * in order. `context` is the text that hints at readings of lost bytes (the whole line or title).
 */
export function scanMojibake(text: string, options: ScanOptions, found: (fix: Fix) => void, evidence?: Evidence, segments?: readonly number[]): void {
  const { page } = options;
  // Only where characters of some page are (a detection scans several pages over the same segments).
  const bounds = segments ?? [0, text.length];
  for (let s = 0; s < bounds.length; s += 2) {
    const end = bounds[s + 1];
    let i = bounds[s];
    while (i < end) {
      const char = text.charCodeAt(i);
      if (char < 0x80 || (upperPages(char) & page.bit) === 0) {
        i++;
        continue;
      }
      const run = cutRun(text, i, options);
      const isText = run.standsAlone || run.pieces.length === 0 || judgeRun(text, run.pieces, options, found, evidence) === 'text';
      if (evidence && isText) evidence.text++;
      i = Math.max(run.end, i + 1);
    }
  }
}

/** Reports the run's repairs; 'text' when the run reads as correct text of the page's language. */
function judgeRun(text: string, pieces: readonly Piece[], options: ScanOptions, found: (fix: Fix) => void, evidence: Evidence | undefined): 'text' | 'mojibake' | 'unsure' {
  const fixes: Fix[] = [];
  let previous = codePointBefore(text, pieces[0].start);
  let clear = false;
  // Several pieces in a row (`Рѕ` `РЅ`: он) are mojibake when each decodes to a letter of its own script.
  let sameScript = pieces.length >= 2;
  let decodedA0 = false;
  for (const piece of pieces) {
    const unnatural = piece.spaceA0 || looksUnnatural(text, piece.start, piece.sourceEnd);
    if (!piece.complete) {
      // A natural-looking incomplete sequence is a word of the page's language (`gęś`), not a loss.
      if (!unnatural) return 'text';
      if (piece.bytes.length < sequenceLength(piece.bytes[0]) - 1) {
        // Two bytes lost (`ğŸ` for 🐍 through cp1254, which lacks 0x90 and 0x8D): too many readings to offer.
        fixes.push({ start: piece.start, end: piece.sourceEnd, text: text.slice(piece.start, piece.sourceEnd), readings: [] });
        previous = -1;
        clear = true;
        continue;
      }
      const readings = lostByteReadings(piece.bytes, piece.gap, options.page.undefinedBytes, previous, () => lineAround(text, piece.start));
      // Emoji, punctuation and selectors lose bytes in practice (`ðŸ“`, `â€`, `ï¸`); a most likely
      // reading that is a letter (`з«` -> 竘) says the characters were text before a symbol.
      if (readings.length === 0 || scriptOf(readings[0].codePointAt(0)!) !== null) return 'text';
      fixes.push({ start: piece.start, end: piece.end, text: readings[0], readings });
      previous = readings[0].codePointAt(0)!;
      clear = true;
      continue;
    }
    const codePoint = decodeSequence(piece.bytes);
    if (!plausibleCharacter(codePoint, previous)) return 'text';
    // `Â»` -> `»`, `Â ` -> no-break space: a lead before the very character it decodes to.
    const echo = piece.bytes.length === 2 && codePoint === text.charCodeAt(piece.start + 1);
    if (unnatural || (echo && scriptOf(text.charCodeAt(piece.start)) === 'Latin')) {
      clear = true;
    } else if (piece.bytes.length >= 3 && scriptOf(codePoint) === null) {
      // `âœ…` (✅) reads naturally letter by letter; what it decodes to says it is mojibake. A rare
      // symbol from natural letters (`á` + no-break space + `–` -> ᠖) says it is text.
      if (!isCommonSymbol(codePoint)) return 'text';
      clear = true;
    }
    sameScript &&= knownScript(codePoint) !== null && knownScript(codePoint) === knownScript(text.charCodeAt(piece.start));
    decodedA0 ||= piece.bytes.includes(0xa0) && !piece.spaceA0;
    fixes.push({ start: piece.start, end: piece.end, text: String.fromCodePoint(codePoint) });
    previous = codePoint;
  }
  const level = clear || sameScript ? 'clear' : judgeNatural(text, pieces, options);
  if (level === null) {
    // A natural run that decodes to everyday letters breaks ties between pages (`Ă` + no-break space is
    // à only in Windows-1258, where `áº¿` reads as in Windows-1252).
    if (evidence && pieces.every((piece) => everydayLetter(decodeSequence(piece.bytes)))) evidence.unsure++;
    return 'unsure';
  }
  if (evidence && level === 'inWord') {
    evidence.inWord++;
    evidence.scripts.set('Latin', (evidence.scripts.get('Latin') ?? 0) + 1);
  }
  if (evidence && level === 'clear') {
    evidence.a0 ||= decodedA0;
    for (const fix of fixes) {
      const codePoint = fix.text.codePointAt(0)!;
      const script = fix.readings ? null : knownScript(codePoint);
      if (script) evidence.scripts.set(script, (evidence.scripts.get(script) ?? 0) + 1);
      // Two pages can both explain a sequence (`Ć©` is é in cp1257, Ʃ in cp1250): the everyday reading wins.
      // A lost byte counts least: the page that reads it as a character (a C1 control kept) explains more.
      evidence.clear += fix.readings ? 1 : (script ? isEverydayIn(codePoint, script) : isCommonSymbol(codePoint) || (codePoint >= 0xa0 && codePoint <= 0xbf)) ? 3 : 2;
    }
  }
  fixes.forEach(found);
  return 'mojibake';
}

/**
 * A run of complete pieces that each read naturally: repaired when one piece sits inside an English
 * word and decodes to a Latin letter (`StraÃŸe`), or, in a file with clear mojibake, when every piece
 * decodes to an everyday letter of the script that mojibake decodes to (`Рё` -> и in Russian, `Г ` ->
 * à in French). A two-letter word that decodes to another script (`Её` -> Ÿ) stays: it is a word.
 */
function judgeNatural(text: string, pieces: readonly Piece[], options: ScanOptions): 'inWord' | 'plausible' | null {
  // Inside an English word or number: ASCII letters or digits around it. After a Latin letter, a run
  // ending in closing punctuation also needs one after it (`COMANDĂ”` is a Romanian word and a quote).
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const after = isAsciiAlphanumeric(text.charCodeAt(last.end));
  const endsWord = isTrailing(text.charCodeAt(last.sourceEnd - 1)) && knownScript(text.charCodeAt(last.start)) === 'Latin';
  const inWord = after || (isAsciiAlphanumeric(text.charCodeAt(first.start - 1)) && !endsWord);
  const latin = (codePoint: number) => isEverydayIn(codePoint, 'Latin') || (codePoint >= 0xa0 && codePoint <= 0xff);
  if (inWord && pieces.every((piece) => latin(decodeSequence(piece.bytes)))) return 'inWord';
  if (!options.certain) return null;
  for (const piece of pieces) {
    const codePoint = decodeSequence(piece.bytes);
    const lead = text.charCodeAt(piece.start);
    const second = text.charCodeAt(piece.start + 1);
    // In a file that also holds correct text of the page's language, a two-letter word that would
    // decode to another script is a word of that language (`Её` -> Ÿ), and so is a letter before a
    // no-break space (`В` + no-break space, as Russian typesetting writes it). Elsewhere the same shapes
    // are mojibake (`Šø` is и read through Windows-1257).
    if (options.mixed && piece.bytes.length === 2 && knownScript(lead) !== knownScript(codePoint)) {
      const spaceAfter = second === 0xa0 || second === 0xad;
      if (spaceAfter || (pieces.length === 1 && scriptOf(second) !== null)) return null;
    }
    // `В»` is `»` once the file is known to be mojibake.
    if (piece.bytes.length === 2 && codePoint === second) continue;
    if (![...options.scripts].some((script) => isEverydayIn(codePoint, script))) return null;
  }
  return 'plausible';
}

/** The line around `index` (at most 200 characters each side): the words that hint at a lost byte's reading. */
function lineAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('\n', index) + 1, index - 200);
  const newline = text.indexOf('\n', index);
  return text.slice(start, Math.min(newline < 0 ? text.length : newline, index + 200));
}

function everydayLetter(codePoint: number): boolean {
  const script = knownScript(codePoint);
  return script !== null && isEverydayIn(codePoint, script);
}

/** The script of a letter, when it is one that mojibake is judged by (not 'Other'). */
function knownScript(codePoint: number): Script | null {
  const script = scriptOf(codePoint);
  return script === 'Other' ? null : script;
}
