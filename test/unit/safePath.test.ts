import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { checkLinkTarget, type FileSystemPort } from '../../src/core';
import { NodeFileSystem, portPath } from '../../src/cli/nodeFileSystem';
import { MemoryFileSystem } from '../shared/memoryFileSystem';
import { tempDir } from './tempDir';

/** What the extension and the CLI do before offering a workspace link (checkLinkTarget), on each port. */
async function mayOpen(port: FileSystemPort, root: string, target: string): Promise<string> {
  const checked = await checkLinkTarget(port, target, root, root);
  return checked.kind === 'refused' ? `refused: ${checked.reason}` : checked.kind === 'file' ? 'open' : checked.kind;
}

describe('Workspace links through symbolic links (issue 14 item 11)', () => {
  it('in memory: docs -> / is refused, a plain path opens', async () => {
    const memory = new MemoryFileSystem();
    memory.addFile('/etc/passwd', 'root:x:0:0');
    memory.addFile('/ws/notes/a.md', '# A');
    memory.addLink('/ws/docs', '/');
    assert.match(await mayOpen(memory, '/ws', 'docs/etc/passwd'), /^refused: \/ws\/docs is a symbolic link, which could lead outside \/ws$/);
    assert.strictEqual(await mayOpen(memory, '/ws', 'notes/a.md'), 'open');
    assert.strictEqual(await mayOpen(memory, '/ws', 'notes/missing.md'), 'open', 'a missing file is for the editor to report');
  });

  it('on disk: docs -> / is refused, also for a link as the last segment', async () => {
    const dir = tempDir('lp-links-');
    fs.symlinkSync('/', path.join(dir, 'docs'));
    fs.symlinkSync('/etc/passwd', path.join(dir, 'passwd.md'));
    fs.writeFileSync(path.join(dir, 'ok.md'), '# ok');
    const root = portPath(dir);
    const port = new NodeFileSystem();
    assert.match(await mayOpen(port, root, 'docs/etc/passwd'), /docs is a symbolic link/);
    assert.match(await mayOpen(port, root, 'passwd.md'), /passwd\.md is a symbolic link/);
    assert.strictEqual(await mayOpen(port, root, 'ok.md'), 'open');
  });
});
