// The published pages as a candidate meets them: complete HTML that reads with JavaScript off,
// old `#/` addresses landing on the right page, the site hosted under a sub-path, a careers
// page on another origin embedding it, and the framework check a company runs on its file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useApp, serve, openPage, waitForApp, cspViolations, detailsFetched, buildSite } from './harness.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const app = useApp({ query: '?today=2026-11-22' });

test('pointing at, or tabbing to, a link into the app fetches the app ahead, once', async () => {
  const { page, requests, errors, close } = await app.visit('#/levels/IC04');
  try {
    const appFiles = () => requests.filter((u) => /_bg\.wasm$|\/ladder-[0-9a-f]+\.js$|\.bin$/.test(u));
    assert.deepEqual(appFiles(), [], 'nothing of the app on a plain page view');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const fetched = page.waitForRequest(/_bg\.wasm$/);
    await nav.getByRole('link', { name: 'Assess yourself' }).focus();
    await fetched;
    await nav.getByRole('link', { name: 'Find my level' }).hover();
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /\.bin$/.test(e.name)).length === 2);
    assert.deepEqual(appFiles().map((u) => u.split('/').pop().replace(/-[0-9a-f]+(?=(_bg)?\.(js|wasm)$)/, '')).sort(),
      ['framework-details.bin', 'framework.bin', 'ladder.js', 'ladder_bg.wasm']);
    await nav.getByRole('link', { name: 'Assess yourself' }).click();
    await waitForApp(page);
    await page.getByLabel('Your current level').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('with JavaScript off, the landing, a level, a comparison and the promotion guide read in full', async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(`${app.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    assert.equal(await page.getByTestId('ladder-ic').getByRole('listitem').count(), 6);
    assert.equal(await page.getByTestId('ladder-management').getByRole('listitem').count(), 5);

    await page.getByRole('link', { name: 'IC04 Senior' }).click();
    await page.getByRole('heading', { level: 1, name: 'IC04 Senior' }).waitFor();
    assert.equal(await page.title(), 'IC04 Senior · Ultralytics career progression');
    assert.match(await page.locator('meta[name="description"]').getAttribute('content'), /^What IC04 Senior expects in every dimension of the work\./);
    assert.ok(await page.getByText('Handles moderately complex work with varied issues that needs little review').isVisible());
    // What needs a script is not offered without one.
    assert.equal(await page.getByRole('button', { name: 'Print this level' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Copy link' }).count(), 0);

    await page.getByRole('link', { name: 'What changes at IC05 Staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    assert.match(await page.getByTestId('compare-summary').innerText(), /Typical time: 24–36 months/);
    await page.getByRole('link', { name: '⇄ Swap: IC05 compared with IC04' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare IC05 with IC04' }).waitFor();
    // Any other pair: the form needs no script to send it to the app, the pair in the address.
    await page.getByTestId('compare-form').getByLabel('To level').selectOption('M08');
    await page.getByRole('button', { name: 'Compare these levels' }).click();
    await page.waitForURL(/\/app\.html\?from=IC05&to=M08$/);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Compare IC05 with IC04' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Promotion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Promotion and switching tracks' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Levels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
  } finally {
    await context.close();
  }
});

test('published pages load no WebAssembly; the app loads where a person starts to interact', async () => {
  const { page, requests, errors, close } = await app.visit();
  try {
    await page.getByRole('link', { name: 'IC05 Staff' }).click();
    await page.getByRole('heading', { level: 1, name: 'IC05 Staff' }).waitFor();
    assert.deepEqual(requests.filter((u) => /\.wasm$|\.bin$/.test(u)), [], 'no app on published pages');
    // Scripted extras work where a script runs (ladder-pages.js is deferred: wait for it).
    await page.getByRole('button', { name: 'Print this level' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess yourself' }).click();
    await page.waitForURL(/\/app\.html#\/assess$/);
    await waitForApp(page);
    await page.getByLabel('Your current level').waitFor();
    // One app, one framework: fetched ahead when the pointer reached the link, then loaded.
    const distinct = (pattern) => new Set(requests.filter((u) => pattern.test(u))).size;
    assert.equal(distinct(/\.wasm$/), 1);
    assert.equal(distinct(/\/framework\.bin$/), 1);
    await detailsFetched(page);
    assert.equal(distinct(/\/framework-details\.bin$/), 1);
    // From the app, a level is a plain link to its page again.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Levels' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    assert.deepEqual(await cspViolations(page), []);
    app.assertSameOrigin(requests);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('old #/ addresses land on the page that now shows the view', async () => {
  const { page, errors, close } = await app.visit();
  try {
    const cases = [
      ['#/levels/IC04', /\/level-IC04\.html$/, 'IC04 Senior'],
      ['#/levels/ic04', /\/level-IC04\.html$/, 'IC04 Senior'],
      ['#/compare/ic04/m04', /\/compare-IC04-M04\.html$/, 'Compare IC04 with M04'],
      // A pair with no page of its own (not a near step, not a switch path) opens in the app.
      ['#/compare/IC03/m04', /\/app\.html#\/compare\/IC03\/M04$/, 'Compare IC03 with M04'],
      ['#/promotion', /\/promotion\.html$/, 'Promotion and switching tracks'],
      ['#/levels/%E0%A4%A', /\/app\.html#\/levels\/%E0%A4%A$/, /There is no level/],
      ['?today=2026-11-22#/assess/dimension/2', /\/app\.html\?today=2026-11-22#\/assess\/dimension\/2$/, /Influence|Scope/],
    ];
    for (const [old, now, heading] of cases) {
      await page.goto(`${app.origin}/${old}`, { waitUntil: 'commit' });
      await page.waitForURL(now);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a 2 MB old address is refused on the landing itself, never passed on to the app', async () => {
  const { page, requests, errors, close } = await openPage(app.browser);
  try {
    const old = `#/levels/${'A'.repeat(2_000_000)}`;
    const refused = page.getByRole('alert').filter({ hasText: 'This address is 2000009 characters long, more than any Ladder address (4096), so it was not opened.' });
    await page.goto(`${app.origin}/${old}`);
    await refused.waitFor();
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    // Pasted over the landing's own address, it is refused the same way.
    await page.goto(`${app.origin}/`);
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    await page.evaluate((hash) => { location.hash = hash; }, old);
    await refused.waitFor();
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(requests.filter((u) => /app\.html|\.wasm$|\.bin$/.test(u)).map((u) => u.slice(0, 60)), [], 'no second navigation');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('the site works hosted under a sub-path', async () => {
  const server = await serve(undefined, {}, '/careers/levels/');
  const { page, errors, close } = await openPage(app.browser);
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  try {
    const base = `${server.origin}/careers/levels/`;
    await page.goto(base);
    await page.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    await page.getByRole('link', { name: 'M05 Manager' }).click();
    await page.waitForURL(`${base}level-M05.html`);
    await page.getByRole('heading', { level: 1, name: 'M05 Manager', exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find my level' }).click();
    await page.waitForURL(`${base}people.html#/find`);
    await page.getByRole('heading', { level: 1, name: 'Find my level' }).waitFor();
    // An address from before the views between people had their own page still opens them.
    await page.goto(`${base}promotion.html`);
    await page.goto(`${base}app.html#/find`);
    await page.waitForURL(`${base}people.html#/find`);
    await page.getByRole('heading', { level: 1, name: 'Find my level' }).waitFor();
    await page.goto(`${base}#/levels/IC06`, { waitUntil: 'commit' });
    await page.waitForURL(`${base}level-IC06.html`);
    await page.getByRole('heading', { level: 1, name: /^IC06/ }).waitFor();
    assert.deepEqual(failed, []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
    await server.close();
  }
});

test('a careers page on another origin embeds Ladder: the frame fits its content as the candidate moves', async () => {
  const hostDir = await mkdtemp(join(tmpdir(), 'ladder-host-'));
  const ladder = `${app.origin}/`;
  await writeFile(join(hostDir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Careers at Example</title><link rel="icon" href="data:,"></head><body><h1>Careers at Example</h1>
<iframe data-ladder src="${ladder}" title="Career levels"></iframe>
<script src="${ladder}embed.js" async></script></body></html>`);
  const host = await serve(hostDir);
  const { page, requests, errors, close } = await openPage(app.browser);
  const frameHeight = () => page.locator('iframe[data-ladder]').evaluate((f) => f.getBoundingClientRect().height);
  // Waits until the frame is exactly as tall as what Ladder shows inside it.
  const fits = async (frame) => {
    const content = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    await page.waitForFunction((h) => Math.abs(document.querySelector('iframe[data-ladder]').getBoundingClientRect().height - h) < 1, content);
    return content;
  };
  try {
    assert.notEqual(new URL(host.origin).port, new URL(app.origin).port, 'two origins');
    await page.goto(`${host.origin}/`);
    const frame = page.frameLocator('iframe[data-ladder]');
    await frame.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    // Ladder's own header and footer give way to the host page's.
    assert.equal(await frame.locator('.site-header').isVisible(), false);
    assert.equal(await frame.locator('.site-footer').isVisible(), false);
    const landing = await fits(page.frames().find((f) => f.url().startsWith(ladder)));

    await frame.getByRole('link', { name: 'IC04 Senior' }).click();
    await frame.getByRole('heading', { level: 1, name: 'IC04 Senior' }).waitFor();
    const level = await fits(page.frames().find((f) => f.url().endsWith('level-IC04.html')));
    assert.notEqual(level, landing, 'the frame follows the new content');

    await frame.getByRole('link', { name: 'What changes at IC05 Staff' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Compare IC04 with IC05' }).waitFor();
    await fits(page.frames().find((f) => f.url().endsWith('compare-IC04-IC05.html')));

    // Into the app, still inside the frame: it fits too, and a change of view resizes it.
    await frame.getByTestId('compare-form').getByLabel('To level').selectOption('IC07');
    await frame.getByRole('button', { name: 'Compare these levels' }).click();
    await frame.getByRole('heading', { level: 1, name: 'Compare IC04 with IC07' }).waitFor();
    const inApp = page.frames().find((f) => f.url().includes('app.html'));
    const compared = await fits(inApp);
    await frame.getByLabel('To level').selectOption('IC06');
    await frame.getByRole('heading', { level: 1, name: 'Compare IC04 with IC06' }).waitFor();
    await fits(inApp);
    assert.ok(compared > 0);

    // Only the frame's own origin may size it: a message from anywhere else changes nothing.
    const before = await frameHeight();
    // Messages from one window arrive in order: once the marker is in, the forgery was handled.
    await page.evaluate(() => new Promise((ok) => {
      window.addEventListener('message', (e) => { if (e.data === 'handled') ok(); });
      window.postMessage({ ladder: 'size', height: 7 }, '*');
      window.postMessage('handled', '*');
    }));
    assert.equal(await frameHeight(), before);

    const origins = new Set(requests.map((u) => new URL(u).origin));
    assert.deepEqual([...origins].sort(), [app.origin, host.origin].sort(), 'no third origin');
    assert.deepEqual(errors, []);
  } finally {
    await close();
    await host.close();
  }
});

/** A careers page framing `src`, that notes when the frame has loaded and every message heard. */
function careersPage(src, ladder) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Careers</title><link rel="icon" href="data:,"></head><body><h1>Careers</h1>
<script>window.heard = []; addEventListener('message', (e) => window.heard.push(e.data));</script>
<iframe data-ladder src="${src}" title="Career levels" onload="window.frameLoaded = true"></iframe>
<script src="${ladder}embed.js" async></script></body></html>`;
}

test('only the careers page the build names may frame Ladder: the host headers refuse others, and the app answers no other parent', async () => {
  // The careers pages' origins come first: the site is built naming one of them.
  const namedDir = await mkdtemp(join(tmpdir(), 'ladder-named-'));
  const otherDir = await mkdtemp(join(tmpdir(), 'ladder-other-'));
  const named = await serve(namedDir);
  const other = await serve(otherDir);
  const { dir: site } = await buildSite(['--embed-origin', named.origin]);
  // The same site twice: on a host that sends what its _headers file asks, and on one that sends none.
  const hosted = await serve(site, {}, '/', { hostHeaders: true });
  const bare = await serve(site);
  const { page, errors, close } = await openPage(app.browser);
  const frame = page.frameLocator('iframe[data-ladder]');
  const frameHeight = () => page.locator('iframe[data-ladder]').evaluate((f) => f.style.height);
  const sized = () => page.waitForFunction(() => document.querySelector('iframe[data-ladder]').style.height !== '');
  const sizeReports = async () => (await page.evaluate(() => window.heard)).filter((m) => m && m.ladder === 'size');
  try {
    assert.match(await readFile(join(site, '_headers'), 'utf8'), new RegExp(`frame-ancestors ${named.origin}\\n`));
    assert.ok((await readFile(join(site, 'app.html'), 'utf8')).includes(`<meta name="ladder-embed-origins" content="${named.origin}">`));

    // The named careers page frames a published page and the app, and both size the frame.
    await writeFile(join(namedDir, 'levels.html'), careersPage(`${hosted.origin}/`, `${hosted.origin}/`));
    await writeFile(join(namedDir, 'find.html'), careersPage(`${hosted.origin}/app.html#/find`, `${hosted.origin}/`));
    await page.goto(`${named.origin}/levels.html`);
    await frame.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
    await sized();
    await page.goto(`${named.origin}/find.html`);
    await frame.getByRole('heading', { level: 1, name: 'Find my level' }).waitFor();
    await sized();
    assert.ok((await sizeReports()).length > 0);

    // Any other page: the host's frame-ancestors refuses the frame, so none of Ladder loads in it.
    await writeFile(join(otherDir, 'refused.html'), careersPage(`${hosted.origin}/`, `${hosted.origin}/`));
    await page.goto(`${other.origin}/refused.html`);
    await page.waitForFunction(() => window.frameLoaded === true);
    assert.equal(await frame.getByRole('heading', { level: 1 }).count(), 0, 'nothing of Ladder in the frame');
    assert.ok(!page.frames().some((f) => f.url().startsWith(hosted.origin)), 'no frame shows Ladder');
    assert.equal(await frameHeight(), '');
    assert.deepEqual(await sizeReports(), []);
    // The browser says why: the policy the host sent names only the careers page.
    const refusal = errors.findIndex((e) => e.startsWith(`Framing '${hosted.origin}/' violates the following Content Security Policy directive: "frame-ancestors ${named.origin}"`));
    assert.ok(refusal >= 0, errors.join('\n'));
    errors.splice(refusal, 1);

    // On a host that sends no headers the app loads in the frame, but tells that page nothing:
    // a height would give away what the candidate's report says.
    await writeFile(join(otherDir, 'unanswered.html'), careersPage(`${bare.origin}/app.html#/find`, `${bare.origin}/`));
    await page.goto(`${other.origin}/unanswered.html`);
    await frame.getByRole('heading', { level: 1, name: 'Find my level' }).waitFor();
    const ladder = page.frames().find((f) => f.url().startsWith(bare.origin));
    // Listeners run in the order they were added, and one window's messages arrive in order:
    // once this marker is back, Ladder's own answer to the same greeting would have come first.
    await ladder.evaluate(() => addEventListener('message', (e) => {
      if (e.data && e.data.ladder === 'hello') parent.postMessage('handled', '*');
    }));
    await page.evaluate((origin) => new Promise((ok) => {
      addEventListener('message', (e) => { if (e.data === 'handled') ok(); });
      document.querySelector('iframe[data-ladder]').contentWindow.postMessage({ ladder: 'hello' }, origin);
    }), bare.origin);
    assert.deepEqual(await sizeReports(), []);
    assert.equal(await frameHeight(), '');
    assert.deepEqual(errors, []);
  } finally {
    await close();
    for (const server of [named, other, hosted, bare]) await server.close();
  }
});

/** Runs the check command a company runs on its framework file. */
function check(file) {
  return new Promise((ok) => {
    execFile(join(root, 'target/debug/ladder-site'), ['check', file], (error, stdout, stderr) => {
      ok({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

test('the check command names every problem of a framework file with where it is', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-check-'));
  const good = await readFile(join(root, 'framework.json'), 'utf8');

  const fine = await check(join(root, 'framework.json'));
  assert.equal(fine.code, 0);
  assert.match(fine.stdout, /no problems \(Ultralytics career progression 2025\.1, 2 tracks, 11 levels\)/);

  const syntax = join(dir, 'syntax.json');
  await writeFile(syntax, good.replace('"schema_version": 1,', '"schema_version": 1'));
  const broken = await check(syntax);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /syntax\.json: the file is not valid JSON at line \d+, column \d+/);

  const rules = join(dir, 'rules.json');
  const data = JSON.parse(good);
  data.tracks[0].levels[1].id = data.tracks[0].levels[0].id;
  data.tracks[1].levels[0].focus.operational = 7;
  data.brand = { colour: '#ffcc00', logo: '../secrets.png' };
  await writeFile(rules, JSON.stringify(data, null, 2));
  const invalid = await check(rules);
  assert.equal(invalid.code, 1);
  const lines = invalid.stderr.trim().split('\n');
  assert.ok(lines.length >= 3, invalid.stderr);
  assert.match(invalid.stderr, /\$\.tracks\[0\]\.levels\[1\]\.id/);
  assert.match(invalid.stderr, /\$\.tracks\[1\]\.levels\[0\]\.focus/);
  assert.match(invalid.stderr, /\$\.brand\.colour: #ffcc00 contrasts 1\.\d:1 with the page; links and buttons in it need at least 4\.5:1/);
  assert.match(invalid.stderr, /\$\.brand\.logo: “\.\.\/secrets\.png” is not a logo file Ladder can publish/);

  // A logo that could run: the check names what the site will leave out, and still passes.
  const branded = join(dir, 'branded.json');
  await writeFile(branded, JSON.stringify({ ...JSON.parse(good), brand: { logo: 'logo.svg' } }));
  await writeFile(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" onload="go()"><script>go()</script><rect width="4" height="4"/></svg>');
  const warned = await check(branded);
  assert.equal(warned.code, 0, warned.stderr);
  assert.match(warned.stdout, /branded\.json: no errors, 1 warning \(Ultralytics career progression/);
  assert.match(warned.stderr, /branded\.json: \$\.brand\.logo logo\.svg: dropped a <script> element and an event handler \(onload\); the site publishes a rewritten copy/);

  // A web page named as a PNG is not published, and the check says which file.
  const disguised = join(dir, 'disguised.json');
  await writeFile(disguised, JSON.stringify({ ...JSON.parse(good), brand: { logo: 'logo.png' } }));
  await writeFile(join(dir, 'logo.png'), '<!doctype html><script>alert(document.domain)</script>');
  const refused = await check(disguised);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /disguised\.json: \$\.brand\.logo logo\.png is not a PNG image/);
});

test('the check command warns about invisible direction controls in framework text, by path, and still passes the file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-check-'));
  const data = JSON.parse(await readFile(join(root, 'framework.json'), 'utf8'));
  data.tracks[0].levels[2].title = 'Sen\u202Eroin';
  const file = join(dir, 'bidi.json');
  await writeFile(file, JSON.stringify(data, null, 2));
  const result = await check(file);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /bidi\.json: no errors, 1 warning/);
  assert.match(result.stdout, /bidi\.json: warning: \$\.tracks\[0\]\.levels\[2\]\.title: the text holds an invisible control that changes its direction/);
  assert.equal(result.stdout.match(/warning:/g).length, 1);
});

test('at 360 px the ladders start within the first screen, and each card is one link with its job titles', async () => {
  const { page, close } = await app.visit('', { viewport: { width: 360, height: 740 } });
  try {
    const ladder = page.getByTestId('ladder-ic');
    const top = await ladder.evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top < 740 - 100, `the first ladder starts at ${top} px`);
    const card = page.getByTestId('level-card-IC04');
    assert.match(await card.innerText(), /IC04 Senior[\s\S]*Senior Engineer · Senior Product Manager · Senior Designer/);
    // A click anywhere on the card, not only on its title, opens the level.
    await card.scrollIntoViewIfNeeded();
    const box = await card.boundingBox();
    await page.mouse.click(box.x + box.width - 10, box.y + box.height - 8);
    await page.getByRole('heading', { level: 1, name: 'IC04 Senior' }).waitFor();
  } finally {
    await close();
  }
});

test('inside an embed Ladder takes the host page’s scheme, not only the visitor’s', async () => {
  const hostDir = await mkdtemp(join(tmpdir(), 'ladder-host-'));
  const ladder = `${app.origin}/`;
  const host = (scheme, attribute) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="color-scheme" content="${scheme}"><title>Careers</title><link rel="icon" href="data:,"></head>
<body><iframe data-ladder ${attribute} src="${ladder}" title="Career levels"></iframe>
<script src="${ladder}embed.js" async></script></body></html>`;
  await writeFile(join(hostDir, 'light.html'), host('light', ''));
  await writeFile(join(hostDir, 'forced.html'), host('light', 'data-theme="dark"'));
  await writeFile(join(hostDir, 'both.html'), host('light dark', ''));
  const server = await serve(hostDir);
  const background = (frame) => frame.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
  const cases = [
    // A light careers page keeps Ladder light for a visitor whose system is dark.
    ['light.html', 'dark', 'rgb(255, 255, 255)'],
    // The page may choose with data-theme on the frame.
    ['forced.html', 'light', 'rgb(18, 20, 23)'],
    // A page that supports both follows the visitor, as Ladder does on its own.
    ['both.html', 'dark', 'rgb(18, 20, 23)'],
  ];
  try {
    for (const [file, visitor, expected] of cases) {
      const { page, errors, close } = await openPage(app.browser, { colorScheme: visitor });
      try {
        await page.goto(`${server.origin}/${file}`);
        const frame = page.frameLocator('iframe[data-ladder]');
        await frame.getByRole('heading', { level: 1, name: 'Ultralytics career progression' }).waitFor();
        // Sized means greeted: the scheme arrives with the greeting.
        await page.waitForFunction(() => document.querySelector('iframe[data-ladder]').style.height !== '');
        assert.equal(await background(frame), expected, `${file}, visitor ${visitor}`);
        assert.deepEqual(errors, []);
      } finally {
        await close();
      }
    }
  } finally {
    await server.close();
  }
});
