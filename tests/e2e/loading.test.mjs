// How the app gets its framework: the outline first (framework.bin), enough for the
// self-assessment's first view, then the levels' details (framework-details.bin) once that view
// is on screen; and what a person sees when the details cannot be had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, detailsFetched, openPage, useApp, waitForApp } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const app = useApp({ query: '?today=2026-11-22' });

/** Notes when the level picker is first in the DOM, from before any page script runs. */
function noteFirstView() {
  new MutationObserver(() => {
    if (!window.__shownAt && document.querySelector('#current-level')) window.__shownAt = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

test('the first view of the self-assessment is shown before the details are asked for, and the questionnaire has them', async () => {
  const { page, requests, errors, close } = await openPage(app.browser);
  try {
    await page.addInitScript(noteFirstView);
    await page.goto(app.url('#/assess'));
    await page.getByLabel('Your current level').waitFor();
    await detailsFetched(page);
    const { shownAt, askedAt } = await page.evaluate(() => ({
      shownAt: window.__shownAt,
      askedAt: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/framework-details.bin')).startTime,
    }));
    assert.ok(askedAt >= shownAt, `details asked at ${askedAt} ms, before the first view at ${shownAt} ms`);

    await page.getByLabel('Your current level').selectOption('IC04');
    await page.getByRole('link', { name: 'Start the questionnaire' }).click();
    await page.getByTestId('step-count').getByText('Dimension 1 of 6').waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Consistently' }).count() > 0);
    assert.deepEqual(requests.filter((u) => u.endsWith('.bin')).map((u) => u.split('/').pop()), ['framework.bin', 'framework-details.bin']);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a link straight into the questionnaire waits for the details and opens with its statements', async () => {
  const { page, errors, close } = await openPage(app.browser);
  try {
    await page.goto(app.url('#/assess/dimension/2'));
    await waitForApp(page);
    // Ready means the view itself, never the loading line.
    assert.equal(await page.getByText('Dimension 2 of 6').count(), 1);
    assert.ok(await page.locator('fieldset.rating').count() > 0);
    assert.equal(await page.getByText('Loading the career framework…').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('without the details file, choosing levels still works and the questionnaire says what is missing', async () => {
  const { page, close } = await openPage(app.browser);
  try {
    await page.route('**/framework-details.bin', (r) => r.fulfill({ status: 404, body: 'gone' }));
    await page.goto(app.url('#/assess'));
    await waitForApp(page);
    await page.getByLabel('Your current level').selectOption('IC05');
    await page.getByRole('link', { name: 'Start the questionnaire' }).click();
    await page.getByRole('heading', { level: 1, name: "This view needs the framework's details, which could not be loaded" }).waitFor();
    assert.match(await page.getByTestId('framework-errors').innerText(), /framework-details\.bin could not be downloaded \(the server answered 404\)/);
    assert.deepEqual(await axeViolations(page), []);
    // Nothing chosen is lost: back on the first view, IC05 is still the current level.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess yourself' }).click();
    assert.equal(await page.getByLabel('Your current level').inputValue(), 'IC05');
  } finally {
    await close();
  }
});

test('details left from another framework are refused with a message, not misread', async () => {
  const { page, close } = await openPage(app.browser);
  try {
    // A half-published site: the page's outline with another framework's details.
    const stale = await readFile(resolve(root, 'target/site-two/three-track-engineering/framework-details.bin'));
    await page.route('**/framework-details.bin', (r) => r.fulfill({ status: 200, body: stale }));
    await page.goto(app.url('#/assess/report'));
    await page.getByTestId('framework-errors').waitFor();
    assert.match(
      await page.getByTestId('framework-errors').innerText(),
      /framework-details\.bin: the file belongs to three-track-engineering@.+, but the page shows ultralytics-career-progression@.+: reload the page; if it persists, publish the site again/,
    );
  } finally {
    await close();
  }
});
