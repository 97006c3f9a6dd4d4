import * as fs from 'fs';
import * as path from 'path';

/** The project's root, from out/test/unit/ontrack. */
export const ROOT = path.join(__dirname, '..', '..', '..', '..');

/** A shared sample plan, byte-exact. */
export function readSample(name: string): string {
  return fs.readFileSync(path.join(ROOT, 'test', 'fixtures', name), 'utf8');
}
