import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as commandIds from '../../src/extension/commandIds';

const ROOT = path.join(__dirname, '..', '..', '..');
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
/** The manifest as VS Code shows it in English: every `%key%` replaced from package.nls.json. */
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'), (_key, value) =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) ? nls[value.slice(1, -1)] ?? value : value,
);
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

  it('sets every learningPlans.* context key a when clause reads (a key no code sets hides its entry for good)', () => {
    const read = new Set(JSON.stringify({ menus: contributes.menus, viewsWelcome: contributes.viewsWelcome, keybindings: contributes.keybindings }).match(/(?<=[ !(]|")learningPlans\.[a-zA-Z]+(?![a-zA-Z.])(?=[ )"]|$)/g) ?? []);
    const commands = new Set(contributes.commands.map((c: { command: string }) => c.command));
    const views = new Set(contributes.views.learningPlans.map((v: { id: string }) => v.id));
    const src = sourceText(path.join(ROOT, 'src', 'extension'));
    const keys = [...read].filter((key) => !commands.has(key) && !views.has(key));
    assert.ok(keys.includes('learningPlans.hasPlans') && keys.includes('learningPlans.scanned'), keys.join(' '));
    for (const key of keys) assert.ok(src.includes(`'${key}'`), `${key} is read in a when clause and set by no code`);
  });

  it('says "No learning plan found" only after the first scan, and hides the title bar\'s plan actions with no plan', () => {
    const welcome = (key: string) => contributes.viewsWelcome.find((w: { contents: string }) => w.contents === nls[key]);
    assert.match(welcome('viewsWelcome.noPlan').when, /learningPlans\.scanned && !learningPlans\.hasPlans/);
    assert.match(welcome('viewsWelcome.scanning').when, /!learningPlans\.scanned && !learningPlans\.hasPlans/);
    // Every plan complete and Hide Completed on: an empty tree that says why, with the way back.
    assert.match(welcome('viewsWelcome.allHidden').contents, /command:learningPlans\.showCompleted/);
    for (const entry of contributes.menus['view/title']) {
      if (entry.command === 'learningPlans.refresh' || entry.command === 'learningPlans.stopTimer') continue;
      assert.match(entry.when, /learningPlans\.hasPlans/, entry.command);
    }
  });

  it('declares keybindings only inside the Plans view (Enter opens the selected row, Ctrl+Z undoes the last edit)', () => {
    assert.deepStrictEqual(contributes.keybindings.map((k: { command: string }) => k.command), ['learningPlans.openTreeSelection', 'learningPlans.undoLastEdit']);
    for (const binding of contributes.keybindings) assert.match(binding.when, /^focusedView == learningPlans\.tree && .*!inputFocus$/, binding.command);
  });

  it('gives every setting a scope and a description under learningPlans.', () => {
    for (const [key, setting] of Object.entries<Record<string, unknown>>(contributes.configuration.properties)) {
      assert.match(key, /^learningPlans\./);
      assert.ok(setting.scope, `${key} has no scope`);
      assert.ok(setting.description || setting.markdownDescription, `${key} has no description`);
    }
  });

  it('activates lazily: on markdown in the workspace (views and commands activate implicitly), never on *', () => {
    assert.deepStrictEqual(manifest.activationEvents, ['workspaceContains:**/*.md']);
    assert.match(manifest.engines.vscode, /^\^1\.(7[4-9]|[89]\d|1\d\d)\./, 'implicit onView/onCommand activation needs VS Code 1.74+');
  });

  it('has the Marketplace metadata: icon, license, repository, categories, keywords; @types/vscode no newer than engines', () => {
    assert.ok(fs.existsSync(path.join(ROOT, manifest.icon)), 'icon file exists');
    assert.deepStrictEqual(fs.readFileSync(path.join(ROOT, manifest.icon)).subarray(16, 24), Buffer.from([0, 0, 0, 128, 0, 0, 0, 128]), 'icon is 128x128');
    assert.strictEqual(manifest.license, 'MIT');
    assert.ok(fs.existsSync(path.join(ROOT, 'LICENSE')) && fs.existsSync(path.join(ROOT, 'CHANGELOG.md')));
    assert.match(manifest.repository.url, /^https:\/\//);
    assert.ok(manifest.categories.includes('Education') && manifest.keywords.length >= 5);
    const types = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies['@types/vscode'];
    assert.strictEqual(types.replace(/^[~^]/, ''), manifest.engines.vscode.replace(/^\^/, ''), 'type-checking against the oldest supported API');
  });

  it('has a walkthrough whose steps each complete on a command, with media files that exist', () => {
    const [walkthrough] = contributes.walkthroughs;
    assert.deepStrictEqual(walkthrough.steps.map((s: { id: string }) => s.id), ['findOrCreatePlan', 'markDayComplete', 'scaffoldLab', 'seeStreak']);
    const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
    for (const step of walkthrough.steps) {
      const commands = step.completionEvents.filter((e: string) => e.startsWith('onCommand:')).map((e: string) => e.slice('onCommand:'.length));
      // `learningPlans.tree.focus` is the command VS Code makes for the Plans view.
      assert.ok(commands.length > 0 && commands.every((c: string) => ids.has(c) || c === 'learningPlans.tree.focus'), `${step.id} completes on our commands`);
      assert.ok(fs.existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
    }
    // VS Code counts each completion event once a session, and drops one seen before the walkthrough registered
    // (a Plans view restored at start, a context key already set): the step also completes from its own button.
    const find = walkthrough.steps[0];
    assert.ok(find.completionEvents.includes('onCommand:learningPlans.tree.focus'));
    assert.match(find.description, /\(command:learningPlans\.tree\.focus\)/);
  });

  it('declares the view, its container icon and the welcome content', () => {
    assert.strictEqual(contributes.viewsContainers.activitybar[0].id, 'learningPlans');
    assert.ok(fs.existsSync(path.join(__dirname, '..', '..', '..', contributes.viewsContainers.activitybar[0].icon)));
    assert.strictEqual(contributes.views.learningPlans[0].id, 'learningPlans.tree');
    assert.ok(contributes.viewsWelcome.length > 0);
  });
});

/** The text of every .ts file under `dir`. */
function sourceText(dir: string): string {
  return fs.readdirSync(dir, { withFileTypes: true }).map((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceText(full) : entry.name.endsWith('.ts') ? fs.readFileSync(full, 'utf8') : '';
  }).join('\n');
}
