// The reference process of the vault target: read every markdown file under a folder and parse it with
// markdown-it (the bench's options), each file's tokens dropped at once. `node markdownItProcess.js DIR`.
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt('default', { html: true, linkify: true });
let files = 0;
let tokens = 0;
function walk(folder: string): void {
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      tokens += md.parse(fs.readFileSync(full, 'utf8'), {}).length;
      files++;
    }
  }
}
for (const folder of process.argv.slice(2)) walk(folder);
process.stdout.write(`${files} files, ${tokens} tokens\n`);
