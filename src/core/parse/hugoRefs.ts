/**
 * Hugo's links between pages: `[Day 2 notes]({{< ref "day-2.md" >}})`, `relref`, `{{% ref "..." %}}`. markdown-it reads
 * no link there (a space in the destination), so a Hugo learner's links were left out of the day's links and its text
 * shown with the shortcode (a trial's). Read here as the link to the page's file: a path as written is the page's
 * folder's (as Hugo looks first), one from `/` the site's `content` folder's (when the plan's path names it: a CLI run
 * inside `content/posts` on `plan.md` reads `/` as the repository's, as a link's), and a page named without `.md`
 * (`ref "intro"`) is its `.md` file.
 */
import type MarkdownIt from 'markdown-it';
import { Scoped } from '../scoped';

type InlineRule = Parameters<MarkdownIt['inline']['ruler']['before']>[2];
type StateInline = Parameters<InlineRule>[0];

/** `({{< ref "path" >}})` right after a link's text, `<`/`>` or `%`/`%` around it; the path quoted, or bare (`ref day-3`). */
const REF = /^\(\{\{(?:<[ \t]*(?:rel)?ref[ \t]+(?:"([^"\n\\]+)"|([^\s"{}<>%]+))[ \t]*>|%[ \t]*(?:rel)?ref[ \t]+(?:"([^"\n\\]+)"|([^\s"{}<>%]+))[ \t]*%)\}\}\)/;

/** Where the site's `content` folder is from the plan being parsed (`../`, `./`), or null outside one (see withContentRoot). */
const contentRoot = new Scoped<string | null>(null);

/** Runs `build` (a parse of the file at `uri`) with the path from its folder to Hugo's `content` folder at hand. */
export function withContentRoot<T>(uri: string, build: () => T): T {
  const folders = uri.split(/[?#]/)[0].split('/').slice(0, -1);
  const content = folders.lastIndexOf('content');
  return contentRoot.run(content < 0 ? null : content === folders.length - 1 ? './' : '../'.repeat(folders.length - 1 - content), build);
}

/** The file a ref names, from the plan's folder. */
export function refTarget(path: string, root: string | null = contentRoot.current): string {
  const hash = path.indexOf('#');
  let page = hash < 0 ? path : path.slice(0, hash);
  const fragment = hash < 0 ? '' : path.slice(hash);
  if (page === '') return fragment;
  const last = page.slice(page.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) page += '.md';
  if (page.startsWith('/') && root !== null) page = root + page.slice(1);
  return page + fragment;
}

/** The inline rule (before markdown-it's `link`): a link whose destination is a ref shortcode. */
export function hugoRefLink(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  // An image's (`![img]({{< ref "x.png" >}})`) is no link: its `!` would be left as text before one.
  if (state.src.charCodeAt(start) !== 0x5b /* [ */ || state.src.charCodeAt(start - 1) === 0x21 /* ! */) return false;
  const labelEnd = state.md.helpers.parseLinkLabel(state, start, true);
  if (labelEnd < 0 || state.src.charCodeAt(labelEnd + 1) !== 0x28 /* ( */ || state.src.charCodeAt(labelEnd + 2) !== 0x7b /* { */) return false;
  const max = state.posMax;
  const found = REF.exec(state.src.slice(labelEnd + 1, max));
  if (!found) return false;
  const href = state.md.normalizeLink(refTarget(found[1] ?? found[2] ?? found[3] ?? found[4]));
  if (!state.md.validateLink(href)) return false;
  if (!silent) {
    state.pos = start + 1;
    state.posMax = labelEnd;
    const open = state.push('link_open', 'a', 1);
    open.attrs = [['href', href]];
    // Inside a link no other link is read (markdown-it's linkify reads the level; its typings lack it).
    const levels = state as unknown as { linkLevel: number };
    levels.linkLevel++;
    state.md.inline.tokenize(state);
    levels.linkLevel--;
    state.push('link_close', 'a', -1);
  }
  state.pos = labelEnd + 1 + found[0].length;
  state.posMax = max;
  return true;
}
