import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * One markdown-it instance for the whole process (building it is the costly part).
 * Linkify is on so a bare `https://...` in a plan is a resource, but only with a scheme:
 * `example.com` in prose stays text.
 */
const md = new MarkdownIt('default', { html: true, linkify: true });
md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

export type { Token };

export interface PreparedSource {
  /** What markdown-it parses: BOM dropped, front matter blanked (line numbers unchanged). */
  readonly text: string;
  readonly frontMatter: string | null;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n|^)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * markdown-it would read YAML front matter as a thematic break and a setext heading, so its lines
 * are replaced by empty ones; every other line keeps its number.
 */
export function prepareSource(raw: string): PreparedSource {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { text, frontMatter: null };
  }
  const blanked = match[0].replace(/[^\r\n]+/g, '');
  return { text: blanked + text.slice(match[0].length), frontMatter: match[1] };
}

export function parseTokens(text: string): Token[] {
  return md.parse(text, {});
}
