// A StrykerJS reporter: the mutation score of each part of the core that issue 15 item 6 sets a bar for,
// printed after every `npm run mutate`. A run that mutated only some files of a part (`--mutate`) scores
// those files and says so. Below a bar, the run exits with code 1.
import fs from 'fs';
import path from 'path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

/** [what, its bar, does a file (a `/`-separated path from the repository root) belong to it]. */
export const SCOPES = [
  ['src/core', 85, (file) => file.startsWith('src/core/')],
  ['src/core/edits/', 90, (file) => file.startsWith('src/core/edits/')],
  ['src/core/today/', 90, (file) => file.startsWith('src/core/today/')],
  ['src/core/labs/', 90, (file) => file.startsWith('src/core/labs/')],
  ['src/core/**/links.ts', 90, (file) => file.startsWith('src/core/') && file.endsWith('/links.ts')],
  ['src/core/parse/classifyHeading.ts', 90, (file) => file === 'src/core/parse/classifyHeading.ts'],
];

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function sourcesUnder(dir) {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f).split(path.sep).join('/'));
}

/** Rows of [scope, bar, score or null, detected, valid, files run / files in the scope]. */
export function scopeScores(report, root = process.cwd()) {
  const files = Object.entries(report.files).map(([name, file]) => [path.relative(root, path.resolve(root, name)).split(path.sep).join('/'), file.mutants]);
  const all = sourcesUnder(path.join(root, 'src', 'core')).map((f) => path.relative(root, f).split(path.sep).join('/'));
  return SCOPES.map(([scope, bar, has]) => {
    const mutants = files.filter(([name]) => has(name)).flatMap(([, m]) => m);
    const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
    const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
    const run = files.filter(([name]) => has(name)).length;
    return { scope, bar, score: valid ? (100 * detected) / valid : null, detected, valid, run, of: all.filter(has).length };
  });
}

class ScopeReporter {
  static inject = [];
  onMutationTestReportReady(report) {
    const rows = scopeScores(report).filter((row) => row.run > 0);
    const lines = rows.map((r) => {
      const verdict = r.score === null ? 'no mutants' : r.score >= r.bar ? 'ok' : 'BELOW';
      const part = r.run < r.of ? ` (${r.run} of ${r.of} files)` : '';
      return `  ${r.scope.padEnd(34)} ${r.score === null ? '   -  ' : r.score.toFixed(2).padStart(6)}%  bar ${r.bar}%  ${verdict}  ${r.detected}/${r.valid} detected${part}`;
    });
    console.log(['Mutation score per scope (issue 15 item 6):', ...lines].join('\n'));
    if (rows.some((r) => r.score !== null && r.score < r.bar)) process.exitCode = 1;
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'scopes', ScopeReporter)];
