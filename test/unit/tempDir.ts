import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// Every folder a unit test makes under the OS temp dir is removed when the run ends: a test run must
// not leave hundreds of `lp-*` folders behind (it did: ~9,000 after a day of runs).
const made: string[] = [];

/** A new empty folder under the OS temp dir (`prefix` + random), removed after the run. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

after(() => {
  for (const dir of made.splice(0)) {
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // A tree deeper than a path may be long (cliHardening's): `rm -rf` walks it by folder, where Node's rm gives up
      // (nine such folders were left by a day of runs). A folder made unreadable on purpose: the OS cleans temp up.
      spawnSync('rm', ['-rf', dir]);
    }
  }
});
