// Journeys through the self-assessment and find-my-level, keyboard only where a person would
// use the keyboard, with "today" fixed through the address (?today=) so dates are exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, rateEveryStatement, scrollsSideways, useApp, waitForApp } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });
const visit = app.visit;

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab until `locator` has focus, as a keyboard user would. */
async function tabTo(page, locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${locator} with Tab`);
}

async function press(page, key, times) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Replaces the text of the focused field by deleting it and typing, as a person would. */
async function retype(page, text) {
  await page.keyboard.press('End');
  await press(page, 'Backspace', 8);
  await page.keyboard.type(text);
}

test('complete a questionnaire with the keyboard alone; the report and dates reflect the answers', async () => {
  const { page, requests, errors, close } = await visit('#/assess');
  try {
    await page.getByRole('heading', { level: 1, name: 'Assess yourself' }).waitFor();
    // Current level: IC02 → IC03 with one ArrowDown; the target follows to IC04 (the next level).
    await tabTo(page, page.getByLabel('Your current level'));
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('The level you are aiming for').evaluate((el) => el.value === 'IC04' || Promise.reject(el.value));
    // Reached IC03 in June 2025: five months back from the default November.
    await tabTo(page, page.getByLabel('Month'));
    await press(page, 'ArrowUp', 5);
    await tabTo(page, page.getByLabel('Year'));
    await retype(page, '2025');
    assert.equal(await page.getByTestId('months-in-level').innerText(), '17 months in level');
    await tabTo(page, page.getByLabel(/Your name/));
    await page.keyboard.type('Alex');

    await tabTo(page, page.getByRole('link', { name: 'Start the questionnaire' }));
    await page.keyboard.press('Enter');
    for (let n = 1; n <= 6; n++) {
      await page.getByTestId('step-count').getByText(`Dimension ${n} of 6`).waitFor();
      // Consistently everywhere: the key 3 rates a statement and moves to the next one.
      const groups = page.locator('fieldset.rating');
      const count = await groups.count();
      for (let i = 0; i < count; i++) {
        await page.keyboard.press('3');
        assert.ok(await groups.nth(i).getByRole('radio', { name: 'Consistently' }).isChecked());
      }
      const next = page.getByRole('link', { name: n < 6 ? 'Next dimension →' : 'Promotion criteria →' });
      // After the last statement, focus is on the way onwards.
      assert.ok(await isFocused(next), 'focus moves to the next link after the last statement');
      if (n === 2) {
        await tabTo(page, page.getByLabel('Evidence for this dimension (optional)'));
        // Digits typed in a text field stay text.
        await page.keyboard.type('Led the billing migration end to end, 3 teams.');
        await tabTo(page, next);
      }
      await page.keyboard.press('Enter');
    }
    await page.getByRole('heading', { level: 1, name: 'Promotion criteria' }).waitFor();
    await tabTo(page, page.getByLabel(/met or exceeded your current level/));
    await retype(page, '12');
    await tabTo(page, page.getByLabel(/consistently at the next level/));
    await retype(page, '2');
    await tabTo(page, page.getByRole('link', { name: 'See my report →' }));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Alex’s report: IC03 → IC04' }).waitFor();
    assert.match(await page.getByTestId('verdict').innerText(), /Ready for IC04 in every dimension/);
    assert.match(await page.getByTestId('readiness-table').innerText(), /Scope & Responsibility\s+100% Ready\s+5 of 5/);
    assert.match(await page.getByText('Your evidence:').locator('..').innerText(), /billing migration end to end, 3 teams\./);
    const step = page.getByTestId('step-IC03-IC04');
    assert.equal(await step.getByTestId('earliest').innerText(), '1 Jul 2027');
    assert.equal(await step.getByTestId('typical').innerText(), '1 Jul 2027');
    assert.equal(
      await step.getByTestId('binding').innerText(),
      'Nomination from 22 Mar 2027 at the earliest: 4 months more for Next-level work → 22 Mar 2027.',
    );
    assert.match(await step.innerText(), /18 months in level reached on 1 Dec 2026/);
    assert.match(await page.getByTestId('criteria-checklist').innerText(), /Next-level work: Missing\. “For how many months have you worked consistently at the next level\?” 2 of 6 months; 4 months more needed\./);

    // Change one answer: a "Not yet" in Leadership blocks promotion however high the rest is.
    await page.goto(app.url('#/assess/dimension/4'));
    await page.getByRole('heading', { level: 1, name: 'Leadership & Influence' }).waitFor();
    const first = page.locator('fieldset.rating').first();
    await tabTo(page, first.getByRole('radio', { name: 'Consistently' }));
    await press(page, 'ArrowLeft', 3);
    assert.ok(await first.getByRole('radio', { name: 'Not yet' }).isChecked());
    await page.goBack();
    await page.getByTestId('verdict').waitFor();
    assert.match(await page.getByTestId('verdict').innerText(), /Not yet ready for IC04[\s\S]*Leadership & Influence/);
    assert.match(await page.getByTestId('readiness-table').innerText(), /Leadership & Influence\s+80% Close/);
    // Close adds 3 months to close, then 6 of consistency: 9 months from today.
    assert.equal(await step.getByTestId('earliest').innerText(), '1 Oct 2027');
    assert.match(await page.getByTestId('focus').innerText(), /Leadership & Influence \(close\)/);
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});


test('answers survive a reload of the tab; unreadable saved answers are kept aside, with a message', async () => {
  const { page, close } = await visit('#/assess/dimension/2');
  try {
    const first = page.locator('fieldset.rating').first();
    await first.getByRole('radio', { name: 'Usually' }).check();
    await page.getByLabel('Evidence for this dimension (optional)').fill('Shipped the importer.');
    await page.reload();
    await waitForApp(page);
    assert.ok(await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Usually' }).isChecked());
    assert.equal(await page.getByLabel('Evidence for this dimension (optional)').inputValue(), 'Shipped the importer.');
    await page.goto(app.url('#/assess'));
    assert.equal(await page.getByTestId('saved-notice').locator('p').innerText(), 'Your answers from earlier in this tab were restored.');

    await page.evaluate(() => sessionStorage.setItem('ladder.assessment', 'ladder-assessment/1\ncurrent=IC03\nsince=2025-13'));
    await page.reload();
    await waitForApp(page);
    assert.equal(
      await page.getByTestId('saved-notice').locator('p').first().innerText(),
      'Answers saved earlier in this tab could not be restored: line 3 is damaged: not a valid month. They are kept unchanged in this tab’s storage under “ladder.assessment.unreadable”, and you can download them; you are starting afresh.',
    );
    assert.equal(await page.evaluate(() => sessionStorage.getItem('ladder.assessment.unreadable')), 'ladder-assessment/1\ncurrent=IC03\nsince=2025-13');

    // Clearing forgets the answers but keeps the chosen levels.
    await page.goto(app.url('#/assess/dimension/1'));
    await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Sometimes' }).check();
    await page.goto(app.url('#/assess'));
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    assert.match(await page.getByRole('group', { name: 'Clear all answers?' }).innerText(), /Clear 1 answer, your name and the criteria answers\? This cannot be undone\./);
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await page.goto(app.url('#/assess/dimension/1'));
    assert.equal(await page.locator('fieldset.rating').first().getByRole('radio', { checked: true }).count(), 0);
    assert.match(await page.locator('fieldset.rating').first().innerText(), /Not answered yet/);
  } finally {
    await close();
  }
});

test('a report says what is missing and gives no verdict or dates until every dimension is answered', async () => {
  const { page, close } = await visit('#/assess/dimension/2');
  try {
    for (const group of await page.locator('fieldset.rating').all()) {
      await group.getByRole('radio', { name: 'Consistently' }).check();
    }
    await page.goto(app.url('#/assess/report'));
    const missing = page.getByTestId('still-to-answer');
    await missing.waitFor();
    assert.match(await missing.innerText(), /Not enough answers yet: 5 dimensions of 6 to go/);
    assert.equal(await page.getByTestId('verdict').count(), 0);
    assert.equal(await page.getByTestId('focus').count(), 0);
    assert.equal(await page.getByTestId('plan').count(), 0);
    assert.match(await page.getByTestId('partial-report').innerText(), /Partial report: 1 dimension of 6 complete[\s\S]*Scope & Responsibility: 100% ready/);
    // Each missing dimension links straight to its questions.
    await missing.getByRole('link', { name: 'Answer Expertise & Technical Depth' }).click();
    await page.getByTestId('step-count').getByText('Dimension 1 of 6').waitFor();
  } finally {
    await close();
  }
});

test('a target on another track gives a dated track switch', async () => {
  const { page, close } = await visit('#/assess');
  try {
    await page.getByLabel('Your current level').selectOption('IC04');
    await page.getByLabel('Month').selectOption('6');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('The level you are aiming for').selectOption('M04');
    assert.match(await page.locator('#target-hint').innerText(), /M04 is on the Management track/);
    await rateEveryStatement(page, app.url, 'Usually');
    await page.goto(app.url('#/assess/report'));
    const plan = page.getByTestId('switch-plan');
    await plan.waitFor();
    assert.match(await plan.innerText(), /on the framework's typical path between these tracks\. The typical path is IC04 or IC05 → M04, often with a period of mentoring or shadowing\./);
    assert.equal(await plan.getByTestId('earliest').innerText(), '1 Jul 2027');
    assert.match(await plan.innerText(), /12 months in your current role reached on 1 Jun 2027; you have 5 months so far/);
    assert.match(await plan.innerText(), /12\+ months in your current role \(not yet\)/);
  } finally {
    await close();
  }
});

test('impossible dates get a clear message and keep the last good one', async () => {
  const { page, close } = await visit('#/assess');
  try {
    await page.getByLabel('Year').fill('1066');
    assert.equal(await page.locator('#since-year-status').innerText(), 'Enter a whole number from 1900 to 2026. Until then the answer stays 2025.');
    assert.equal(await page.getByLabel('Year').getAttribute('aria-invalid'), 'true');
    // The last good date is kept meanwhile.
    assert.equal(await page.getByTestId('months-in-level').innerText(), '12 months in level');
    await page.getByLabel('Year').fill('2025');
    assert.equal(await page.getByLabel('Year').getAttribute('aria-invalid'), null);
    assert.equal(await page.getByTestId('months-in-level').innerText(), '12 months in level');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Month').selectOption('12');
    assert.match(await page.getByTestId('months-in-level').innerText(), /still to come/);
  } finally {
    await close();
  }
});

test('find my level: one dimension at a time, the result in the address, picks kept per track', async () => {
  const { page, close } = await visit('#/find');
  try {
    await page.getByRole('heading', { level: 1, name: 'Find my level' }).waitFor();
    const picks = { expertise: 'IC04', scope: 'IC03', decisions: 'IC04', leadership: 'IC05', complexity: 'IC04', collaboration: 'IC03' };
    let n = 0;
    for (const [dimension, level] of Object.entries(picks)) {
      n += 1;
      await page.getByTestId('find-step').getByText(`Dimension ${n} of 6`).waitFor();
      // Each level shows a one-line summary; the full statements are a click away.
      assert.equal(await page.getByTestId(`find-${dimension}`).locator('details').count(), 6);
      // A pick moves on to the next dimension, so the chosen radio leaves the screen.
      await page.getByTestId(`find-${dimension}`).getByRole('radio', { name: new RegExp(`^${level} `) }).click();
      await page.waitForURL(new RegExp(`${dimension}:${level}`));
    }
    const result = page.getByTestId('placement');
    assert.match(await result.innerText(), /Overall level: IC03 Professional; typical level: IC04 Senior/);
    assert.match(await result.innerText(), /These dimensions are at IC03: Scope & Responsibility, Collaboration & Communication/);
    assert.match(page.url(), /#\/find\/ic\/collaboration:IC03,complexity:IC04,decisions:IC04,expertise:IC04,leadership:IC05,scope:IC03\/ultralytics-career-progression%402025\.1$/);
    assert.equal(await page.getByTestId('find-other-version').count(), 0);

    // The link reopens the same result, after a reload too.
    await page.reload();
    await page.getByTestId('placement').getByText('Overall level: IC03 Professional').waitFor();

    // The same picks from another version of the framework open, and say so.
    const here = page.url();
    await page.goto(here.replace('%402025.1', '%402024.2'));
    await page.getByTestId('find-other-version').getByText('These picks were made against ultralytics-career-progression@2024.2').waitFor();
    await page.goto(here);
    await page.getByTestId('placement').getByText('Overall level: IC03 Professional').waitFor();

    // Another track and back: the first track's picks are still there.
    await page.getByRole('radio', { name: 'Management' }).check();
    await page.getByTestId('find-step').getByText('Dimension 1 of 7').waitFor();
    assert.match(await result.innerText(), /Answer at least one dimension/);
    await page.getByRole('radio', { name: 'Individual Contributor' }).check();
    await page.getByTestId('placement').getByText('Overall level: IC03 Professional').waitFor();

    await result.getByRole('link', { name: 'What changes at IC04' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare IC03 with IC04' }).waitFor();

    await page.goto(app.url('#/find/candidate'));
    await page.getByRole('heading', { level: 1, name: 'Level a candidate' }).waitFor();
    assert.ok(await page.getByText('Expertise & Technical Depth: which best describes the candidate’s work today?').isVisible());
  } finally {
    await close();
  }
});

const views = ['#/assess', '#/assess/dimension/1', '#/assess/criteria', '#/assess/report', '#/assess/history', '#/find', '#/find/candidate', '#/role'];

for (const [scheme, width] of [['light', 1280], ['dark', 1280], ['light', 360], ['dark', 360]]) {
  test(`axe-core finds no violations on the assessment views (${scheme}, ${width} px)`, async () => {
    const { page, close } = await visit('', { colorScheme: scheme, viewport: { width, height: 800 } });
    try {
      for (const hash of views) {
        await page.goto(app.url(hash));
        await page.locator('main h1').waitFor();
        assert.deepEqual(await axeViolations(page), [], hash);
      }
    } finally {
      await close();
    }
  });
}

test('the assessment views fit 360 px without sideways scrolling', async () => {
  const { page, close } = await visit('', { viewport: { width: 360, height: 740 } });
  try {
    for (const hash of views) {
      await page.goto(app.url(hash));
      await page.locator('main h1').waitFor();
      assert.equal(await scrollsSideways(page), false, `${hash} scrolls sideways at 360 px`);
    }
  } finally {
    await close();
  }
});

test('statements start unanswered; N marks "Not sure"; the scale is one row from 768 px', async () => {
  const { page, close } = await visit('#/assess/dimension/1', { viewport: { width: 768, height: 900 } });
  try {
    const groups = page.locator('fieldset.rating');
    await groups.first().waitFor();
    assert.equal(await page.locator('fieldset.rating input:checked').count(), 0, 'nothing looks answered');
    assert.equal(await page.getByText('Not answered yet').count(), 5);
    await page.keyboard.press('n');
    assert.ok(await groups.nth(0).getByRole('radio', { name: 'Not sure' }).isChecked());
    assert.equal(await page.getByText('Not answered yet').count(), 4, '"Not sure" is a choice');
    await page.keyboard.press('1');
    assert.ok(await groups.nth(1).getByRole('radio', { name: 'Sometimes' }).isChecked());
    assert.ok(await groups.nth(2).getByRole('radio', { name: 'Not yet' }).evaluate((el) => el === document.activeElement));
    for (let i = 0; i < 5; i++) {
      const tops = await groups.nth(i).locator('.choice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
      assert.equal(new Set(tops).size, 1, `statement ${i + 1}: all five answers on one row`);
    }
  } finally {
    await close();
  }
});

test('find my level: every level title sits beside its own choice, with long statements, at 1280 and 360 px', async () => {
  for (const width of [1280, 360]) {
    const { page, close } = await app.visit('#/find', { viewport: { width, height: 900 } });
    try {
      const options = page.locator('.find-option');
      await options.first().waitFor();
      // Real frameworks write long statements: make the first one of every level much longer.
      await page.evaluate(() => {
        for (const p of document.querySelectorAll('.find-summary')) p.textContent = `${p.textContent} `.repeat(6);
      });
      const boxes = await options.evaluateAll((all) => all.map((o) => {
        const box = (el) => el.getBoundingClientRect();
        const [radio, label, summary] = [o.querySelector('input'), o.querySelector('label'), o.querySelector('.find-summary')].map(box);
        return { radio, label, summary };
      }));
      assert.ok(boxes.length > 3);
      for (const { radio, label, summary } of boxes) {
        assert.ok(label.left >= radio.right && label.left - radio.right < 16, `title beside its radio at ${width} px`);
        assert.ok(Math.abs(label.top - radio.top) < 12, `on the same line at ${width} px`);
        assert.ok(summary.left >= label.left - 1, `the statement under the title at ${width} px`);
        assert.ok(label.width > width / 2, `the title has the room at ${width} px`);
      }
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, `no sideways scroll at ${width} px`);
    } finally {
      await close();
    }
  }
});
