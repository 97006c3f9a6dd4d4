// `npm run mutate:parts`: the whole core's mutation score, measured part by part (issue 15 item 6).
// One StrykerJS run over all of src/core is ~15,000 mutants and 8-10 hours on 2 cores, and a run cut short
// keeps nothing. Here each part of the core is one Stryker run whose outcome is kept as a small summary in
// test/mutation/<part>.json (per file: mutants detected, valid, and each survivor by line, column and
// mutation), with a hash of the part's sources. A later run measures only the parts with no summary or whose
// sources changed since theirs, so the measurement can be spread over several sittings. A summary also keeps
// a hash of the unit tests and the Stryker setup: when those changed, the score is still counted (new tests
// only kill more) and printed with "tests changed since".
//   npm run mutate:parts                    measure what is missing or stale, then print the scores
//   npm run mutate:parts -- --budget 60     start no new part after 60 minutes
//   npm run mutate:parts -- --only labs,share  measure these parts (again)
//   npm run mutate:parts -- --score         only print the scores of the summaries kept
//   npm run mutate:parts -- --survivors review   print a part's survivors beside their source lines
import crypto from 'crypto';
import fs from 'fs';
import path from 'path';
import { spawnSync } from 'child_process';
import { fileURLToPath } from 'url';
import { SCOPES } from './strykerScopes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SUMMARIES = path.join(ROOT, 'test', 'mutation');
const REPORT = path.join(ROOT, 'reports', 'mutation', 'mutation.json');
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const coreFiles = fs
  .readdirSync(path.join(ROOT, 'src', 'core'), { recursive: true })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `src/core/${f.split(path.sep).join('/')}`)
  .sort();

/** The parse folder is cut in five and the text folder in two (each piece under an hour here, so a sitting
 *  can finish one: a text or block-reading mutant is covered by most of the suite), the small folders make
 *  one part (each Stryker run first runs the whole suite once, ~1 minute), every other folder is a part, and
 *  the files at the top of src/core are one. */
const SMALL_FOLDERS = ['calendar', 'sample', 'study', 'timer', 'fs', 'workspace', 'report'];
/** Per folder cut in pieces: its parts by file stem; a file in none is in the folder's last part named here. */
const FOLDER_GROUPS = {
  parse: {
    'parse-filter': ['planFilter', 'filterBytes', 'filterWords', 'planSignals'],
    'parse-blocks': ['blockScanner', 'blockLines', 'blockToken'],
    'parse-pieces': ['markdown', 'chunks', 'simpleInline', 'incremental'],
    'parse-headings': ['classifyHeading', 'paragraphDays', 'dayTables', 'inlineText'],
    'parse-model': [],
  },
  text: {
    'text-detect': ['scan', 'lostBytes', 'mojibake'],
    'text-chars': [],
  },
};
function partOf(file) {
  const rest = file.slice('src/core/'.length).split('/');
  if (rest.length === 1) return 'core-root';
  if (SMALL_FOLDERS.includes(rest[0])) return 'small-folders';
  const groups = FOLDER_GROUPS[rest[0]];
  if (!groups) return rest[0];
  const stem = rest[rest.length - 1].replace(/\.ts$/, '');
  const names = Object.keys(groups);
  return names.find((group) => groups[group].includes(stem)) ?? names[names.length - 1];
}

const parts = new Map();
for (const file of coreFiles) {
  const part = partOf(file);
  if (!parts.has(part)) parts.set(part, []);
  parts.get(part).push(file);
}

function hashOf(files) {
  const hash = crypto.createHash('sha256');
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(path.join(ROOT, file))).update('\0');
  return hash.digest('hex').slice(0, 16);
}
function summaryPath(part) {
  return path.join(SUMMARIES, `${part}.json`);
}
function readSummary(part) {
  try {
    return JSON.parse(fs.readFileSync(summaryPath(part), 'utf8'));
  } catch {
    return undefined;
  }
}
/** The unit tests, the Stryker setup and the share of property-test cases: what else a score depends on. */
function testsHash() {
  const tests = fs.readdirSync(path.join(ROOT, 'test'), { recursive: true }).map((f) => f.split(path.sep).join('/'))
    .filter((f) => !f.startsWith('mutation/') && /\.(ts|js|md|txt|yml|json)$/.test(f)).sort().map((f) => `test/${f}`);
  return `${hashOf([...tests, 'stryker.config.mjs'])}@${process.env.FUZZ_SCALE ?? '0.1'}`;
}
function isCurrent(part) {
  const summary = readSummary(part);
  return summary !== undefined && summary.sources === hashOf(parts.get(part));
}
function linesOf(files) {
  return files.reduce((n, f) => n + fs.readFileSync(path.join(ROOT, f), 'utf8').split('\n').length, 0);
}
function git(...args) {
  return spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
}

/** Runs Stryker over one part and keeps its summary; false when the run left no report. */
function measure(part) {
  const files = parts.get(part);
  const started = Date.now();
  // Taken before the run: a commit landing during a long run must not relabel what was measured.
  const sources = hashOf(files);
  const tests = testsHash();
  const commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src', 'test', ':!test/mutation') ? '+changes' : '');
  console.log(`[mutate:parts] ${part}: ${files.length} files, ${linesOf(files)} lines`);
  const stryker = path.join(ROOT, 'node_modules', '.bin', 'stryker');
  const env = { ...process.env, FUZZ_SCALE: process.env.FUZZ_SCALE ?? '0.1' };
  spawnSync(stryker, ['run', '--mutate', files.join(','), '--reporters', 'scopes,json,progress'], { cwd: ROOT, env, stdio: 'inherit' });
  // Stryker exits 1 when a part is below its bar (the scopes reporter): a fresh report is what counts.
  if (!fs.existsSync(REPORT) || fs.statSync(REPORT).mtimeMs < started) return false;
  const report = JSON.parse(fs.readFileSync(REPORT, 'utf8'));
  const keyOf = (name) => path.relative(ROOT, path.resolve(ROOT, name)).split(path.sep).join('/');
  const strangers = Object.keys(report.files).map(keyOf).filter((f) => !files.includes(f));
  if (strangers.length) {
    // Another Stryker run wrote the report meanwhile (the path is shared).
    console.error(`[mutate:parts] ${part}: the report holds other files (${strangers.slice(0, 3).join(', ')}): not kept`);
    return false;
  }
  const summary = {
    part,
    sources,
    tests,
    commit,
    measured: new Date().toISOString().slice(0, 10),
    minutes: Math.round((Date.now() - started) / 600) / 100,
    fuzzScale: Number(env.FUZZ_SCALE),
    files: Object.fromEntries(files.map((f) => [f, { detected: 0, valid: 0, undetected: [] }])), // type-only files have no mutants
  };
  for (const [name, file] of Object.entries(report.files)) {
    const key = keyOf(name);
    const counted = file.mutants.filter((m) => DETECTED.has(m.status) || UNDETECTED.has(m.status));
    summary.files[key] = {
      detected: counted.filter((m) => DETECTED.has(m.status)).length,
      valid: counted.length,
      undetected: counted
        .filter((m) => UNDETECTED.has(m.status))
        .map((m) => `${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no coverage)' : ''}: ${String(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}`),
    };
  }
  fs.mkdirSync(SUMMARIES, { recursive: true });
  fs.writeFileSync(summaryPath(part), `${JSON.stringify(summary, null, 1)}\n`);
  return true;
}

function percent(detected, valid) {
  return valid ? `${((100 * detected) / valid).toFixed(2)}%` : '-';
}

/** The scores of the summaries kept: each part, then each scope with a bar, over the current parts only. */
function printScores() {
  const rows = [];
  const files = {};
  const stale = [];
  for (const part of [...parts.keys()].sort()) {
    const summary = readSummary(part);
    if (!summary) {
      rows.push(`  ${part.padEnd(14)} not measured`);
      continue;
    }
    const all = Object.values(summary.files);
    const detected = all.reduce((n, f) => n + f.detected, 0);
    const valid = all.reduce((n, f) => n + f.valid, 0);
    const current = isCurrent(part);
    if (current) Object.assign(files, summary.files);
    else stale.push(part);
    const note = !current ? '  (sources changed since: not counted)' : summary.tests !== testsHash() ? '  (tests changed since)' : '';
    rows.push(`  ${part.padEnd(14)} ${percent(detected, valid).padStart(7)}  ${detected}/${valid}  ${summary.measured} at ${summary.commit}, ${summary.minutes} min${note}`);
  }
  console.log(['Mutation score per part (test/mutation/*.json):', ...rows].join('\n'));
  const measuredFiles = Object.keys(files);
  let below = false;
  const lines = SCOPES.map(([scope, bar, has]) => {
    const inScope = coreFiles.filter(has);
    const measured = inScope.filter((f) => files[f]);
    const detected = measured.reduce((n, f) => n + files[f].detected, 0);
    const valid = measured.reduce((n, f) => n + files[f].valid, 0);
    const verdict = !valid ? '' : (100 * detected) / valid >= bar ? 'ok' : 'BELOW';
    below ||= verdict === 'BELOW';
    const part = measured.length < inScope.length ? `  (${measured.length} of ${inScope.length} files measured)` : '';
    return `  ${scope.padEnd(34)} ${percent(detected, valid).padStart(7)}  bar ${bar}%  ${verdict}  ${detected}/${valid}${part}`;
  });
  console.log(['Mutation score per scope (issue 15 item 6), current parts only:', ...lines].join('\n'));
  const missing = [...parts.keys()].filter((p) => !isCurrent(p));
  if (missing.length) console.log(`Still to measure: ${missing.join(', ')} (${measuredFiles.length} of ${coreFiles.length} files measured).`);
  if (below) process.exitCode = 1;
}

/** A part's survivors, each under the source line it mutates (what a test should pin next). */
function printSurvivors(part) {
  const summary = readSummary(part);
  if (!summary) throw new Error(`no summary of ${part}; measure it first`);
  if (!isCurrent(part)) console.log(`(${part}'s sources changed since it was measured: lines may have moved)`);
  for (const [file, { detected, valid, undetected }] of Object.entries(summary.files)) {
    if (undetected.length === 0) continue;
    console.log(`\n${file}: ${undetected.length} of ${valid} undetected (${percent(detected, valid)} detected)`);
    const source = path.join(ROOT, file);
    const lines = fs.existsSync(source) ? fs.readFileSync(source, 'utf8').split('\n') : [];
    const byLine = new Map();
    for (const mutant of undetected) {
      const line = Number(mutant.split(':')[0]);
      if (!byLine.has(line)) byLine.set(line, []);
      byLine.get(line).push(mutant.slice(mutant.indexOf(' ') + 1));
    }
    for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
      console.log(`${String(line).padStart(5)}| ${(lines[line - 1] ?? '').trim().slice(0, 110)}`);
      for (const mutant of byLine.get(line)) console.log(`       ${mutant}`);
    }
  }
}

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  if (args[at + 1] === undefined || args[at + 1].startsWith('--')) throw new Error(`${name} needs a value`);
  return args[at + 1];
};
if (args.includes('--survivors')) {
  const part = option('--survivors');
  if (!parts.has(part)) throw new Error(`no part ${part}; parts: ${[...parts.keys()].join(', ')}`);
  printSurvivors(part);
} else if (!args.includes('--score')) {
  const budget = option('--budget');
  if (budget !== undefined && !(Number(budget) > 0)) throw new Error(`--budget takes minutes, not '${budget}'`);
  const budgetMs = Number(budget ?? Infinity) * 60_000;
  const only = option('--only')?.split(',');
  for (const part of only ?? []) if (!parts.has(part)) throw new Error(`no part ${part}; parts: ${[...parts.keys()].join(', ')}`);
  const todo = (only ?? [...parts.keys()].filter((p) => !isCurrent(p))).sort((a, b) => linesOf(parts.get(a)) - linesOf(parts.get(b)));
  const started = Date.now();
  for (const part of todo) {
    if (Date.now() - started > budgetMs) {
      console.log(`[mutate:parts] budget spent; left for a later run: ${todo.slice(todo.indexOf(part)).join(', ')}`);
      break;
    }
    if (!measure(part)) {
      console.error(`[mutate:parts] ${part}: Stryker left no report`);
      process.exitCode = 1;
      break;
    }
  }
}
if (!args.includes('--survivors')) printScores();
