// Progress over time: with remembering on, three kept snapshots of a report show as a chart and
// a table, with what changed since the previous one; one is deleted; the view is axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, rateEveryStatement, useApp } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });

async function keep(page) {
  await page.goto(app.url('#/assess/report'));
  await page.getByRole('button', { name: 'Keep this report as a snapshot' }).click();
  await page.getByTestId('snapshot-outcome').waitFor();
  return page.getByTestId('snapshot-outcome').innerText();
}

test('three snapshots make a history with what changed; one can be deleted', async () => {
  const { page, close } = await app.visit('#/assess', { colorScheme: 'dark' });
  try {
    await page.getByLabel('Your current level').selectOption('IC03');
    await rateEveryStatement(page, app.url, 'Sometimes');
    await page.goto(app.url('#/assess/report'));
    assert.match(await page.getByTestId('snapshot-off').innerText(), /turn on “Remember on this device”/);
    await page.goto(app.url('#/assess'));
    await page.getByRole('switch', { name: 'Remember on this device' }).check();

    assert.match(await keep(page), /you have 1 snapshot\./);
    await rateEveryStatement(page, app.url, 'Usually', 4);
    assert.match(await keep(page), /you have 2 snapshots\./);
    await rateEveryStatement(page, app.url, 'Consistently', 2);
    assert.match(await keep(page), /you have 3 snapshots\./);

    await page.getByRole('link', { name: 'Your progress over time' }).click();
    await page.getByTestId('history').waitFor();
    assert.equal(await page.locator('[data-testid="history-chart"] polyline').count(), 6);
    assert.equal(await page.getByTestId('history-table').locator('tbody tr').count(), 3);
    assert.match(await page.getByTestId('history-table').innerText(), /Leadership & Influence[\s\S]*33% gap[\s\S]*67% close/);
    assert.equal(await page.getByTestId('since-previous').locator('li').innerText(), 'Scope & Responsibility: gap → ready, +67 points');
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('button', { name: 'Delete the snapshot of 22 Nov 2026' }).first().click();
    assert.equal(await page.getByTestId('history-table').locator('tbody tr').count(), 2);
    assert.match(await page.evaluate(() => localStorage.getItem('ladder.history')), /^ladder-history\/1\n/);
  } finally {
    await close();
  }
});
