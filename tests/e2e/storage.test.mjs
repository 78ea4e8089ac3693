// What happens to answers kept in the tab's storage when things go wrong: a full storage, a
// huge or cut-short saved value, a second unreadable value, a fresh tab, an overlong note and
// a number typed out of range. Nothing may be lost, and nothing may claim a save that did not
// happen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useApp, axeViolations, waitForApp } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });
const KEY = 'ladder.assessment';

const stored = (page, key = KEY) => page.evaluate((k) => sessionStorage.getItem(k), key);

async function reloadAt(page, hash) {
  await page.goto(app.url(hash));
  await page.reload();
  await waitForApp(page);
}

/** Rates the first statement of the dimension on screen. */
async function rateFirst(page, name) {
  await page.locator('fieldset.rating').first().getByRole('radio', { name }).check();
}

async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path(), 'utf8');
}

test('a fresh tab says nothing about restoring, even after a reload', async () => {
  const { page, close } = await app.visit('#/assess');
  try {
    await page.getByTestId('assess-start').waitFor();
    await reloadAt(page, '#/assess');
    assert.equal(await page.getByTestId('saved-notice').count(), 0);
    assert.equal(await stored(page), null, 'nothing entered, nothing written');
  } finally {
    await close();
  }
});

test('restored answers are announced on whichever view the person lands on', async () => {
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    await rateFirst(page, 'Usually');
    await reloadAt(page, '#/find');
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await page.getByTestId('saved-notice').locator('p').innerText(), 'Your answers from earlier in this tab were restored.');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await page.getByTestId('saved-notice').count(), 0);
  } finally {
    await close();
  }
});

test('when storage is full the page says so and offers the answers as a download', async () => {
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    // Fill the tab's storage until the browser refuses even one more character.
    const filled = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            sessionStorage.setItem(`filler-${n}`, chunk);
            n++;
          } catch {
            break;
          }
        }
      }
      return n;
    });
    assert.ok(filled > 0, 'storage filled up');
    await rateFirst(page, 'Usually');
    const alert = page.getByTestId('save-failed');
    await alert.waitFor();
    assert.match(await alert.innerText(), /^Not kept in this tab: 1 answer\. The browser refused the write/);
    assert.equal(await stored(page), null, 'no claim of a save that did not happen');
    assert.deepEqual(await axeViolations(page), []);
    const text = await downloaded(page, () => alert.getByRole('button', { name: 'Download your answers' }).click());
    assert.match(text, /^ladder-assessment\/4\n/);
    assert.match(text, /\nrate=ic03-expertise-1:2\n/);
    assert.match(text, /\nend=\d+\n$/);
    // Room again: the next change is kept and the alert goes.
    await page.evaluate(() => { for (const k of Object.keys(sessionStorage)) if (k.startsWith('filler-')) sessionStorage.removeItem(k); });
    await rateFirst(page, 'Consistently');
    await page.getByTestId('save-failed').waitFor({ state: 'detached' });
    assert.match(await stored(page), /\nrate=ic03-expertise-1:3\n/);
  } finally {
    await close();
  }
});

test('a huge saved value that cannot be copied stays where it is until the person decides', async () => {
  const { page, close } = await app.visit('#/assess');
  try {
    const huge = await page.evaluate((k) => {
      const text = 'ladder-assessment/2\n' + 'y'.repeat(3_500_000);
      sessionStorage.setItem(k, text);
      return text.length;
    }, KEY);
    await reloadAt(page, '#/find');
    const notice = page.getByTestId('saved-notice');
    assert.match(await notice.innerText(), /could not be restored: they take 3500020 bytes, more than the 262144 any saved assessment needs\. There is no room to keep a copy, so they stay where they are/);
    assert.equal((await stored(page)).length, huge, 'the original is untouched');
    assert.deepEqual(await axeViolations(page), []);

    // New answers are not written over it meanwhile.
    await page.goto(app.url('#/assess/dimension/1'));
    await rateFirst(page, 'Sometimes');
    assert.equal((await stored(page)).length, huge);

    const text = await downloaded(page, () => notice.getByRole('button', { name: 'Download the unreadable answers' }).click());
    assert.equal(text.length, huge);
    await notice.getByRole('button', { name: 'Discard them and save new answers' }).click();
    await page.waitForFunction((k) => /^ladder-assessment\/4\nrevision=1\.[a-z0-9]+\nframework=/.test(sessionStorage.getItem(k)), KEY);
    assert.match(await stored(page), /\nrate=ic03-expertise-1:1\n/);
  } finally {
    await close();
  }
});

test('a value cut short is not half-restored, and a second unreadable value never overwrites the first copy', async () => {
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    await rateFirst(page, 'Usually');
    await page.locator('fieldset.rating').nth(1).getByRole('radio', { name: 'Consistently' }).check();
    const full = await stored(page);
    const cut = full.slice(0, full.length - 12);
    await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [KEY, cut]);
    await reloadAt(page, '#/assess/dimension/1');
    assert.match(await page.getByTestId('saved-notice').innerText(), /without a complete closing line, so they were cut short\. They are kept unchanged in this tab’s storage under “ladder\.assessment\.unreadable”/);
    assert.equal(await page.locator('fieldset.rating').first().getByRole('radio', { checked: true }).count(), 0, 'nothing half-restored');
    assert.equal(await stored(page, 'ladder.assessment.unreadable'), cut);

    await page.evaluate((k) => sessionStorage.setItem(k, 'not ladder at all'), KEY);
    await reloadAt(page, '#/assess');
    assert.match(await page.getByTestId('saved-notice').innerText(), /under “ladder\.assessment\.unreadable\.2”/);
    assert.equal(await stored(page, 'ladder.assessment.unreadable'), cut, 'the first copy is intact');
    assert.equal(await stored(page, 'ladder.assessment.unreadable.2'), 'not ladder at all');
  } finally {
    await close();
  }
});

test('an overlong evidence note is refused whole with a message, not cut', async () => {
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    const note = page.getByLabel('Evidence for this dimension (optional)');
    await note.fill('Led the billing migration.');
    const long = 'z'.repeat(4001);
    await note.fill(long);
    assert.equal(await note.inputValue(), long, 'what was typed stays in the box');
    assert.equal(await note.getAttribute('aria-invalid'), 'true');
    assert.equal(
      await page.getByTestId('note-too-long').innerText(),
      'This note has 4001 characters; a note can have at most 4000. It is not saved until you shorten it (the saved note is the earlier one, 26 characters).',
    );
    assert.match(await stored(page), /\nnote=expertise:Led the billing migration\.\n/);
    await note.press('Backspace');
    await page.waitForFunction((k) => /note=expertise:z{4000}\n/.test(sessionStorage.getItem(k)), KEY);
  } finally {
    await close();
  }
});

test('a number field never shows a value other than the one saved', async () => {
  const { page, close } = await app.visit('#/assess/criteria');
  try {
    const months = page.getByLabel('For how many months have you met or exceeded your current level?');
    await months.fill('60');
    await months.pressSequentially('1');
    assert.equal(await months.inputValue(), '601');
    assert.match(await page.locator('#months-current-status').innerText(), /Enter a whole number from 0 to 600\. Until then the answer stays 60\./);
    await months.press('Tab');
    assert.equal(await months.inputValue(), '60');
    assert.equal(await page.locator('#months-current-status').innerText(), '“601” is not a whole number from 0 to 600, so the answer stays 60.');
    await reloadAt(page, '#/assess/criteria');
    assert.equal(await page.getByLabel('For how many months have you met or exceeded your current level?').inputValue(), '60');
  } finally {
    await close();
  }
});
