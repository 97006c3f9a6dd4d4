import type { NodeKind, ParsedPlan, PlanNode, Task } from '../model';
import type { PlanDocument } from '../document';
import { fileStem } from '../document';
import { readStamp, stripTrailingStamps } from '../stamps';
import { displayText, withFileEncoding } from '../text/mojibake';
import { classifyHeading, type HeadingClass } from './classifyHeading';
import { detach, inlineFields, inlineLinks, inlineText, markSimple } from './inlineText';
import { parseBlocks, parseInline, parseTokens, prepareSource, type Token } from './markdown';
import { splitIntoChunks } from './chunks';
import { NOT_SIMPLE, simpleInline } from './simpleInline';
import { finishNode, type DraftNode } from './progress';

const TASK_BOX = /^\[([ xX])\](?:[ \t]|$)/;
/**
 * Inline content that could hold what the model reads: a link (`[`, `<`, a bare `scheme://` or
 * `mailto:`) or a bold field (`**`, `__`). Anything else is prose the model never looks at.
 */
const MAY_NEED_INLINE = /[[<]|:\/\/|mailto:|\*\*|__/i;

/** Higher ranks contain lower ones: a cycle holds modules, a module holds days. */
const RANK: Record<NodeKind, number> = { section: 0, day: 1, module: 2, cycle: 3, plan: 4 };

/**
 * Whether `top` (the innermost open node) must be closed before a heading of `kind` at `level`.
 * Sections follow plain heading levels. Structure is sturdier: days never nest in days, and a
 * container of higher rank stays open for a heading at its own level, so an H2 day among H3 days
 * (a common slip) stays in its module and does not swallow the days after it.
 */
function closes(top: DraftNode, kind: NodeKind, level: number): boolean {
  if (top.kind === 'plan') return false;
  if (top.kind === 'section' || kind === 'section') return top.level >= level;
  if (top.kind === 'day' || RANK[top.kind] < RANK[kind]) return true;
  if (RANK[top.kind] === RANK[kind]) return top.level >= level;
  return top.level > level;
}

function newDraft(kind: NodeKind, title: string, line: number, level: number): DraftNode {
  return {
    kind, title, line, level, endLine: line + 1,
    number: null, date: null, stamp: { marked: false, date: null },
    tasks: [], links: [], fields: [], children: [],
  };
}

class PlanBuilder {
  readonly root: DraftNode;
  private readonly stack: DraftNode[];
  hasStructure = false;
  hasTasks = false;

  constructor(title: string) {
    this.root = newDraft('plan', title, 0, 0);
    this.stack = [this.root];
  }

  get current(): DraftNode {
    return this.stack[this.stack.length - 1];
  }

  heading(level: number, line: number, inline: Token): void {
    // Mojibake is repaired for display only (the file is never changed by parsing).
    const title = detach(displayText(stripTrailingStamps(inlineText(inline))));
    const heading = classifyHeading(title);
    const kind = this.resolveKind(heading, level);
    this.closeFor(kind, level, line);

    const node = newDraft(kind, title, line, level);
    if (heading.kind === 'day') {
      node.number = heading.number;
      node.date = heading.date;
      node.stamp = readStamp(inline.content);
    }
    this.current.children.push(node);
    this.stack.push(node);
    this.hasStructure ||= kind !== 'section';
    inlineLinks(inline, line, node.links);
  }

  /** Content outside headings belongs to the innermost open node; `line` is where it starts. */
  inline(inline: Token, line: number, isTaskItem: boolean): void {
    const node = this.current;
    if (isTaskItem) {
      node.tasks.push(readTask(inline, line));
      this.hasTasks = true;
    }
    inlineLinks(inline, line, node.links);
    inlineFields(inline, line, node.fields);
  }

  finish(lineCount: number): PlanNode {
    this.closeAbove(0, lineCount);
    this.root.endLine = lineCount;
    return finishNode(this.root);
  }

  private resolveKind(heading: HeadingClass, level: number): NodeKind {
    if (heading.kind !== 'dayRange') {
      return heading.kind;
    }
    // A day range is a module where it sits inside a cycle or module, and a cycle otherwise.
    const parents = this.stack.slice(0, this.depthAfterClosing('module', level));
    return parents.some((node) => node.kind === 'cycle' || node.kind === 'module') ? 'module' : 'cycle';
  }

  /** How many open nodes stay open when a heading of `kind` at `level` starts. */
  private depthAfterClosing(kind: NodeKind, level: number): number {
    let depth = this.stack.length;
    while (depth > 1 && closes(this.stack[depth - 1], kind, level)) depth--;
    return depth;
  }

  private closeFor(kind: NodeKind, level: number, line: number): void {
    this.closeAbove(this.depthAfterClosing(kind, level), line);
  }

  private closeAbove(depth: number, endLine: number): void {
    while (this.stack.length > Math.max(depth, 1)) {
      this.stack.pop()!.endLine = endLine;
    }
  }
}

function readTask(inline: Token, line: number): Task {
  const text = inlineText(inline).replace(TASK_BOX, '').trim();
  const checked = /^\[[xX]\]/.test(inline.content);
  return { line, checked, text: detach(displayText(stripTrailingStamps(text))), doneDate: readStamp(inline.content).date };
}

/** A list item whose first paragraph starts with `[ ]`, `[x]` or `[X]`. */
function isTaskInline(tokens: readonly Token[], i: number): boolean {
  return (
    i >= 2 &&
    tokens[i - 1].type === 'paragraph_open' &&
    tokens[i - 2].type === 'list_item_open' &&
    TASK_BOX.test(tokens[i].content)
  );
}

/** Blocks, then the inline pass only on headings, task items, and content that may hold links or fields. */
function parseBlocksForModel(text: string): Token[] {
  const { tokens, env } = parseBlocks(text);
  const needed: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'inline') continue;
    // Plain text and `**label** text` are read without inline tokens; prose that cannot hold a link
    // or a field needs nothing; headings, tasks and the rest get markdown-it's inline pass.
    const shape = simpleInline(token.content);
    if (shape !== NOT_SIMPLE) markSimple(token, shape);
    else if (tokens[i - 1].type === 'heading_open' || isTaskInline(tokens, i) || MAY_NEED_INLINE.test(token.content)) needed.push(token);
  }
  parseInline(needed, env);
  return tokens;
}

/** Lines in `text`, counting `\r\n`, `\n` and a lone `\r` as one break each, as markdown-it does. */
function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  if (text.indexOf('\r') < 0) return lines;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) lines++;
  }
  return lines;
}

function collectDays(node: PlanNode, into: PlanNode[]): PlanNode[] {
  if (node.kind === 'day') into.push(node);
  for (const child of node.children) collectDays(child, into);
  return into;
}

/** Plans longer than this are parsed in pieces of about this many characters (see chunks.ts). */
const CHUNK_CHARS = 64 * 1024;

export interface BuildOptions {
  /** Run markdown-it's inline pass everywhere, on the whole document at once: the reference the fast path is tested against. */
  readonly fullInline?: boolean;
  /** Piece size for long documents; tests make it tiny so that every safe heading is a cut. */
  readonly chunkChars?: number;
}

/** Feeds one piece's tokens to the builder; `firstLine` is the piece's first line in the document. */
function readTokens(tokens: readonly Token[], firstLine: number, builder: PlanBuilder, literalBlocks: [number, number][]): void {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if ((token.type === 'fence' || token.type === 'code_block' || token.type === 'html_block') && token.map) {
      literalBlocks.push([token.map[0] + firstLine, token.map[1] + firstLine]);
    } else if (token.type === 'heading_open' && token.map) {
      builder.heading(Number(token.tag.slice(1)), token.map[0] + firstLine, tokens[i + 1]);
      i += 2; // the heading's inline and close tokens
    } else if (token.type === 'inline') {
      builder.inline(token, token.map ? token.map[0] + firstLine : builder.current.line, isTaskInline(tokens, i));
    }
  }
}

/**
 * Builds the plan model of one document. Only block tokens that markdown-it produced outside code
 * fences, indented code and HTML blocks reach here, so nothing inside them is ever structure.
 */
export function buildPlan(document: PlanDocument, options: BuildOptions = {}): ParsedPlan {
  // Display text is repaired with the code page the file's mojibake went through, detected once.
  const text = document.getText();
  return withFileEncoding(text, () => buildPlanOf(document, text, options));
}

function buildPlanOf(document: PlanDocument, text: string, options: BuildOptions): ParsedPlan {
  const source = prepareSource(text);
  const builder = new PlanBuilder(fileStem(document.uri));
  const literalBlocks: [number, number][] = [];
  if (options.fullInline) {
    readTokens(parseTokens(source.text), 0, builder, literalBlocks);
  } else {
    for (const chunk of splitIntoChunks(source.text, options.chunkChars ?? CHUNK_CHARS)) {
      readTokens(parseBlocksForModel(chunk.text), chunk.firstLine, builder, literalBlocks);
    }
  }

  const root = builder.finish(countLines(source.text));
  return {
    uri: document.uri,
    version: document.version,
    isPlan: builder.hasStructure || builder.hasTasks,
    root,
    frontMatter: source.frontMatter,
    days: collectDays(root, []),
    literalBlocks,
  };
}
