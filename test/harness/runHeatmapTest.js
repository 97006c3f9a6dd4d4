// The heatmap SVG in Chromium: the CLI's file (shown as an image, the way GitHub shows it in a README) and the
// progress page's inline drawing must be the same picture, in the light and in the dark color scheme.
// Uses a learner's months of work on the sample plans; saves the screenshots to test-results/ (the README
// shows media/screenshots/heatmap-*.png, copied from there). Run it inside the shared lock:
//   flock /tmp/learning-plans-heavy.lock npm run test:svg
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const esbuild = require('esbuild');
const { ROOT, launchChromium } = require('./codeServer');
const { readPng, differingPixels } = require('./png');

const RESULTS = path.join(ROOT, 'test-results');
const TODAY = '2026-11-21';
const FIRST = '2026-08-03';

async function main() {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) process.exit(build.status || 1);
  const helper = path.join(ROOT, 'out', 'test', 'harness', 'heatmapPage.js');
  esbuild.buildSync({ entryPoints: [path.join(__dirname, 'heatmapPage.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: helper, logLevel: 'warning' });
  const { makeSampleWorkspace, renderProgressPage } = require(helper);

  fs.mkdirSync(RESULTS, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lp-heatmap-'));
  const plans = path.join(work, 'plans');
  makeSampleWorkspace(path.join(ROOT, 'test', 'fixtures'), plans, FIRST, TODAY);
  const cli = (...args) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`learning-plans ${args.join(' ')}: ${run.stderr}`);
    return run.stdout;
  };
  cli('heatmap', plans, '--svg', path.join(work, 'heatmap.svg'), '--today', TODAY);
  cli('badge', plans, '--svg', path.join(work, 'streak.svg'), '--today', TODAY);
  cli('badge', plans, '--kind', 'progress', '--svg', path.join(work, 'progress.svg'), '--today', TODAY);
  // The files themselves, as a README embeds them (the project's README shows these, copied to media/screenshots/).
  for (const name of ['heatmap.svg', 'streak.svg', 'progress.svg']) fs.copyFileSync(path.join(work, name), path.join(RESULTS, name));
  // The file as an image on a plain page, as a README shows it.
  fs.writeFileSync(path.join(work, 'image.html'), '<!DOCTYPE html><html><body style="margin:8px"><img id="heatmap" src="heatmap.svg" alt=""></body></html>');
  // What the README picture shows: the image and the badges on GitHub's light or dark background.
  fs.writeFileSync(path.join(work, 'showcase.html'), '<!DOCTYPE html><html><head><style>body{margin:0;padding:16px 20px;background:#fff}'
    + '@media (prefers-color-scheme: dark){body{background:#0d1117}} #badges{margin-top:8px} #badges img{margin-right:6px}</style></head>'
    + '<body><div id="shot"><img src="heatmap.svg" alt=""><div id="badges"><img src="streak.svg" alt=""><img src="progress.svg" alt=""></div></div></body></html>');
  const html = renderProgressPage(plans, TODAY);

  const results = [];
  const check = async (name, body) => {
    try {
      await body();
      results.push(true);
      console.log(`  \u2714 ${name}`);
    } catch (error) {
      results.push(false);
      console.log(`  \u2718 ${name}\n      ${error.message}`);
    }
  };

  const browser = await launchChromium();
  try {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme: scheme, deviceScaleFactor: 2, viewport: { width: 900, height: 600 } });
      const blocked = [];
      const page = await context.newPage();
      page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) blocked.push(message.text()); });
      await check(`${scheme}: the progress page draws the heatmap under its strict CSP`, async () => {
        await page.setContent(html);
        await page.locator('svg.heatmap').waitFor();
        const fill = await page.locator('svg.heatmap rect.l0').first().evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).fill);
        const expected = scheme === 'light' ? 'rgb(235, 237, 240)' : 'rgb(45, 51, 59)';
        if (fill !== expected) throw new Error(`an empty day is filled ${fill}, not ${expected}: the SVG's style did not apply`);
        if (blocked.length) throw new Error(`the CSP blocked: ${blocked[0]}`);
      });
      const pageShot = path.join(RESULTS, `heatmap-page-${scheme}.png`);
      const fileShot = path.join(RESULTS, `heatmap-file-${scheme}.png`);
      await page.locator('svg.heatmap').screenshot({ path: pageShot, omitBackground: true });
      const image = await context.newPage();
      await check(`${scheme}: the CLI's heatmap.svg loads as an image (well-formed, no external references)`, async () => {
        await image.goto(`file://${path.join(work, 'image.html')}`);
        const size = await image.locator('#heatmap').evaluate((img) => img.complete && [img.naturalWidth, img.naturalHeight]);
        if (!size || size[0] !== 770) throw new Error(`the image did not load (natural size ${size})`);
        await image.locator('#heatmap').screenshot({ path: fileShot, omitBackground: true });
      });
      await check(`${scheme}: the file and the page are the same picture (up to anti-aliasing of edge pixels)`, async () => {
        const a = readPng(fs.readFileSync(pageShot));
        const b = readPng(fs.readFileSync(fileShot));
        // Identical but for anti-aliasing: a few edge pixels may be blended differently (measured: 34 pixels of
        // 403,480 on one column of rounded corners, by at most 32 of 255), nothing more.
        const slightly = differingPixels(a, b, 2);
        const clearly = differingPixels(a, b, 64);
        if (clearly !== 0 || slightly > 200) {
          throw new Error(`${slightly} of ${a.width * a.height} pixels differ, ${clearly} of them clearly (${a.width}x${a.height} vs ${b.width}x${b.height})`);
        }
        console.log(`      (${slightly} pixels differ by anti-aliasing)`);
      });
      const showcase = await context.newPage();
      await showcase.goto(`file://${path.join(work, 'showcase.html')}`);
      await showcase.locator('#shot img').last().evaluate((img) => img.complete || new Promise((resolve) => { img.onload = resolve; }));
      await showcase.locator('body').screenshot({ path: path.join(RESULTS, `heatmap-${scheme}.png`), clip: undefined });
      await context.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  const failed = results.filter((ok) => !ok).length;
  console.log(`svg: ${results.length - failed} passed, ${failed} failed`);
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`Screenshots and SVGs saved in ${path.relative(ROOT, RESULTS)}/ (heatmap-page-*, heatmap-file-*, heatmap-light/dark, heatmap.svg, streak.svg, progress.svg)`);
  if (failed || results.length === 0) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
