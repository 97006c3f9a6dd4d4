/**
 * What a file says about itself beyond its structure: whether it speaks of learning (a dated log of
 * study is a plan, dated meeting notes are not), and the title its front matter gives it.
 */
import { parse as parseYaml } from 'yaml';
import { vocabularyOf } from '../grammar/keywords';

const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF]/;

/** Learning words of scripts written without spaces, looked for anywhere (built on first use). */
let runTogether: string[] | undefined;

/** Whether any of the texts (file name, headings) has a learning word of languages.json (`learning`, `study`, `TIL`...). */
export function speaksOfLearning(texts: readonly string[]): boolean {
  const learning = vocabularyOf().learning;
  runTogether ??= [...learning].filter((word) => CJK.test(word));
  for (const text of texts) {
    const lower = text.toLowerCase();
    if (/100\s*days\s*of\s*code/.test(lower) || runTogether!.some((word) => lower.includes(word))) return true;
    // Words of a file name are joined by - or _ (`learning-log`), of a title by spaces.
    const words = lower.replace(/[\u2019\u02BC]/g, "'").split(/[^\p{L}\p{M}\p{N}']+/u).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      if (learning.has(words[i]) || learning.has(`${words[i]} ${words[i + 1]}`) || learning.has(`${words[i]} ${words[i + 1]} ${words[i + 2]}`)) return true;
    }
  }
  return false;
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
