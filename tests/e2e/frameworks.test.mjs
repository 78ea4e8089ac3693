// One site carrying two frameworks, as a company with several teams publishes it (built by
// scripts/test.sh into target/site-two): the landing lists both, and the three-track
// engineering example works through the explorer, comparisons across its three tracks, a
// self-assessment with no invented dates and no criteria step (it states no criteria), a switch to the Technical Lead track and find my level.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, axeViolations, rateEveryStatement, waitForApp, detailsFetched } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const app = useApp({ dir: join(root, 'target/site-two') });
const folder = 'three-track-engineering';
const inApp = (hash) => `${app.origin}/${folder}/app.html?today=2026-11-22${hash}`;

/** A self-assessment from `current` to `target`, every statement rated `rating`, ending on the
 * report; `chosen` runs once both levels are picked. */
async function assess(page, current, target, rating, chosen = async () => {}) {
  await page.goto(inApp('#/assess'));
  await waitForApp(page);
  await page.getByLabel('Your current level').selectOption(current);
  await page.getByLabel('The level you are aiming for').selectOption(target);
  await chosen();
  await rateEveryStatement(page, inApp, rating);
  await page.goto(inApp('#/assess/report'));
}

test('the landing lists every framework; each page downloads only its own', async () => {
  const { page, requests, errors, close } = await app.visit();
  try {
    await page.getByRole('heading', { level: 1, name: 'Career frameworks' }).waitFor();
    assert.ok(await page.getByRole('link', { name: 'Ultralytics career progression' }).isVisible());
    // Two organisations: each card says whose framework it is, and nothing calls them one
    // company's teams.
    const cards = page.locator('.level-card');
    assert.equal(await cards.filter({ hasText: 'Ultralytics career progression' }).locator('.organisation').innerText(), 'Ultralytics');
    assert.equal(await cards.filter({ hasText: 'Engineering career framework' }).locator('.organisation').innerText(), 'Example Engineering Studio');
    assert.doesNotMatch(await page.locator('main').innerText(), /team keeps its own/i);
    await page.getByRole('link', { name: 'Engineering career framework' }).click();
    await page.getByRole('heading', { level: 1, name: 'Engineering career framework' }).waitFor();
    // The company leads: its logo and name above the framework's, in its own accent colour.
    assert.ok(await page.getByRole('img', { name: 'Example Engineering Studio' }).first().isVisible());
    assert.equal(await page.locator('.organisation').innerText(), 'Example Engineering Studio');
    assert.equal(await page.getByRole('link', { name: 'SE2 Software Engineer' }).evaluate((a) => getComputedStyle(a).color), 'rgb(0, 105, 92)');
    assert.equal(await page.getByTestId('ladder-ic').getByRole('listitem').count(), 4);
    assert.equal(await page.getByTestId('ladder-tech-lead').getByRole('listitem').count(), 2);
    assert.equal(await page.getByTestId('ladder-manager').getByRole('listitem').count(), 4);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'SA Software Architect' }).click();
    await page.getByRole('heading', { level: 1, name: 'SA Software Architect' }).waitFor();
    // Every published page leads back to the list of frameworks.
    await page.getByRole('link', { name: 'All career frameworks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Career frameworks' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'SA Software Architect' }).waitFor();
    assert.match(await page.getByRole('row', { name: /Scope/ }).first().innerText(), /team/);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess yourself' }).click();
    await waitForApp(page);
    await page.getByLabel('Your current level').waitFor();
    // The app's pages lead back to the list of frameworks too.
    assert.equal(await page.getByRole('link', { name: 'All career frameworks' }).getAttribute('href'), '../');
    assert.equal(await page.getByRole('link', { name: 'Start the questionnaire' }).evaluate((a) => getComputedStyle(a).backgroundColor), 'rgb(0, 105, 92)');
    await detailsFetched(page);
    // Its own two files only (fetched ahead as the pointer reached the link, then loaded).
    const frameworks = [...new Set(requests.filter((u) => u.endsWith('.bin')))].sort();
    assert.deepEqual(frameworks, [`${app.origin}/${folder}/framework-details.bin`, `${app.origin}/${folder}/framework.bin`]);
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('comparisons across all three tracks', async () => {
  const { page, close } = await app.visit();
  try {
    const cases = [
      ['SE3', 'LE', /from the Individual Contributor track to the Technical Lead track/],
      ['LE', 'TL1', /from the Technical Lead track to the Manager track/],
      ['TL1', 'SE2', /from the Manager track to the Individual Contributor track/],
    ];
    for (const [from, to, words] of cases) {
      // Pairs two tracks apart have no page of their own; the app compares any pair.
      await page.goto(`${app.origin}/${folder}/app.html#/compare/${from}/${to}`);
      await waitForApp(page);
      await page.getByRole('heading', { level: 1, name: `Compare ${from} with ${to}` }).waitFor();
      assert.match(await page.getByTestId('compare-summary').innerText(), words);
    }
  } finally {
    await close();
  }
});

test('a self-assessment SE2 → SE3 gives a report with no invented dates', async () => {
  const { page, close } = await app.visit();
  try {
    await assess(page, 'SE2', 'SE3', 'Usually');
    await page.getByTestId('no-timeline').waitFor();
    assert.equal(await page.getByTestId('no-timeline').innerText(), 'This framework gives no typical timeline from SE2 to SE3, so Ladder suggests no dates.');
    assert.equal(await page.getByTestId('earliest').count(), 0);
    // The gap report itself is complete: a verdict and every dimension's readiness.
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Suggested timeline' }).count(), 1);
    assert.equal(await page.getByRole('row', { name: /^(Craft|Delivery|People)\b/ }).count(), 3);
  } finally {
    await close();
  }
});

test('a framework with no promotion criteria goes from the last dimension straight to the report', async () => {
  // The three-track example states no criteria, so Ladder asks none and lists none.
  const { page, errors, close } = await app.visit();
  try {
    await page.goto(inApp('#/assess'));
    await waitForApp(page);
    await page.getByLabel('Your current level').selectOption('SE2');
    await page.getByLabel('The level you are aiming for').selectOption('SE3');
    await rateEveryStatement(page, inApp, 'Usually');
    const total = Number((await page.getByTestId('step-count').innerText()).match(/of (\d+)/)[1]);
    await page.goto(inApp(`#/assess/dimension/${total}`));
    await page.getByTestId('step-count').getByText(`Dimension ${total} of ${total}`).waitFor();
    const steps = page.getByRole('navigation', { name: 'Questionnaire progress' });
    assert.equal(await steps.getByRole('link', { name: 'Promotion criteria' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Promotion criteria →' }).count(), 0);
    await page.getByRole('link', { name: 'See my report →' }).click();
    await page.getByTestId('assess-report').waitFor();
    assert.match(page.url(), /#\/assess\/report$/);
    assert.equal(await page.getByTestId('criteria-checklist').count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Promotion criteria' }).count(), 0);
    assert.ok(await page.getByRole('link', { name: '← Back to the last dimension' }).isVisible());
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a switch from individual contributor to the Technical Lead track', async () => {
  const { page, close } = await app.visit();
  try {
    await assess(page, 'SE3', 'LE', 'Consistently', async () => {
      assert.match(await page.locator('#target-hint').innerText(), /LE is on the Technical Lead track/);
    });
    const plan = page.getByTestId('switch-plan');
    await plan.waitFor();
    assert.match(await plan.innerText(), /Your move is on the framework's typical path between these tracks\. The typical path is SE3 → LE\./);
    assert.match(await plan.innerText(), /Recognised as a project lead engineer/);
    assert.match(await plan.innerText(), /Would you rather raise the level of a whole team than build your own features\?/);
    // No promotion process in this framework, so no dates for the move either.
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Switching track' }).count(), 1);
    assert.equal(await plan.getByTestId('no-timeline').innerText(), 'This framework describes no promotion process to date a move by, so Ladder suggests no dates.');
    assert.equal(await page.getByTestId('earliest').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await close();
  }
});

test('find my level on the three-track framework', async () => {
  const { page, close } = await app.visit();
  try {
    await page.goto(inApp('#/find'));
    await waitForApp(page);
    await page.getByRole('heading', { level: 1, name: 'Find my level' }).waitFor();
    const picks = [['craft', 'SE3'], ['delivery', 'SE2'], ['people', 'SE3']];
    for (const [n, [dimension, level]] of picks.entries()) {
      await page.getByTestId('find-step').getByText(`Dimension ${n + 1} of 3`).waitFor();
      await page.getByTestId(`find-${dimension}`).getByRole('radio', { name: new RegExp(`^${level} `) }).click();
      await page.waitForURL(new RegExp(`${dimension}:${level}`));
    }
    assert.match(await page.getByTestId('placement').innerText(), /Overall level: SE2 Software Engineer/);
    // Another track: the Technical Lead track has its own two levels to pick from.
    await page.getByRole('radio', { name: 'Technical Lead' }).check();
    await page.getByTestId('find-step').getByText('Dimension 1 of 3').waitFor();
    assert.equal(await page.getByTestId('find-craft').getByRole('radio').count(), 2);
  } finally {
    await close();
  }
});
