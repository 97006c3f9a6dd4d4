/**
 * The plan vocabulary, compiled from `languages.json` (one block of keywords per language, a data
 * file a contributor extends without touching code): which words make a heading a day, a range of
 * days, a week or module, a month or cycle, a round; weekday and month names for dates; the words of
 * day tables (status headers and done values); words that say a dated log is about learning.
 *
 * Words are looked up in maps, by hand, one word at a time (a heading's first words, a table cell),
 * never by a pattern of hundreds of alternatives. Forms with a number inside (`第{n}天`, `{n}일차`,
 * `{n}. Tag`) are compiled to small anchored patterns. Built once, on first use.
 */
import data from './languages.json';

export type KeywordKind = 'day' | 'days' | 'week' | 'module' | 'cycle' | 'round' | 'today';

interface LanguageBlock {
  readonly name: string;
  readonly day?: readonly string[];
  readonly days?: readonly string[];
  /** Words heading a table's first column of bare day numbers (`| 天 | 主题 |`), where `day` takes the number inside (`第{n}天`). */
  readonly dayHeaders?: readonly string[];
  readonly week?: readonly string[];
  readonly module?: readonly string[];
  readonly cycle?: readonly string[];
  readonly round?: readonly string[];
  readonly today?: readonly string[];
  readonly weekdays?: readonly (readonly string[])[];
  readonly weekdaysShort?: readonly (readonly string[])[];
  /** Abbreviations read only right before a date (German `Mo, 23.11.2026`): alone, `So` and `Do` are words. */
  readonly weekdaysBeforeDate?: readonly (readonly string[])[];
  readonly months?: readonly (readonly string[])[];
  readonly dateWords?: readonly string[];
  readonly datePrefixes?: readonly string[];
  readonly statusHeaders?: readonly string[];
  readonly dateHeaders?: readonly string[];
  /** A day table's column of planned dates (`Planned`, `Geplant`), read as such only when it holds a date. */
  readonly plannedHeaders?: readonly string[];
  /** Field names that make review cards, by kind (English ones: src/core/review/cards.ts). */
  readonly reviewFields?: { readonly checkpoint?: readonly string[]; readonly quiz?: readonly string[]; readonly learning?: readonly string[] };
  /** Field names a lab takes the day's objective and tasks from (English ones: src/core/labs/dayContent.ts). */
  readonly labFields?: { readonly objective?: readonly string[]; readonly task?: readonly string[] };
  readonly doneValues?: readonly string[];
  /** What a status cell holds while a day is not done (`offen`, `pendiente`): marking replaces it. */
  readonly openValues?: readonly string[];
  /** What a status cell holds when the day was skipped (`skipped`, `übersprungen`): a skipped day, as a `⏭`. */
  readonly skipValues?: readonly string[];
  readonly learning?: readonly string[];
  /** What a clause of a journal entry says when no study was done (`skipped`, `rest day`), and the rest: see noStudy.ts. */
  readonly noStudy?: readonly string[];
  readonly noStudyAlone?: readonly string[];
  /** Those of noStudy and noStudyAlone that say a day of rest (`rest day`, `Ruhetag`), not one missed: see noStudy.ts. */
  readonly restDay?: readonly string[];
  /** Those of noStudy that say no study and not why (`skipped`, `no study`): beside a rest, it is a rest (noStudy.ts). */
  readonly noStudyBare?: readonly string[];
  /** A table header's words that say its column is no study (`City`, `Amount`, `Breakfast`): see dayTables.ts. */
  readonly otherHeaders?: readonly string[];
  /** Headers any table may have (`Notes`, `Comments`): beside otherHeaders, they say nothing (see dayTables.ts). */
  readonly anyHeaders?: readonly string[];
  /** A table header's words that say its column is what is studied (`Topic`, `Problem`, `Lesson`): see dayTables.ts. */
  readonly studyHeaders?: readonly string[];
  readonly studyAnyway?: readonly string[];
  /** What a file's name or headings call a list that is no study (`groceries`, `meeting notes`): see planSignals.ts. */
  readonly otherLists?: readonly string[];
  /** A learning word with the word before it that says no study (`personal journal`): see planSignals.ts. */
  readonly otherJournals?: readonly string[];
}

export const LANGUAGES: Readonly<Record<string, LanguageBlock>> = (data as { languages: Record<string, LanguageBlock> }).languages;

const KINDS: readonly KeywordKind[] = ['day', 'days', 'week', 'module', 'cycle', 'round', 'today'];

/** A form with the number inside (`第{n}天`), as an anchored, sticky pattern: group 1 the number, group 2 a range's end. */
export interface Template {
  readonly kind: KeywordKind;
  readonly pattern: RegExp;
}

/** Whether a template may match at `i`: templates start with a number or one of a few characters (`第`, `モ`...). */
export function mayStartTemplate(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && (isDigitAt(text, i) || CJK_NUMERALS.includes(c) || vocabularyOf().templateStarts.has(c.toLowerCase()));
}

export interface Vocabulary {
  /** Lower-case keyword (words joined by one space, apostrophes as `'`) -> the kinds it names. */
  readonly words: ReadonlyMap<string, readonly KeywordKind[]>;
  readonly templates: readonly Template[];
  /** Full weekday names -> 1 (Monday) .. 7 (Sunday). */
  readonly weekdays: ReadonlyMap<string, number>;
  /** Abbreviated weekday names (`Mon`), only read when nothing but punctuation or a date follows. */
  readonly weekdaysShort: ReadonlyMap<string, number>;
  /** Abbreviations (`Mo`, `Di`) read only before a date: `So, what now?` is no Sunday. */
  readonly weekdaysBeforeDate: ReadonlyMap<string, number>;
  /** Month names and abbreviations -> 1 .. 12. */
  readonly months: ReadonlyMap<string, number>;
  /** Words allowed inside a written date (`7 de enero de 2023`, `7th of January`). */
  readonly dateWords: ReadonlySet<string>;
  /** Words that may introduce a date (`ngày 7 tháng 1 năm 2023`). */
  readonly datePrefixes: ReadonlySet<string>;
  readonly statusHeaders: ReadonlySet<string>;
  /** A day table's column for the date a day was done (`Date`, `Datum`, `Fecha`). */
  readonly dateHeaders: ReadonlySet<string>;
  /** A day table's column of the dates days are planned on (`Planned`, `Geplant`): one holding a date is the date column. */
  readonly plannedHeaders: ReadonlySet<string>;
  /** Field names (normalized) that make review cards, in the plans' other languages -> their kind. */
  readonly reviewFields: ReadonlyMap<string, 'checkpoint' | 'quiz' | 'learning'>;
  readonly labFields: ReadonlyMap<string, 'objective' | 'task'>;
  readonly doneValues: ReadonlySet<string>;
  /**
   * A table's day column headers (`天`, `일차`) -> how its rows are labelled: the language's first forms of one day
   * and of a range (`第{n}天`, `第{n}-{m}天`).
   */
  readonly dayHeaders: ReadonlyMap<string, { readonly day: string; readonly days: string | null }>;
  /** Status cell values of a day not done, in any language: marking the day replaces them (see tableEdits.ts). */
  readonly openValues: ReadonlySet<string>;
  /** Status cell values of a skipped day, in any language (see tableStatus.ts). */
  readonly skipValues: ReadonlySet<string>;
  readonly learning: ReadonlySet<string>;
  /** Phrases of an entry without study (`skipped`, `day off`, `休息`), normalized; see noStudy.ts for the three. */
  readonly noStudy: ReadonlySet<string>;
  readonly noStudyAlone: ReadonlySet<string>;
  readonly restDay: ReadonlySet<string>;
  readonly noStudyBare: ReadonlySet<string>;
  readonly otherHeaders: ReadonlySet<string>;
  readonly anyHeaders: ReadonlySet<string>;
  readonly studyHeaders: ReadonlySet<string>;
  readonly studyAnyway: ReadonlySet<string>;
  readonly otherLists: ReadonlySet<string>;
  readonly otherJournals: ReadonlySet<string>;
  /** The most words any key has (keys are looked up on up to this many words). */
  readonly maxWords: number;
  /** The first characters of the templates that start with text (`第` of `第{n}天`). */
  readonly templateStarts: ReadonlySet<string>;
  /** The first words a written date can start with (weekdays, months, date prefixes): a cheap test before reading one. */
  readonly dateLeads: ReadonlySet<string>;
  /** The first characters (lower case) of the day words: a cheap test before reading a paragraph day. */
  readonly dayStarts: ReadonlySet<string>;
}

/** A key as looked up: lower case, runs of white space as one space, every apostrophe as `'`. */
export function normalizeKey(text: string): string {
  const lower = text.toLowerCase();
  // Most keys are one plain word: no regex for them.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x2019 || c === 0x2bc) return lower.replace(/[\u2019\u02BC]/g, "'").replace(/[ \t]+/g, ' ').trim();
  }
  return lower;
}

/** The last word key read: a heading's first word is looked up as a date word, then as a keyword. */
let lastWord = { text: '', start: -1, end: -1, key: '' };

/** The key of the word written at `text[start, end)` (remembered for the next look-up of the same word). */
export function wordKey(text: string, start: number, end: number): string {
  if (lastWord.start === start && lastWord.end === end && lastWord.text === text) return lastWord.key;
  const key = normalizeKey(text.slice(start, end));
  lastWord = { text, start, end, key };
  return key;
}

/** Cardinal numbers in Chinese and Japanese numerals, as templates write them (`第三天`). */
export const CJK_NUMERALS = '\u3007\u96F6\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E';
// Five numerals: `九百九十九` (999).
const NUMBER = `(\\d{1,5}|[${CJK_NUMERALS}]{1,5})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `第{n}天` -> /第[ \t]*(\d{1,5}|...)[ \t]*天/ (anchored where it is used, sticky). */
function compileTemplate(form: string, kind: KeywordKind): Template {
  const source = form
    .split(/(\{n\}|\{m\})/)
    .map((part) => (part === '{n}' || part === '{m}' ? NUMBER : escapeRegExp(part).replace(/ /g, '[ \\t]*')))
    .filter((part) => part !== '')
    .join('[ \\t]*');
  // A form ending in a Latin letter (`{n}. Tag`) must end a word: `1. Tage` is not `1. Tag`.
  const wordEnds = /[a-z\u00C0-\u024F]$/i.test(form);
  return { kind, pattern: new RegExp(source + (wordEnds ? '(?![\\p{L}\\p{N}])' : ''), 'iuy') };
}

function addNumbered(map: Map<string, number>, lists: readonly (readonly string[])[] | undefined, language: string, what: string): void {
  lists?.forEach((spellings, index) => {
    for (const spelling of spellings) {
      const key = normalizeKey(spelling);
      const known = map.get(key);
      if (known !== undefined && known !== index + 1) throw new Error(`languages.json: "${spelling}" (${language}) names ${what} ${index + 1} and ${known}`);
      map.set(key, index + 1);
    }
  });
}

function compile(): Vocabulary {
  const words = new Map<string, KeywordKind[]>();
  const templates: Template[] = [];
  const weekdays = new Map<string, number>();
  const weekdaysShort = new Map<string, number>();
  const weekdaysBeforeDate = new Map<string, number>();
  const months = new Map<string, number>();
  const reviewFields = new Map<string, 'checkpoint' | 'quiz' | 'learning'>();
  const labFields = new Map<string, 'objective' | 'task'>();
  const dayHeaders = new Map<string, { day: string; days: string | null }>();
  const sets = { dateWords: new Set<string>(), datePrefixes: new Set<string>(), statusHeaders: new Set<string>(), dateHeaders: new Set<string>(), plannedHeaders: new Set<string>(), doneValues: new Set<string>(), openValues: new Set<string>(), skipValues: new Set<string>(), learning: new Set<string>(), noStudy: new Set<string>(), noStudyAlone: new Set<string>(), restDay: new Set<string>(), noStudyBare: new Set<string>(), otherHeaders: new Set<string>(), anyHeaders: new Set<string>(), studyHeaders: new Set<string>(), studyAnyway: new Set<string>(), otherLists: new Set<string>(), otherJournals: new Set<string>() };
  let maxWords = 1;
  for (const [code, block] of Object.entries(LANGUAGES)) {
    for (const kind of KINDS) {
      for (const form of block[kind] ?? []) {
        if (form.includes('{n}')) {
          templates.push(compileTemplate(form, kind));
          continue;
        }
        const key = normalizeKey(form);
        const kinds = words.get(key) ?? [];
        if (!kinds.includes(kind)) kinds.push(kind);
        words.set(key, kinds);
        maxWords = Math.max(maxWords, key.split(' ').length);
      }
    }
    const dayForm = block.day?.find((form) => form.includes('{n}'));
    for (const header of block.dayHeaders ?? []) {
      if (!dayForm) throw new Error(`languages.json: dayHeaders of ${code} need a day form with {n}`);
      const key = normalizeKey(header);
      if (dayHeaders.has(key)) throw new Error(`languages.json: the day header "${header}" (${code}) is another language's too`);
      dayHeaders.set(key, { day: dayForm, days: block.days?.find((form) => form.includes('{m}')) ?? null });
    }
    addNumbered(weekdays, block.weekdays, code, 'weekday');
    addNumbered(weekdaysShort, block.weekdaysShort, code, 'weekday');
    addNumbered(weekdaysBeforeDate, block.weekdaysBeforeDate, code, 'weekday');
    addNumbered(months, block.months, code, 'month');
    for (const name of ['dateWords', 'datePrefixes', 'statusHeaders', 'dateHeaders', 'plannedHeaders', 'doneValues', 'openValues', 'skipValues', 'learning', 'noStudy', 'noStudyAlone', 'restDay', 'noStudyBare', 'otherHeaders', 'anyHeaders', 'studyHeaders', 'studyAnyway', 'otherLists', 'otherJournals'] as const) {
      for (const word of block[name] ?? []) sets[name].add(normalizeKey(word));
    }
    for (const kind of ['checkpoint', 'quiz', 'learning'] as const) {
      for (const name of block.reviewFields?.[kind] ?? []) reviewFields.set(normalizeKey(name), kind);
    }
    for (const kind of ['objective', 'task'] as const) for (const name of block.labFields?.[kind] ?? []) labFields.set(normalizeKey(name), kind);
  }
  for (const value of sets.restDay) if (!sets.noStudy.has(value) && !sets.noStudyAlone.has(value)) throw new Error(`languages.json: the rest day "${value}" is no noStudy phrase`);
  for (const value of sets.openValues) if (sets.doneValues.has(value)) throw new Error(`languages.json: "${value}" is a done value and an open one`);
  for (const value of sets.skipValues) if (sets.doneValues.has(value) || sets.openValues.has(value)) throw new Error(`languages.json: "${value}" is a skip value and a done or open one`);
  for (const key of [...weekdays.keys(), ...weekdaysShort.keys(), ...months.keys(), ...sets.statusHeaders, ...sets.doneValues, ...sets.datePrefixes]) {
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  const templateStarts = new Set<string>();
  for (const code of Object.keys(LANGUAGES)) {
    for (const kind of KINDS) {
      for (const form of LANGUAGES[code][kind] ?? []) if (form.includes('{n}') && !form.startsWith('{n}')) templateStarts.add(form[0].toLowerCase());
    }
  }
  const dateLeads = new Set<string>();
  for (const key of [...weekdays.keys(), ...weekdaysShort.keys(), ...weekdaysBeforeDate.keys(), ...months.keys(), ...sets.datePrefixes]) dateLeads.add(key.split(' ')[0]);
  const dayStarts = new Set<string>();
  for (const [key, kinds] of words) if (kinds.includes('day') || kinds.includes('days')) dayStarts.add(key[0]);
  return { words, templates, weekdays, weekdaysShort, weekdaysBeforeDate, months, ...sets, reviewFields, labFields, dayHeaders, maxWords, templateStarts, dateLeads, dayStarts };
}

let vocabulary: Vocabulary | undefined;

/** The compiled vocabulary (built on first use). */
export function vocabularyOf(): Vocabulary {
  vocabulary ??= compile();
  return vocabulary;
}

const LETTER = /[\p{L}\p{M}]/u;

/** Whether the character at `i` is a letter (of any script) or a combining mark. */
export function isLetterAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER.test(text.slice(i, i + 2));
  return LETTER.test(text[i]);
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** Ideographs, kana and hangul: scripts written without spaces, whose keywords are looked up as prefixes. */
export function isCjkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2bc;
}

/**
 * The end of the word starting at `i`: letters, with apostrophes and hyphens inside (`aujourd'hui`,
 * `segunda-feira`); `i` if there is no letter there.
 */
export function wordEnd(text: string, i: number): number {
  let end = i;
  while (end < text.length) {
    if (isLetterAt(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) <= 0xdbff ? 2 : 1;
    else if ((isApostrophe(text.charCodeAt(end)) || text.charCodeAt(end) === 0x2d) && end > i && isLetterAt(text, end + 1)) end++;
    else break;
  }
  return end;
}

export interface Found<T> {
  readonly value: T;
  /** Where the matched words end in the text. */
  readonly end: number;
}

/**
 * The longest key of `map` written at `i` (up to `maxWords` words separated by spaces or tabs), or
 * null. Scripts without spaces are matched as prefixes of their run of letters (`星期一学习`).
 */
export function lookupAt<T>(text: string, i: number, map: ReadonlyMap<string, T> | ReadonlySet<string>, maxWords = vocabularyOf().maxWords): Found<T> | null {
  const get = (key: string): T | undefined => (map instanceof Set ? (map.has(key) ? (key as unknown as T) : undefined) : (map as ReadonlyMap<string, T>).get(key));
  const first = wordEnd(text, i);
  if (first === i) return null;
  if (isCjkAt(text, i)) {
    for (let end = Math.min(first, i + 6); end > i; end--) {
      const value = get(text.slice(i, end).toLowerCase());
      if (value !== undefined) return { value, end };
    }
    return null;
  }
  const firstKey = wordKey(text, i, first);
  const value = get(firstKey);
  let best: Found<T> | null = value === undefined ? null : { value, end: first };
  // More words only where a longer key starts with this one (`thứ hai`, `hari ini`, `tháng 1`).
  if (maxWords < 2 || !startsLongerKey(map, firstKey)) return best;
  let end = first;
  for (let words = 2; words <= maxWords; words++) {
    let next = end;
    while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x09)) next++;
    if (next === end) break;
    const nextEnd = isDigitAt(text, next) ? digitsEnd(text, next) : wordEnd(text, next);
    if (nextEnd === next) break;
    end = nextEnd;
    const longer = get(normalizeKey(text.slice(i, end)));
    if (longer !== undefined) best = { value: longer, end };
  }
  return best;
}

/** First words of the keys of more than one word, per map (built once per map). */
const firstWordsOfLongerKeys = new WeakMap<object, Set<string>>();

function startsLongerKey(map: ReadonlyMap<string, unknown> | ReadonlySet<string>, word: string): boolean {
  let firsts = firstWordsOfLongerKeys.get(map);
  if (!firsts) {
    firsts = new Set();
    for (const key of map.keys()) if (key.includes(' ')) firsts.add(key.slice(0, key.indexOf(' ')));
    firstWordsOfLongerKeys.set(map, firsts);
  }
  return firsts.has(word);
}

/** The end of the run of ASCII digits starting at `i`. */
export function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigitAt(text, i)) i++;
  return i;
}

const CJK_VALUES: Record<string, number> = {
  '\u3007': 0, '\u96F6': 0, '\u4E00': 1, '\u4E8C': 2, '\u4E09': 3, '\u56DB': 4, '\u4E94': 5, '\u516D': 6, '\u4E03': 7, '\u516B': 8, '\u4E5D': 9,
};

/** A number written in ASCII digits or in Chinese numerals up to 999 (`三`, `十二`, `二十一`, `一百`, `一百零五`); NaN otherwise. */
export function numberValue(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = -1;
  for (const char of text) {
    if (char === '\u5341' || char === '\u767E') {
      total += (digit < 0 ? 1 : digit) * (char === '\u5341' ? 10 : 100);
      digit = -1;
    } else if (char in CJK_VALUES) {
      // A zero only holds a place (`一百零五`, 105): the digit after it replaces it.
      if (digit > 0) return NaN;
      digit = CJK_VALUES[char];
    } else {
      return NaN;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}
