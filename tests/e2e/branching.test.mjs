// The third example, shaped like most frameworks companies publish (built by scripts/test.sh
// into target/site-branching): one path that splits into an engineering and a management track,
// one statement per theme per level, no level codes or ids, no timelines, no criteria, no
// verdict or placement rule; a promotion round on one track, applications on the other. The
// site must say only what the file says: no dates, nothing that "blocks", no overall level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, axeViolations, rateEveryStatement, waitForApp, scrollsSideways } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const app = useApp({ dir: join(root, 'target/site-branching') });
const inApp = (hash) => `${app.origin}/app.html?today=2026-12-02${hash}`;

test('the landing draws both ladders, the shared levels on each, and promises no dates', async () => {
  const { page, errors, close } = await app.visit();
  try {
    await page.getByRole('heading', { level: 1, name: 'Engineering career paths' }).waitFor();
    const engineering = page.getByTestId('ladder-engineering');
    const management = page.getByTestId('ladder-management');
    assert.equal(await engineering.getByRole('listitem').count(), 6);
    // Associate Engineer, Engineer and Senior Engineer, then the two manager levels.
    assert.equal(await management.getByRole('listitem').count(), 5);
    assert.ok(await management.getByRole('link', { name: 'Associate Engineer' }).isVisible());
    assert.match(await page.getByTestId('shared-management').innerText(),
      /Associate Engineer to Senior Engineer are shared with the Engineering track; this track splits off after Senior Engineer\./);
    // No codes: a level is named by its title alone, never a badge repeating it.
    assert.equal(await page.getByRole('link', { name: 'Staff Engineer', exact: true }).count(), 1);
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, /dated plan|timeline|quarter/i);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a shared level belongs to both tracks and leads to both next levels', async () => {
  const { page, close } = await app.visit('#/levels/senior-engineer');
  try {
    await page.getByRole('heading', { level: 1, name: 'Senior Engineer' }).waitFor();
    assert.equal(await page.locator('.level-facts').innerText().then((t) => t.replace(/\s+/g, ' ').trim()),
      'Tracks Engineering, Engineering management');
    // No stage, focus or summary in the file: none on the page.
    assert.doesNotMatch(await page.locator('main').innerText(), /Career stage|Focus|Strategic/);
    await page.getByRole('link', { name: 'What changes at Engineering Manager' }).click();
    await page.getByRole('heading', { level: 1, name: /Senior Engineer.*Engineering Manager/ }).waitFor();
    const main = await page.locator('main').innerText();
    // Across the split it is a step up the management ladder, not a track switch.
    assert.match(main, /1 level up the Engineering management track\./);
    assert.doesNotMatch(main, /A move from the/);
    // People leadership is described at Engineering Manager only.
    assert.match(main, /People leadership/);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await close();
  }
});

test('the promotion guide states each track’s process and nothing it does not give', async () => {
  const { page, close } = await app.visit('#/promotion');
  try {
    await page.getByRole('heading', { level: 1, name: 'Promotion and switching tracks' }).waitFor();
    assert.match(await page.getByTestId('process-engineering').innerText(), /Moves are decided in a promotion round\./);
    assert.match(await page.getByTestId('process-management').innerText(), /A move starts with an application and an interview\./);
    const main = await page.locator('main').innerText();
    assert.doesNotMatch(main, /Typical time between levels|Promotion criteria|weeks|quarter/);
  } finally {
    await close();
  }
});

test('an assessment across the split reports readiness with no verdict, no blocker and no dates', async () => {
  const { page, errors, close } = await app.visit();
  try {
    await page.goto(inApp('#/assess'));
    await waitForApp(page);
    await page.getByLabel('Your current level').selectOption({ label: 'Senior Engineer' });
    // From a shared level, both tracks' next levels are promotions.
    const target = page.getByLabel('The level you are aiming for');
    assert.deepEqual(await target.locator('optgroup').evaluateAll((groups) => groups.map((g) => g.label)),
      ['Engineering (promotion)', 'Engineering management (promotion)']);
    await target.selectOption({ label: 'Engineering Manager' });
    await rateEveryStatement(page, inApp, 'Usually');
    // Seven themes, one statement each: every one answered completes the assessment.
    assert.equal(await page.getByTestId('step-count').innerText(), 'Dimension 7 of 7');
    await page.goto(inApp('#/assess/report'));
    await page.getByRole('heading', { level: 1, name: /report/i }).waitFor();
    const report = await page.locator('main').innerText();
    assert.doesNotMatch(report, /block|Not enough answers|ready for promotion/i);
    assert.match(await page.getByTestId('no-timeline').innerText(),
      /no typical timeline from Senior Engineer to Engineering Manager, so Ladder suggests no dates/);
    assert.match(await page.getByTestId('how-a-move-starts').innerText(), /application and an interview/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('find my level climbs the shared levels and names no overall level without a rule', async () => {
  const { page, close } = await app.visit();
  try {
    await page.goto(inApp('#/find'));
    await waitForApp(page);
    await page.getByRole('radio', { name: 'Engineering management' }).check();
    // Technical craft: the shared levels and the manager levels, eight options would be wrong.
    const options = page.locator('fieldset.find-dimension .find-option label');
    assert.deepEqual(await options.allInnerTexts(), ['Associate Engineer', 'Engineer', 'Senior Engineer', 'Engineering Manager', 'Senior Engineering Manager']);
    // A pick moves on to the next theme.
    await page.getByRole('radio', { name: 'Senior Engineer', exact: true }).click();
    await page.getByTestId('find-step').getByText('Dimension 2 of 7').waitFor();
    await page.getByRole('radio', { name: 'Engineering Manager', exact: true }).click();
    await page.getByTestId('find-step').getByText('Dimension 3 of 7').waitFor();
    const result = await page.getByTestId('placement').innerText();
    assert.match(result, /From Senior Engineer to Engineering Manager/);
    assert.doesNotMatch(result, /Overall level/);
    assert.match(result, /names no rule that makes them one level|Technical craft: Senior Engineer/);
    // People leadership: only the levels that describe it are offered.
    await page.getByRole('button', { name: 'People leadership' }).click();
    assert.deepEqual(await options.allInnerTexts(), ['Engineering Manager', 'Senior Engineering Manager']);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      assert.equal(await scrollsSideways(page), false, `${width} px`);
    }
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await close();
  }
});

test('with JavaScript off the landing, a level and a comparison read in full', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${app.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Engineering career paths' }).waitFor();
    await page.getByTestId('ladder-management').getByRole('link', { name: 'Engineering Manager', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Engineering Manager' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Hires for the team/);
  } finally {
    await context.close();
  }
});
