// Browser-level UI test: the real workbench in Chromium, driven like a person would (playwright-core).
// Opens the fixture plans with the built extension loaded, clicks the Learning Plans activity-bar icon,
// checks the tree rows a learner should see, and saves screenshots to test-results/.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ROOT, ensureCodeServer, makeRunFolders, startCodeServer, workbenchUrl, launchChromium, log, printExtensionLog } = require('./codeServer');
const { STEP_TIMEOUT_MS, runFromPalette } = require('./quickInput');

const RESULTS = path.join(ROOT, 'test-results');
const RUN_TIMEOUT_MS = Number(process.env.LEARNING_PLANS_UI_TIMEOUT_MS || 600_000);

/** Drags the sidebar's edge so the screenshots show whole titles (cosmetic: failures are ignored). */
async function widenSidebar(page) {
  const box = await page.locator('.part.sidebar').boundingBox().catch(() => null);
  if (!box) return;
  const edge = box.x + box.width + 1;
  await page.mouse.move(edge, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(edge + 260, box.y + 200, { steps: 5 });
  await page.mouse.up();
}

/** Each check is named like a test; the run prints `ui: N passed, N failed` at the end. */
async function checks(page) {
  const results = [];
  const check = async (name, body) => {
    try {
      await body();
      results.push({ name, ok: true });
      console.log(`  \u2714 ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  \u2718 ${name}\n      ${String(error.message).split('\n').slice(0, 4).join('\n      ')}`);
    }
  };
  const row = (text) => page.locator('.monaco-list-row', { hasText: text }).first();

  await check('the workbench loads', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
  });
  await check('the Learning Plans icon in the activity bar opens the tree', async () => {
    const icon = page.locator('.activitybar .action-item a[aria-label^="Learning Plans"], .activitybar [role="tab"][aria-label^="Learning Plans"]').first();
    await icon.click({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.part.sidebar .title-label', { hasText: /Learning Plans/i }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await widenSidebar(page);
  });
  await check('the tree shows the plans with their progress', async () => {
    await row('days-031-060-lakehouse-for-ai.md').waitFor({ timeout: STEP_TIMEOUT_MS });
    await row('learning-journey-tracker.md').waitFor({ timeout: STEP_TIMEOUT_MS });
    const text = await row('days-031-060-lakehouse-for-ai.md').innerText();
    if (!text.startsWith('0/30 Days 31-60: Lakehouse Architecture')) throw new Error(`the plan row reads "${text}", not "0/30 Days 31-60: Lakehouse Architecture..."`);
  });
  await check('the current module is expanded down to today, Day 31', async () => {
    await row('0/7 Module 1: Lakehouse Fundamentals for AI/ML').waitFor({ timeout: STEP_TIMEOUT_MS });
    // The picture waits for today's own icon on Day 31, not for a time.
    await row('31 \u00b7 Lakehouse vs Data Warehouse for AI').locator('.codicon-target').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'tree.png') });
  });
  await check('the status bar shows the study streak', async () => {
    const item = page.locator('.statusbar-item [aria-label^="Study streak"], .statusbar-item[aria-label^="Study streak"]').first();
    await item.waitFor({ timeout: STEP_TIMEOUT_MS });
    const label = await item.getAttribute('aria-label');
    if (label !== 'Study streak: 0 days') throw new Error(`the streak item says "${label}"`);
    const bar = await page.locator('.part.statusbar').boundingBox();
    if (bar) await page.screenshot({ path: path.join(RESULTS, 'status-bar.png'), clip: { x: 0, y: bar.y - 2, width: 700, height: bar.height + 4 } });
  });
  await check('"Learning Plans: Show Progress" from the command palette opens the progress page', async () => {
    await runFromPalette(page, 'Learning Plans: Show Progress');
    await page.locator('.tab', { hasText: 'Learning Progress' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    // The page is a webview (nested iframes): wait for its heading, then picture it.
    const frame = page.frameLocator('iframe.webview').frameLocator('#active-frame');
    await frame.locator('text=Learning progress').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await frame.locator('text=0/30 days').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'progress-view.png') });
    await page.keyboard.press('Control+W');
  });
  await check('"Learning Plans: Review Due Cards": Space reveals a card, 3 grades it Good, the badge counts down', async () => {
    // The badge on the activity-bar icon counts the cards due: the tracker's learnings, all new.
    const badge = page.locator('.activitybar .action-item:has([aria-label^="Learning Plans"]) .badge-content, .activitybar [aria-label^="Learning Plans"] .badge-content').first();
    await badge.waitFor({ timeout: STEP_TIMEOUT_MS });
    const due = Number(await badge.innerText());
    if (!(due > 0)) throw new Error(`the badge reads "${await badge.innerText()}"`);
    await runFromPalette(page, 'Learning Plans: Review Due Cards');
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    let graded = 0;
    // Grade cards with the keyboard until the one whose plan nests an answer under it, and picture its reveal.
    for (let card = 1; card <= due; card++) {
      await rows.filter({ hasText: 'Show Answer' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      const prompt = await page.locator('.quick-input-widget .quick-input-list').innerText();
      if (card === 1) await page.screenshot({ path: path.join(RESULTS, 'review-prompt.png') });
      await page.keyboard.press('Space');
      await rows.filter({ hasText: /Good.*3 \u00b7/ }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
      if (prompt.includes('Different catalogs')) {
        await page.screenshot({ path: path.join(RESULTS, 'review-flow.png') });
        break;
      }
      if (card === due) throw new Error('no card with an answer came up');
      await page.keyboard.press('3');
      graded++;
    }
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').first().waitFor({ state: 'hidden', timeout: STEP_TIMEOUT_MS });
    // Each grade is a line in .learning-plans/reviews.md; the badge counts what is left.
    await badge.filter({ hasText: new RegExp(`^${due - graded}$`) }).waitFor({ timeout: STEP_TIMEOUT_MS });
  });
  await check('clicking a day opens its plan at the heading', async () => {
    await row('32 \u00b7 Delta Lake Deep Dive for AI').click({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.tab', { hasText: 'days-031-060-lakehouse-for-ai.md' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.view-line', { hasText: 'Day 32 - Delta Lake Deep Dive for AI' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.codelens-decoration', { hasText: 'Mark complete' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'tree-and-editor.png') });
  });
  await check('a single click keeps the focus in the tree (preserveFocus): the arrow keys go on moving there', async () => {
    // The editor already shows Day 32 (the check above); the keyboard focus must still be on the tree's row.
    const focusInTree = (rowText) => page.waitForFunction((text) => {
      const doc = globalThis.document; // runs in the page
      const focused = doc.activeElement;
      const list = focused && focused.closest('.monaco-list');
      const row = list && list.querySelector('.monaco-list-row.focused');
      return !!row && (row.textContent || '').includes(text) && !focused.closest('.editor-instance') && !doc.querySelector('.monaco-editor.focused');
    }, rowText, { timeout: STEP_TIMEOUT_MS });
    await focusInTree('32 \u00b7 Delta Lake Deep Dive for AI');
    await page.keyboard.press('ArrowDown');
    await focusInTree('33 \u00b7 Apache Iceberg for AI Data Management');
  });
  // Not a check: headless hovers are timing-sensitive (they may close before they are drawn), and the
  // tooltip's content is asserted in the integration suite. This only tries to picture it for the README.
  const tooltip = page.locator('.monaco-hover, .workbench-hover', { hasText: 'Checkpoint' }).first();
  const label = row('33 \u00b7 Apache Iceberg for AI Data Management').locator('.label-name').first();
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      await page.mouse.move(700, 600);
      await label.hover({ timeout: 5_000, position: { x: 30, y: 6 } });
      await tooltip.waitFor({ timeout: 8_000 });
      await page.waitForFunction((el) => el && el.ownerDocument.defaultView.getComputedStyle(el).opacity === '1', await tooltip.elementHandle(), { timeout: 3_000 });
      await page.screenshot({ path: path.join(RESULTS, 'tree-tooltip.png') });
      console.log('  (saved a screenshot of a day\'s tooltip)');
      break;
    } catch {
      if (attempt === 4) console.log('  (no tooltip screenshot this time: the hover closed before it was drawn)');
    }
  }
  return results;
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) process.exit(build.status || 1);
  ensureCodeServer();
  fs.mkdirSync(RESULTS, { recursive: true });
  const folders = makeRunFolders('ui');
  // A development extension is loaded only with the smoke-test driver on (code-server's built workbench).
  const server = await startCodeServer(folders, { smokeTestDriver: true });
  const browser = await launchChromium();
  let timer;
  let results;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    log('UI test: opening the workbench in Chromium');
    await page.goto(workbenchUrl(server, folders.workspace));
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the UI test did not finish within ${RUN_TIMEOUT_MS / 1000}s`)), RUN_TIMEOUT_MS);
    });
    results = await Promise.race([checks(page), timeout]);
    if (results.some((r) => !r.ok)) {
      await page.screenshot({ path: path.join(RESULTS, 'ui-failure.png') }).catch(() => undefined);
      printExtensionLog(folders.userData);
    }
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
    server.stop();
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`ui: ${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length || results.length === 0) {
    console.error(`UI test FAILED: ${failed.map((r) => r.name).join('; ') || 'no check ran'}\nScreenshots: ${RESULTS}`);
    process.exit(1);
  }
  fs.rmSync(folders.base, { recursive: true, force: true });
  console.log(`Screenshots saved in ${path.relative(ROOT, RESULTS)}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
