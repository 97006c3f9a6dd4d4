import type { CliIo } from './verb';

/**
 * Characters a terminal acts on instead of showing: C0 controls (escape sequences: OSC 52 writes the
 * clipboard, OSC 0 the window title, CSI erases lines), DEL, C1 controls (U+009B is a one-character CSI
 * for some terminals), and the invisible bidi and line-separator characters that reorder what is shown.
 * Also invisible characters that hide or join text unseen (a hostile trial's titles): a zero-width space, the
 * word joiner and invisible operators, a BOM inside text, the Mongolian vowel separator, interlinear
 * annotations, and tag characters (U+E0000-E007F, letters no one sees). The joiners scripts and emoji need
 * (U+200C, U+200D) stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;
/** The same, with tab and newline too: for one field of a line (a title, a link) that must stay one field. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FIELD_UNSAFE = /[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function escapeChar(char: string): string {
  // A tag character: its code point, whole.
  if (char.length === 2) return `\\u{${char.codePointAt(0)!.toString(16)}}`;
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** Text from a plan or a file name, shown inert: `\x1b]52;c;...` instead of a clipboard write. */
export function field(text: string): string {
  return text.replace(FIELD_UNSAFE, escapeChar);
}

/**
 * The `---`/`+++` labels of a diff of `file`, git's way: `a/` and `b/` before the path with no leading slash
 * (an absolute path made `a//tmp/plan.md`, which tools that split the label on its first slash misread), one line
 * each whatever the name holds (a line break would forge a header of the diff).
 */
export function diffLabels(file: string): { fromLabel: string; toLabel: string } {
  const name = field(file.replace(/^\/+/, ''));
  return { fromLabel: `a/${name}`, toLabel: `b/${name}` };
}

/** The CLI's output with every unsafe character escaped; the tabs and newlines the CLI itself writes stay. */
export function safeIo(io: CliIo): CliIo {
  const write = io.write?.bind(io);
  const readLine = io.readLine?.bind(io);
  return {
    out: (text) => io.out(text.replace(TERMINAL_UNSAFE, escapeChar)),
    err: (text) => io.err(text.replace(TERMINAL_UNSAFE, escapeChar)),
    ...(write ? { write: (text: string) => write(text.replace(TERMINAL_UNSAFE, escapeChar)) } : {}),
    // Bytes come made safe by their writer (planJsonBytes.ts escapes as it copies); without a byte
    // stream they are decoded and go through `write`, which checks them again.
    ...(io.writeBytes ? { writeBytes: io.writeBytes.bind(io) } : {}),
    ...(readLine ? { readLine: (prompt: string) => readLine(prompt.replace(TERMINAL_UNSAFE, escapeChar)) } : {}),
  };
}

export interface PieceWriter {
  write(text: string): void;
  /** UTF-8 bytes already safe for a terminal (see CliIo.writeBytes). */
  bytes(bytes: Uint8Array): void;
  end(): void;
}

/**
 * Writes stdout piece by piece (`write`, `writeBytes`), or, where the output cannot be written in pieces (a
 * test's capture), gathers the pieces and writes them as one `out` at the end; `end` adds the line break.
 */
export function pieceWriter(io: CliIo): PieceWriter {
  const decoder = new TextDecoder();
  const decoded = (bytes: Uint8Array): string => decoder.decode(bytes, { stream: true });
  if (io.write) {
    const write = io.write.bind(io);
    const bytes = io.writeBytes ? io.writeBytes.bind(io) : (piece: Uint8Array) => write(decoded(piece));
    return { write, bytes, end: () => write('\n') };
  }
  const pieces: string[] = [];
  return { write: (text) => pieces.push(text), bytes: (piece) => pieces.push(decoded(piece)), end: () => io.out(pieces.join('')) };
}

/** JSON text (compact unless `pretty`) with no raw character a terminal acts on: JSON escapes, so it parses the same. */
export function jsonText(value: unknown, pretty: boolean): string {
  return JSON.stringify(value, null, pretty ? 2 : undefined).replace(TERMINAL_UNSAFE, (chars) => jsonEscape(chars.charCodeAt(0)) + (chars.length === 2 ? jsonEscape(chars.charCodeAt(1)) : ''));
}

/** A UTF-16 code unit as JSON writes it escaped: `\u` and four lowercase hex digits. */
function jsonEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/**
 * A path as a word to paste into a shell (a command the CLI suggests): as it is when it holds only characters
 * no shell acts on, else quoted (single quotes for POSIX shells; double quotes on Windows, where cmd.exe and
 * PowerShell both read them); `./` before one that starts with `-`, which would read as an option. Control
 * characters are shown escaped (`field`): such a name cannot be pasted as it is anyway.
 */
export function shellWord(text: string, platform: string = process.platform): string {
  const word = text.startsWith('-') ? `./${text}` : text;
  if (platform === 'win32') return /^[A-Za-z0-9_@%+=:,./\\-]+$/.test(word) ? word : `"${field(word).replace(/"/g, '""')}"`;
  // `=` may not come first: zsh reads `=name` as the path of the command `name`.
  return /^[A-Za-z0-9_@%+:,./-][A-Za-z0-9_@%+=:,./-]*$/.test(word) ? word : `'${field(word).replace(/'/g, `'\\''`)}'`;
}

/** `1 day`, `2 days`: counts in English, as the CLI prints. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
