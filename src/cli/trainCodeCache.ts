/**
 * Build step (esbuild.js runs it after bundling the CLI): loads dist/cli-main.js as the launcher does, runs
 * the verbs a learner runs most over the sample plans, output dropped, and writes the bytecode compiled on
 * the way as dist/cli-main.js.cache (see codeCache.ts). `node out/cli/trainCodeCache.js DIST PLAN_FOLDER...`;
 * `... --check DIST` prints whether a process like the CLI's takes that cache (`used` or `not used`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { canUseCodeCache, codeCacheOf, loadBundle } from './codeCache';
import type { configureCliProcess, runCli } from './main';

const RUNS: readonly (readonly string[])[] = [['index', '--json'], ['index'], ['status'], ['status', '--json']];

async function train(dist: string, folders: readonly string[]): Promise<void> {
  const cacheFile = path.join(dist, 'cli-main.js.cache');
  fs.rmSync(cacheFile, { force: true });
  if (!canUseCodeCache()) {
    console.warn(`trainCodeCache: Node ${process.version} cannot check a code cache (no zlib.crc32): the CLI runs without one`);
    return;
  }
  const loaded = loadBundle(path.join(dist, 'cli-main.js'), undefined);
  const cli = loaded.exports as { runCli: typeof runCli; configureCliProcess: typeof configureCliProcess };
  cli.configureCliProcess(); // the code paths a real run takes
  const drop = { out: () => undefined, err: () => undefined, write: () => undefined, writeBytes: () => undefined };
  for (const run of RUNS) for (const folder of folders) await cli.runCli([run[0], folder, ...run.slice(1)], drop);
  fs.writeFileSync(cacheFile, codeCacheOf(loaded));
}

function check(dist: string): void {
  const bundle = path.join(dist, 'cli-main.js');
  process.stdout.write(loadBundle(bundle, `${bundle}.cache`).cacheUsed ? 'used\n' : 'not used\n');
}

const args = process.argv.slice(2);
const work = args[0] === '--check' ? Promise.resolve(check(args[1])) : train(args[0], args.slice(1));
work.catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
