import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as commandIds from '../../src/extension/commands/commandIds';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
const contributes = manifest.contributes;

describe('package.json: manifest hygiene', () => {
  it('names the extension as the design card says', () => {
    assert.strictEqual(manifest.name, 'learning-plans');
    assert.strictEqual(manifest.displayName, 'Learning Plans');
    assert.strictEqual(manifest.main, './dist/extension.js');
    assert.strictEqual(manifest.browser, './dist/web/extension.js');
  });

  it('gives every command the "Learning Plans" category and an id from commandIds.ts', () => {
    const ids = new Set(Object.values(commandIds));
    for (const command of contributes.commands) {
      assert.strictEqual(command.category, 'Learning Plans', command.command);
      assert.ok(ids.has(command.command), `${command.command} is not in commandIds.ts`);
    }
    assert.strictEqual(contributes.commands.length, ids.size, 'every id in commandIds.ts is declared');
  });

  it('puts a when clause on every command palette entry, and lists every command there', () => {
    const palette = contributes.menus.commandPalette;
    for (const entry of palette) assert.ok(entry.when, `${entry.command} has no when clause`);
    assert.deepStrictEqual(palette.map((e: { command: string }) => e.command).sort(), contributes.commands.map((c: { command: string }) => c.command).sort());
  });

  it('declares no default keybindings', () => {
    assert.strictEqual(contributes.keybindings, undefined);
  });

  it('gives every setting a scope and a description under learningPlans.', () => {
    for (const [key, setting] of Object.entries<Record<string, unknown>>(contributes.configuration.properties)) {
      assert.match(key, /^learningPlans\./);
      assert.ok(setting.scope, `${key} has no scope`);
      assert.ok(setting.description || setting.markdownDescription, `${key} has no description`);
    }
  });

  it('activates lazily, never on *', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
  });

  it('declares the view, its container icon and the welcome content', () => {
    assert.strictEqual(contributes.viewsContainers.activitybar[0].id, 'learningPlans');
    assert.ok(fs.existsSync(path.join(__dirname, '..', '..', '..', contributes.viewsContainers.activitybar[0].icon)));
    assert.strictEqual(contributes.views.learningPlans[0].id, 'learningPlans.tree');
    assert.ok(contributes.viewsWelcome.length > 0);
  });
});
