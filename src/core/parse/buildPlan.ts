import type { ParsedPlan, PlanNode } from '../model';
import type { PlanDocument } from '../document';
import { fileStem } from '../document';
import { detectEncoding, withEncoding, type FileEncoding } from '../text/mojibake';
import { countLines } from '../grammar/lines';
import { FileDateOrder, type DateOrderRead } from '../grammar/fileDateOrder';
import { FileYears } from '../grammar/fileYears';
import { withContentRoot } from './hugoRefs';
import { parseTokens, prepareSource, type PreparedSource } from './markdown';
import { splitIntoChunks, type Chunk, type PreviousCuts } from './chunks';
import { PlanBuilder } from './planBuilder';
import { DirectSink, Recording, replay } from './planSink';
import { frontMatterTitle } from './planSignals';
import { journalRests } from './journalRests';
import { parseBlocksForModel, readTokens } from './tokenReader';

/** Plans longer than this are parsed in pieces of about this many characters (see chunks.ts). */
export const CHUNK_CHARS = 64 * 1024;

export interface BuildOptions {
  /** Run markdown-it's inline pass everywhere, on the whole document at once: the reference the fast path is tested against. */
  readonly fullInline?: boolean;
  /** Piece size for long documents; tests make it tiny so that every safe heading is a cut. */
  readonly chunkChars?: number;
}

function collectDays(node: PlanNode, into: PlanNode[]): PlanNode[] {
  if (node.kind === 'day') into.push(node);
  for (let k = 0; k < node.children.length; k++) collectDays(node.children[k], into);
  return into;
}

/**
 * Builds the plan model of one document. Only block tokens that markdown-it produced outside code
 * fences, indented code and HTML blocks reach here, so nothing inside them is ever structure.
 */
export function buildPlan(document: PlanDocument, options: BuildOptions = {}): ParsedPlan {
  const build = fullBuild(document, options);
  while (!build.step());
  return build.result.plan;
}

/**
 * `buildPlan` in steps, a piece of the text (see chunks.ts) per step: the extension parses a long plan read from disk
 * between the host's other work (a 1.5 MB plan took the host 1 s in one go). Each step runs in the file's contexts
 * (its mojibake code page, years, date order), kept between steps: other parses may run in between. The same model as
 * `buildPlan`, which runs these very steps at once.
 */
export function* buildPlanInSteps(document: PlanDocument, options: BuildOptions = {}): Generator<void, ParsedPlan> {
  // Its first step reads the whole text (its code page, its front matter, where it is cut): one of its own.
  const build = fullBuild(document, options);
  yield;
  while (!build.step()) yield;
  return build.result.plan;
}

function fullBuild(document: PlanDocument, options: BuildOptions): PlanBuild {
  // Display text is repaired with the code page the file's mojibake went through, detected once.
  const text = document.getText();
  return new PlanBuild(document, prepareSource(text), options, null, detectEncoding(text));
}

/** A piece of the source (offsets in `prepareSource`'s text) and the calls its parse made. */
export interface Piece {
  readonly start: number;
  readonly end: number;
  /** The piece's first line in its text (its recording's first line too: a replay with moved lines records them moved). */
  readonly firstLine: number;
  readonly recording: Recording;
}

/**
 * Where a parse may take a piece's calls from instead of parsing it: `find(start, end)` gives a
 * recorded piece whose text is the same as the new text's `[start, end)`, or nothing.
 */
export interface PieceSource {
  find(start: number, end: number): Piece | undefined;
  /** Where the previous text was cut and the edit since, so that only the lines the edit may change are scanned for cuts. */
  readonly cuts?: PreviousCuts;
  /** How the text writes slashed dates, when the previous parse read it and the edit did not change it (see fileDateOrder). */
  readonly dateOrder?: DateOrderRead;
}

/** A parse's model, its pieces (with `pieces` given), and what incremental.ts keeps of how it read the text. */
export interface BuildResult {
  readonly plan: ParsedPlan;
  readonly pieces: Piece[];
  /** How the text writes slashed dates, where a heading asked (see fileDateOrder), else undefined. */
  readonly dateOrder: DateOrderRead | undefined;
  /** Whether a date without a year was met (see fileYears.ts). */
  readonly years: boolean;
}

/**
 * The parse behind `reparsePlan`, a step at a time (see buildPlanInSteps): with `pieces`, each piece is recorded (or
 * replayed from `pieces`) and the pieces come back; without, the builder is called directly. `encoding`: the file's
 * mojibake code page, detected by the caller.
 */
export function* buildPlanOfInSteps(document: PlanDocument, source: PreparedSource, options: BuildOptions, pieces: PieceSource | null, encoding: FileEncoding | null): Generator<void, BuildResult> {
  const build = new PlanBuild(document, source, options, pieces, encoding);
  // Where the text is cut (a look over it, the lines an edit touched only when typing): a step of its own.
  yield;
  while (!build.step()) yield;
  return build.result;
}

/**
 * Whether the plan heads days or rows with dates written without a year (`## Thursday, November 26`) while nothing in
 * its file says one: they read as no dates, and the views say why (the tree's plan tooltip; the CLI's status).
 */
export function yearUnsaid(plan: ParsedPlan): boolean {
  return plan.yearUnsaid === true;
}

/**
 * One parse, a step at a time: each `step()` parses the next piece of the text into the builder (or, the
 * pieces done, makes the model) inside the file's contexts, and says whether the model is made.
 */
class PlanBuild {
  private readonly years: FileYears;
  private readonly dateOrder: FileDateOrder;
  private readonly builder: PlanBuilder;
  private readonly literalBlocks: [number, number][] = [];
  private readonly made: Piece[] = [];
  /** The pieces to parse; null for the reference parse (`fullInline`), which takes the whole text at once. */
  private readonly chunks: readonly Chunk[] | null;
  private next = 0;
  /** Where the next piece starts in the source's text. */
  private start = 0;
  private built: BuildResult | undefined;

  constructor(
    private readonly document: PlanDocument,
    private readonly source: PreparedSource,
    options: BuildOptions,
    private readonly pieces: PieceSource | null,
    private readonly encoding: FileEncoding | null,
  ) {
    const stem = fileStem(document.uri);
    const frontTitle = frontMatterTitle(source.frontMatter);
    this.builder = new PlanBuilder(frontTitle ?? stem, frontTitle);
    this.years = new FileYears(source.text, source.frontMatter, stem);
    this.dateOrder = new FileDateOrder(source.text, pieces?.dateOrder);
    this.chunks = options.fullInline ? null : splitIntoChunks(source.text, options.chunkChars ?? CHUNK_CHARS, pieces?.cuts);
  }

  /** The parse's result, once `step()` said it is made. */
  get result(): BuildResult {
    if (!this.built) throw new Error('the plan is not built yet');
    return this.built;
  }

  step(): boolean {
    if (this.built) return true;
    withEncoding(this.encoding, () => this.years.run(() => this.dateOrder.run(() => withContentRoot(this.document.uri, () => this.stepInContext()))));
    return this.built !== undefined;
  }

  private stepInContext(): void {
    if (this.chunks === null) {
      readTokens(parseTokens(this.source.text), 0, new DirectSink(this.builder, this.literalBlocks));
      this.finish(countLines(this.source.text));
    } else if (this.next < this.chunks.length) {
      this.parse(this.chunks[this.next++]);
    } else {
      // The lines before the last piece are its first line: only its own are counted (a 5 MB plan is typed in).
      const last = this.chunks[this.chunks.length - 1];
      this.finish(last.firstLine + countLines(last.text));
    }
  }

  private parse(chunk: Chunk): void {
    const start = this.start;
    const end = (this.start += chunk.text.length);
    if (!this.pieces) {
      readTokens(parseBlocksForModel(chunk.text), chunk.firstLine, new DirectSink(this.builder, this.literalBlocks));
      return;
    }
    const found = this.pieces.find(start, end);
    if (found) {
      const recording = replay(found.recording, this.builder, this.literalBlocks, chunk.firstLine - found.recording.firstLine);
      this.made.push(recording === found.recording && found.firstLine === chunk.firstLine && found.start === start ? found : { start, end, firstLine: chunk.firstLine, recording });
      return;
    }
    const recording = new Recording(this.builder, this.literalBlocks, chunk.firstLine);
    readTokens(parseBlocksForModel(chunk.text), chunk.firstLine, recording);
    recording.close();
    this.made.push({ start, end, firstLine: chunk.firstLine, recording });
  }

  private finish(lineCount: number): void {
    const { document, source } = this;
    const built = this.builder.finish(lineCount, fileStem(document.uri), journalRests(source.text));
    const plan: ParsedPlan = {
      uri: document.uri,
      version: document.version,
      isPlan: built.isPlan,
      journal: built.journal,
      root: built.root,
      frontMatter: source.frontMatter,
      days: collectDays(built.root, []),
      literalBlocks: this.literalBlocks,
      // Part of the model (a snapshot keeps it): the views say why such days have no dates.
      ...(this.years.unsaid ? { yearUnsaid: true } : {}),
    };
    this.built = { plan, pieces: this.made, dateOrder: this.dateOrder.read, years: this.years.asked };
  }
}
