/**
 * What a table's header cells say their columns hold, in languages.json's words: the day (`Day`, `Día`, `天`), its
 * status (`Done`, `Status`, `✅`), the date it was done (`Completed on`), no study (`City`, `Amount`), or what is studied
 * (`Topic`, `Problem`). Each takes a header's display words (see dayTables.headerWords).
 */
import { DATE_CONNECTORS, DONE_SIGNS } from '../grammar/tableStatus';
import { lookupAt, normalizeKey, vocabularyOf } from '../grammar/keywords';

/** A day column's header: a day word (`Day`, `# Day`, `Days`, `Día`, `Tag`); a bare `#` numbers rankings and price lists too. */
export function isDayHeader(text: string, singular = false): boolean {
  const key = normalizeKey(text.replace(/^#\s*/, ''));
  // `| 天 | 主题 |`: a header word of a language whose day word holds the number, in the first column only (`天数` counts days too).
  if (!singular && vocabularyOf().dayHeaders.has(key)) return true;
  const found = lookupAt(key, 0, vocabularyOf().words);
  return found !== null && found.end === key.length && (found.value.includes('day') || (!singular && found.value.includes('days')));
}

/** A status column's header: `Done`, `Status`, `✅`, also asked (`Done?`, `完成？`) or labelled (`Status:`). */
export function isStatusHeader(text: string): boolean {
  // A sign as emoji pickers write it (`✔️`: with the variation selector) is the sign.
  const key = normalizeKey(text).replace(/\uFE0F/g, '').replace(/[ \t]*[?:\uFF1F\uFF1A]$/, '');
  return vocabularyOf().statusHeaders.has(key) || DONE_SIGNS.includes(key);
}

/**
 * A header that says its column holds the date a day was done: a date header of several words (`Completed on`,
 * `Completion date`, `Studied on`), or a status word beside date words and connectors (`Date done`, `Erledigt am`,
 * `Abgeschlossen am`, `Completado el`). A trial's `Completed on` alone read as a schedule, `Date done` as nothing.
 */
export function isDoneDateHeader(text: string): boolean {
  const key = normalizeKey(text).replace(/[ \t]*[?:\uFF1F\uFF1A]$/, '');
  const vocabulary = vocabularyOf();
  if (key.includes(' ') && vocabulary.dateHeaders.has(key)) return true;
  const words = key.split(' ');
  if (words.length < 2) return false;
  // A done word (`completed`, `erledigt`), not any status word: `Check date` heads review dates, `Estado de` a state.
  const done = (word: string): boolean => vocabulary.doneValues.has(word);
  const dated = (word: string): boolean => vocabulary.dateHeaders.has(word) || DATE_CONNECTORS.has(word);
  return words.some(done) && words.every((word) => done(word) || dated(word)) && words.some((word) => !done(word));
}

/**
 * Whether a header says its column is no study: languages.json's `otherHeaders` (places, lodging, money, meals, body
 * measures: `City`, `Hotel`, `Amount`, `Breakfast`, `Weight`), as the whole header or as every word or phrase of it,
 * beside words any table's header has, a unit in brackets aside (`Price (CAD)`, `Petit déjeuner (€)`, `Hotel /
 * hostel`, `Cost per night`; not `Study location`, `Items to review`, whose other words may be a plan's: a reviewer's
 * such plans were lost).
 */
export function isOtherHeader(text: string): boolean {
  const { otherHeaders, anyHeaders } = vocabularyOf();
  const key = normalizeKey(text.replace(/[ \t]*[(（][^)）]*[)）][ \t]*$/u, ''));
  return otherHeaders.has(key) || headerSays(key, otherHeaders, (phrase, n) => anyHeaders.has(phrase) || (n === 1 && LINKING_WORDS.has(phrase)));
}

/**
 * Whether a header's words are, phrase by phrase (up to three words, longest first: `petit déjeuner`, `topics covered`),
 * each a `wanted` one or one that says nothing (`aside`), and one at least wanted.
 */
function headerSays(key: string, wanted: ReadonlySet<string>, aside: (phrase: string, words: number) => boolean): boolean {
  const words = key.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  let found = false;
  for (let i = 0; i < words.length; ) {
    let step = 0;
    for (let n = Math.min(3, words.length - i); n >= 1 && step === 0; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (wanted.has(phrase)) [step, found] = [n, true];
      else if (aside(phrase, n)) step = n;
    }
    if (step === 0) return false;
    i += step;
  }
  return found;
}

/** Words between a header's words (`Cost per night`, `Place to stay`, `Coût par nuit`). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['per', 'to', 'of', 'and', 'the', 'a', 'in', 'for', 'par', 'pro', 'et', 'und', 'y', 'e', 'de']);

/**
 * Whether a header says its column is what is studied: its words are languages.json's `studyHeaders` words or phrases,
 * beside words any table's header has and a bracket aside (`Topic`, `Topic(s)`, `Study topic`, `Topics covered`,
 * `LeetCode problem`, `Тема`); not a study word among others (`Golf course`, `Meter reading`, `Customer problem`,
 * `Study time`: a review's false plans). A header of a script written without spaces is one whole word (`主题`).
 */
export function isStudyHeader(text: string): boolean {
  const key = normalizeKey(text.replace(/[(（][^)）]*[)）]/gu, ' ')).trim();
  const { studyHeaders, anyHeaders } = vocabularyOf();
  return studyHeaders.has(key) || headerSays(key, studyHeaders, (phrase, n) => anyHeaders.has(phrase) || NEUTRAL_WORDS.has(phrase) || (n === 1 && LINKING_WORDS.has(phrase)));
}

/** Words a study column's header may have beside its study word (`Problem name`, `Lesson title`). */
const NEUTRAL_WORDS: ReadonlySet<string> = new Set(['name', 'title', 'link', 'url', 's']);
