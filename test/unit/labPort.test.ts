import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { NodeFileSystem, portPath } from '../../src/cli/nodeFileSystem';
import { LAB_PORT_CASES, LAB_PORT_SCENES, type LabScene, type SceneId } from '../shared/labPortContract';
import { MemoryFileSystem } from '../shared/memoryFileSystem';
import { tempDir } from './tempDir';

/** `outside:x` is `x` in the folder outside the workspace; anything else is an absolute path. */
function target(spec: string, outside: string, join: (a: string, b: string) => string): string {
  return spec.startsWith('outside:') ? join(outside, spec.slice('outside:'.length)) : spec;
}

describe('The lab scaffold and its file-system port: one contract, every port (issue 15 item 3)', () => {
  describe('in memory', () => {
    LAB_PORT_CASES.forEach((testCase, index) => {
      it(testCase.name, async () => {
        const memory = new MemoryFileSystem();
        const outside = '/outside';
        for (const [file, text] of Object.entries(LAB_PORT_SCENES.outside.files)) memory.addFile(`${outside}/${file}`, text);
        for (const folder of LAB_PORT_SCENES.outside.folders) memory.addFolder(`${outside}/${folder}`);
        memory.addFile('/proc/self/environ', 'PATH=/usr/bin\0AWS_SECRET_ACCESS_KEY=x\0');
        memory.addFifo('/dev/zero'); // a device: neither file nor folder, like a FIFO
        const root = `/ws/case-${index}`;
        memory.addFolder(root);
        const scene = testCase.scene ? LAB_PORT_SCENES.scenes[testCase.scene as SceneId] : undefined;
        for (const [link, to] of Object.entries((scene as { links?: Record<string, string> })?.links ?? {})) memory.addLink(`${root}/${link}`, target(to, outside, (a, b) => `${a}/${b}`));
        for (const fifo of (scene as { fifos?: string[] })?.fifos ?? []) memory.addFifo(`${root}/${fifo}`);
        const labScene: LabScene = { root, file: async (relative, text) => memory.addFile(`${root}/${relative}`, text) };
        await testCase.run(memory, labScene, assert);
        assert.deepStrictEqual(memory.leftovers(), []);
      });
    });
  });

  describe('on node fs (the CLI\'s port)', () => {
    LAB_PORT_CASES.forEach((testCase) => {
      it(testCase.name, async () => {
        const base = tempDir('lp-port-');
        const outside = path.join(base, 'outside');
        const root = path.join(base, 'workspace');
        fs.mkdirSync(root, { recursive: true });
        for (const [file, text] of Object.entries(LAB_PORT_SCENES.outside.files)) {
          fs.mkdirSync(path.dirname(path.join(outside, file)), { recursive: true });
          fs.writeFileSync(path.join(outside, file), text);
        }
        for (const folder of LAB_PORT_SCENES.outside.folders) fs.mkdirSync(path.join(outside, folder), { recursive: true });
        const scene = testCase.scene ? LAB_PORT_SCENES.scenes[testCase.scene as SceneId] : undefined;
        for (const [link, to] of Object.entries((scene as { links?: Record<string, string> })?.links ?? {})) {
          fs.mkdirSync(path.dirname(path.join(root, link)), { recursive: true });
          fs.symlinkSync(target(to, outside, path.join), path.join(root, link));
        }
        for (const fifo of (scene as { fifos?: string[] })?.fifos ?? []) {
          fs.mkdirSync(path.dirname(path.join(root, fifo)), { recursive: true });
          assert.strictEqual(spawnSync('mkfifo', [path.join(root, fifo)]).status, 0, 'mkfifo');
        }
        const labScene: LabScene = {
          root: portPath(root),
          file: async (relative, text) => {
            fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
            fs.writeFileSync(path.join(root, relative), text);
          },
        };
        await testCase.run(new NodeFileSystem(), labScene, assert);
        const temps = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.learning-plans.tmp'));
        assert.deepStrictEqual(temps, []);
        assert.deepStrictEqual(fs.readdirSync(path.join(outside, 'empty')), [], 'nothing written outside');
      });
    });
  });
});
