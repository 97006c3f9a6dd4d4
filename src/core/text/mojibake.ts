import { decode as decodeCp1252 } from 'windows-1252';

/**
 * Mojibake: UTF-8 bytes that were decoded as Windows-1252 and saved again (`ðŸŽ¯` for 🎯, `â€”` for —).
 * Each such character maps back to one byte; a run of them that forms valid UTF-8 is the original
 * text. Genuine Latin-1 (`café`, `Ångström`) never forms valid multi-byte UTF-8, so it stays, and so
 * do sequences that lost a byte (cp1252 has no character for 0x81, 0x8D, 0x8F, 0x90, 0x9D).
 */

/**
 * Character -> byte for Windows-1252's upper half, built once from the `windows-1252` package's
 * decoder (the WHATWG table: the five bytes cp1252 leaves undefined decode to C1 controls, which
 * some tools leave in mojibake too).
 */
const CP1252_BYTE = new Map<number, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  CP1252_BYTE.set(decodeCp1252(new Uint8Array([byte])).charCodeAt(0), byte);
}

function byteOf(char: number): number {
  return CP1252_BYTE.get(char) ?? -1;
}

/** A lead byte as a cp1252 character: Â-ô (0xC2-0xF4). Text without one has nothing to repair. */
const MAY_HAVE_MOJIBAKE = /[\u00c2-\u00f4]/;
const strict = new TextDecoder('utf-8', { fatal: true });

export interface Repair {
  readonly text: string;
  /** Sequences replaced by the character they encode. */
  readonly fixed: number;
  /** Sequences that look like mojibake but do not decode (a byte was lost); left as they are. */
  readonly left: number;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export interface RepairSpan {
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
}

export function repairMojibake(text: string): Repair {
  const { spans, left } = findMojibake(text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + span.replacement;
    at = span.end;
  }
  return { text: spans.length ? out + text.slice(at) : text, fixed: spans.length, left };
}

/** Where the repairable sequences are, and how many others were seen and left. */
export function findMojibake(text: string): { spans: RepairSpan[]; left: number } {
  const spans: RepairSpan[] = [];
  if (!MAY_HAVE_MOJIBAKE.test(text)) return { spans, left: 0 };
  let left = 0;
  let i = 0;
  while (i < text.length) {
    const length = sequenceLength(byteOf(text.charCodeAt(i)));
    if (length > 0) {
      const bytes = [byteOf(text.charCodeAt(i))];
      let j = i + 1;
      while (bytes.length < length && j < text.length) {
        const b = byteOf(text.charCodeAt(j));
        if (b < 0x80 || b > 0xbf) break;
        bytes.push(b);
        j++;
      }
      if (bytes.length === length) {
        try {
          spans.push({ start: i, end: j, replacement: strict.decode(new Uint8Array(bytes)) });
          i = j;
          continue;
        } catch {
          // not valid UTF-8 after all (an overlong form or a surrogate): leave it
        }
      } else if (bytes.length > 1) {
        left++; // a started sequence that lost a byte
      }
    }
    i++;
  }
  return { spans, left };
}

/** The repaired text for display; the file is not changed. */
export function displayText(text: string): string {
  // Hot: called for every title, task and field; most text has no lead byte and needs no repair object.
  return MAY_HAVE_MOJIBAKE.test(text) ? repairMojibake(text).text : text;
}
