// Every word on every page comes from the catalogue or from the framework file. The default
// framework is published in the pseudo-locale en-XA, in which every catalogue sentence is
// visibly transformed (accented, vowels doubled, in ⟦brackets⟧); a walk through every published
// page and every view of the app then fails on any text node, accessible name or title that
// holds a letter outside both. One more pass sets dir="rtl" and checks nothing overlaps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite, serve, launch, openPage, waitForApp, axeViolations, scrollsSideways } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

/** The pseudo-locale's transform, as `catalogue::pseudo_text` does it, around a whole sentence. */
const ACCENTS = { a: 'àà', e: 'éé', i: 'íí', o: 'öö', u: 'ûû', A: 'Å', E: 'É', I: 'Î', O: 'Ö', U: 'Û', c: 'ç', n: 'ñ', s: 'š', y: 'ý', C: 'Ç', N: 'Ñ', S: 'Š', Y: 'Ý' };
export const pseudo = (english) => `⟦${[...english].map((c) => ACCENTS[c] ?? c).join('')}⟧`;

let server; let browser; let framework;

before(async () => {
  const text = await readFile(join(root, 'framework.json'), 'utf8');
  framework = JSON.parse(text);
  const dir = await mkdtemp(join(tmpdir(), 'ladder-pseudo-'));
  const file = join(dir, 'framework.json');
  await writeFile(file, JSON.stringify({ ...framework, language: 'en-XA' }));
  const site = await buildSite([], [file]);
  server = await serve(site.dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Every string the framework file holds: what a page may show that is not a sentence of ours. */
function frameworkStrings(value, out = new Set()) {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => frameworkStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => frameworkStrings(v, out));
  return out;
}

/** The words on the page that come neither from a catalogue sentence nor from the framework. */
async function foreignWords(page) {
  const strings = [...frameworkStrings(framework)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  return page.evaluate((strings) => {
    const strip = (text) => {
      let t = text;
      for (const s of strings) if (t.includes(s)) t = t.split(s).join(' ');
      return t;
    };
    const inner = (text) => {
      let t = text;
      // Sentences within sentences: innermost first.
      for (let before = ''; before !== t;) { before = t; t = t.replace(/⟦[^⟦⟧]*⟧/g, ' '); }
      return t;
    };
    const foreign = (text) => /\p{L}/u.test(strip(inner(text)));
    const found = [];
    // A sentence may hold a link or a badge: its text nodes are read in document order, and a
    // letter counts as the catalogue's while a ⟦ is open.
    let depth = 0;
    const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest('script, style, head')) continue;
      let outside = '';
      for (const c of node.data) {
        if (c === '⟦') { depth++; outside += ' '; } else if (c === '⟧') { depth = Math.max(0, depth - 1); outside += ' '; } else if (depth === 0) outside += c;
      }
      if (/\p{L}/u.test(strip(outside))) found.push(`text “${node.data.trim().slice(0, 90)}” in <${node.parentElement?.tagName.toLowerCase()}>`);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const value = el.getAttribute(name);
        if (value && foreign(value)) found.push(`${name}="${value.slice(0, 90)}" on <${el.tagName.toLowerCase()}>`);
      }
    }
    for (const el of document.querySelectorAll('input[type=submit], input[type=button]')) {
      if (foreign(el.value)) found.push(`button value “${el.value}”`);
    }
    if (foreign(document.title)) found.push(`document title “${document.title}”`);
    return found;
  }, strings);
}

/** Opens `path`, waits for its content, and checks its words and its language. */
async function check(page, path, ready) {
  if (path !== null) {
    await page.goto(`${server.origin}/${path}`);
    await waitForApp(page);
  }
  await ready();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA', `${path}: lang`);
  assert.deepEqual(await foreignWords(page), [], `${path ?? page.url()}: words outside the catalogue`);
}

const heading = (page) => () => page.locator('h1').first().waitFor();

test('every published page speaks only the catalogue and the framework', async () => {
  const { page, errors, close } = await openPage(browser);
  try {
    for (const path of ['', 'level-IC04.html', 'compare-IC04-IC05.html', 'compare-IC05-M04.html', 'promotion.html']) {
      await check(page, path, heading(page));
    }
    // The copy-link button ladder-pages.js shows, and what it announces, are the page's words.
    await page.goto(`${server.origin}/level-IC04.html`);
    const copy = page.getByTestId('copy-link');
    await copy.locator('button').waitFor();
    assert.equal(await copy.locator('button').innerText(), pseudo('Copy link'));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('every view of the app, from the questionnaire to a second opinion, speaks only the catalogue and the framework', async () => {
  const { page, errors, close } = await openPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  const app = (hash) => `app.html?today=2026-12-02${hash}`;
  try {
    await check(page, app('#/assess'), heading(page));
    await page.getByLabel(pseudo('Your current level')).selectOption('IC03');
    // Remembered on this device, so the report can be kept as a snapshot in the history.
    await page.getByRole('switch', { name: pseudo('Remember on this device') }).check();
    await check(page, null, heading(page));
    let n = 1;
    for (; n < 50; n++) {
      await page.goto(`${server.origin}/${app(`#/assess/dimension/${n}`)}`);
      await waitForApp(page);
      await page.locator('h1').first().waitFor();
      if ((await page.locator('fieldset.rating').count()) === 0) break;
      for (const group of await page.locator('fieldset.rating').all()) {
        await group.locator('input[type=radio]').nth(2).check();
      }
      if (n === 1) await check(page, null, heading(page));
    }
    assert.ok(n > 3, `walked ${n - 1} dimensions`);
    await check(page, app('#/assess/criteria'), heading(page));
    await check(page, app('#/assess/report'), () => page.getByTestId('verdict').waitFor());
    // Print: the same report, as a printer sees it.
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await foreignWords(page), [], 'the printed report');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: pseudo('Share my assessment') }).click();
    const shared = await page.getByTestId('share-panel').locator('input').first().inputValue();
    await page.getByRole('button', { name: pseudo('Keep this report as a snapshot') }).click();
    await check(page, app('#/assess/history'), heading(page));

    await page.goto(shared);
    await check(page, null, () => page.getByTestId('shared-banner').waitFor());

    // A second opinion: asked for, answered, and set beside the person's own answers.
    await page.goto(`${server.origin}/${app('#/assess/report')}`);
    await page.getByRole('button', { name: pseudo('Rate me too') }).click();
    const ask = await page.getByTestId('ask-panel').locator('input').first().inputValue();
    await page.goto(ask);
    await check(page, null, () => page.getByTestId('rate-request').waitFor());
    for (const group of await page.locator('fieldset.rating').all()) {
      await group.locator('input[type=radio]').nth(1).check();
    }
    await page.getByRole('button', { name: pseudo('Send my answers back') }).click();
    const back = await page.getByTestId('opinion-link').locator('input').first().inputValue();
    await check(page, null, () => page.getByTestId('opinion-link').waitFor());
    await page.goto(back);
    await check(page, null, () => page.getByTestId('opinion-dimensions').waitFor());

    // A role: the hiring manager's builder, then the candidate's view of it.
    await check(page, app('#/role'), () => page.getByTestId('role-builder').waitFor());
    await page.locator('[data-testid=role-builder] select').first().selectOption('IC05');
    await page.locator('[data-testid=role-builder] input[type=checkbox]').first().check();
    await page.getByRole('button', { name: pseudo('Make the candidate’s link') }).click();
    const role = await page.getByTestId('role-link').locator('input').first().inputValue();
    await page.goto(role);
    await check(page, null, heading(page));

    await check(page, app('#/find'), heading(page));
    await check(page, app('#/compare'), heading(page));
    await check(page, app('#/compare/IC02/M08'), heading(page));
    await check(page, app('#/nowhere'), heading(page));
    // A damaged link: the problem is said in the catalogue's words too.
    await check(page, app('#/shared/A2~damaged'), heading(page));
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('with dir="rtl" nothing overlaps and nothing scrolls sideways', async () => {
  const { page, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  try {
    for (const path of ['', 'level-IC04.html', 'compare-IC04-IC05.html', 'app.html?today=2026-12-02#/assess']) {
      await page.goto(`${server.origin}/${path}`);
      await waitForApp(page);
      await page.locator('h1').first().waitFor();
      await page.evaluate(() => { document.documentElement.dir = 'rtl'; });
      assert.equal(await scrollsSideways(page), false, `${path}: scrolls sideways`);
      const overlaps = await page.evaluate(() => {
        const found = [];
        // Text a person sees: not inside something visually hidden for screen readers alone.
        const hidden = (el) => {
          for (let e = el; e; e = e.parentElement) {
            const style = getComputedStyle(e);
            if (style.clipPath !== 'none' || style.visibility === 'hidden') return true;
          }
          return false;
        };
        const boxes = [...document.querySelectorAll('body *')]
          .filter((el) => el.children.length === 0 && el.textContent.trim() && el.getClientRects().length && !hidden(el))
          .map((el) => [el, el.getBoundingClientRect()]);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const [a, r] = boxes[i]; const [b, s] = boxes[j];
            if (a.contains(b) || b.contains(a)) continue;
            const x = Math.min(r.right, s.right) - Math.max(r.left, s.left);
            const y = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
            if (x > 2 && y > 2) found.push(`${a.textContent.trim().slice(0, 30)} / ${b.textContent.trim().slice(0, 30)}`);
          }
        }
        return found;
      });
      assert.deepEqual(overlaps, [], `${path}: text overlaps`);
      assert.deepEqual(await axeViolations(page), [], path);
    }
  } finally {
    await close();
  }
});
