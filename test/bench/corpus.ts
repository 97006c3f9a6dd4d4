/**
 * Benchmark corpora generated from the fixture plans: their day sections renumbered, with a module
 * heading every seven days. Deterministic, so runs compare.
 */
export interface Corpus {
  readonly files: { name: string; text: string }[];
  readonly bytes: number;
}

/** The day sections (heading to the next heading of level 3 or less) of a plan, without the heading line. */
export function daySections(plan: string): { title: string; body: string }[] {
  const lines = plan.split('\n');
  const sections: { title: string; body: string }[] = [];
  let current: { title: string; body: string[] } | null = null;
  for (const line of lines) {
    const day = /^###\s+\**Day\s+\d+\s*[-:]?\s*(.*?)\**\s*$/.exec(line);
    if (day) {
      if (current) sections.push({ title: current.title, body: current.body.join('\n') });
      current = { title: day[1] || 'Study', body: [] };
    } else if (/^#{1,3}\s/.test(line)) {
      if (current) sections.push({ title: current.title, body: current.body.join('\n') });
      current = null;
    } else if (current) {
      current.body.push(line);
    }
  }
  if (current) sections.push({ title: current.title, body: current.body.join('\n') });
  return sections;
}

function isoDate(start: string, offset: number): string {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

/** A plan with days `first`..`first+count-1`; with `stampFrom`, every day is stamped done on consecutive dates. */
export function planText(sections: { title: string; body: string }[], first: number, count: number, stampFrom?: string): string {
  const out = [`# Days ${first}-${first + count - 1}: Benchmark cycle`, ''];
  for (let i = 0; i < count; i++) {
    const n = first + i;
    if (i % 7 === 0) out.push(`## Module ${Math.floor(i / 7) + 1}: Topics (Days ${n}-${Math.min(n + 6, first + count - 1)})`, '');
    const section = sections[i % sections.length];
    const stamp = stampFrom ? ` \u2705 ${isoDate(stampFrom, n - 1)}` : '';
    out.push(`### **Day ${n} - ${section.title}**${stamp}`, section.body.trimEnd(), '');
  }
  return out.join('\n');
}

export function corpora(sections: { title: string; body: string }[]): { a: Corpus; b: Corpus; c: Corpus } {
  const make = (files: { name: string; text: string }[]): Corpus => ({ files, bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) });
  const workspace = (stamp?: string): Corpus =>
    make(Array.from({ length: 300 }, (_, i) => ({ name: `plan-${String(i + 1).padStart(3, '0')}.md`, text: planText(sections, i * 30 + 1, 30, stamp) })));
  return {
    a: make([{ name: 'days-10000.md', text: planText(sections, 1, 10_000) }]),
    b: workspace(),
    c: workspace('2025-01-01'),
  };
}
