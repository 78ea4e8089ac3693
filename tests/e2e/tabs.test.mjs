// No answer lost without the person being told: two tabs in both orders, a tab whose copy is
// older than what another tab wrote, storage full before and during use, "Forget everything"
// with nothing to forget, and a remember flag that holds something unexpected. Each test is
// named after what a probe found on main e2c097b.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, useApp, waitForApp } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });
const KEY = 'ladder.assessment';
const FLAG = 'ladder.remember';

const local = (page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const session = (page, key = KEY) => page.evaluate((k) => sessionStorage.getItem(k), key);
const radio = (page, n, name) => page.locator('fieldset.rating').nth(n).getByRole('radio', { name });
const rate = (page, n, name) => radio(page, n, name).check();
const checked = (page, n, name) => radio(page, n, name).isChecked();
const rememberSwitch = (page) => page.getByRole('switch', { name: 'Remember on this device' });

/** A second tab in the same browser as `page`: same local storage, a session storage of its own. */
async function secondTab(page, hash) {
  const tab = await page.context().newPage();
  await tab.goto(app.url(hash));
  await waitForApp(tab);
  return tab;
}

/** Fills a storage until the browser refuses even one more character. */
function fill(page, area) {
  return page.evaluate((area) => {
    const storage = window[area];
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          storage.setItem(`filler-${n}`, chunk);
          n++;
        } catch {
          break;
        }
      }
    }
    return n;
  }, area);
}

function empty(page, area) {
  return page.evaluate((area) => {
    for (const k of Object.keys(window[area])) if (k.startsWith('filler-')) window[area].removeItem(k);
  }, area);
}

test('two tabs: a tab opened before another turned Remember on never replaces the remembered answers', async () => {
  const { page: b, close } = await app.visit('#/assess/dimension/1');
  try {
    await rate(b, 0, 'Sometimes');
    const a = await secondTab(b, '#/assess/dimension/1');
    await rate(a, 0, 'Usually');
    await rate(a, 1, 'Consistently');
    await a.goto(app.url('#/assess'));
    await rememberSwitch(a).check();
    assert.equal(await rememberSwitch(a).isChecked(), true);

    // Tab B hears of it, and asks rather than mixing its own answers with A's.
    const news = b.getByTestId('storage-news');
    await news.waitFor();
    assert.match(await news.innerText(), /Another tab turned on “Remember on this device”\. This tab’s own answers stay in this tab until you choose/);
    assert.deepEqual(await axeViolations(b), []);
    // B goes on answering: its answers stay in its tab, A's stay on the device and on A's screen.
    await rate(b, 2, 'Not yet');
    assert.match(await session(b), /\nrate=ic03-expertise-3:0\n/);
    const remembered = await local(a);
    assert.match(remembered, /\nrate=ic03-expertise-1:2\n/);
    assert.doesNotMatch(remembered, /ic03-expertise-3/);
    await a.goto(app.url('#/assess/dimension/1'));
    assert.equal(await checked(a, 0, 'Usually'), true, 'A still shows its own answer');
    assert.equal(await a.getByTestId('storage-news').count(), 0, 'and heard nothing, because nothing changed for it');

    // B chooses the remembered answers: it shows A's and keeps to the device from now on.
    await news.getByRole('button', { name: 'Show the remembered answers here' }).click();
    assert.equal(await checked(b, 0, 'Usually'), true);
    assert.equal(await checked(b, 2, 'Not yet'), false);
    assert.match(await b.getByTestId('storage-news').innerText(), /Your answers were changed in another tab; this tab now shows them\./);
    assert.equal(await session(b), null, 'the tab’s own copy is gone once it keeps to the device');

    // From now on a change in either tab reaches the other, with a word about it.
    await rate(b, 3, 'Sometimes');
    await a.locator('fieldset.rating').nth(3).getByRole('radio', { name: 'Sometimes', checked: true }).waitFor();
    assert.match(await a.getByTestId('storage-news').innerText(), /changed in another tab/);
  } finally {
    await close();
  }
});

test('two tabs: a tab with no answers follows another that turns Remember on, and then shares every change', async () => {
  const { page: a, close } = await app.visit('#/assess/dimension/1');
  try {
    const b = await secondTab(a, '#/assess/dimension/1');
    await rate(a, 0, 'Usually');
    await a.goto(app.url('#/assess'));
    await rememberSwitch(a).check();
    await b.getByTestId('storage-news').getByText('this tab now shows the answers remembered there').waitFor();
    assert.equal(await checked(b, 0, 'Usually'), true);
    await rate(b, 1, 'Consistently');
    assert.match(await local(a), /\nrate=ic03-expertise-2:3\n/);
    await a.goto(app.url('#/assess/dimension/1'));
    assert.equal(await checked(a, 1, 'Consistently'), true);
    assert.equal(await checked(a, 0, 'Usually'), true, 'nothing of A’s was replaced');
  } finally {
    await close();
  }
});

test('a tab whose copy is older asks before writing over newer answers, and either choice keeps both', async () => {
  const { page, close } = await app.visit('#/assess');
  try {
    await rememberSwitch(page).check();
    await page.goto(app.url('#/assess/dimension/1'));
    await rate(page, 0, 'Usually');
    // Another tab writes meanwhile, and this tab misses the news of it (as a sleeping tab can).
    const newer = (await local(page))
      .replace(/revision=\d+\.[a-z0-9]+/, 'revision=41.othertab')
      .replace('rate=ic03-expertise-1:2', 'rate=ic03-expertise-1:0');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);

    await rate(page, 1, 'Consistently');
    const conflict = page.getByTestId('answers-conflict');
    await conflict.waitFor();
    assert.match(await conflict.innerText(), /Another tab changed the answers kept on this device since this tab last saved.*Not kept yet: 1 answer\./s);
    assert.equal(await local(page), newer, 'the newer answers were not written over');
    assert.deepEqual(await axeViolations(page), []);

    // "Use the other tab's answers": this tab shows them, and the next change goes on top.
    await conflict.getByRole('button', { name: 'Use the other tab’s answers' }).click();
    assert.equal(await checked(page, 0, 'Not yet'), true);
    assert.equal(await checked(page, 1, 'Consistently'), false);
    await rate(page, 2, 'Sometimes');
    assert.match(await local(page), /^ladder-assessment\/4\nrevision=42\.[a-z0-9]+\n/);
    assert.match(await local(page), /\nrate=ic03-expertise-1:0\n/);

    // Once more, and "Keep this tab's answers": written over the other's, by the person's choice.
    const other = (await local(page)).replace(/revision=\d+\.[a-z0-9]+/, 'revision=90.othertab');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, other]);
    await rate(page, 3, 'Usually');
    await conflict.getByRole('button', { name: 'Keep this tab’s answers' }).click();
    await conflict.waitFor({ state: 'detached' });
    assert.match(await local(page), /^ladder-assessment\/4\nrevision=91\.[a-z0-9]+\n[^]*\nrate=ic03-expertise-4:2\n/);
  } finally {
    await close();
  }
});

test('storage full: Remember on is refused whole, the answers stay in the tab, and a reload still has them', async () => {
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    await rate(page, 0, 'Usually');
    await rate(page, 1, 'Sometimes');
    assert.ok(await fill(page, 'localStorage') > 0);
    await page.goto(app.url('#/assess'));
    // A click, not check(): the switch is expected not to turn on.
    await rememberSwitch(page).click();
    const news = page.getByTestId('storage-news');
    await news.waitFor();
    assert.match(await news.innerText(), /could not be turned on: the browser refused to store your answers there.*Nothing changed: your answers are still kept in this tab\./s);
    assert.equal(await rememberSwitch(page).isChecked(), false, 'the switch shows what is true');
    assert.equal(await local(page, FLAG), null, 'no flag without the answers it guards');
    assert.equal(await local(page), null);
    await page.reload();
    await waitForApp(page);
    await page.goto(app.url('#/assess/dimension/1'));
    assert.equal(await checked(page, 0, 'Usually'), true, 'nothing lost by the refusal');
    assert.equal(await checked(page, 1, 'Sometimes'), true);

    // With room again it turns on; then, with the tab's storage full, turning it off is refused
    // and never replaces the remembered answers with fewer.
    await empty(page, 'localStorage');
    await page.goto(app.url('#/assess'));
    await rememberSwitch(page).check();
    assert.equal(await local(page, FLAG), 'on');
    assert.ok(await fill(page, 'sessionStorage') > 0);
    await rememberSwitch(page).click();
    assert.match(await news.innerText(), /could not be turned off.*your answers are still remembered on this device/s);
    assert.equal(await rememberSwitch(page).isChecked(), true);
    assert.match(await local(page), /\nrate=ic03-expertise-1:2\n[^]*rate=ic03-expertise-2:1\n/);
    await empty(page, 'sessionStorage');
    await rememberSwitch(page).uncheck();
    assert.match(await session(page), /\nrate=ic03-expertise-1:2\n[^]*rate=ic03-expertise-2:1\n/, 'moved to the tab whole');
    assert.equal(await local(page), null);
  } finally {
    await close();
  }
});

test('storage full during use: the failed write names what was not kept, and a reload keeps what was', async () => {
  const { page, close } = await app.visit('#/assess');
  try {
    await rememberSwitch(page).check();
    await page.goto(app.url('#/assess/dimension/1'));
    await rate(page, 0, 'Usually');
    assert.ok(await fill(page, 'localStorage') > 0);
    await rate(page, 1, 'Consistently');
    await page.getByLabel('Evidence for this dimension (optional)').fill('Ran the incident review.');
    const alert = page.getByTestId('save-failed');
    await alert.waitFor();
    await alert.getByText('Not kept on this device: 1 answer and 1 evidence note.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.reload();
    await waitForApp(page);
    assert.equal(await checked(page, 0, 'Usually'), true, 'what was kept is still there');
    assert.equal(await checked(page, 1, 'Consistently'), false, 'and what the notice named is not');
  } finally {
    await close();
  }
});

test('forget everything with nothing to forget does not swallow the next save', async () => {
  const { page, close } = await app.visit('#/assess');
  try {
    await page.getByRole('button', { name: 'Forget everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, forget everything' }).click();
    await page.getByTestId('forgotten').waitFor();
    await page.goto(app.url('#/assess/dimension/1'));
    await rate(page, 0, 'Sometimes');
    await page.reload();
    await waitForApp(page);
    assert.equal(await checked(page, 0, 'Sometimes'), true, 'the first change after forgetting was kept');
  } finally {
    await close();
  }
});

test('a remember flag holding something unexpected is a notice, and the remembered answers stay', async () => {
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    await rate(page, 0, 'Usually');
    await page.goto(app.url('#/assess'));
    await rememberSwitch(page).check();
    const saved = await local(page);
    await page.evaluate((f) => localStorage.setItem(f, 'yes please'), FLAG);
    await page.goto(app.url('#/assess/dimension/1'));
    await page.reload();
    await waitForApp(page);
    const news = page.getByTestId('storage-news');
    await news.waitFor();
    assert.match(await news.innerText(), /held something Ladder does not recognise \(“yes please”\), so it was taken as on and your remembered answers are shown/);
    assert.equal(await checked(page, 0, 'Usually'), true);
    assert.equal(await local(page, FLAG), 'on', 'repaired to what it was taken as');
    assert.equal(await local(page), saved, 'the data is kept as it was');
    await page.goto(app.url('#/assess'));
    assert.equal(await rememberSwitch(page).isChecked(), true);
  } finally {
    await close();
  }
});
