import { decode as decode1250 } from 'windows-1250';
import { decode as decode1251 } from 'windows-1251';
import { decode as decode1252 } from 'windows-1252';
import { decode as decode1253 } from 'windows-1253';
import { decode as decode1254 } from 'windows-1254';
import { decode as decode1255 } from 'windows-1255';
import { decode as decode1256 } from 'windows-1256';
import { decode as decode1257 } from 'windows-1257';
import { decode as decode1258 } from 'windows-1258';

/**
 * The single-byte code pages that UTF-8 text gets decoded through by mistake: the Windows code pages
 * 1250-1258 and ISO-8859-1. Their tables come from the `windows-125x` packages (the WHATWG indexes);
 * nothing is typed by hand. A page is "sloppy" as ftfy calls it: a byte the page leaves undefined
 * decodes to the C1 control of the same number (what browsers and Node do for windows-1252), so
 * mojibake that kept such a byte as a control character still maps back to its byte.
 */

export type CodePageId =
  | 'windows-1250' | 'windows-1251' | 'windows-1252' | 'windows-1253' | 'windows-1254'
  | 'windows-1255' | 'windows-1256' | 'windows-1257' | 'windows-1258' | 'iso-8859-1';

interface Source {
  readonly id: CodePageId;
  /** Decodes one byte given as a one-character byte string (every package accepts that form). */
  readonly decode: ((bytes: string) => string) | null;
}

/** In order of preference when two pages explain a file equally well (their repairs then agree). */
const SOURCES: readonly Source[] = [
  { id: 'windows-1252', decode: decode1252 },
  { id: 'windows-1254', decode: decode1254 },
  { id: 'windows-1250', decode: decode1250 },
  { id: 'windows-1251', decode: decode1251 },
  { id: 'windows-1257', decode: decode1257 },
  { id: 'windows-1253', decode: decode1253 },
  { id: 'windows-1258', decode: decode1258 },
  { id: 'windows-1256', decode: decode1256 },
  { id: 'windows-1255', decode: decode1255 },
  // ISO-8859-1 maps every byte to the code point of the same number: no table needed.
  { id: 'iso-8859-1', decode: null },
];

export interface CodePage {
  readonly id: CodePageId;
  /** One bit per page, for the masks below. */
  readonly bit: number;
  /** The characters of bytes 0x80-0xFF, in byte order. */
  readonly upper: string;
  /** Bytes the page leaves undefined: a decoder drops them or writes U+FFFD instead. */
  readonly undefinedBytes: readonly number[];
  /** The byte (0x80-0xFF) of an upper-half character of this page; -1 for any other character. */
  byteOf(char: number): number;
}

/**
 * Whether `char` is a UTF-8 lead byte (0xC2-0xF4) in some page: U+00C2 (Â) to U+064E (an Arabic
 * vowel sign of cp1256), checked against the tables by a unit test. A plain range, so the parser's
 * per-character scan needs no table.
 */
export function mayLeadMojibake(char: number): boolean {
  return char >= 0xc2 && char <= 0x64e;
}

/** Above every character of every page's upper half (the highest is U+2122, the trade mark sign). */
const MASK_LIMIT = 0x2200;

export interface CodePageTables {
  readonly pages: readonly CodePage[];
  /** For each character below MASK_LIMIT, the pages where it is a UTF-8 lead byte (0xC2-0xF4). */
  readonly leadMask: Uint16Array;
  /** For each character below MASK_LIMIT, the pages where it is any byte 0x80-0xFF. */
  readonly upperMask: Uint16Array;
}

let tables: CodePageTables | null = null;

/** Whether the tables were built (for the test that loading the core builds none). */
export function codePagesBuilt(): boolean {
  return tables !== null;
}

/**
 * The tables, built afresh (the functions below build them on first use, not when the bundle loads: a
 * workspace without mojibake never pays for it). About 10 x 128 lookups, once per session. Exported so
 * that a test reads a build of its own: the cached one may have been built before the test ran.
 */
export function buildCodePageTables(): CodePageTables {
  const leadMask = new Uint16Array(MASK_LIMIT);
  const upperMask = new Uint16Array(MASK_LIMIT);
  const pages = SOURCES.map((source, index): CodePage => {
    const bit = 1 << index;
    const bytes = new Map<number, number>();
    const undefinedBytes: number[] = [];
    let upper = '';
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const decoded = source.decode ? source.decode(String.fromCharCode(byte)) : String.fromCharCode(byte);
      // The WHATWG tables give a byte the page leaves undefined the C1 control of its number; older
      // tables give U+FFFD, which becomes that same C1 control (or Latin-1 character) here.
      const missing = decoded.length !== 1 || decoded === '\ufffd';
      const char = missing ? String.fromCharCode(byte) : decoded;
      if (source.decode && (missing || (char.charCodeAt(0) >= 0x80 && char.charCodeAt(0) <= 0x9f))) undefinedBytes.push(byte);
      const code = char.charCodeAt(0);
      upper += char;
      bytes.set(code, byte);
      upperMask[code] |= bit;
      if (byte >= 0xc2 && byte <= 0xf4) leadMask[code] |= bit;
    }
    return { id: source.id, bit, upper, undefinedBytes, byteOf: (char) => bytes.get(char) ?? -1 };
  });
  return { pages, leadMask, upperMask };
}

export function codePages(): readonly CodePage[] {
  return (tables ??= buildCodePageTables()).pages;
}

export function codePage(id: CodePageId): CodePage {
  return codePages().find((page) => page.id === id)!;
}

/** The pages in which `char` is a UTF-8 lead byte (bit mask). */
export function leadPages(char: number): number {
  return char < MASK_LIMIT ? (tables ??= buildCodePageTables()).leadMask[char] : 0;
}

/** The pages in which `char` is an upper-half character (bit mask). */
export function upperPages(char: number): number {
  return char < MASK_LIMIT ? (tables ??= buildCodePageTables()).upperMask[char] : 0;
}
