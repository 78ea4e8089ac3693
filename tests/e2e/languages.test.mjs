// Frameworks in other languages. The Croatian edition of the three-track example is published
// beside the English default framework (scripts/test.sh builds target/site-languages); the
// default framework is published in German here. Each is read as a person would: landing,
// level, comparison, assessment to report, print, a shared link, find my level; the pages say
// their language, write dates and counts as it does, and show no sentence of the English
// catalogue.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, serve, launch, openPage, waitForApp, axeViolations, scrollsSideways } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** A catalogue's one-line sentences by key (enough to find a control by its words). */
async function catalogue(language) {
  const dir = join(root, 'src/words', language);
  const sentences = new Map();
  for (const file of await readdir(dir)) {
    for (const line of (await readFile(join(dir, file), 'utf8')).split('\n')) {
      const m = line.match(/^([a-z][a-z0-9-]*) = (.+)$/);
      if (m) sentences.set(m[1], m[2].trim());
    }
  }
  return sentences;
}

let english; let croatian; let german;
/** The sentence that says in `words` what `text` says in English. */
function say(words, text) {
  const key = [...english.entries()].find(([, v]) => v === text)?.[0];
  assert.ok(key, `no English sentence “${text}”`);
  assert.ok(words.has(key), `no translation of ${key}`);
  return words.get(key);
}

/** English sentences of three words or more that have no arguments: none may show. */
async function englishOn(page) {
  const sentences = [...english.values()].filter((v) => !v.includes('{') && v.split(' ').length >= 3);
  return page.evaluate((sentences) => {
    const names = [...document.querySelectorAll('[aria-label], [title], [alt]')]
      .map((el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? '').join(' '));
    const text = `${document.body.innerText}\n${names.join('\n')}\n${document.title}`;
    return sentences.filter((s) => text.includes(s));
  }, sentences);
}

const HR_MONTHS = 'siječnja|veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca';
const DE_MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';

let languages; let germanSite; let browser;

before(async () => {
  [english, croatian, german] = await Promise.all(['en', 'hr', 'de'].map(catalogue));
  languages = await serve(join(root, 'target/site-languages'));
  const framework = JSON.parse(await readFile(join(root, 'framework.json'), 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'ladder-de-'));
  // The company rewords two of Ladder's sentences for its framework.
  const wording = { 'header-assess': 'Bereitschaft prüfen', 'assess-title': 'Prüfen Sie Ihre Bereitschaft' };
  await writeFile(join(dir, 'framework.json'), JSON.stringify({ ...framework, language: 'de', wording }));
  germanSite = await serve((await buildSite([], [join(dir, 'framework.json')])).dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await languages?.close();
  await germanSite?.close();
});

/**
 * Rates every statement of the questionnaire, view by view, with the answer at `nth`; returns
 * how many dimensions it rated. The step line ("Dimenzija 2 od 3") is read by its numbers alone.
 */
async function rateAll(page, url, nth) {
  const step = page.getByTestId('step-count');
  await page.goto(url('#/assess/dimension/1'));
  await waitForApp(page);
  const total = Number((await step.innerText()).match(/(\d+)\D*$/)[1]);
  for (let n = 1; n <= total; n++) {
    await page.goto(url(`#/assess/dimension/${n}`));
    await page.waitForFunction((n) => document.querySelector('[data-testid=step-count]')
      ?.textContent.match(/\d+/)?.[0] === String(n), n);
    await page.locator('fieldset.rating').first().waitFor();
    for (const group of await page.locator('fieldset.rating').all()) {
      await group.locator('input[type=radio]').nth(nth).check();
    }
  }
  return total;
}

test('the Croatian edition: landing, level and comparison pages in Croatian beside the English default', async () => {
  const { page, errors, close } = await openPage(browser);
  try {
    await page.goto(`${languages.origin}/`);
    // The list of frameworks names each in its own language.
    const card = page.locator('li.level-card[lang="hr"]');
    assert.match(await card.innerText(), /Okvir za razvoj inženjerske karijere[\s\S]*10 razina/);
    assert.equal(await page.locator('li.level-card[lang="en"]').count(), 1);
    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Okvir za razvoj inženjerske karijere' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hr');
    assert.deepEqual(await englishOn(page), []);
    assert.deepEqual(await axeViolations(page), []);

    await page.getByRole('link', { name: 'SE2 Softverski inženjer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'SE2 Softverski inženjer' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hr');
    assert.deepEqual(await englishOn(page), []);

    await page.locator('main a[href^="compare-SE2-SE3"]').first().click();
    await page.locator('h1').waitFor();
    assert.match(await page.locator('h1').innerText(), /SE2.*SE3/);
    assert.deepEqual(await englishOn(page), []);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the Croatian edition: an assessment to its report, printed and shared, and find my level', async () => {
  const { page, errors, close } = await openPage(browser);
  const url = (hash) => `${languages.origin}/three-track-engineering-hr/app.html?today=2026-12-02${hash}`;
  try {
    await page.goto(url('#/assess'));
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'hr');
    await page.getByLabel(say(croatian, 'Your current level')).selectOption('SE1');
    // Time in level, counted with Croatian's three plural forms (today is December 2026).
    const since = async (year, month) => {
      await page.getByLabel(say(croatian, 'Year')).fill(String(year));
      await page.getByLabel(say(croatian, 'Month')).selectOption(String(month));
      return page.getByTestId('months-in-level').innerText();
    };
    assert.match(await since(2026, 11), /^1 mjesec\b/);
    assert.match(await since(2026, 10), /^2 mjeseca\b/);
    assert.match(await since(2026, 7), /^5 mjeseci\b/);
    assert.match(await since(2025, 3), /^21 mjesec\b/);
    assert.match(await since(2025, 12), /^12 mjeseci\b/);
    assert.deepEqual(await englishOn(page), []);
    assert.ok(await rateAll(page, url, 3) >= 3);
    await page.goto(url('#/assess/report'));
    await page.getByTestId('verdict').waitFor();
    assert.deepEqual(await englishOn(page), []);
    assert.deepEqual(await axeViolations(page), []);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await englishOn(page), [], 'the printed report');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: say(croatian, 'Share my assessment') }).click();
    const link = await page.getByTestId('share-panel').locator('input').first().inputValue();
    await page.goto(link);
    const banner = page.getByTestId('shared-banner');
    await banner.waitFor();
    // The day it was made, as Croatian writes it: "2. prosinca 2026."
    assert.match(await banner.innerText(), new RegExp(`2\\. (${HR_MONTHS}) 2026\\.`));
    assert.deepEqual(await englishOn(page), []);

    await page.goto(url('#/find'));
    await waitForApp(page);
    await page.locator('h1').waitFor();
    assert.deepEqual(await englishOn(page), []);
    assert.equal(await scrollsSideways(page), false);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('in German, with two sentences reworded by the company: the plan is dated and counted as German writes it', async () => {
  const { page, errors, close } = await openPage(browser);
  const url = (hash) => `${germanSite.origin}/app.html?today=2026-12-02${hash}`;
  try {
    await page.goto(url('#/assess'));
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    // The company's own wording stands where Ladder's would.
    await page.getByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Bereitschaft' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Bereitschaft prüfen' }).count(), 1);
    assert.equal(await page.getByText(say(german, 'Assess yourself'), { exact: true }).count(), 0);
    await page.getByLabel(say(german, 'Your current level')).selectOption('IC03');
    // Time in level, counted with German plural forms.
    assert.match(await page.getByTestId('months-in-level').innerText(), /\d+ Monat(e)?\b/);
    assert.deepEqual(await englishOn(page), []);
    await rateAll(page, url, 3);
    await page.goto(url('#/assess/report'));
    await page.getByTestId('verdict').waitFor();
    const report = await page.locator('main').innerText();
    assert.match(report, new RegExp(`\\d{1,2}\\. (${DE_MONTHS}) 20\\d\\d`), 'dates as German writes them');
    assert.doesNotMatch(report, /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) 20\d\d\b/);
    assert.deepEqual(await englishOn(page), []);
    assert.deepEqual(await axeViolations(page), []);

    await page.goto(`${germanSite.origin}/level-IC04.html`);
    await page.locator('h1').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Bereitschaft prüfen' }).count(), 1, 'the published header reworded');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.deepEqual(await englishOn(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
