import { isRestEntry, type Field, type Link, type PlanNode, type Task } from '../core';

/**
 * The `--json` contract of one plan written straight into UTF-8 bytes: the very bytes
 * `jsonText(planToJson(plan, file), false)` gives once encoded (a unit test compares them on every
 * fixture and on generated nodes whose strings hold every kind of character).
 *
 * Why a second writer of the contract: `index --json` prints 9 MB for 300 plans, and there the generic
 * way (an object per node, `JSON.stringify`, the terminal-safety pass over its text, the UTF-8 encoding of
 * the write) took ~55 ms warm and more in a cold process; this takes ~25 ms warm. It walks the model once and
 * escapes as it copies: what JSON escapes, and what a terminal would act on (output.ts's TERMINAL_UNSAFE) as
 * `\uXXXX`, which JSON reads back as the same character.
 *
 * Keys are written in `planToJson`'s order. The model's values are as its types say; where a member is
 * written through `member` (every one but the kind, the file, a link's text, a field's name and the counts),
 * `undefined` leaves it out with its key, as `JSON.stringify` does.
 */
export class PlanJsonBytes {
  private chunk: Buffer;
  private at = 0;
  /** Where the bytes not handed to the sink yet start in `chunk`. */
  private from = 0;

  /** `sink` takes each piece of bytes and may keep it (a stream writing later): the writer never writes into it again. */
  constructor(
    private readonly sink: (bytes: Uint8Array) => void,
    private readonly chunkBytes = 256 * 1024,
  ) {
    this.chunk = Buffer.alloc(chunkBytes);
  }

  /** ASCII text the caller knows needs no escape (punctuation between plans). */
  raw(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.chunk[this.at++] = text.charCodeAt(i);
  }

  /** The open days' dates by line (openDayDates) of the plan being written. */
  private planned: ReadonlyMap<number, string> = NO_DATES;
  /** The plan being written is a journal: its entries of rest say so. */
  private journal = false;

  /** One plan, as `planToJson(plan, file)`; `planned` is `openDayDates(plan)`, `journal` the plan's. */
  plan(root: PlanNode, file: string, planned: ReadonlyMap<number, string> = NO_DATES, journal = false): void {
    this.planned = planned;
    this.journal = journal;
    this.nodeHead(root);
    this.key(FILE);
    this.string(file);
    this.nodeTail(root);
    this.planned = NO_DATES;
    this.journal = false;
  }

  /** Hands what is written since the last flush to the sink (nothing when there is nothing). */
  flush(): void {
    if (this.at === this.from) return;
    this.sink(this.chunk.subarray(this.from, this.at));
    this.from = this.at;
  }

  private node(node: PlanNode): void {
    this.nodeHead(node);
    this.nodeTail(node);
  }

  /** `kind` to `children`: the contract's first fields. */
  private nodeHead(node: PlanNode): void {
    this.key(KIND);
    this.string(node.kind);
    this.member(TITLE, node.title);
    this.member(LINE, node.kind === 'plan' ? 1 : node.line + 1);
    this.member(NUMBER, node.number);
    this.member(DONE, node.done);
    this.member(DONE_DATE, node.doneDate);
    const progress = node.progress;
    this.key(TASKS_TOTAL);
    this.number(progress.tasksTotal);
    this.key(DONE_IN_COUNT);
    this.number(progress.tasksDone);
    this.key(LINKS);
    const links = node.links;
    for (let i = 0; i < links.length; i++) this.link(links[i], i);
    this.key(CHILDREN);
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      if (i > 0) this.byte(COMMA);
      this.node(children[i]);
    }
    this.byte(CLOSE_LIST);
  }

  /** `level` to `fields`: the fields added to the contract later. */
  private nodeTail(node: PlanNode): void {
    this.member(LEVEL, node.level);
    this.member(DATE, node.date);
    const progress = node.progress;
    this.key(DAYS_TOTAL);
    this.number(progress.daysTotal);
    this.key(DONE_IN_COUNT);
    this.number(progress.daysDone);
    const planned = node.kind === 'day' && this.planned.size > 0 ? this.planned.get(node.line) : undefined;
    if (planned === undefined) this.key(node.skipped ? (this.journal && isRestEntry(node) ? REST_CHECKLIST : SKIPPED_CHECKLIST) : CHECKLIST);
    else {
      // Open days only: a skipped day has no planned date.
      this.key(PLANNED);
      this.string(planned);
      this.key(CHECKLIST_AFTER_MEMBER);
    }
    const tasks = node.tasks;
    for (let i = 0; i < tasks.length; i++) this.task(tasks[i], i);
    this.key(FIELDS);
    const fields = node.fields;
    for (let i = 0; i < fields.length; i++) this.field(fields[i], i);
    this.key(CLOSE_LIST_OBJECT);
  }

  private link(link: Link, i: number): void {
    this.key(i === 0 ? FIRST_TEXT : NEXT_TEXT);
    this.string(link.text);
    this.member(TARGET, link.target);
    this.member(LINE, link.line + 1);
    this.byte(CLOSE_OBJECT);
  }

  private field(field: Field, i: number): void {
    this.key(i === 0 ? FIRST_NAME : NEXT_NAME);
    this.string(field.name);
    this.member(DETAIL, field.detail);
    this.member(VALUE, field.value);
    this.member(LINE, field.line + 1);
    this.byte(CLOSE_OBJECT);
  }

  private task(task: Task, i: number): void {
    this.key(i === 0 ? FIRST_LINE : NEXT_LINE);
    this.number(task.line + 1);
    this.member(CHECKED, task.checked);
    this.member(TEXT, task.text);
    this.member(DONE_DATE, task.doneDate);
    this.member(STATUS, task.status);
    this.member(LAST_LINE, task.lastLine + 1);
    this.member(DUE, task.due);
    this.member(SCHEDULED, task.scheduled);
    this.member(START, task.start);
    this.member(CREATED, task.created);
    this.member(CANCELLED_DATE, task.cancelledDate);
    this.member(RECURRENCE, task.recurrence);
    this.member(PRIORITY, task.priority);
    this.byte(CLOSE_OBJECT);
  }

  /** `,"key":value`, or nothing for `undefined` (JSON.stringify leaves such a member out). */
  private member(key: Uint8Array, value: unknown): void {
    if (value === undefined) return;
    this.key(key);
    if (typeof value === 'string') this.string(value);
    else if (typeof value === 'number') this.number(value);
    else if (value === null) this.key(NULL);
    else if (value === true) this.key(TRUE);
    else if (value === false) this.key(FALSE);
    else this.fallback(value);
  }

  /** Constant bytes (a key with its punctuation). */
  private key(bytes: Uint8Array): void {
    this.room(bytes.length);
    const chunk = this.chunk;
    let at = this.at;
    for (let i = 0; i < bytes.length; i++) chunk[at++] = bytes[i];
    this.at = at;
  }

  private byte(value: number): void {
    this.room(1);
    this.chunk[this.at++] = value;
  }

  private number(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) return this.fallback(value);
    this.room(16);
    const chunk = this.chunk;
    if (value < 10) {
      chunk[this.at++] = 0x30 + value;
      return;
    }
    let digits = 0;
    for (let rest = value; rest > 0; rest = Math.floor(rest / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    for (let rest = value; rest > 0; rest = Math.floor(rest / 10)) chunk[--at] = 0x30 + (rest % 10);
  }

  /** Anything the model does not hold today (an object, a fractional number): as JSON.stringify writes it, made safe. */
  private fallback(value: unknown): void {
    const text = JSON.stringify(value) ?? 'null';
    // JSON.stringify escaped its strings already: only what a terminal acts on is left to escape.
    this.room(text.length * 6);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80 && c !== 0x7f) this.chunk[this.at++] = c;
      else i = this.special(text, i, c);
    }
  }

  /** A JSON string: quoted, escaped as JSON.stringify escapes, with what a terminal acts on as `\uXXXX`. */
  private string(text: string): void {
    const length = text.length;
    // Most strings need no escape: one native search proves it and one native call encodes them (in a cold
    // process, before the loop below is compiled, this saves ~10 ms of 300 plans). UTF-8 takes at most 3
    // bytes per UTF-16 unit (a pair's 4 bytes stand for 2 units).
    if (!NEEDS_ESCAPE.test(text)) {
      this.room(length * 3 + 2);
      const chunk = this.chunk;
      chunk[this.at] = QUOTE;
      const at = this.at + 1 + chunk.write(text, this.at + 1);
      chunk[at] = QUOTE;
      this.at = at + 1;
      return;
    }
    // The most a character can take: `\uXXXX`.
    this.room(length * 6 + 2);
    const chunk = this.chunk;
    let at = this.at;
    chunk[at++] = QUOTE;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x20 && c < 0x7f && c !== QUOTE && c !== BACKSLASH) chunk[at++] = c;
      else {
        this.at = at;
        i = this.special(text, i, c);
        at = this.at;
      }
    }
    chunk[at++] = QUOTE;
    this.at = at;
  }

  /** A character the fast path does not copy as it is; gives the index of the last code unit read. */
  private special(text: string, i: number, c: number): number {
    const chunk = this.chunk;
    if (c < 0x80) {
      if (c === QUOTE || c === BACKSLASH) {
        chunk[this.at++] = BACKSLASH;
        chunk[this.at++] = c;
      } else if (c < 0x20 && SHORT_ESCAPES[c] !== 0) {
        chunk[this.at++] = BACKSLASH;
        chunk[this.at++] = SHORT_ESCAPES[c];
      } else this.unicodeEscape(c);
      return i;
    }
    if (c < 0x800) {
      if (c <= 0x9f || c === 0x61c) this.unicodeEscape(c);
      else {
        chunk[this.at++] = 0xc0 | (c >> 6);
        chunk[this.at++] = 0x80 | (c & 0x3f);
      }
      return i;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        // A tag character (U+E0000-E007F): escaped, as output.ts's TERMINAL_UNSAFE has it.
        if (point >= 0xe0000 && point <= 0xe007f) {
          this.unicodeEscape(c);
          this.unicodeEscape(next);
          return i + 1;
        }
        chunk[this.at++] = 0xf0 | (point >> 18);
        chunk[this.at++] = 0x80 | ((point >> 12) & 0x3f);
        chunk[this.at++] = 0x80 | ((point >> 6) & 0x3f);
        chunk[this.at++] = 0x80 | (point & 0x3f);
        return i + 1;
      }
      // A lone surrogate: JSON.stringify writes it as an escape (well-formed JSON.stringify).
      this.unicodeEscape(c);
      return i;
    }
    if (c === 0x200e || c === 0x200f || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x180e || c === 0x200b || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff || (c >= 0xfff9 && c <= 0xfffb)) this.unicodeEscape(c);
    else {
      chunk[this.at++] = 0xe0 | (c >> 12);
      chunk[this.at++] = 0x80 | ((c >> 6) & 0x3f);
      chunk[this.at++] = 0x80 | (c & 0x3f);
    }
    return i;
  }

  /** `\u` and four lowercase hex digits, as JSON.stringify and the terminal-safety pass write them. */
  private unicodeEscape(c: number): void {
    const chunk = this.chunk;
    chunk[this.at++] = BACKSLASH;
    chunk[this.at++] = 0x75;
    chunk[this.at++] = HEX[(c >> 12) & 0xf];
    chunk[this.at++] = HEX[(c >> 8) & 0xf];
    chunk[this.at++] = HEX[(c >> 4) & 0xf];
    chunk[this.at++] = HEX[c & 0xf];
  }

  /** Makes room for `bytes` more: a full chunk is handed on, a value larger than a chunk gets one of its own. */
  private room(bytes: number): void {
    if (this.at + bytes <= this.chunk.length) return;
    this.flush();
    this.chunk = Buffer.alloc(Math.max(this.chunkBytes, bytes));
    this.at = 0;
    this.from = 0;
  }
}

/** Every character `special` handles: what JSON escapes, what a terminal acts on, and any surrogate (a lone one is escaped). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]/;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const CLOSE_OBJECT = 0x7d;
const CLOSE_LIST = 0x5d;
const HEX = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)));

/** JSON's two-character escapes (`\b \t \n \f \r`) by the character; 0 where a `\u00XX` escape is written. */
const SHORT_ESCAPES = new Uint8Array(0x20);
SHORT_ESCAPES[0x08] = 0x62;
SHORT_ESCAPES[0x09] = 0x74;
SHORT_ESCAPES[0x0a] = 0x6e;
SHORT_ESCAPES[0x0c] = 0x66;
SHORT_ESCAPES[0x0d] = 0x72;

const bytes = (text: string): Uint8Array => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

const KIND = bytes('{"kind":');
const TITLE = bytes(',"title":');
const LINE = bytes(',"line":');
const NUMBER = bytes(',"number":');
const DONE = bytes(',"done":');
const DONE_DATE = bytes(',"doneDate":');
const TASKS_TOTAL = bytes(',"tasks":{"total":');
const DONE_IN_COUNT = bytes(',"done":');
const LINKS = bytes('},"links":[');
const CHILDREN = bytes('],"children":[');
const FILE = bytes(',"file":');
const LEVEL = bytes(',"level":');
const DATE = bytes(',"date":');
const DAYS_TOTAL = bytes(',"days":{"total":');
const CHECKLIST = bytes('},"checklist":[');
/** A skipped day says so (only then: the other days' JSON stays as it was). */
const SKIPPED_CHECKLIST = bytes('},"skipped":true,"checklist":[');
/** A journal's entry of rest taken says so too (see isRestEntry). */
const REST_CHECKLIST = bytes('},"skipped":true,"rest":true,"checklist":[');
/** An open day of a scheduled plan says the date it is planned on. */
const PLANNED = bytes('},"planned":');
const CHECKLIST_AFTER_MEMBER = bytes(',"checklist":[');
const FIELDS = bytes('],"fields":[');
const NO_DATES: ReadonlyMap<number, string> = new Map();
const CLOSE_LIST_OBJECT = bytes(']}');
const FIRST_TEXT = bytes('{"text":');
const NEXT_TEXT = bytes(',{"text":');
const TARGET = bytes(',"target":');
const FIRST_NAME = bytes('{"name":');
const NEXT_NAME = bytes(',{"name":');
const DETAIL = bytes(',"detail":');
const VALUE = bytes(',"value":');
const FIRST_LINE = bytes('{"line":');
const NEXT_LINE = bytes(',{"line":');
const CHECKED = bytes(',"checked":');
const TEXT = bytes(',"text":');
const STATUS = bytes(',"status":');
const LAST_LINE = bytes(',"lastLine":');
const DUE = bytes(',"due":');
const SCHEDULED = bytes(',"scheduled":');
const START = bytes(',"start":');
const CREATED = bytes(',"created":');
const CANCELLED_DATE = bytes(',"cancelledDate":');
const RECURRENCE = bytes(',"recurrence":');
const PRIORITY = bytes(',"priority":');
const NULL = bytes('null');
const TRUE = bytes('true');
const FALSE = bytes('false');
