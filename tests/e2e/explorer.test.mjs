// Journeys through the level explorer, as a candidate, an employee and a hiring manager would
// take them, against the release build in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, axeViolations, scrollsSideways } from './harness.mjs';

const app = useApp();
const visit = app.visit;

test('landing shows both ladders; clicking IC04 opens its page; back returns', async () => {
  const { page, requests, errors, close } = await visit();
  try {
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    assert.equal(await page.getByTestId('ladder-ic').getByRole('listitem').count(), 6);
    assert.equal(await page.getByTestId('ladder-management').getByRole('listitem').count(), 5);
    // The most senior level is at the top of each ladder.
    const firstRung = page.getByTestId('ladder-ic').getByRole('link').first();
    assert.match(await firstRung.innerText(), /IC07\s+Principal/);

    await page.getByRole('link', { name: 'IC04 Senior' }).click();
    await page.getByRole('heading', { level: 1, name: 'IC04 Senior' }).waitFor();
    assert.match(page.url(), /\/level-IC04\.html$/);
    assert.equal(await page.title(), 'IC04 Senior · Ultralytics career progression');
    assert.equal(await page.locator('section.dimension').count(), 6);
    assert.match(await page.getByTestId('typical-time').innerText(), /IC04 to IC05: 24–36 months/);
    assert.ok(await page.getByText('Handles moderately complex work with varied issues that needs little review').isVisible());

    await page.goBack();
    await page.getByTestId('home').waitFor();
    assert.match(page.url(), /\/$/);
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'IC04 Senior' }).waitFor();
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a comparison link opens directly; changing a level updates the address; back restores it', async () => {
  const { page, requests, errors, close } = await visit('#/compare/IC04/IC05');
  try {
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    // The published page swaps with a plain link, and hands any other pair to the app.
    await page.getByRole('link', { name: '⇄ Swap: IC05 compared with IC04' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare IC05 with IC04' }).waitFor();
    await page.goBack();
    // The form sends the pair to the app, which puts the view's own address in the bar.
    await page.getByRole('button', { name: 'Compare these levels' }).click();
    await page.waitForURL(/app\.html#\/compare\/IC04\/IC05$/);
    await page.getByLabel('To level').waitFor();
    const summary = page.getByTestId('compare-summary');
    assert.match(await summary.innerText(), /1 level up the Individual Contributor track/);
    assert.match(await summary.innerText(), /Typical time: 24–36 months/);
    const planning = page.getByRole('row', { name: /Planning/ });
    assert.match(await planning.innerText(), /Monthly\s+Quarterly\s+↑ 1 step up/);
    assert.match(await page.getByRole('row', { name: /Focus/ }).innerText(), /↑ 20 points more strategic/);

    await page.getByLabel('To level').selectOption('M04');
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with M04' }).waitFor();
    assert.match(page.url(), /#\/compare\/IC04\/M04$/);
    assert.match(await summary.innerText(), /from the Individual Contributor track to the Management track/);
    // Dimensions only one track has are kept and marked.
    assert.ok(await page.getByText('Not a dimension of the Individual Contributor track.').first().isVisible());

    await page.getByRole('button', { name: 'Swap the two levels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare M04 with IC04' }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with M04' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    assert.equal(await page.getByLabel('To level').inputValue(), 'IC05');
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('unknown levels and addresses get a helpful page, not a blank one', async () => {
  const { page, close } = await visit();
  try {
    // A level the framework lacks has no page; the app says so.
    await page.goto(`${app.origin}/app.html#/levels/IC09`);
    await page.getByRole('heading', { level: 1, name: 'There is no level “IC09”' }).waitFor();
    await page.getByRole('link', { name: 'IC05 Staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'IC05 Staff' }).waitFor();

    await page.goto(`${app.origin}/app.html#/compare/IC04/XX1`);
    await page.getByTestId('unknown-in-link').waitFor();
    assert.match(await page.getByTestId('unknown-in-link').innerText(), /does not have: “XX1”/);

    await page.goto(app.url('#/no/such/page'));
    await page.getByRole('heading', { level: 1, name: 'There is no page at this address' }).waitFor();

    // Codes typed in lower case still find the level's page.
    await page.goto(`${app.origin}/app.html#/levels/m06`);
    await page.getByRole('heading', { level: 1, name: 'M06 Senior Manager' }).waitFor();
    await page.waitForURL(/\/level-M06\.html$/);
  } finally {
    await close();
  }
});

test('keyboard only: skip link, reach a level, open a comparison', async () => {
  const { page, close } = await visit();
  try {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement));
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');

    // Tab forward until the IC04 link has focus, then follow it with Enter.
    const ic04 = page.getByRole('link', { name: 'IC04 Senior' });
    for (let i = 0; i < 40 && !(await ic04.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    assert.ok(await ic04.evaluate((el) => el === document.activeElement), 'IC04 reachable by Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'IC04 Senior' }).waitFor();
    // A new page: the first Tab reaches its skip link again.
    await page.keyboard.press('Tab');
    assert.ok(await skip.evaluate((el) => el === document.activeElement));

    const next = page.getByRole('link', { name: 'What changes at IC05 Staff' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    const outline = await page.getByRole('button', { name: 'Compare these levels' }).evaluate((el) => {
      el.focus();
      return getComputedStyle(el).outlineStyle;
    });
    assert.notEqual(outline, 'none', 'focus is visible');
  } finally {
    await close();
  }
});

test('a pair with no page of its own opens from the form on a comparison page', async () => {
  const { page, requests, errors, close } = await visit('#/compare/IC04/IC05');
  try {
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    const form = page.getByTestId('compare-form');
    await form.getByLabel('From level').selectOption('IC02');
    await form.getByLabel('To level').selectOption('IC07');
    await form.getByRole('button', { name: 'Compare these levels' }).click();
    await page.waitForURL(/app\.html#\/compare\/IC02\/IC07$/);
    await page.getByRole('heading', { level: 1, name: 'Compare IC02 with IC07' }).waitFor();
    assert.match(await page.getByTestId('compare-summary').innerText(), /5 levels up the Individual Contributor track/);
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

const views = [
  ['landing', ''],
  ['level', '#/levels/IC04'],
  ['management level', '#/levels/M05'],
  ['comparison', '#/compare/IC04/IC05'],
  ['cross-track comparison', '#/compare/IC05/M04'],
  ['promotion', '#/promotion'],
  ['choosing levels to compare', '#/compare'],
  ['unknown level', 'app.html#/levels/IC09'],
  ['not found', '#/nowhere'],
];

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on any view (${scheme} scheme)`, async () => {
    const { page, requests, close } = await visit('', { colorScheme: scheme });
    try {
      for (const [name, hash] of views) {
        await page.goto(app.url(hash));
        await page.locator('main h1').waitFor();
        assert.deepEqual(await axeViolations(page), [], `${name} (${hash || '/'})`);
      }
      app.assertSameOrigin(requests);
    } finally {
      await close();
    }
  });
}

test('every view fits a 360 px wide screen without sideways scrolling', async () => {
  const { page, close } = await visit('', { viewport: { width: 360, height: 740 } });
  try {
    for (const [name, hash] of views) {
      await page.goto(app.url(hash));
      await page.locator('main h1').waitFor();
      assert.equal(await scrollsSideways(page), false, `${name} scrolls sideways at 360 px`);
    }
  } finally {
    await close();
  }
});

test('a level page prints without the navigation', async () => {
  const { page, close } = await visit('#/levels/IC05');
  try {
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.ok(await page.getByRole('heading', { level: 1, name: 'IC05 Staff' }).isVisible());
    assert.ok(await page.getByText('IC05 is the point where an individual contributor becomes a technical leader', { exact: false }).isVisible());
  } finally {
    await close();
  }
});

test('Copy link copies the address of the view and says so; the self-assessment has none to copy', async () => {
  const { page, close } = await visit('#/compare/IC04/IC05', { permissions: ['clipboard-read', 'clipboard-write'] });
  try {
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied to the clipboard.' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), app.url('#/compare/IC04/IC05'));
    for (const hash of ['', '#/levels/M05', '#/promotion', '#/find']) {
      await page.goto(app.url(hash));
      await page.locator('main h1').waitFor();
      assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 1, `on ${hash || '/'}`);
    }
    await page.goto(app.url('#/assess'));
    await page.locator('main h1').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 0);
  } finally {
    await close();
  }
});
