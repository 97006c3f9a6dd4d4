/**
 * What mojibake detection needs to know about characters: whether two characters of a suspected
 * sequence sit naturally side by side in real text, and whether a decoded character is one that
 * text holds. These only run on suspected sequences, never on ordinary text.
 *
 * The idea is ftfy's "badness": UTF-8 read through a single-byte code page puts a lead letter
 * (`Ã`, `â`, `ð`, `Р`) right before symbols, C1 controls or letters of the wrong case or script
 * (`Ã©`, `â€”`, `ðŸ`), which real words almost never do; correct text in the page's own language
 * (`Её`, `Koç’un`, `gęś`) keeps to letters followed by letters or closing punctuation.
 */

/** How a character of a suspected sequence behaves next to a letter. */
export enum Kind {
  Control,
  Upper,
  Lower,
  /** A letter without case (Hebrew, Arabic...). */
  Letter,
  /**
   * What naturally follows a letter: closing quotes (also `“` and `‘`, which close quotes in Czech,
   * German, Lithuanian...), ellipsis, dashes, no-break and soft hyphen, Arabic punctuation, joiners.
   */
  Trailing,
  /** A combining mark (cp1258 writes Vietnamese tones as marks): as natural as a letter. */
  Mark,
  /** Anything else: symbols, opening punctuation, ordinals. */
  Symbol,
}

const TRAILING = new Set([
  0x2019, 0x201d, 0x201c, 0x2018, 0x00bb, 0x2026, 0x203a, 0x2013, 0x2014, 0x00a0, 0x00ad,
  0x060c, 0x061b, 0x061f, 0x200c, 0x200d, 0x200e, 0x200f,
]);
/** Letters by category that text uses as symbols: ordinal indicators, the florin, the micro sign. */
const SYMBOL_LETTERS = new Set([0x00aa, 0x00ba, 0x0192, 0x00b5]);

const UPPER = /\p{Lu}|\p{Lt}/u;
const MARK = /\p{M}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

const kinds = new Map<number, Kind>();

export function kindOf(char: number): Kind {
  let kind = kinds.get(char);
  if (kind === undefined) {
    const text = String.fromCharCode(char);
    if (char >= 0x80 && char <= 0x9f) kind = Kind.Control;
    else if (TRAILING.has(char)) kind = Kind.Trailing;
    else if (MARK.test(text)) kind = Kind.Mark;
    else if (SYMBOL_LETTERS.has(char) || !LETTER.test(text)) kind = Kind.Symbol;
    else if (UPPER.test(text)) kind = Kind.Upper;
    else if (LOWER.test(text)) kind = Kind.Lower;
    else kind = Kind.Letter;
    kinds.set(char, kind);
  }
  return kind;
}

function isLetterKind(kind: Kind): boolean {
  return kind === Kind.Upper || kind === Kind.Lower || kind === Kind.Letter;
}

/** Whether `b` right after `a` is unlike real text (see the file comment). */
export function unnaturalPair(a: number, b: number): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === Kind.Control || kb === Kind.Control) return true;
  if (ka === Kind.Mark) return kb === Kind.Symbol;
  if (!isLetterKind(ka)) return !(ka === Kind.Trailing && (kb === Kind.Trailing || kb === Kind.Mark || isLetterKind(kb)));
  if (kb === Kind.Trailing || kb === Kind.Mark) return false;
  if (!isLetterKind(kb)) return true;
  if (ka === Kind.Lower && kb === Kind.Upper) return true;
  // Letters of two scripts side by side (`Ð` then `Ÿ` is Latin, `Р` then `µ`...); a letter shared by
  // scripts (the Arabic tatweel) goes with any.
  const sa = scriptOf(a);
  const sb = scriptOf(b);
  return sa !== 'Other' && sb !== 'Other' && sa !== sb;
}

/** Whether a suspected sequence `text[start, end)` has a pair unlike real text. */
export function looksUnnatural(text: string, start: number, end: number): boolean {
  for (let i = start; i + 1 < end; i++) {
    if (unnaturalPair(text.charCodeAt(i), text.charCodeAt(i + 1))) return true;
  }
  return end - start === 1 && kindOf(text.charCodeAt(start)) === Kind.Control;
}

/** Scripts as mojibake detection tells them apart; Chinese characters and kana go together (Japanese mixes them). */
export type Script = 'Latin' | 'Greek' | 'Cyrillic' | 'Armenian' | 'Hebrew' | 'Arabic' | 'CJK' | 'Hangul' | 'Other';

const SCRIPTS: [Script, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['CJK', /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u],
  ['Hangul', /\p{Script=Hangul}/u],
];

const scripts = new Map<number, Script | null>();

/** The script of a letter; null for anything that is not a letter. */
export function scriptOf(codePoint: number): Script | null {
  let script = scripts.get(codePoint);
  if (script === undefined) {
    const text = String.fromCodePoint(codePoint);
    script = LETTER.test(text) ? SCRIPTS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'Other' : null;
    if (scripts.size >= 8192) scripts.clear();
    scripts.set(codePoint, script);
  }
  return script;
}

const ASSIGNED = /\p{Assigned}/u;
const UNLIKELY = /\p{Cc}|\p{Co}|\p{Cs}|\p{Noncharacter_Code_Point}/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const FORMAT = /\p{Cf}|\p{Zs}|\p{Zl}|\p{Zp}/u;

export function isPictographic(codePoint: number): boolean {
  return codePoint > 0x7f && PICTOGRAPHIC.test(String.fromCodePoint(codePoint));
}

/** Emoji variation selectors: text (VS15) or emoji (VS16) presentation of the character before. */
function isEmojiSelector(codePoint: number): boolean {
  return codePoint === 0xfe0e || codePoint === 0xfe0f;
}

/**
 * Whether `codePoint` is something text holds, after `previous` (the character before it, or -1):
 * assigned, not a control or private-use character, and a combining mark only where it can combine
 * (after a letter or mark; after an emoji only its presentation selector).
 */
const NOT_TEXT = 0;
const TEXT = 1;
const COMBINING = 2;
const characterClasses = new Map<number, number>();

/** Whether text holds `codePoint` at all, and whether it combines with the character before. */
function characterClass(codePoint: number): number {
  let known = characterClasses.get(codePoint);
  if (known === undefined) {
    const text = String.fromCodePoint(codePoint);
    known = !ASSIGNED.test(text) || UNLIKELY.test(text) ? NOT_TEXT : MARK.test(text) ? COMBINING : TEXT;
    if (characterClasses.size >= 8192) characterClasses.clear();
    characterClasses.set(codePoint, known);
  }
  return known;
}

export function plausibleCharacter(codePoint: number, previous: number): boolean {
  const known = characterClass(codePoint);
  if (known !== COMBINING) return known === TEXT;
  if (previous < 0) return false;
  if (isPictographic(previous) || previous === 0xfe0f) return isEmojiSelector(codePoint) || codePoint === 0x20e3;
  const keycapBase = previous === 0x23 || previous === 0x2a || (previous >= 0x30 && previous <= 0x39);
  return keycapBase ? codePoint === 0x20e3 || isEmojiSelector(codePoint) : LETTER.test(String.fromCodePoint(previous)) || MARK.test(String.fromCodePoint(previous));
}

/**
 * Stricter, for a character that fills in a lost byte: also no invisible character (spaces, format
 * characters) unless the context calls for it (a zero-width joiner between emoji).
 */
export function plausibleReading(codePoint: number, previous: number): boolean {
  if (!plausibleCharacter(codePoint, previous)) return false;
  if (codePoint === 0x200d) return isPictographic(previous) || previous === 0xfe0f;
  return !FORMAT.test(String.fromCodePoint(codePoint));
}

/**
 * A character that text in `script` uses every day: the letters of the alphabet (Latin-1 and
 * Extended-A, Vietnamese and Romanian letters, the Greek and Cyrillic alphabets...) and, for Arabic
 * and Hebrew, their punctuation, digits and vowel signs; not a rare one (`ǘ`, `ҳ`, archaic Greek).
 */
export function isEverydayIn(codePoint: number, script: Script): boolean {
  switch (script) {
    case 'Latin':
      return (
        (codePoint >= 0xc0 && codePoint <= 0x17f && codePoint !== 0xd7 && codePoint !== 0xf7) ||
        codePoint === 0x1a0 || codePoint === 0x1a1 || codePoint === 0x1af || codePoint === 0x1b0 ||
        (codePoint >= 0x218 && codePoint <= 0x21b) || (codePoint >= 0x1e00 && codePoint <= 0x1eff)
      );
    case 'Greek':
      return codePoint >= 0x386 && codePoint <= 0x3ce;
    case 'Cyrillic':
      return (codePoint >= 0x400 && codePoint <= 0x45f) || codePoint === 0x490 || codePoint === 0x491;
    case 'Hebrew':
      return codePoint >= 0x5b0 && codePoint <= 0x5f4;
    case 'Arabic':
      return (codePoint >= 0x60c && codePoint <= 0x669) || [0x67e, 0x686, 0x698, 0x6a9, 0x6af, 0x6cc].includes(codePoint) || (codePoint >= 0x6f0 && codePoint <= 0x6f9);
    case 'Armenian':
      return codePoint >= 0x531 && codePoint <= 0x587;
    case 'CJK':
    case 'Hangul':
      return scriptOf(codePoint) === script;
    default:
      return false;
  }
}

/** ASCII letters and digits: a mojibake sequence touching one sits inside a word or a number (`1000Ã—1000`). */
export function isAsciiAlphanumeric(char: number): boolean {
  const lower = char | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (char >= 0x30 && char <= 0x39);
}

/**
 * Where the symbols that UTF-8 mojibake usually hides live: general punctuation to dingbats and
 * arrows (U+2000-U+2BFF), CJK punctuation, variation selectors, fullwidth forms, and emoji.
 */
export function isCommonSymbol(codePoint: number): boolean {
  return (
    (codePoint >= 0x2000 && codePoint <= 0x2bff) || (codePoint >= 0x3000 && codePoint <= 0x303f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xff00 && codePoint <= 0xffef) || isPictographic(codePoint)
  );
}

export function isTrailing(char: number): boolean {
  return kindOf(char) === Kind.Trailing;
}
