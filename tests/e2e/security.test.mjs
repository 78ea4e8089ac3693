// The app under a strict Content-Security-Policy, as a careers site would serve it: every view
// renders with no violation, both with the policy the page carries itself (a meta tag) and with
// the header form from docs/hosting.md. And hostile links: whatever a link says, the page shows
// at most a short excerpt of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp, cspViolations, serve, waitForApp } from './harness.mjs';

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
