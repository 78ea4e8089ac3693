// Counts the keystrokes of a full IC04 → IC05 self-assessment done with the keyboard alone:
// choosing the levels, rating every statement, going on after each dimension, and reaching the
// report. Imported by bench/run.mjs; it prints nothing itself.
export async function countKeyboardRun(page, origin) {
  const counts = { setup: 0, ratings: 0, onwards: 0, finish: 0 };
  let phase = 'setup';
  const press = async (key) => {
    counts[phase] += 1;
    await page.keyboard.press(key);
  };
  const isFocused = (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  const tabTo = async (selector) => {
    for (let i = 0; i < 60 && !(await isFocused(selector)); i++) await press('Tab');
  };

  await page.goto(`${origin}/app.html?today=2026-11-22#/assess`);
  await page.waitForSelector('#current-level');
  await tabTo('#current-level');
  for (const key of 'IC04') await press(key);
  await page.waitForFunction(() => document.querySelector('#target-level')?.value === 'IC05');
  await tabTo('a.button[href="#/assess/dimension/1"]');
  await press('Enter');

  for (let n = 1; ; n++) {
    await page.waitForFunction((n) => document.querySelector('[data-testid="step-count"]')?.textContent.startsWith(`Dimension ${n} of`), n);
    const statements = await page.locator('fieldset.rating').count();
    phase = 'ratings';
    for (let i = 0; i < statements; i++) await press('2');
    phase = 'onwards';
    const last = await isFocused('a[rel=next][href="#/assess/criteria"]');
    await press('Enter');
    if (last) break;
  }
  phase = 'finish';
  await page.waitForSelector('[data-testid="assess-criteria"]');
  await tabTo('a[rel=next][href="#/assess/report"]');
  await press('Enter');
  await page.waitForSelector('[data-testid="verdict"]');
  const heading = await page.locator('h1').innerText();
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0), heading };
}
