// The command palette and quick picks, driven as a person does (F1, type, Enter), for the UI, journey and
// package tests. Each step waits for a condition in the workbench, never for a time: a key press can be lost
// while the workbench re-renders under load, so a step that sees its key was not taken presses it again,
// only while the same row is still highlighted in a visible pick (VS Code hides a pick as it accepts it, so
// a pick still showing after 5 s did not take the key).
const STEP_TIMEOUT_MS = 60_000;
/** How long a key press may take to show its effect before it is taken as lost (not a verdict: the deadline is). */
const KEY_RETRY_MS = 5_000;

const widget = (page) => page.locator('.quick-input-widget').first();
const focusedRow = (page, text) => page.locator('.quick-input-list .monaco-list-row.focused', { hasText: text }).first();

/**
 * Gives the keyboard focus back to a pick that lost it, as the learner clicks into the question: a webview
 * (the progress page) reloading or refocusing as the palette closed took it, and Enter would go there. Only
 * a pick that stays open when the focus moves (ignoreFocusOut) is still there to click.
 */
async function focusPick(page) {
  const inPick = await widget(page).evaluate((pick) => pick.contains(pick.ownerDocument.activeElement)).catch(() => true);
  if (!inPick) await page.locator('.quick-input-filter input').first().click({ timeout: KEY_RETRY_MS }).catch(() => undefined);
}

/**
 * Accepts the quick pick's row holding `text` with Enter, once it is the highlighted row (Enter runs the
 * highlighted row, which may not yet be this one while the list fills). Resolves when the pick has taken it:
 * the widget is hidden, or shows another list (the next question of the same command).
 */
async function acceptRow(page, text, timeoutMs = STEP_TIMEOUT_MS) {
  const row = focusedRow(page, text);
  await row.waitFor({ timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await focusPick(page);
    await page.keyboard.press('Enter');
    try {
      await row.waitFor({ state: 'hidden', timeout: KEY_RETRY_MS });
      return;
    } catch (error) {
      // Still the same row, highlighted, in a visible pick: the key was not taken.
      if (Date.now() > deadline || !(await row.isVisible().catch(() => false))) throw error;
    }
  }
}

/** Runs `command` (its palette title, `Learning Plans: Show Progress`) from the command palette. */
async function runFromPalette(page, command, timeoutMs = STEP_TIMEOUT_MS) {
  const input = page.locator('.quick-input-widget input').first();
  // The palette of the command before may still be closing: start from a closed one.
  await widget(page).waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: KEY_RETRY_MS });
      // Typed text goes where the focus is: an editor still taking the focus (a plan opened just before)
      // once got the command's name typed into the plan. Type only once the palette's input holds it.
      await input.evaluate((element, ms) => new Promise((resolve, reject) => {
        const until = Date.now() + ms;
        const poll = () => (element.ownerDocument.activeElement === element ? resolve() : Date.now() > until ? reject(new Error('the palette input never took the focus')) : setTimeout(poll, 50));
        poll();
      }), KEY_RETRY_MS);
      // Shown is not yet ready: the widget can refuse text while it re-renders (a CI run timed out in fill).
      await input.fill(`>${command}`, { timeout: KEY_RETRY_MS });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      if (await input.isVisible().catch(() => false)) await page.keyboard.press('Escape');
    }
  }
  await acceptRow(page, command.split(': ').slice(1).join(': ') || command, Math.max(1, deadline - Date.now()));
}

module.exports = { STEP_TIMEOUT_MS, acceptRow, runFromPalette };
