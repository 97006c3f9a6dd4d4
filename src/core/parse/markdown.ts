import markdownIt from 'markdown-it';
import { hugoRefLink } from './hugoRefs';
import type { Token } from 'markdown-it';
import { FRONT_MATTER, TOML_FRONT_MATTER, tomlAsYaml } from '../grammar/lineSyntax';
import { scanBlocks } from './blockScanner';
import type { BlockToken } from './blockToken';

/**
 * markdown-it instances built once for the whole process (building them is the costly part).
 * Linkify is on so a bare `https://...` in a plan is a resource, but only with a scheme:
 * `example.com` in prose stays text.
 *
 * The model needs inline tokens only for headings, task items, fields and links, and most of a plan
 * is prose that has none of them. So blocks are parsed by one instance (no inline rules), and the
 * inline pass runs, through a second instance, only on the inline tokens that need it.
 */
/**
 * How deep blocks may nest. markdown-it's default (100) silently drops everything after a list nested
 * about 50 levels deep (each level is a list and an item); GitHub renders them all. Every level costs
 * at least two columns of indentation, and the limit bounds the recursion and the work a line of markers
 * costs (`- - - ... x` is read again at each level it opens: a test parses 1 MB of such nesting within its
 * bound on time; the block scanner stops at 64 levels and leaves deeper text to this parse). Inline parsing keeps the default: its cost on nested
 * brackets grows with the limit (`[[[[...x](a)](a)...` measured 0.5 s per 100 KB at 100, 4.6 s at 1000).
 */
export const MAX_BLOCK_NESTING = 1000;
const MAX_INLINE_NESTING = 100;

type MarkdownIt = ReturnType<typeof markdownIt>;

function create(maxNesting = MAX_INLINE_NESTING): MarkdownIt {
  const md = new markdownIt('default', { html: true, linkify: true });
  // Not in the typings of the options, but read by both parsers from `md.options`.
  (md.options as { maxNesting?: number }).maxNesting = maxNesting;
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
  const normalizeLink = md.normalizeLink;
  md.normalizeLink = (url) => keepIpv6Host(normalizeLink(url));
  md.inline.ruler.before('link', 'hugo_ref', hugoRefLink);
  return md;
}

/** `%5B::1%5D` where a URL's host is: a bracketed IPv6 address, as markdown-it's encoding leaves it. */
const ENCODED_IPV6_HOST = /^([a-z][a-z0-9+.-]*:\/\/(?:[^/?#@[\]]*@)?)%5B([0-9a-f:.]+)%5D(?=[:/?#]|$)/i;

/**
 * A link to a local notebook server (`http://[::1]:8888/lab`) opened as `http://%5B::1%5D:8888/lab`, which names no host:
 * markdown-it encodes the brackets of an IPv6 host as it encodes them in a path. They are put back there only.
 */
function keepIpv6Host(url: string): string {
  return url.includes('%5B') ? url.replace(ENCODED_IPV6_HOST, '$1[$2]') : url;
}

/**
 * The three instances, built on first use: loading the bundle (VS Code activating the extension, the
 * CLI printing its help) builds none, and a workspace whose files the pre-filter skips never does.
 */
interface Instances {
  /** The reference parse (tests compare the fast path with it): it reads blocks as deep as the fast path. */
  readonly md: MarkdownIt;
  readonly blockOnly: MarkdownIt;
  readonly inlineOnly: MarkdownIt;
}

let instances: Instances | undefined;

/** Whether the instances were built (for the test that loading the core builds none). */
export function markdownBuilt(): boolean {
  return instances !== undefined;
}

function instancesOf(): Instances {
  if (instances) return instances;
  const md = create(MAX_BLOCK_NESTING);
  const blockOnly = create(MAX_BLOCK_NESTING);
  // markdown-it's normalize rule rewrites every line break (even `\n` into `\n`), copying the whole
  // text; `normalizeText` below does the same job only where there is something to change.
  blockOnly.core.ruler.disable(['normalize', 'inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  const inlineOnly = create();
  // `strip_references` exists only in some markdown-it versions: ignore it where it does not.
  inlineOnly.core.ruler.disable(['normalize', 'block', 'strip_references', 'replacements', 'smartquotes'], true);
  instances = { md, blockOnly, inlineOnly };
  return instances;
}

export type { Token };

export type { BlockToken } from './blockToken';

export interface PreparedSource {
  /** What markdown-it parses: BOM dropped, front matter blanked (line numbers unchanged). */
  readonly text: string;
  readonly frontMatter: string | null;
}

export { FRONT_MATTER };

/**
 * markdown-it would read YAML front matter as a thematic break and a setext heading, so its lines
 * are replaced by empty ones; every other line keeps its number. TOML front matter too (a trial's `+++` held a
 * `### Day 5` that `done` stamped, and its closing line with it): its keys are read as YAML's (see tomlAsYaml).
 */
export function prepareSource(raw: string): PreparedSource {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const match = FRONT_MATTER.exec(text);
  const toml = match === null && text.startsWith('+++') ? TOML_FRONT_MATTER.exec(text) : null;
  const found = match ?? toml;
  if (!found) {
    return { text, frontMatter: null };
  }
  const blanked = found[0].replace(/[^\r\n]+/g, '');
  return { text: blanked + text.slice(found[0].length), frontMatter: toml ? tomlAsYaml(found[1]) : found[1] };
}

/** The full parse: every inline token has its children. The reference the fast path is tested against. */
export function parseTokens(text: string): Token[] {
  return instancesOf().md.parse(text, {});
}

export interface BlockParse {
  readonly tokens: BlockToken[];
  /** Reference definitions found by the block pass; inline parsing needs them to resolve `[text][ref]`. */
  readonly env: Record<string, unknown>;
}

/** What markdown-it's normalize rule makes of `text`: CRLF and CR as LF, NUL as U+FFFD. */
export function normalizeText(text: string): string {
  const lines = text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n');
  return lines.indexOf('\0') < 0 ? lines : lines.replace(/\0/g, '\uFFFD');
}

/**
 * Blocks only: inline tokens keep their `content` but have no children yet. Read by the block scanner
 * when it can (most plans), else by markdown-it.
 */
export function parseBlocks(text: string): BlockParse {
  const normalized = normalizeText(text);
  const scanned = scanBlocks(normalized);
  return scanned ? { tokens: scanned, env: {} } : referenceBlocks(normalized);
}

/** markdown-it's block parse of normalized text: what the block scanner must give where it reads a text. */
export function referenceBlocks(normalized: string): BlockParse {
  const env: Record<string, unknown> = {};
  return { tokens: instancesOf().blockOnly.parse(normalized, env), env };
}

/** Runs the inline pass (and linkify) on the given inline tokens, filling their children in place. */
export function parseInline(tokens: BlockToken[], env: Record<string, unknown>): void {
  if (tokens.length === 0) return;
  const { inlineOnly } = instancesOf();
  const state = new inlineOnly.core.State('', inlineOnly, env);
  // markdown-it's inline rules read an inline token's type and content and write its children.
  state.tokens = tokens as Token[];
  inlineOnly.core.process(state);
}
