// "Remember on this device": off by default; on, the answers outlive a browser restart and two
// tabs never drift apart; "Forget everything" leaves no key behind in either storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, serve, waitForApp } from './harness.mjs';

const launchPersistent = (dir) => chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: chromiumFlags,
});

const keys = (page) => page.evaluate(() => ({
  local: Object.keys(localStorage).sort(),
  session: Object.keys(sessionStorage).sort(),
}));

test('remembering is opt-in, survives a browser restart, keeps two tabs together, and forgetting empties storage', async () => {
  const server = await serve();
  const url = (hash) => `${server.origin}/app.html?today=2026-11-22${hash}`;
  const profile = await mkdtemp(join(tmpdir(), 'ladder-profile-'));
  let browser;
  try {
    browser = await launchPersistent(profile);
    let page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(url('#/assess'));
    await waitForApp(page);
    const remember = page.getByRole('switch', { name: 'Remember on this device' });
    assert.equal(await remember.isChecked(), false, 'off by default');
    assert.match(await page.locator('#remember-hint').innerText(), /stay in this tab only/);
    await page.getByLabel('Your name (optional, never leaves this page)').fill('Alex');
    await page.goto(url('#/assess/dimension/1'));
    await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Usually' }).check();
    assert.deepEqual((await keys(page)).local, [], 'nothing on the device while off');
    assert.doesNotMatch(await page.evaluate(() => sessionStorage.getItem('ladder.assessment')), /name=Alex/, 'no name kept when off');

    await page.goto(url('#/assess'));
    await remember.check();
    assert.match(await page.locator('#remember-hint').innerText(), /local storage on this device/);
    assert.deepEqual(await keys(page), { local: ['ladder.assessment', 'ladder.remember'], session: [] });

    // Restart the browser: same profile, new process.
    await browser.close();
    browser = await launchPersistent(profile);
    page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(url('#/assess/dimension/1'));
    await waitForApp(page);
    assert.ok(await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Usually' }).isChecked(), 'still there');
    await page.goto(url('#/assess'));
    assert.equal(await page.getByLabel('Your name (optional, never leaves this page)').inputValue(), 'Alex');

    // Two tabs: a change in one appears in the other.
    const other = await browser.newPage();
    await other.goto(url('#/assess/dimension/1'));
    await waitForApp(other);
    await page.goto(url('#/assess/dimension/1'));
    await page.locator('fieldset.rating').nth(1).getByRole('radio', { name: 'Consistently' }).check();
    await other.locator('fieldset.rating').nth(1).getByRole('radio', { name: 'Consistently', checked: true }).waitFor();
    await other.close();

    // Forget everything: no key left anywhere, and a reload starts afresh.
    await page.goto(url('#/assess'));
    await page.getByRole('button', { name: 'Forget everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, forget everything' }).click();
    await page.getByTestId('forgotten').waitFor();
    assert.deepEqual(await keys(page), { local: [], session: [] });
    assert.equal(await page.getByRole('switch', { name: 'Remember on this device' }).isChecked(), false);
    await page.reload();
    await waitForApp(page);
    assert.deepEqual(await keys(page), { local: [], session: [] });
    await page.goto(url('#/assess/dimension/1'));
    assert.equal(await page.locator('fieldset.rating input:checked').count(), 0);
  } finally {
    await browser?.close();
    await server.close();
  }
});
