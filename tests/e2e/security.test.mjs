// The app under a strict Content-Security-Policy, as a careers site would serve it: every view
// renders with no violation, both with the policy the page carries itself (a meta tag) and with
// the header form from docs/hosting.md. And hostile links: whatever a link says, the page shows
// at most a short excerpt of it. And a hostile logo in a framework file: the site publishes a
// rewritten copy, which runs nothing even when its address is opened on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, cspViolations, serve, waitForApp, buildSite, openPage } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

const HEADER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

const views = [
  '', '#/levels/IC04', '#/levels/M05', '#/compare', '#/compare/IC04/IC05', '#/compare/IC05/M04',
  '#/promotion', '#/assess', '#/assess/dimension/1', '#/assess/dimension/6', '#/assess/criteria',
  '#/assess/report', '#/find', '#/find/candidate', 'app.html#/levels/IC09', '#/nowhere',
];

const withMeta = useApp();
const withHeader = useApp({ headers: { 'content-security-policy': HEADER_POLICY } });

for (const [name, app] of [['meta tag', withMeta], ['response header', withHeader]]) {
  test(`every view renders with no policy violation (policy as a ${name})`, async () => {
    const { page, requests, errors, close } = await app.visit();
    try {
      for (const hash of views) {
        // A full load of each address, so every view also starts the app from cold.
        await page.goto(app.url(hash));
        await waitForApp(page);
        await page.locator('main h1').waitFor();
        assert.deepEqual(await cspViolations(page), [], `violations on ${hash || '/'}`);
      }
      app.assertSameOrigin(requests);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

test('the shipped page carries the strict policy itself, with nothing inline', async () => {
  const server = await serve();
  try {
    const html = await (await fetch(`${server.origin}/`)).text();
    const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
    assert.ok(meta, 'index.html has a policy meta tag');
    for (const directive of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "base-uri 'none'"]) {
      assert.ok(meta[1].includes(directive), `${directive} in ${meta[1]}`);
    }
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
    assert.doesNotMatch(html, /\sstyle="/, 'no style attribute');
    assert.doesNotMatch(html, /href="data:/, 'no data: URL');
  } finally {
    await server.close();
  }
});

test('the focus bars draw under the policy, in proportion', async () => {
  const { page, close } = await withMeta.visit('#/levels/IC07');
  try {
    const bar = page.locator('.level-header .focus-bar');
    await bar.waitFor();
    const whole = await bar.boundingBox();
    const ops = await bar.locator('rect.ops').boundingBox();
    const strat = await bar.locator('rect.strat').boundingBox();
    // IC07 is 60% operational, 40% strategic.
    assert.ok(Math.abs(ops.width / whole.width - 0.6) < 0.05, `operational ${ops.width} of ${whole.width}`);
    assert.ok(Math.abs(strat.width / whole.width - 0.4) < 0.05, `strategic ${strat.width} of ${whole.width}`);
    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await close();
  }
});

test('a link cannot put its own words on the page: long codes are cut, huge fragments refused', async () => {
  const { page, errors, close } = await withMeta.visit();
  try {
    const words = 'Congratulations you are hired apply at evil example com now';
    // An old-style address on the landing goes to the app, which says the level is unknown.
    await page.goto(`${withMeta.origin}/#/levels/${encodeURIComponent(words)}`, { waitUntil: 'commit' });
    const heading = page.getByTestId('unknown-level').getByRole('heading', { level: 1 });
    await heading.waitFor();
    assert.equal(await heading.innerText(), 'There is no level “Congratulations you are hired apply at e…”');
    assert.equal(await page.title(), 'No level Congratulations you are hired apply at e… · Ladder');

    await page.goto(`${withMeta.origin}/#/compare/IC04/${'B'.repeat(500)}`, { waitUntil: 'commit' });
    assert.match(await page.getByTestId('unknown-in-link').innerText(), /does not have: “B{40}…”/);

    // Two million characters: refused before parsing, so the heading and title stay short.
    await page.goto(withMeta.url(`app.html#/levels/${'A'.repeat(2_000_000)}`));
    await page.getByRole('heading', { level: 1, name: 'There is no page at this address' }).waitFor();
    assert.ok((await page.locator('main').innerText()).length < 2000);
    assert.equal(await page.title(), 'Page not found · Ladder');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a logo with a script publishes as shapes that run nothing, even opened at its own address', async () => {
  // The three-track example, its logo swapped for one that runs script two ways.
  const source = await mkdtemp(join(tmpdir(), 'ladder-logo-'));
  const framework = join(source, 'studio.json');
  await copyFile(join(root, 'examples/frameworks/three-track-engineering.json'), framework);
  const mark = (how) => `document.documentElement.setAttribute('data-ran', '${how}')`;
  await writeFile(join(source, 'studio-logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" width="48" height="48" onload="${mark('onload')}">
<script>${mark('script')}</script><rect x="4" y="4" width="40" height="40" fill="#00695c"/></svg>`);
  const { dir, stderr } = await buildSite([], [framework]);
  assert.match(stderr, /studio\.json: \$\.brand\.logo studio-logo\.svg: dropped a <script> element and an event handler \(onload\); the site publishes a rewritten copy/);
  // Served with no headers at all: the rewrite alone must hold, as a meta policy cannot.
  const site = await serve(dir);
  const original = await serve(source);
  const { page, errors, close } = await openPage(withMeta.browser);
  const ran = () => page.evaluate(() => document.documentElement.getAttribute('data-ran'));
  try {
    // The company's file as given would run: this is what the site must never serve.
    await page.goto(`${original.origin}/studio-logo.svg`);
    assert.ok(await ran(), 'the original runs its script');

    await page.goto(`${site.origin}/studio-logo.svg`);
    assert.equal(await ran(), null, 'the published logo runs nothing');
    assert.equal(await page.locator('script').count(), 0);
    assert.ok(await page.locator('path').count() > 0, 'its square is still drawn');

    // And on the landing it still shows, as the organisation's logo.
    await page.goto(`${site.origin}/`);
    const logo = page.getByRole('img', { name: 'Example Engineering Studio' });
    await page.waitForFunction(() => document.querySelector('img.logo')?.complete);
    assert.ok(await logo.evaluate((img) => img.naturalWidth > 0), 'the logo draws');
    // An SVG opened on its own names no icon, so the browser asks for /favicon.ico, which
    // neither folder has: those 404s are the browser's, not the site's.
    assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), []);
  } finally {
    await close();
    await site.close();
    await original.close();
  }
});
