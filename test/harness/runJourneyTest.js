// A learner's week, end to end, in real VS Code at the default window size (1280x800, default sidebar): the
// four shared plans and a weekly journal saved through Windows-1254, a fixed clock (test/journey/seam.ts holds
// it at the date this script writes into the workspace), and the learner's clicks through Chromium. Each step
// is a check; screenshots of each go to test-results/journey-*.png.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ROOT, ensureCodeServer, makeRunFolders, startCodeServer, workbenchUrl, launchChromium, log, printExtensionLog } = require('./codeServer');
const { STEP_TIMEOUT_MS, acceptRow, runFromPalette } = require('./quickInput');

const RESULTS = path.join(ROOT, 'test-results');
const RUN_TIMEOUT_MS = Number(process.env.LEARNING_PLANS_UI_TIMEOUT_MS || 600_000);
const SEAM = path.join(ROOT, 'out', 'test', 'journey', 'seam.js');

/** Sets the seam's clock and waits until the extension has taken it (a condition, not a time). */
async function setClock(workspace, iso) {
  const dir = path.join(workspace, '.journey');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'clock'), iso);
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (!(fs.existsSync(path.join(dir, 'ack')) && fs.readFileSync(path.join(dir, 'ack'), 'utf8').trim() === iso)) {
    if (Date.now() > deadline) throw new Error(`the extension did not take the date ${iso}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the window shows when a check failed (CI keeps no screenshots): the tabs, a quick pick, notifications. */
async function printWorkbench(page) {
  const texts = (selector) => page.locator(selector).allInnerTexts().then((all) => all.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean), () => []);
  const pickShown = await page.locator('.quick-input-widget').first().isVisible().catch(() => false);
  console.log(`      the window shows: tabs [${(await texts('.tab')).join(' | ')}]`);
  console.log(`      a quick pick: ${pickShown ? `[${(await texts('.quick-input-list .monaco-list-row')).join(' | ')}]` : 'none'}`);
  console.log(`      notifications: [${(await texts('.notification-toast .notification-list-item-message')).join(' | ')}]`);
  const focused = await page.locator('body').evaluate((body) => {
    const e = body.ownerDocument.activeElement;
    return e ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''} in ${e.closest('[id^="workbench.parts."]')?.id ?? 'the page'}` : 'nothing';
  }).catch(() => 'unknown');
  console.log(`      the focus: ${focused}`);
}

async function journey(page, workspace) {
  const results = [];
  let step = 0;
  const check = async (name, body) => {
    step++;
    try {
      await body();
      results.push({ name, ok: true });
      console.log(`  \u2714 ${name}`);
    } catch (error) {
      results.push({ name, ok: false });
      console.log(`  \u2718 ${name}\n      ${String(error.message).split('\n').slice(0, 4).join('\n      ')}`);
      await printWorkbench(page);
    }
    await page.screenshot({ path: path.join(RESULTS, `journey-${step}.png`) }).catch(() => undefined);
  };
  const row = (text) => page.locator('.part.sidebar .monaco-list-row', { hasText: text }).first();
  const streak = (label) => page.locator(`.statusbar-item[aria-label="Study streak: ${label}"], .statusbar-item [aria-label="Study streak: ${label}"]`).first();
  const palette = (command) => runFromPalette(page, command);
  /** The CodeLens just above the line showing `heading` (each day has its own). */
  const lensAbove = async (heading, title) => {
    const line = page.locator('.view-line', { hasText: heading }).first();
    await line.waitFor({ timeout: STEP_TIMEOUT_MS });
    const deadline = Date.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const box = await line.boundingBox();
      const lenses = page.locator('.codelens-decoration a', { hasText: title });
      for (let i = 0; i < (await lenses.count()); i++) {
        const lens = await lenses.nth(i).boundingBox();
        if (box && lens && lens.y < box.y && box.y - lens.y < 30) return lenses.nth(i);
      }
      if (Date.now() > deadline) throw new Error(`no "${title}" CodeLens above "${heading}"`);
      // The poll interval (a function that is true at once waited for nothing: this loop spun).
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  await check('Monday morning: the Plans view shows the plans at the default width, and Today is Day 31 (no activity yet: the earliest unfinished part of the program)', async () => {
    await page.locator('.monaco-workbench').waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.activitybar [aria-label^="Learning Plans"]').first().click({ timeout: STEP_TIMEOUT_MS });
    await row('0/30 Days 31-60: Lakehouse Architecture').waitFor({ timeout: STEP_TIMEOUT_MS });
    await row('31 \u00b7 Lakehouse vs Data Warehouse for AI').locator('.codicon-target').waitFor({ timeout: STEP_TIMEOUT_MS });
    await streak('0 days').waitFor({ timeout: STEP_TIMEOUT_MS });
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (!sidebar || sidebar.width > 320) throw new Error(`the sidebar is ${sidebar && sidebar.width} px wide, not the default`);
    // Every plan and module row shows its progress in front, readable at this width.
    for (const text of ['0/30 Days 31-60', '0/30 Days 121-150', '34/130 My Learning Journey', '0/28 Month 3']) {
      const label = row(text).locator('.label-name').first();
      const box = await label.boundingBox();
      if (!box || box.x + 60 > sidebar.x + sidebar.width) throw new Error(`"${text}" is cut off`);
    }
    await page.mouse.move(800, 600); // no hover over the picture
  });

  await check('Mark Day Complete from the palette completes Day 31 and the streak is 1', async () => {
    await palette('Learning Plans: Mark Day Complete');
    await streak('1 day').waitFor({ timeout: STEP_TIMEOUT_MS });
    await row('32 \u00b7 Delta Lake Deep Dive for AI').locator('.codicon-target').waitFor({ timeout: STEP_TIMEOUT_MS });
  });

  await check('Scaffold Lab for today\'s Day 32: the lab opens, and Today and the plan list stay as they were', async () => {
    const plansBefore = await page.locator('.part.sidebar .monaco-list-row[aria-level="1"]').count();
    await palette('Learning Plans: Scaffold Lab for Day');
    await page.locator('.tab', { hasText: /day-032\.ipynb|notes\.md/ }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await row('32 \u00b7 Delta Lake Deep Dive for AI').locator('.codicon-target').waitFor({ timeout: STEP_TIMEOUT_MS });
    const plansAfter = await page.locator('.part.sidebar .monaco-list-row[aria-level="1"]').count();
    if (plansAfter !== plansBefore) throw new Error(`the plan list went from ${plansBefore} to ${plansAfter} rows`);
    if (await row('Lab notes').count()) throw new Error('the lab notes became a plan');
  });

  await check('Tuesday: Go to Today opens Day 32, its "Mark complete" CodeLens completes it, the streak is 2', async () => {
    await setClock(workspace, '2026-11-24T09:00:00');
    await palette('Learning Plans: Go to Today');
    await page.locator('.tab.active', { hasText: 'days-031-060-lakehouse-for-ai.md' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await (await lensAbove('Day 32 - Delta Lake Deep Dive for AI', 'Mark complete')).click();
    await streak('2 days').waitFor({ timeout: STEP_TIMEOUT_MS });
    await lensAbove('Day 32 - Delta Lake Deep Dive for AI', 'Mark incomplete');
  });

  await check('Ctrl+Z undoes it: the streak is 1 again and the CodeLens says "Mark complete" at once', async () => {
    await page.locator('.view-line', { hasText: 'Day 32 - Delta Lake Deep Dive for AI' }).first().click();
    await page.keyboard.press('Control+Z');
    await streak('1 day').waitFor({ timeout: STEP_TIMEOUT_MS });
    await lensAbove('Day 32 - Delta Lake Deep Dive for AI', 'Mark complete');
  });

  await check('The weekly journal saved through Windows-1254 reads without mojibake, its entries as written', async () => {
    const journal = row('week-journal.md');
    await journal.waitFor({ timeout: STEP_TIMEOUT_MS });
    await journal.click();
    await row('Monday: Fresh Start').waitFor({ timeout: STEP_TIMEOUT_MS });
    const texts = await page.locator('.part.sidebar .monaco-list-row').allInnerTexts();
    const mangled = texts.filter((t) => /ğŸ|ðŸ|Ã|â€/.test(t));
    if (mangled.length) throw new Error(`mojibake in the tree: ${JSON.stringify(mangled)}`);
    await journal.click(); // fold it again
  });

  await check('Tasks are native checkboxes; Hide Completed hides done work and the view says what it hides', async () => {
    // The list draws only the rows in view: fold everything first, so the tracker's rows are near the top.
    await page.locator('.part.sidebar .actions-container [aria-label^="Collapse All"]').first().click({ timeout: STEP_TIMEOUT_MS });
    await row(/^\s*34\/130 My Learning Journey/).click();
    await row(/^\s*\S*\s*Data Lakehouse Track/).click();
    await row(/^\s*Apache Iceberg/).click();
    await row(/^\s*Concepts Learned/).click();
    await row(/^\s*Hidden partitioning/).locator('.custom-view-tree-node-item-checkbox, .monaco-checkbox').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'tree-checkboxes.png') });
    await page.locator('.part.sidebar .title-actions [aria-label="Hide Completed"], .part.sidebar .actions-container [aria-label="Hide Completed"]').first().click({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.part.sidebar', { hasText: 'Completed work is hidden' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await row(/^\s*Iceberg table format basics/).waitFor({ state: 'detached', timeout: STEP_TIMEOUT_MS }); // a checked task
    await page.screenshot({ path: path.join(RESULTS, 'tree-filter.png') });
    await page.locator('.part.sidebar .title-actions [aria-label="Show Completed"], .part.sidebar .actions-container [aria-label="Show Completed"]').first().click({ timeout: STEP_TIMEOUT_MS });
  });

  await check('Show Progress: the page shows the streak, the heatmap, and the plans as a map', async () => {
    await palette('Learning Plans: Show Progress');
    const frame = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await frame.locator('text=Learning progress').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await frame.locator('text=Done, day by day').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'progress-map.png') });
  });

  await check('Behind schedule: Catch Up offers a shift with its new end date and previews it as a diff before writing', async () => {
    // The plan started on Friday the 20th (a setting): on Tuesday the 24th Day 32 is three days late.
    fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'learningPlans.schedule': { 'days-031-060-lakehouse-for-ai.md': '2026-11-20' } }));
    // The setting is read once VS Code has seen the file: the progress page says so.
    const frame = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await frame.locator('text=3 days behind schedule').first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await palette('Learning Plans: Catch Up...');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Shift the rest of the plan by 3 days' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'catch-up-choices.png') });
    // Enter once the choice is the highlighted row, and again if the pick did not take the key (a CI run lost it).
    await acceptRow(page, 'Shift the rest of the plan by 3 days');
    // The smoke-test driver hides the Apply notification: the preview is what the learner sees here.
    await page.locator('.tab', { hasText: 'catch up (preview)' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.locator('.view-line', { hasText: '\u{1F4C5} 2026-11-24' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    await page.screenshot({ path: path.join(RESULTS, 'catch-up-preview.png') });
  });

  await check('Start Study Timer: the status bar shows the day and its minutes', async () => {
    await palette('Learning Plans: Start Study Timer');
    await page.locator('.statusbar-item', { hasText: 'Day 32 \u00b7 0 min' }).first().waitFor({ timeout: STEP_TIMEOUT_MS });
    const bar = await page.locator('.part.statusbar').boundingBox();
    await page.screenshot({ path: path.join(RESULTS, 'timer.png'), clip: { x: 0, y: bar.y, width: 560, height: bar.height } });
  });
  return results;
}

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) process.exit(build.status || 1);
  ensureCodeServer();
  fs.mkdirSync(RESULTS, { recursive: true });
  const folders = makeRunFolders('journey');
  fs.copyFileSync(path.join(ROOT, 'test', 'encoding-fixtures', 'week-journal-cp1254.md'), path.join(folders.workspace, 'week-journal.md'));
  fs.mkdirSync(path.join(folders.workspace, '.journey'), { recursive: true });
  fs.writeFileSync(path.join(folders.workspace, '.journey', 'clock'), '2026-11-23T09:00:00');
  // The seam (extensionTestsPath) needs the smoke-test driver: only a test may turn it on.
  const server = await startCodeServer(folders, { smokeTestDriver: true });
  const browser = await launchChromium();
  let timer;
  let results;
  let page;
  try {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    log('journey: opening the workbench in Chromium with a fixed clock (Monday 2026-11-23)');
    await page.goto(workbenchUrl(server, folders.workspace, { testsPath: SEAM }));
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the journey did not finish within ${RUN_TIMEOUT_MS / 1000}s`)), RUN_TIMEOUT_MS);
    });
    results = await Promise.race([journey(page, folders.workspace), timeout]);
    fs.writeFileSync(path.join(folders.workspace, '.journey', 'done'), 'done');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  } catch (error) {
    // The whole run timed out or the browser failed: say where the workbench and the extension were.
    console.log(`journey: ${error.message}`);
    if (page) await printWorkbench(page).catch(() => undefined);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
    server.stop();
  }
  results = results || [];
  const failed = results.filter((r) => !r.ok);
  console.log(`journey: ${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length || results.length === 0) {
    printExtensionLog(folders.userData);
    console.error(`Journey test FAILED: ${failed.map((r) => r.name).join('; ') || 'the run did not finish'}\nScreenshots: ${RESULTS}`);
    process.exit(1);
  }
  fs.rmSync(folders.base, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
