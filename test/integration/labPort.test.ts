// The lab-port contract table (test/shared/labPortContract.ts) driven through the extension's own port,
// WorkspaceFileSystem on vscode.workspace.fs, in the Node and the web-worker host. The links and FIFOs of
// each case's scene were made in the workspace by the harness (test/harness/labPortScenes.js).
import * as vscode from 'vscode';
import type { Link } from '../../src/core';
import type { LearningPlansTestApi as LearningPlansApi } from '../../src/extension/testApi';
import { WorkspaceFileSystem } from '../../src/extension/workspaceFileSystem';
import { LAB_PORT_CASES, LAB_PORT_SCENES, type LabScene } from '../shared/labPortContract';
import * as assert from './assert';
import { api, workspaceUri } from './helpers';

describe('The lab scaffold and its file-system port, through workspace.fs (issue 15 item 3)', () => {
  const base = (): vscode.Uri => workspaceUri(LAB_PORT_SCENES.folder);
  let lp: LearningPlansApi;

  before(async () => {
    lp = await api();
  });

  after(async () => {
    lp.pickLinks = (await import('../../src/extension/commands/resources')).pickLinks;
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Links are removed, never followed: what they point to outside the workspace stays.
    await vscode.workspace.fs.delete(base(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  LAB_PORT_CASES.forEach((testCase, index) => {
    it(testCase.name, async () => {
      const folder = vscode.workspace.workspaceFolders![0];
      const root = vscode.Uri.joinPath(base(), testCase.scene ?? `case-${index}`);
      if (testCase.scene) {
        const prepared = await Promise.resolve(vscode.workspace.fs.stat(root)).then(() => true, () => false);
        assert.ok(prepared, `the harness made no scene ${testCase.scene} (test/harness/labPortScenes.js)`);
      } else {
        await vscode.workspace.fs.createDirectory(root);
      }
      const scene: LabScene = {
        root: root.path,
        file: async (relative, text) => {
          await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, ...relative.split('/')), new TextEncoder().encode(text));
        },
      };
      await testCase.run(new WorkspaceFileSystem(folder.uri), scene, assert);
    });
  });

  it('refuses to open a workspace link that passes through a symbolic link out of the workspace (docs -> elsewhere)', async () => {
    const root = vscode.Uri.joinPath(base(), 'link-out');
    const plan = vscode.Uri.joinPath(root, 'plan.md');
    await vscode.workspace.fs.writeFile(plan, new TextEncoder().encode('### Day 1\n- [Passwords](docs/passwd.txt)\n- [Mail](mailto:a@example.com?attach=/etc/passwd)\n'));
    try {
      lp.pickLinks = async (links: readonly Link[]) => links;
      const opened = await vscode.commands.executeCommand<{ target: string; opened: boolean }[]>('learningPlans.openDayResources', { uri: plan.toString(), line: 0, title: 'Day 1' });
      assert.deepStrictEqual(opened, [
        { target: 'docs/passwd.txt', opened: false },
        { target: 'mailto:a@example.com?attach=/etc/passwd', opened: false },
      ]);
      const editor = vscode.window.activeTextEditor?.document.uri.path ?? '';
      assert.ok(!editor.endsWith('passwd.txt'), `not opened: ${editor}`);
    } finally {
      await vscode.workspace.fs.delete(plan);
    }
  });
});
