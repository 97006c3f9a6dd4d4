import * as fs from 'fs';
import MarkdownIt from 'markdown-it';
import { buildPlan, inMemoryDocument } from '../../src/core';
import { corpora, daySections } from './corpus';
const sections = daySections(fs.readFileSync('/work/main/test/fixtures/days-031-060-lakehouse-for-ai.md', 'utf8'));
const { a } = corpora(sections);
const text = a.files[0].text;
const md = new MarkdownIt('default', { html: true, linkify: true });
const t = (f: () => void) => { const s = performance.now(); f(); return performance.now() - s; };
for (let i = 0; i < 3; i++) {
  console.log('bytes', a.bytes, 'full', t(() => md.parse(text, {})).toFixed(0), 'ours', t(() => buildPlan(inMemoryDocument('a', text))).toFixed(0), 'oursFull', t(() => buildPlan(inMemoryDocument('a', text), { fullInline: true })).toFixed(0));
}
import { parseBlocks } from '../../src/core/parse/markdown';
for (let i = 0; i < 3; i++) console.log('block', t(() => parseBlocks(text)).toFixed(0));
