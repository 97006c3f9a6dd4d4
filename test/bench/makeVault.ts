// `node out/test/bench/makeVault.js DIR [NOTES]`: writes the bench's vault, for measuring by hand.
import * as fs from 'fs';
import * as path from 'path';
import { daySections } from './corpus';
import { writeVault } from './vault';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const [dir, notes] = process.argv.slice(2);
const sections = daySections(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'days-031-060-lakehouse-for-ai.md'), 'utf8'));
fs.mkdirSync(dir, { recursive: true });
const summary = writeVault(dir, ROOT, sections, notes ? Number(notes) : undefined);
console.log(`${summary.files} notes, ${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.plans} written as plans`);
