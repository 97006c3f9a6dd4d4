/**
 * What a file says about itself beyond its structure: whether it speaks of learning (a dated log of
 * study is a plan, dated meeting notes are not), and the title its front matter gives it.
 */
import { parse as parseYaml } from 'yaml';
import { vocabularyOf } from '../grammar/keywords';
import { fileStem } from '../document';
import type { ParsedPlan, PlanNode } from '../model';

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF]/;

/** Learning words of scripts written without spaces, looked for anywhere (built on first use). */
let runTogether: string[] | undefined;

/**
 * Whether any of the texts (file name, headings) has a learning word of languages.json (`learning`, `study`, `TIL`...).
 * `titles` (the file's title, see listNameTitles), when given: a pair of languages.json's `otherJournals` there
 * (`# Personal journal`, `personal-journal.md` with no title) makes its learning word say nothing, there and in the
 * other texts (`journal.md`): a trial's diary counted in the streak. Only there: a study journal's `### Personal
 * journal` section is no title of the file, nor `travel-journal.md`'s name beside `# Japanese journal`.
 */
export function speaksOfLearning(texts: readonly string[], titles: readonly string[] = []): boolean {
  const { learning, otherJournals } = vocabularyOf();
  runTogether ??= [...learning].filter((word) => CJK.test(word));
  const pairs = titles.length === 0 ? [] : journalPairs(titles, otherJournals);
  const unsaid = pairs.length === 0 ? null : new Set(pairs.map((pair) => pair.slice(pair.indexOf(' ') + 1)));
  for (const text of texts) {
    const lower = text.toLowerCase();
    if (/100\s*days\s*of\s*code/.test(lower) || runTogether!.some((word) => lower.includes(word))) return true;
    // Words of a file name are joined by - or _ (`learning-log`), of a title by spaces.
    const words = lower.replace(/[\u2019\u02BC]/g, "'").split(/[^\p{L}\p{M}\p{N}']+/u).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      if ((learning.has(words[i]) && !unsaid?.has(words[i])) || learning.has(`${words[i]} ${words[i + 1]}`) || learning.has(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)) return true;
    }
  }
  return false;
}

/**
 * What the file's title is, whole (see listNameTitles), when it names a list that is no study (languages.json's `otherLists`:
 * `groceries.md`, `# Packing list for Lisbon`, `## Action items`, `# Team sync 2026-11-25`): a file of tasks and
 * nothing else of a plan is then none (a trial's grocery list counted in the study streak, and could be Today's plan).
 * Whole, so that a project or a course's notes are not taken for one (`# Shopping cart project`, `# Meeting notes:
 * CS101 lecture 4`, `# Wishlist: books to read`: a trial's plans vanished): its words, numbers, months and weekdays
 * aside, are the list's name, or its name, a linking word (`for`, `with`, `für`...) and anything. Null when none is.
 */
export function namesOtherList(texts: readonly string[]): string | null {
  const { otherLists, dateLeads } = vocabularyOf();
  for (const text of texts) {
    // A parenthesis is an aside (`# Groceries (Costco)`).
    const words = text.replace(/\([^)]*\)/g, ' ').toLowerCase().replace(/[\u2019\u02BC]/g, "'").split(/[^\p{L}\p{M}\p{N}']+/u).filter((word) => word !== '' && !/^\d+(?:st|nd|rd|th)?$/.test(word) && !dateLeads.has(word));
    let key = '';
    for (let n = 0; n < Math.min(4, words.length); n++) {
      key = n === 0 ? words[0] : `${key} ${words[n]}`;
      if (otherLists.has(key) && (n + 1 === words.length || LINKING_WORDS.has(words[n + 1]))) return key;
    }
  }
  return null;
}

/** Words after a list's name that leave it the name (`Packing list for Lisbon`, `Einkaufsliste für Samstag`). */
const LINKING_WORDS = new Set(['for', 'with', 'on', 'at', 'from', 'of', 'to', 'para', 'de', 'del', 'da', 'do', 'für', 'vom', 'am', 'pour', 'du', 'per', 'della', 'voor', 'van']);

/**
 * The title a file is named by, for what kind of list or journal it is: its front matter's `title:`, else its first
 * heading when that is no day (a language course's `## Shopping` after `## Greetings`, or under `# Spanish
 * vocabulary`, is a topic, not the file's name; `title: Kubernetes` over `## Action items` names a plan: a trial's
 * vanished), else its file name (`personal-journal.md` of dated entries; `shopping.md` titled `# Spanish` is a
 * course's file).
 */
export function listNameTitles(fileName: string, frontTitle: string | null, root: { readonly children: readonly { readonly title: string; readonly kind: string }[] }): string[] {
  if (frontTitle !== null) return [frontTitle];
  const first = root.children[0];
  return [first !== undefined && first.kind !== 'day' ? first.title : fileName];
}

/**
 * Why a file of tasks is no plan, for a command that names it alone: what its name or a top heading calls it
 * (`groceries`, `meeting notes`), when nothing in it speaks of learning; null for any other file.
 */
export function otherListOf(plan: ParsedPlan): string | null {
  if (plan.isPlan || plan.root.progress.tasksTotal === 0) return null;
  const all: string[] = [fileStem(plan.uri)];
  const walk = (node: PlanNode): void => {
    all.push(node.title);
    for (const child of node.children) walk(child);
  };
  walk(plan.root);
  const titles = listNameTitles(fileStem(plan.uri), frontMatterTitle(plan.frontMatter), plan.root);
  return speaksOfLearning(all, titles) ? null : namesOtherList(titles);
}

/**
 * What a file's title calls it when that is a journal of no study (`# Personal journal`: languages.json's
 * `otherJournals`), for the CLI to say why it counts in no folder's streak; null otherwise.
 */
export function otherJournalOf(plan: ParsedPlan): string | null {
  return journalPairs(listNameTitles(fileStem(plan.uri), frontMatterTitle(plan.frontMatter), plan.root), vocabularyOf().otherJournals)[0] ?? null;
}

/** The pairs of words of the titles that are one of `pairs` (`personal journal`), in order. */
function journalPairs(titles: readonly string[], pairs: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const title of titles) {
    const words = title.toLowerCase().split(/[^\p{L}\p{M}\p{N}']+/u).filter(Boolean);
    for (let i = 1; i < words.length; i++) if (pairs.has(`${words[i - 1]} ${words[i]}`)) found.push(`${words[i - 1]} ${words[i]}`);
  }
  return found;
}

/** An expression of Obsidian's Dataview or Templater (`=this.title`, `<% tp.file.title %>`), not a title. */
export function isExpression(text: string): boolean {
  const trimmed = text.trim().replace(/^`+|`+$/g, '').trim();
  return trimmed.startsWith('=') || trimmed.startsWith('$=') || trimmed.startsWith('<%');
}

/** The front matter's `title:`, when it is a plain string (not an expression). */
export function frontMatterTitle(frontMatter: string | null): string | null {
  if (frontMatter === null || !/^title[ \t]*:/m.test(frontMatter)) return null;
  try {
    const data: unknown = parseYaml(frontMatter);
    const title = data && typeof data === 'object' ? (data as Record<string, unknown>).title : undefined;
    if (typeof title !== 'string') return null;
    const text = title.replace(/\s+/g, ' ').trim();
    return text && !isExpression(text) ? text : null;
  } catch {
    return null; // front matter that is not YAML names nothing
  }
}
