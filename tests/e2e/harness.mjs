// Test harness for the browser journeys: serves dist/ on 127.0.0.1, drives Debian's Chromium
// through playwright-core, records every request, and runs axe-core in the page.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Each body compressed once, as a host that keeps compressed copies does (keyed by content). */
const compressed = new Map();
function gzipped(body) {
  const key = createHash('sha1').update(body).digest('hex');
  if (!compressed.has(key)) compressed.set(key, gzipSync(body));
  return compressed.get(key);
}

/**
 * Reads a site's `_headers` file (the Netlify and Cloudflare Pages form: a path pattern on its
 * own line, `*` for any characters, then indented `Name: value` lines) into rules.
 */
async function readHeadersFile(dir) {
  const rules = [];
  for (const line of (await readFile(join(dir, '_headers'), 'utf8')).split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim().split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    if (!rules.length || colon < 0) throw new Error(`_headers: cannot read the line “${line}”`);
    rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/**
 * Serves a folder (dist/ by default) at `base` on a free loopback port, gzipped when the browser
 * accepts it, with extra response headers. With `hostHeaders`, it also sends what the site's
 * `_headers` file asks for, path by path, as a host that reads that file does.
 */
export async function serve(dir = join(root, 'dist'), headers = {}, base = '/', { hostHeaders = false } = {}) {
  const rules = hostHeaders ? await readHeadersFile(dir) : [];
  const server = createServer(async (req, res) => {
    const full = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    // Hosted under a sub-path, nothing outside it exists.
    const path = full.startsWith(base) ? '/' + full.slice(base.length) : null;
    const file = path === null ? '/nonexistent' : join(dir, path.endsWith('/') ? join(path, 'index.html') : path);
    const sent = { ...headers };
    for (const rule of rules) if (path !== null && rule.pattern.test(path)) Object.assign(sent, rule.headers);
    try {
      const body = await readFile(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      // Gzipped when the browser accepts it, as any static host does.
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...sent, 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipped(body));
      } else {
        res.writeHead(200, { ...sent, 'content-type': type });
        res.end(body);
      }
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * Publishes a site into a new folder with `ladder-site build` (the debug binary `cargo test`
 * builds), from the app trunk built in dist/: `args` before the framework files, the default
 * framework unless others are named. Resolves to the folder and what the build printed.
 */
export async function buildSite(args = [], frameworks = [join(root, 'framework.json')]) {
  const dir = await mkdtemp(join(tmpdir(), 'ladder-site-'));
  for (const name of await readdir(join(root, 'dist'))) {
    if (name === 'app.html' || name === 'people.html' || /\.(js|wasm|css)$/.test(name) || /^favicon-.*\.svg$/.test(name)) {
      await copyFile(join(root, 'dist', name), join(dir, name));
    }
  }
  const stderr = await new Promise((ok, fail) => execFile(join(root, 'target/debug/ladder-site'),
    ['build', dir, ...args, ...frameworks], (error, _, stderr) => (error ? fail(new Error(stderr)) : ok(stderr))));
  return { dir, stderr };
}

export const chromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
  });
}

/** Opens a page that records every URL it requests and every Content-Security-Policy violation. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  // Runs before any page script, and is itself exempt from the page's policy.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return { page, requests, errors, close: () => context.close() };
}

/** Waits for a published page, or for the app's first real render (the mark `use_ready_mark` sets). */
export async function waitForApp(page) {
  await page.waitForFunction(() => document.body?.dataset.page === 'published'
    || performance.getEntriesByName('ladder-ready').length > 0);
}

/** Waits until the app has the framework's details, which follow its first view. */
export async function detailsFetched(page) {
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((e) => e.name.endsWith('/framework-details.bin') && e.responseEnd > 0));
}

/**
 * The address of a view named by its app fragment: the published page for the landing, a
 * level, a comparison and the promotion guide (exact codes), people.html for the views between
 * people, app.html for everything else.
 * Old fragment addresses themselves are tested in published.test.mjs.
 */
export function pageFor(hash, query = '') {
  // `app.html#/levels/IC09`: a view asked of the app itself.
  if (hash.startsWith('app.html')) return `app.html${query}${hash.slice('app.html'.length)}`;
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 0) return query;
  if (parts[0] === 'levels' && parts.length === 2) return `level-${parts[1]}.html`;
  if (parts[0] === 'compare' && parts.length === 3) return `compare-${parts[1]}-${parts[2]}.html`;
  if (parts[0] === 'promotion' && parts.length === 1) return 'promotion.html';
  // The views between people have a page of their own.
  if (['shared', 'rate', 'opinion', 'role', 'find'].includes(parts[0])) return `people.html${query}${hash}`;
  return `app.html${query}${hash}`;
}

/** The Content-Security-Policy violations the current document has seen. */
export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/** Runs axe-core on the current page and returns its violations, summarised. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Whether the page is wider than the viewport, which means scrolling sideways. */
export function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * Serves dist/ and starts one browser for the test file that calls it (registering its own
 * before/after hooks). `visit(path)` opens a fresh context at `${origin}/${path}` and waits for
 * the app; `query` is put before the fragment (for example `?today=2026-11-22`).
 */
export function useApp({ query = '', headers = {}, dir = undefined } = {}) {
  const app = {};
  before(async () => {
    app.server = await serve(dir, headers);
    app.browser = await launch();
    app.origin = app.server.origin;
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  app.url = (hash = '') => `${app.origin}/${pageFor(hash, query)}`;
  app.visit = async (hash = '', options = {}) => {
    const session = await openPage(app.browser, options);
    await session.page.goto(app.url(hash));
    await waitForApp(session.page);
    return session;
  };
  /** Fails if any request went anywhere but this server (or was an inline data: URL). */
  app.assertSameOrigin = (requests) => {
    const foreign = requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'requests to another origin');
  };
  return app;
}

/**
 * Rates every statement of every dimension of the questionnaire (or only dimension `only`) with
 * `rating`, clicking as a person would, view by view. `url` turns a fragment into an address.
 */
export async function rateEveryStatement(page, url, rating, only) {
  await page.goto(url('#/assess/dimension/1'));
  const total = Number((await page.getByTestId('step-count').innerText()).match(/of (\d+)/)[1]);
  for (let n = 1; n <= total; n++) {
    if (only && n !== only) continue;
    await page.goto(url(`#/assess/dimension/${n}`));
    await page.getByTestId('step-count').getByText(`Dimension ${n} of ${total}`).waitFor();
    for (const group of await page.locator('fieldset.rating').all()) {
      await group.getByRole('radio', { name: rating }).check();
    }
  }
}
