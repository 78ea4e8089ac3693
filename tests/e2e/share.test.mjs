// Two people who share nothing but a link: one shares their self-assessment, the other opens
// the same report read-only and can make it their own. A damaged link says so, echoing nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, axeViolations } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });

async function rateAll(page, rating) {
  for (let n = 1; n <= 6; n++) {
    await page.goto(app.url(`#/assess/dimension/${n}`));
    await page.getByTestId('step-count').getByText(`Dimension ${n} of 6`).waitFor();
    for (const group of await page.locator('fieldset.rating').all()) {
      await group.getByRole('radio', { name: rating }).check();
    }
  }
}

test('share my assessment: the receiver sees the same report, read-only, and can make it their own', async () => {
  const sender = await app.visit('#/assess');
  let link;
  try {
    const { page } = sender;
    await page.getByLabel('Your current level').selectOption('IC03');
    await rateAll(page, 'Usually');
    await page.goto(app.url('#/assess/report'));
    await page.getByTestId('verdict').waitFor();
    await page.getByRole('button', { name: 'Share my assessment' }).click();
    const panel = page.getByTestId('share-panel');
    assert.match(await panel.innerText(), /Anyone with this link can read these answers/);
    link = await panel.getByLabel('Link to your assessment').inputValue();
    const fragment = link.slice(link.indexOf('#'));
    assert.ok(fragment.length <= 600, `${fragment.length} characters of fragment`);
    assert.doesNotMatch(link, /Alex|billing/);
  } finally {
    await sender.close();
  }

  const receiver = await app.visit('');
  try {
    const { page, requests, errors } = receiver;
    await page.goto(link);
    const banner = page.getByTestId('shared-banner');
    await banner.waitFor();
    assert.equal(await banner.innerText(), 'Shared with you: made on 22 Nov 2026 against Ultralytics career progression version 2025.1');
    assert.match(await page.getByTestId('readiness-table').innerText(), /Scope & Responsibility\s+67% Close\s+5 of 5/);
    assert.equal(await page.getByRole('button', { name: 'Keep this report as a snapshot' }).count(), 0, 'read-only');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('button', { name: 'Make this my own' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your report: IC03 → IC04' }).waitFor();
    assert.match(await page.getByTestId('readiness-table').innerText(), /Scope & Responsibility\s+67% Close/);
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);

    // A link changed on the way is refused, and none of it is echoed.
    const tampered = link.replace('~ic04-scope~', '~ic04-scope~3');
    await page.goto(tampered);
    await page.getByTestId('shared-broken').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /cut short or changed on the way/);
    assert.doesNotMatch(await page.locator('main').innerText(), /ic04-scope/);
  } finally {
    await receiver.close();
  }
});
