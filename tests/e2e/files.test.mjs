// Taking an assessment along: "Save to a file" downloads it, "Open a saved assessment" brings it
// back (by picker or by drop), never replacing answers without asking; a broken file changes
// nothing and says what is wrong and where.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, rateEveryStatement, useApp, waitForApp } from './harness.mjs';

const app = useApp({ query: '?today=2026-11-22' });

test('save to a file, then open it in a fresh browser: the same report', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-'));
  const first = await app.visit('#/assess');
  let saved;
  try {
    const { page } = first;
    await page.getByLabel('Your current level').selectOption('IC03');
    await rateEveryStatement(page, app.url, 'Usually');
    await page.getByLabel('Evidence for this dimension (optional)').fill('Ran the incident review.');
    await page.goto(app.url('#/assess/report'));
    await page.getByTestId('verdict').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'ladder-assessment-IC03-IC04-2026-11-22.json');
    saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const json = JSON.parse(await readFile(saved, 'utf8'));
    assert.equal(json.format, 'ladder-assessment');
    assert.equal(json.version, 2);
    assert.deepEqual(json.framework, { id: 'ultralytics-career-progression', version: '2025.1' });
    assert.equal(Object.keys(json.answers).length, 30);
    assert.equal(json.answers['ic04-scope-1'], 'usually');
  } finally {
    await first.close();
  }

  // Someone else's browser, nothing in it: opening needs no confirmation.
  const second = await app.visit('#/assess');
  try {
    const { page } = second;
    await page.getByLabel('Choose a file saved with “Save to a file”').setInputFiles(saved);
    await page.getByTestId('open-done').waitFor();
    await page.getByRole('link', { name: 'See the report' }).click();
    await page.getByTestId('verdict').waitFor();
    assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /IC03 → IC04/);
    assert.match(await page.getByTestId('readiness-table').innerText(), /Scope & Responsibility\s+67% Close\s+5 of 5/);
    assert.match(await page.getByTestId('opened-file').innerText(), /saved on 22 Nov 2026 against ultralytics-career-progression version 2025\.1/);
    assert.match(await page.getByText('Your evidence:').locator('..').innerText(), /incident review/);
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await second.close();
  }
});

test('opening never replaces answers without asking; a dropped file works too', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-'));
  const file = join(dir, 'older.json');
  await writeFile(file, JSON.stringify({
    format: 'ladder-assessment', version: 1,
    framework: { id: 'ultralytics-career-progression', version: '2024.2' },
    saved_on: '2026-08-01', current: 'IC03', target: 'IC04', in_level_since: '2025-06',
    answers: { 'ic04-scope-1': 'consistently', 'ic04-gone-9': 'usually' },
    notes: {},
    criteria: { months_meeting_current: 0, months_at_next: 0, examples: 0, peer_feedback: false, discussed_with_manager: false },
  }));
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Sometimes' }).check();
    await page.goto(app.url('#/assess'));
    await page.getByLabel('Choose a file saved with “Save to a file”').setInputFiles(file);
    const confirm = page.getByTestId('open-confirm');
    await confirm.waitFor();
    assert.match(await confirm.innerText(), /saved on 1 Aug 2026 \(IC03 → IC04\)\. Opening it replaces the 1 answer you have on this page\./);
    await confirm.getByRole('button', { name: 'Keep my current answers' }).click();
    await page.goto(app.url('#/assess/dimension/1'));
    assert.ok(await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Sometimes' }).isChecked(), 'kept');

    // Now by drag and drop, and agreeing.
    await page.goto(app.url('#/assess'));
    const bytes = await readFile(file, 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'older.json', { type: 'application/json' }));
      return dt;
    }, bytes);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByTestId('open-confirm').getByRole('button', { name: 'Replace my answers' }).click();
    await page.getByTestId('open-done').waitFor();
    await page.goto(app.url('#/assess/report'));
    const note = page.getByTestId('opened-file');
    await note.waitFor();
    assert.match(await note.innerText(), /against ultralytics-career-progression version 2024\.2/);
    assert.match(await note.innerText(), /29 statements new since then, unanswered/);
    assert.match(await note.innerText(), /1 answer no longer applies, because this version of the framework does not have it: ic04-gone-9\./);
  } finally {
    await close();
  }
});

test('a broken file changes nothing and says what is wrong and where', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-'));
  const { page, close } = await app.visit('#/assess/dimension/1');
  try {
    await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Usually' }).check();
    await page.goto(app.url('#/assess'));
    const cases = [
      ['not-json.json', '{"format": "ladder-assessment",', /could not be opened: the file is not valid JSON at line 1, column 31: EOF while parsing a value\. Nothing was changed\./],
      ['wrong-type.json', '{"format": "ladder-assessment", "version": "one"}', /\$\.version: expected a whole number from 0 to 4294967295, found the text "one" \(line 1, column 48\)/],
      ['list.json', '{"format": "shopping-list"}', /\$\.format is "shopping-list", so it is not a Ladder assessment/],
    ];
    for (const [name, text, message] of cases) {
      const path = join(dir, name);
      await writeFile(path, text);
      await page.getByLabel('Choose a file saved with “Save to a file”').setInputFiles(path);
      const failed = page.getByTestId('open-failed');
      await failed.waitFor();
      assert.match(await failed.innerText(), message);
      assert.match(await failed.innerText(), new RegExp(`^“${name.replace('.', '\\.')}”`));
    }
    await page.goto(app.url('#/assess/dimension/1'));
    assert.ok(await page.locator('fieldset.rating').first().getByRole('radio', { name: 'Usually' }).isChecked(), 'nothing changed');
  } finally {
    await close();
  }
});

test('a 1 GB file is refused by its size before any of it is read, with the size message', async (t) => {
  const { page, errors, close } = await app.visit('#/assess');
  try {
    // Counts every way a page can read a file's content.
    await page.addInitScript(() => {
      window.__reads = 0;
      const count = (proto, names) => names.forEach((name) => {
        const read = proto[name];
        proto[name] = function (...args) { window.__reads += 1; return read.apply(this, args); };
      });
      count(Blob.prototype, ['text', 'arrayBuffer', 'stream']);
      count(FileReader.prototype, ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']);
    });
    await page.reload();
    await waitForApp(page);
    const picker = page.getByLabel('Choose a file saved with “Save to a file”');
    await picker.waitFor();
    // 1,024 references to one 1 MB blob: a 1 GB file that takes 1 MB of memory.
    const elapsed = await picker.evaluate((input) => {
      const megabyte = new Blob([new Uint8Array(1 << 20)]);
      const file = new File(Array(1024).fill(megabyte), 'huge.json', { type: 'application/json' });
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      const start = performance.now();
      return new Promise((done) => {
        const shown = () => document.querySelector('[data-testid="open-failed"]');
        new MutationObserver(() => { if (shown()) done(performance.now() - start); })
          .observe(document.body, { subtree: true, childList: true, characterData: true });
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    });
    t.diagnostic(`the refusal was on screen ${elapsed.toFixed(1)} ms after the file was chosen`);
    const failed = page.getByTestId('open-failed');
    assert.equal(await failed.innerText(),
      '“huge.json” could not be opened: the file has 1073741824 bytes, more than the 524288 a saved assessment can have. Nothing was changed.');
    assert.equal(await page.evaluate(() => window.__reads), 0, 'not a byte of the large file was read');
    // A file within the limit is read (once), so the count above could have caught a read.
    await picker.setInputFiles({ name: 'small.json', mimeType: 'application/json', buffer: Buffer.from('[]') });
    await failed.filter({ hasText: '“small.json” could not be opened' }).waitFor();
    assert.equal(await page.evaluate(() => window.__reads), 1);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
