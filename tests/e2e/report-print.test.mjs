// The report on paper: printed to PDF through Chromium in A4 and Letter, it holds everything a
// 1:1 needs on at most three pages, and nothing that only makes sense on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useApp, axeViolations } from './harness.mjs';

const require = createRequire(import.meta.url);
const pdfjs = await import(require.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
const app = useApp({ query: '?today=2026-11-22' });

/** Pages and text of a PDF, read with pdf.js. */
async function readPdf(bytes) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => i.str).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
}

/** A full IC03 → IC04 assessment with a realistic spread of answers, a name and criteria. */
async function fullAssessment(page) {
  await page.goto(app.url('#/assess'));
  await page.getByLabel('Your current level').selectOption('IC03');
  await page.getByLabel('Your name (optional, never leaves this page)').fill('Alex Doe');
  const spread = ['Consistently', 'Usually', 'Sometimes', 'Usually', 'Not yet'];
  for (let n = 1; n <= 6; n++) {
    await page.goto(app.url(`#/assess/dimension/${n}`));
    await page.getByTestId('step-count').getByText(`Dimension ${n} of 6`).waitFor();
    const groups = page.locator('fieldset.rating');
    for (let i = 0; i < (await groups.count()); i++) {
      const rating = n % 2 ? 'Consistently' : spread[i];
      await groups.nth(i).getByRole('radio', { name: rating }).check();
    }
    await page.getByLabel('Evidence for this dimension (optional)').fill(`Example ${n}: led a piece of work end to end and wrote up what changed.`);
  }
  await page.goto(app.url('#/assess/criteria'));
  await page.getByLabel('For how many months have you met or exceeded your current level?').fill('9');
  await page.getByLabel('For how many months have you worked consistently at the next level?').fill('2');
  await page.goto(app.url('#/assess/report'));
  await page.getByTestId('verdict').waitFor();
}

test('the report prints to at most three pages, A4 and Letter, with everything and no screen furniture', async () => {
  const { page, close } = await app.visit();
  try {
    await fullAssessment(page);
    assert.ok(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible());
    for (const format of ['A4', 'Letter']) {
      const pages = await readPdf(await page.pdf({ format, printBackground: true }));
      assert.ok(pages.length <= 3, `${format}: ${pages.length} pages`);
      console.log(`# ${format}: ${pages.length} pages`);
      // Compared without spaces: pdf.js splits words at ligatures ("In fl uence").
      const text = pages.join(' ').replace(/\s+/g, '');
      const has = (words) => text.includes(words.replace(/\s+/g, ''));
      for (const expected of [
        'Alex Doe’s report: IC03 → IC04',
        'Ultralytics',
        'version 2025.1, as of 22 Nov 2026',
        'Not yet ready for IC04',
        'Readiness by dimension',
        'Scope & Responsibility',
        '% close',
        'What to focus on next',
        'Promotion criteria',
        'Suggested timeline',
        'Nomination',
        'Effective',
        'How this is calculated',
        'Readiness is the mean of your answered ratings',
        'Example 2: led a piece of work',
      ]) {
        assert.ok(has(expected), `${format}: “${expected}” missing in ${pages.join(' ').slice(0, 300)}…`);
      }
      for (const absent of ['Print or save as PDF', 'Skip to content', '← Promotion criteria', 'Change levels or dates']) {
        assert.ok(!has(absent), `${format}: “${absent}” should not print`);
      }
    }
  } finally {
    await close();
  }
});

for (const [width, scheme] of [[1280, 'light'], [360, 'dark']]) {
  test(`a full report is axe-clean at ${width} px (${scheme})`, async () => {
    const { page, close } = await app.visit('', { viewport: { width, height: 900 }, colorScheme: scheme });
    try {
      await fullAssessment(page);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await close();
    }
  });
}

test('a find-my-level result prints on one page, and stays in view at 360 px', async () => {
  const link = '#/find/candidate/ic/expertise:IC04,scope:IC03,decisions:IC04,leadership:IC05,complexity:IC04,collaboration:IC03';
  const { page, close } = await app.visit(link, { viewport: { width: 360, height: 740 } });
  try {
    const result = page.getByTestId('placement');
    await result.getByText('Overall level: IC03 Professional').waitFor();
    const box = await result.boundingBox();
    assert.ok(box.y >= 0 && box.y < 740, `result starts on screen (at ${box.y})`);
    const pages = await readPdf(await page.pdf({ format: 'A4' }));
    assert.equal(pages.length, 1);
    const text = pages[0].replace(/\s+/g, '');
    for (const words of ['Level a candidate', 'Overall level: IC03 Professional', 'Leadership & Influence: IC05 Staff']) {
      assert.ok(text.includes(words.replace(/\s+/g, '')), words);
    }
    assert.ok(!text.includes('Nextdimension'), 'no stepper on paper');
  } finally {
    await close();
  }
});
