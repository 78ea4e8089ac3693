// Two people who share nothing but a link: one shares their self-assessment, the other opens
// the same report read-only and can make it their own. A damaged link says so, echoing nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, rateEveryStatement, useApp } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });

/** The line every view of someone else's link carries under its heading. */
const SENT_BY_LINK = 'Sent by link: this is what the sender entered. Anyone who has a link can change what it says, so read it as their own account, not as proof.';

/** A link edited by hand, its check computed again: FNV-1a is public and needs no secret. */
function forge(link, edit) {
  const at = link.indexOf('#/shared/') + '#/shared/'.length;
  const body = edit(decodeURIComponent(link.slice(at)).replace(/~[0-9a-f]{8}$/, ''));
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(body)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return `${link.slice(0, at)}${body}~${hash.toString(16).padStart(8, '0')}`;
}

test('share my assessment: the receiver sees the same report, read-only, and can make it their own', async () => {
  const sender = await app.visit('#/assess');
  let link;
  try {
    const { page } = sender;
    await page.getByLabel('Your current level').selectOption('IC03');
    await rateEveryStatement(page, app.url, 'Usually');
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
    await page.getByRole('heading', { level: 1, name: 'Shared report: IC03 → IC04' }).waitFor();
    assert.ok(await page.getByText(SENT_BY_LINK).isVisible(), 'presented as the sender’s account');
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

    // Edited on purpose, with the check computed again, a link opens like the real one: which
    // is why the page says a link is its sender's account, not proof.
    const forged = forge(link, (body) => body.replace(/~ic04-scope~(2+)/, (_, digits) => `~ic04-scope~${'3'.repeat(digits.length)}`));
    assert.notEqual(forged, link);
    await page.goto(forged);
    await page.getByRole('heading', { level: 1, name: 'Shared report: IC03 → IC04' }).waitFor();
    assert.match(await page.getByTestId('readiness-table').innerText(), /Scope & Responsibility\s+100% Ready/);
    assert.ok(await page.getByText(SENT_BY_LINK).isVisible());
  } finally {
    await receiver.close();
  }
});

test('a second opinion: employee asks, manager rates in their own browser, employee sees both views', async () => {
  const employee = await app.visit('#/assess');
  const manager = await app.visit('');
  try {
    const me = employee.page;
    await me.getByLabel('Your current level').selectOption('IC03');
    await rateEveryStatement(me, app.url, 'Consistently');
    await me.goto(app.url('#/assess/report'));
    await me.getByRole('button', { name: 'Rate me too' }).click();
    const ask = await me.getByTestId('ask-panel').getByLabel('Link asking for a second opinion').inputValue();

    // The manager answers about the employee, in a browser of their own.
    const boss = manager.page;
    await boss.goto(ask);
    await boss.getByTestId('rate-request').waitFor();
    assert.match(await boss.locator('.lead').innerText(), /Someone at IC03 Professional asks how you see their work against IC04 Senior/);
    assert.equal(await boss.locator('fieldset.rating input:checked').count(), 0, 'none of the employee’s answers travel');
    const groups = boss.locator('fieldset.rating');
    for (let i = 0; i < (await groups.count()); i++) {
      await groups.nth(i).getByRole('radio', { name: i === 2 ? 'Sometimes' : 'Usually' }).check();
    }
    await boss.getByRole('button', { name: 'Send my answers back' }).click();
    const back = await boss.getByTestId('opinion-link').getByLabel('Link with your answers').inputValue();
    assert.deepEqual(await boss.evaluate(() => Object.keys(sessionStorage)), [], 'kept apart: nothing of the manager’s own');
    assert.deepEqual(await axeViolations(boss), []);

    // Back to the employee: both views side by side.
    await me.goto(back);
    const table = me.getByTestId('opinion-dimensions');
    await table.waitFor();
    assert.match(await table.innerText(), /Expertise & Technical Depth\s+100% ready\s+60% close/);
    assert.match(await table.innerText(), /Verdict\s+Ready for IC04\s+Not yet ready for IC04/);
    await me.getByRole('heading', { level: 1, name: 'Your view and a second opinion: IC03 → IC04' }).waitFor();
    assert.ok(await me.getByText(SENT_BY_LINK).isVisible(), 'the other view is the sender’s account');
    const first = me.getByTestId('opinion-statements').locator('li').first();
    assert.match(await first.innerText(), /^To talk about: [\s\S]*you: Consistently; second opinion: Sometimes$/);
    assert.deepEqual(await axeViolations(me), []);
    app.assertSameOrigin(employee.requests);
    app.assertSameOrigin(manager.requests);
  } finally {
    await employee.close();
    await manager.close();
  }
});

test('role expectations: hiring manager sends a role, the candidate rates against it, the manager sees their view', async () => {
  const hiring = await app.visit('#/role');
  const candidate = await app.visit('');
  try {
    const boss = hiring.page;
    await boss.getByTestId('role-builder').waitFor();
    await boss.getByLabel('Level of the role').selectOption('IC05');
    await boss.getByLabel('Leadership & Influence').check();
    await boss.getByLabel('Collaboration & Communication').check();
    const note = boss.getByLabel('A note for the candidate (optional, plain text)');
    await note.fill('x'.repeat(501));
    assert.match(await boss.locator('#role-note-hint').innerText(), /at most 500/);
    assert.ok(await boss.getByRole('button', { name: 'Make the candidate’s link' }).isDisabled());
    await note.fill('Platform team. <script>alert(1)</script> is text here.');
    await boss.getByRole('button', { name: 'Make the candidate’s link' }).click();
    const roleLink = await boss.getByTestId('role-link').getByLabel('Link for the candidate').inputValue();

    const me = candidate.page;
    await me.goto(roleLink);
    await me.getByRole('heading', { level: 1, name: 'What this role expects: IC05 Staff' }).waitFor();
    assert.equal(await me.locator('.role-note').innerText(), 'Platform team. <script>alert(1)</script> is text here.');
    assert.equal(await me.locator('main script').count(), 0, 'the note is text, never markup');
    const headings = await me.locator('.role-dimension h2').allInnerTexts();
    assert.match(headings[0], /^Leadership & Influence · matters most/);
    assert.match(headings[1], /^Collaboration & Communication · matters most/);
    for (const group of await me.locator('fieldset.rating').all()) {
      await group.getByRole('radio', { name: 'Usually' }).check();
    }
    await me.getByRole('button', { name: 'Send my view back' }).click();
    const back = await me.getByTestId('role-answers-link').getByLabel('Link with your view').inputValue();
    assert.deepEqual(await axeViolations(me), []);

    await boss.goto(back);
    const table = boss.getByTestId('role-view-table');
    await table.waitFor();
    assert.match(await table.innerText(), /Leadership & Influence\s+Matters most\s+67% close \(5 of 5 statements\)/);
    assert.ok(await boss.getByText(SENT_BY_LINK).isVisible(), 'the candidate’s view is their account');
    assert.deepEqual(await axeViolations(boss), []);
    app.assertSameOrigin(hiring.requests);
    app.assertSameOrigin(candidate.requests);
  } finally {
    await hiring.close();
    await candidate.close();
  }
});
