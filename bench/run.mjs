// Ladder's benchmark: what each view costs on the wire and how soon its real content is in the
// DOM, each paired with a static floor. Prints figures; it asserts nothing. Run it through
// scripts/bench.sh, which builds the site, the floors and the ten-times framework first.
//
// Bytes on the wire: every file a cold load of the view asks for before its content is in the
// DOM, counted at its gzipped size (level 9), which is what a static host serving gzip sends.
// Files asked for after that moment (the framework's details, fetched for the next views) are
// printed on a line of their own, so nothing fetched goes uncounted.
// Ready: from navigation start to the moment the view's real content is in the DOM (a
// MutationObserver installed before any page script, identical for Ladder and its floor), not
// first contentful paint. Ladder and the floor alternate, one cold context each, taking turns
// at going first, and the figure is the median of the paired ratios.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { measureInteraction } from './interaction.mjs';
import { countKeyboardRun } from './keyboard.mjs';

const dist = process.argv[2] ?? 'dist';
const floors = process.argv[3] ?? 'bench/out/floor';
const big = process.argv[4] ?? 'bench/out/big';
const runs = Number(process.env.RUNS ?? 21);
// ONLY=first measures the self-assessment's first view alone (at full speed and with the CPU
// slowed four times), for a quick figure after a change to the app.
const only = process.env.ONLY;

const names = (paths) => paths.map((f) => f.split('/').pop() || 'index.html').join(', ');
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Marks the first moment `selector` matches, from before any page script runs. */
function watchFor(selector) {
  const look = () => {
    if (!window.__readyAt && document.querySelector(selector)) window.__readyAt = performance.now();
  };
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  look();
}

/** One cold load: the time the content is in the DOM, and the gzipped bytes of every file the
 * browser asked for before that moment (what the view waited on) and of those it asked for
 * after (fetched ahead for the next views, such as the framework's details). */
async function coldLoad(browser, url, selector, root, cpu = 1) {
  const context = await browser.newContext();
  try {
    await context.addInitScript(watchFor, selector);
    const page = await context.newPage();
    // A slower phone: Chromium runs the page's main thread `cpu` times slower (DevTools' own
    // throttling), before the first request, for the view and its floor alike.
    if (cpu !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await page.goto(url);
    await page.waitForFunction(() => window.__readyAt !== undefined);
    // Everything under way settles before the files are listed, so "after" is complete.
    await page.waitForLoadState('networkidle');
    const { ready, before, after } = await page.evaluate(() => {
      const readyAt = window.__readyAt;
      const path = (u) => new URL(u).pathname;
      const entries = performance.getEntriesByType('resource');
      return {
        ready: readyAt,
        before: [path(location.href), ...entries.filter((e) => e.startTime < readyAt).map((e) => path(e.name))],
        after: entries.filter((e) => e.startTime >= readyAt).map((e) => path(e.name)),
      };
    });
    const gz = async (paths) => {
      let bytes = 0;
      for (const path of paths) {
        const file = join(root, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
        bytes += gzipSync(await readFile(file), { level: 9 }).length;
      }
      return bytes;
    };
    return { ready, bytes: await gz(before), files: before, later: await gz(after), laterFiles: after };
  } finally {
    await context.close();
  }
}

/** Alternating cold loads of a view and its floor; the median paired ratio and the parts. */
async function paired(browser, a, b, cpu = 1) {
  const ratios = [];
  const times = [[], []];
  let sizes = [0, 0];
  let files = [];
  let later = { bytes: 0, files: [] };
  for (let i = 0; i < runs; i++) {
    // Which of the two goes first alternates too: the first load of a pair runs measurably
    // slower (about 10% here), which would otherwise count against one side every time.
    const first = i % 2 === 0 ? a : b;
    const second = first === a ? b : a;
    const one = await coldLoad(browser, first.url, first.selector, first.root, cpu);
    const two = await coldLoad(browser, second.url, second.selector, second.root, cpu);
    const [x, y] = first === a ? [one, two] : [two, one];
    times[0].push(x.ready);
    times[1].push(y.ready);
    ratios.push(x.ready / y.ready);
    sizes = [x.bytes, y.bytes];
    files = x.files;
    later = { bytes: x.later, files: x.laterFiles };
  }
  return { ratio: median(ratios), a: median(times[0]), b: median(times[1]), sizes, files, later };
}

const site = await serve(dist);
const floor = await serve(floors);
const large = await serve(big);
const browser = await launch();
try {
  const views = [
    ['landing', '/', 'a[href="level-IC04.html"]', 20, 1.2],
    ['level IC04', '/level-IC04.html', 'h1', 20, 1.2],
    ['comparison IC04 → IC05', '/compare-IC04-IC05.html', '[data-testid="compare-summary"]', 20, 1.2],
    ['self-assessment, first view', '/app.html?today=2026-11-22#/assess', '#current-level', 200, 3.5],
  ].filter(([name]) => only !== 'first' || name.startsWith('self-assessment'));
  console.log(`== Views: bytes on the wire and ready time against a static floor (${runs} alternating pairs, headless Chromium) ==`);
  for (const [name, path, selector, budget, ratioBudget] of views) {
    const floorPath = path.startsWith('/app.html') ? '/assess.html' : path;
    const r = await paired(
      browser,
      { url: site.origin + path, selector, root: dist },
      { url: floor.origin + floorPath, selector, root: floors },
    );
    console.log(`${name}: ${kib(r.sizes[0])} gzipped on the wire (budget ${budget} KiB: ${r.sizes[0] <= budget * 1024 ? 'within' : 'OVER'}); `
      + `ready ${r.a.toFixed(1)} ms vs floor ${r.b.toFixed(1)} ms; median paired ratio ${r.ratio.toFixed(2)}x (budget ${ratioBudget}x: ${r.ratio <= ratioBudget ? 'within' : 'OVER'})`);
    console.log(`  files: ${names(r.files)}`);
    if (r.later.files.length) console.log(`  asked for once it was ready (icon, files fetched ahead): ${names(r.later.files)} (${kib(r.later.bytes)})`);
  }

  // Issue 18's target for the first view: at most 200 KiB gzipped before its content is in the
  // DOM and at most 3.5 times its static floor cold, here on a CPU four times slower.
  const slow = await paired(
    browser,
    { url: `${site.origin}/app.html?today=2026-11-22#/assess`, selector: '#current-level', root: dist },
    { url: `${floor.origin}/assess.html`, selector: '#current-level', root: floors },
    4,
  );
  console.log(`\n== The self-assessment's first view with the CPU slowed four times (${runs} alternating pairs) ==`);
  console.log(`${kib(slow.sizes[0])} gzipped on the wire (target 200 KiB: ${slow.sizes[0] <= 200 * 1024 ? 'within' : 'OVER'}); `
    + `ready ${slow.a.toFixed(1)} ms vs floor ${slow.b.toFixed(1)} ms; median paired ratio ${slow.ratio.toFixed(2)}x (target 3.5x: ${slow.ratio <= 3.5 ? 'within' : 'OVER'})`);
  // Issue 17: a page carries its own language alone; the first view's bytes per language
  // (the default framework published in each; LANGUAGE_SITES names the sites, lang=dir pairs).
  const languageSites = (process.env.LANGUAGE_SITES ?? '').split(' ').filter(Boolean);
  if (languageSites.length) {
    console.log('\n== The self-assessment\'s first view per language (bytes before its content is in the DOM) ==');
    for (const pair of languageSites) {
      const [language, dir] = pair.split('=');
      const server = await serve(dir);
      try {
        const load = await coldLoad(browser, `${server.origin}/app.html?today=2026-11-22#/assess`, '#current-level', dir);
        const words = load.files.find((f) => f.endsWith('/words.ftl'));
        const wordsBytes = words ? gzipSync(await readFile(join(dir, 'words.ftl')), { level: 9 }).length : 0;
        console.log(`${language}: ${kib(load.bytes)} gzipped on the wire, of which words.ftl ${kib(wordsBytes)}`);
      } finally {
        await server.close();
      }
    }
  }
  // The rest (the slow connection, scale, inside the app) only in a full run.
  if (only !== 'first') await theRest();
} finally {
  await browser.close();
  await site.close();
  await floor.close();
  await large.close();
}

async function theRest() {

  // On a slow phone connection, where fetching ahead matters: 150 ms round trips, 1.6 Mbit/s.
  const pairs = Math.min(runs, 9);
  console.log(`\n== From a level page into the app on a slow connection (150 ms, 1.6 Mbit/s): "Assess yourself" → its first view in the DOM (${pairs} alternating pairs, host sending Cache-Control) ==`);
  const cached = await serve(dist, { 'cache-control': 'public, max-age=600' });
  const into = { cold: [], ahead: [] };
  for (let i = 0; i < pairs; i++) {
    for (const ahead of i % 2 ? [true, false] : [false, true]) {
      const context = await browser.newContext();
      try {
        await context.addInitScript(watchFor, '#current-level');
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 90000 });
        await page.goto(`${cached.origin}/level-IC04.html`);
        const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess yourself' });
        if (ahead) {
          // The pointer rests on the link until what it fetches ahead is in.
          await link.hover();
          await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => /_bg\.wasm$|\.bin$/.test(e.name)).length === 3);
          await link.click();
        } else {
          // A click with no pointer on its way there: nothing fetched ahead.
          await link.dispatchEvent('click');
        }
        await page.waitForURL(/app\.html/);
        await page.waitForFunction(() => window.__readyAt !== undefined);
        into[ahead ? 'ahead' : 'cold'].push(await page.evaluate(() => window.__readyAt));
      } finally {
        await context.close();
      }
    }
  }
  await cached.close();
  console.log(`clicked with nothing fetched ahead: ${median(into.cold).toFixed(0)} ms from the app page's navigation; after the pointer rested on the link: ${median(into.ahead).toFixed(0)} ms`);

  console.log(`\n== Scale: the self-assessment with a framework ten times the default (${runs} alternating pairs) ==`);
  const scale = await paired(
    browser,
    { url: `${large.origin}/app.html?today=2026-11-22#/assess`, selector: '#current-level', root: big },
    { url: `${site.origin}/app.html?today=2026-11-22#/assess`, selector: '#current-level', root: dist },
  );
  const levels = JSON.parse(await readFile(join(big, 'framework.json'), 'utf8')).tracks.reduce((n, t) => n + t.levels.length, 0);
  console.log(`${levels} levels: ${kib(scale.sizes[0])} vs ${kib(scale.sizes[1])} on the wire (+${((scale.sizes[0] / scale.sizes[1] - 1) * 100).toFixed(0)}%; budget +20%); `
    + `ready ${scale.a.toFixed(1)} vs ${scale.b.toFixed(1)} ms, median paired ratio ${scale.ratio.toFixed(2)}x (budget 1.10x)`);
  console.log(`  asked for once it was ready: ${names(scale.later.files)} (${kib(scale.later.bytes)})`);

  console.log('\n== Inside the app ==');
  const page = await (await browser.newContext()).newPage();
  const { answerToScreen, reportRender, clickToView, hostile } = await measureInteraction(page, site.origin);
  const fmt = (xs) => `median ${median(xs).toFixed(2)} ms (max ${Math.max(...xs).toFixed(2)}, ${xs.length} runs)`;
  console.log(`click → next view in the DOM (next dimension, report): ${fmt(clickToView)}; budget 8 ms`);
  console.log(`answer changed → readiness on screen: ${fmt(answerToScreen)}; target 16 ms`);
  console.log(`questionnaire → full report rendered (to the next frame): ${fmt(reportRender)}`);
  for (const [name, { ladder, browser: own }] of Object.entries(hostile)) {
    console.log(`hostile link, ${name}: Ladder handles it (hashchange → answer in the DOM) ${fmt(ladder)}; target 50 ms`);
    console.log(`  (the browser's own time to take that address, before Ladder sees it: ${fmt(own)})`);
  }
  const run = await countKeyboardRun(await (await browser.newContext()).newPage(), site.origin);
  console.log(`\n== Keyboard alone, a full IC04 → IC05 self-assessment (${run.heading}) ==`);
  console.log(`ratings: ${run.ratings} keystrokes; going on after each dimension: ${run.onwards}; target: one per rating plus one per dimension`);
  console.log(`choosing the levels and starting: ${run.setup}; criteria page to the report: ${run.finish}; total ${run.total} keystrokes`);
}
