/**
 * A generated notes vault, the shape of a Foam or Obsidian vault opened in VS Code: daily notes,
 * meeting notes with dated headings, project, book and reference notes, short linked "zettel" notes,
 * with headings, lists, links, wiki links, code, tables, quotes and front matter, and "day", "week",
 * "today", weekdays and dates in their prose. About 1% of the notes are plans (the fixture plans,
 * the reading formats, generated 30-day plans). Deterministic: the same seed writes the same bytes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { planText } from './corpus';

/** A small seeded generator (mulberry32): the same vault on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the a of to and in is it that for on with as was this by be are from at or an have not but can which one all ' +
  'we they their there been more some time would about if so what when up out into than them only other new also ' +
  'team project design data model system user notes review idea draft release build test plan budget client ' +
  'research paper book chapter author argument example result question answer problem solution approach ' +
  'meeting call email follow decision feedback roadmap deadline scope risk metric goal habit energy focus ' +
  'morning evening afternoon day week today yesterday tomorrow weekend month year quarter daily weekly ' +
  'Monday Tuesday Friday sprint session part unit module cycle phase term round lesson log progress practice ' +
  'server query index cache latency deploy config schema service pipeline function variable error issue bug'
).split(' ');
/** Title words: none that starts a plan heading or names learning (those stay in prose). */
const TITLE_WORDS = WORDS.filter((w) => !/^(day|week|today|yesterday|tomorrow|weekend|month|year|quarter|daily|weekly|monday|tuesday|friday|sprint|session|part|unit|module|cycle|phase|term|round|lesson|log|progress|practice|chapter|roadmap|morning|evening|afternoon)$/i.test(w));
const TOPICS = ['This week', 'Plans for the day', 'What happened today', 'Ideas', 'Notes', 'Summary', 'Open questions', 'Context', 'Decisions', 'Next steps', 'References', 'Highlights',
  'Background', 'Action items', 'Thoughts', 'Links', 'Quotes', 'Details', 'Overview', 'Risks', 'Timeline', 'Retro', 'People'];
const NAMES = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Ken', 'Linus', 'Margaret', 'Donald', 'Radia', 'Frances', 'John'];
const FOLDERS = ['daily', 'meetings', 'projects/atlas', 'projects/beacon', 'projects/comet', 'areas/health', 'areas/finance',
  'resources/articles', 'resources/books', 'resources/snippets', 'people', 'ideas', 'inbox', 'archive/2022', 'archive/2023', 'zettel'];

class Writer {
  private readonly rnd: () => number;
  constructor(seed: number) {
    this.rnd = random(seed);
  }

  int(n: number): number {
    return Math.floor(this.rnd() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.rnd() < p;
  }

  date(): string {
    const d = new Date(Date.UTC(2021, 0, 1 + this.int(1400)));
    return d.toISOString().slice(0, 10);
  }

  title(words = 2 + this.int(4)): string {
    const t = Array.from({ length: words }, () => this.pick(TITLE_WORDS)).join(' ');
    return t.charAt(0).toUpperCase() + t.slice(1);
  }

  /** A sentence with the inline things notes hold: links, wiki links, code, emphasis, dates, days and weeks. */
  sentence(): string {
    const words: string[] = [];
    const n = 6 + this.int(16);
    for (let i = 0; i < n; i++) {
      const r = this.rnd();
      if (r < 0.02) words.push(`[[${this.title(1 + this.int(3))}]]`);
      else if (r < 0.03) words.push(`[${this.pick(WORDS)} ${this.pick(WORDS)}](https://example.com/${this.pick(WORDS)}/${this.int(999)})`);
      else if (r < 0.04) words.push(`\`${this.pick(WORDS)}()\``);
      else if (r < 0.05) words.push(`**${this.pick(WORDS)}**`);
      else if (r < 0.055) words.push(`_${this.pick(WORDS)}_`);
      else if (r < 0.06) words.push(`on ${this.date()}`);
      else if (r < 0.065) words.push(`day ${1 + this.int(30)}`);
      else if (r < 0.07) words.push(`week ${1 + this.int(52)}`);
      else if (r < 0.072) words.push(`#${this.pick(WORDS)}`);
      else words.push(this.pick(WORDS));
    }
    const s = words.join(' ');
    return s.charAt(0).toUpperCase() + s.slice(1) + this.pick(['.', '.', '.', '!', '?', ' \u2014 ok.', '\u2026']);
  }

  paragraph(): string {
    return Array.from({ length: 1 + this.int(6) }, () => this.sentence()).join(this.chance(0.3) ? '\n' : ' ');
  }

  list(ordered = false, depth = 0): string {
    const lines: string[] = [];
    for (let i = 0; i < 2 + this.int(6); i++) {
      lines.push(`${'  '.repeat(depth)}${ordered ? `${i + 1}.` : this.pick(['-', '-', '*'])} ${this.sentence()}`);
      if (depth < 2 && this.chance(0.15)) lines.push(this.list(false, depth + 1));
    }
    return lines.join('\n');
  }

  code(): string {
    const lang = this.pick(['bash', 'python', 'ts', 'sql', '']);
    const lines = Array.from({ length: 2 + this.int(10) }, () =>
      lang === 'bash' || lang === 'python' ? this.pick([`# ${this.title()}`, `${this.pick(WORDS)}=${this.int(99)}`, `echo "${this.sentence()}"`]) : `${this.pick(WORDS)}(${this.pick(WORDS)}, ${this.int(99)});`);
    return ['```' + lang, ...lines, '```'].join('\n');
  }

  table(): string {
    const cols = 2 + this.int(3);
    const head = Array.from({ length: cols }, () => this.title(1));
    const rows = Array.from({ length: 2 + this.int(6) }, () => `| ${Array.from({ length: cols }, () => this.pick(WORDS)).join(' | ')} |`);
    return [`| ${head.join(' | ')} |`, `|${' --- |'.repeat(cols)}`, ...rows].join('\n');
  }

  quote(): string {
    return this.sentence().match(/.{1,80}(\s|$)/g)!.map((l) => `> ${l.trim()}`).join('\n');
  }

  block(): string {
    const r = this.rnd();
    if (r < 0.5) return this.paragraph();
    if (r < 0.72) return this.list();
    if (r < 0.8) return this.list(true);
    if (r < 0.87) return this.code();
    if (r < 0.93) return this.quote();
    if (r < 0.97) return this.table();
    return '---';
  }

  frontMatter(): string {
    if (!this.chance(0.5)) return '';
    const lines = ['---', `created: ${this.date()}`, `tags: [${this.pick(WORDS)}, ${this.pick(WORDS)}]`];
    if (this.chance(0.3)) lines.push(`aliases: ["${this.title()}"]`);
    return lines.join('\n') + '\n---\n\n';
  }

  /** A note of `kind` of about `size` bytes. */
  note(kind: string, size: number, title: string): string {
    const out: string[] = [this.frontMatter() + (this.chance(0.8) ? `# ${title}\n` : '')];
    let length = out[0].length;
    const push = (text: string): void => {
      out.push(text);
      length += text.length + 2;
    };
    if (kind === 'daily') {
      const d = title;
      push(`## ${this.pick(['Morning', 'Today', 'Plan', 'Focus'])}\n${this.list()}`);
      push(`Yesterday I spent the day on [[${this.title(2)}]]; this week is about ${this.pick(WORDS)}. Next review on ${d}.`);
    }
    let dated = 0;
    while (length < size) {
      if (kind === 'meeting' && this.chance(0.25) && dated < 4) {
        dated++;
        push(`## ${this.date()}\n${this.list()}`);
      } else if (this.chance(0.22)) {
        push(`${'#'.repeat(2 + this.int(2))} ${this.chance(0.6) ? this.pick(TOPICS) : this.title()}`);
      } else {
        push(this.block());
      }
      if (this.chance(0.04)) push(`See also [[${this.title(2)}]] and ${this.pick(NAMES)}'s note from ${this.pick(['Monday', 'last week', 'today', 'that day'])}.`);
    }
    return out.join('\n\n') + '\n';
  }

  /** A size in bytes from a long-tailed distribution with a mean of about `mean`. */
  size(mean: number): number {
    const u = Math.max(1e-6, this.rnd());
    return Math.min(Math.round(-Math.log(u) * mean * 0.8 + mean * 0.2), mean * 12);
  }
}

export interface VaultSummary {
  readonly files: number;
  readonly bytes: number;
  /** Files written as plans (the parser decides what is one; this is what the generator meant). */
  readonly plans: number;
}

/** Plans to sprinkle in: the fixture plans, the reading formats (not the meeting notes), 30-day plans. */
function planSources(root: string, sections: { title: string; body: string }[]): { name: string; text: string }[] {
  const sources: { name: string; text: string }[] = [];
  const add = (folder: string): void => {
    for (const file of fs.readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith('.md')).sort()) {
      if (file.includes('meeting-notes')) continue;
      sources.push({ name: path.basename(file), text: fs.readFileSync(path.join(folder, file), 'utf8') });
    }
  };
  add(path.join(root, 'test', 'fixtures'));
  add(path.join(root, 'test', 'formats'));
  for (let i = 0; i < 10; i++) sources.push({ name: `plan-${i + 1}.md`, text: planText(sections, i * 30 + 1, 30) });
  return sources;
}

/** The vault's notes, one after another (`notes` of about `meanBytes` each, 1% plans), without writing them. */
export function* vaultNotes(root: string, sections: { title: string; body: string }[], notes = 20_000, meanBytes = 4_100, seed = 19): Generator<{ path: string; text: string; plan: boolean }> {
  const w = new Writer(seed);
  const plans = planSources(root, sections);
  let planCount = 0;
  for (let i = 0; i < notes; i++) {
    if (i % 100 === 50) {
      const plan = plans[planCount % plans.length];
      yield { path: path.join('learning', `${String(planCount).padStart(3, '0')}-${plan.name}`), text: plan.text, plan: true };
      planCount++;
      continue;
    }
    const folder = w.pick(FOLDERS);
    const kind = folder === 'daily' ? 'daily' : folder === 'meetings' ? 'meeting' : folder === 'zettel' ? 'zettel' : 'note';
    const title = kind === 'daily' ? w.date() : w.title();
    const size = kind === 'zettel' ? w.size(meanBytes / 4) : w.size(meanBytes * 1.2);
    const text = w.note(kind, size, title);
    yield { path: path.join(folder, `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}.md`), text, plan: false };
  }
}

/**
 * Writes the vault under `dir` (about 100 MB for 20,000 notes, written once per bench run); returns
 * what it wrote.
 */
export function writeVault(dir: string, root: string, sections: { title: string; body: string }[], notes = 20_000, meanBytes = 4_100, seed = 19): VaultSummary {
  let bytes = 0;
  let plans = 0;
  const folders = new Set<string>();
  for (const note of vaultNotes(root, sections, notes, meanBytes, seed)) {
    const file = path.join(dir, note.path);
    if (!folders.has(path.dirname(file))) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      folders.add(path.dirname(file));
    }
    fs.writeFileSync(file, note.text);
    bytes += Buffer.byteLength(note.text);
    if (note.plan) plans++;
  }
  return { files: notes, bytes, plans };
}
