/**
 * Slugs for folder and file names made from plan text. Plan titles are untrusted input, so a slug is
 * built only from runs of letters and digits (any script: `計画` stays `計画`, accents come off Latin
 * letters) joined by '-': it can never hold '.', '/', '\', a control or a bidi character, or be empty.
 */
import { dayNameEnd } from '../parse/classifyHeading';

/** Letters and digits of any script, with the combining marks some scripts need (Devanagari, Thai). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

function slugWords(text: string, maxLength: number): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off Latin letters: "Ångström" -> "Angstrom"
    .normalize('NFC') // and every other script put back together (Hangul, kana with voicing marks)
    .toLowerCase();
  const words = folded.match(WORD) ?? [];
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if ([...next].length > maxLength) {
      if (!slug) slug = [...word].slice(0, maxLength).join('');
      break;
    }
    slug = next;
  }
  return slug;
}

export function slugify(text: string, maxLength = 48): string {
  return slugWords(text, maxLength) || 'untitled';
}

/** FNV-1a over the UTF-16 code units: 8 hex digits, the same in the extension and the CLI. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Names Windows reserves for devices: a folder cannot be called `con` there. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** A segment's slug, with a Windows device name (`con`) made safe; '' when it has no letter or digit. */
function segmentSlug(segment: string): string {
  const slug = slugWords(segment, 48);
  return RESERVED.test(slug) ? `${slug}-plan` : slug;
}

/**
 * The lab folder of a plan, as path segments below the labs folder, from the plan's path below the root:
 * `python/week-1.md` -> `python/week-1`. Folders are mirrored, so plans of the same name in different
 * folders (`python/week-1.md`, `rust/week-1.md`) never share a lab; letters of any script are kept
 * (`計画.md` -> `計画`). A name with no letter or digit at all (`🎯.md`), or a plan outside the root (the
 * CLI's `--root`: its `..`s are dropped, never climbed), gets a short hash of its whole path:
 * `plan-1a2b3c4d`, `other/plan-1a2b3c4d`.
 */
export function planSlug(planPath: string): string[] {
  const segments = planPath.split('/').filter((segment) => segment !== '' && segment !== '.');
  const stem = (segments.pop() ?? '').replace(/\.(md|markdown)$/i, '');
  const climbs = segments.includes('..');
  // A folder named without a letter or digit (`🎯/`) is kept apart by a hash of its name, never dropped.
  const folders = segments.filter((segment) => segment !== '..').map((segment) => segmentSlug(segment) || `folder-${shortHash(segment)}`);
  const slug = segmentSlug(stem);
  if (!slug) return [...folders, `plan-${shortHash(planPath)}`];
  return [...folders, climbs ? `${slug}-${shortHash(planPath)}` : slug];
}

/**
 * The separator after a day's name (`Day 31 - `, `Tag 4: `, `第2天：`), full-width forms included, and a challenge's
 * count before it (`Day 4/100: `, `Day 4 of 100: `: a trial's lab was `day-004-100-wrote-unit-tests`, its notes titled
 * `/100: ...`).
 */
const AFTER_DAY_NAME = /^\s*(?:(?:\/\s*|of\s+)\d{1,5}\s*)?(?:[-\u2013\u2014:|.\uFF1A\u3001\uFF0C\u3002\u30FB]\s*)?/u;

/** A day's title without its "Day 31 - " prefix (in any language the grammar reads: "Tag 4 – ", "第2天："): "Lakehouse vs Data Warehouse for AI". */
export function titleWithoutDayPrefix(title: string): string {
  const end = dayNameEnd(title);
  const stripped = end >= 0 ? title.slice(end).replace(AFTER_DAY_NAME, '').trim() : formerTitleWithoutDayPrefix(title);
  return stripped || title.trim();
}

/** The title as labs before 2026-11-27 left it: only an English `Day 31 - ` taken off (their folders are kept). */
export function formerTitleWithoutDayPrefix(title: string): string {
  const stripped = title.replace(/^\s*day\s*#?\s*\d+\s*(?:[-\u2013\u2014:|.]\s*)?/i, '').trim();
  return stripped || title.trim();
}
