// Framework text that will not break by itself: a 600-character word and a web address as
// level titles and in a statement. It wraps on every page at 360 px instead of widening it
// (before: a 72-character address widened a 375 px page by 109 px, the word by 19,775 px).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, openPage, waitForApp } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const word = 'Unbreakable'.repeat(55).slice(0, 600);
const address = 'https://careers.example.com/engineering/levels/individual-contributor/ic3';

let site;
let browser;

before(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-long-text-'));
  // The app's files from the release build, then the published pages of the long framework.
  for (const name of await readdir(join(root, 'dist'))) {
    if (name === 'app.html' || name === 'people.html' || /\.(js|wasm|css|svg)$/.test(name)) await copyFile(join(root, 'dist', name), join(dir, name));
  }
  const framework = JSON.parse(await readFile(join(root, 'framework.json'), 'utf8'));
  const levels = framework.tracks[0].levels;
  const level = (id) => levels.find((l) => l.id === id);
  level('IC03').title = address;
  level('IC04').title = word;
  level('IC04').expectations.scope[0].text = `Explains ${word} to everyone at ${address}.`;
  const file = join(dir, 'long.json');
  await writeFile(file, JSON.stringify(framework, null, 2));
  await new Promise((ok, fail) => execFile(join(root, 'target/debug/ladder-site'), ['build', dir, file],
    (error, stdout, stderr) => (error ? fail(new Error(stderr || String(error))) : ok())));
  site = await serve(dir);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('a 600-character word and a long address in level titles and a statement wrap at 360 px on every page', async () => {
  const { page, errors, close } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  try {
    const views = [
      ['', { level: 1, name: 'Ultralytics career progression' }],
      ['level-IC04.html', { level: 1, name: /^IC04 Unbreakable/ }],
      ['level-IC03.html', { level: 1, name: /^IC03 https:/ }],
      ['compare-IC03-IC04.html', { level: 1, name: 'Compare IC03 with IC04' }],
      ['app.html?today=2026-11-22#/find', { level: 1, name: 'Find my level' }],
    ];
    for (const [path, heading] of views) {
      await page.goto(`${site.origin}/${path}`);
      await waitForApp(page);
      await page.getByRole('heading', heading).waitFor();
      // The long texts are on the page, whole.
      assert.ok(await page.getByText(word).filter({ visible: true }).first().isVisible(), `${path}: the long word is shown`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 360, `${path || 'landing'} is ${width} px wide at a 360 px viewport`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
