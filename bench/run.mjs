// Ladder's benchmark: what the page costs to download and how fast it first shows real content.
// Prints figures; it asserts nothing. Run through scripts/bench.sh, which builds first.
//
// Sizes: every file dist/ serves, raw and gzipped (level 9), against the 100 KB budget.
// Load: cold loads (a fresh browser context each time, so nothing is cached) of the release
// build, paired with a static HTML page of the same landing content (the floor), both timed to
// the browser's first contentful paint: the app's page body is empty until Ladder renders, so
// its first contentful paint is its first real render. (An inline script's mark in the floor
// would fire before the stylesheet lets the page paint, flattering the floor.) The ratio to the
// floor is the figure that holds on a noisy machine. The app's own `ladder-ready` mark, set
// after its first render commits, is printed alongside.
import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { measureInteraction } from './interaction.mjs';
import { countKeyboardRun } from './keyboard.mjs';

const dist = process.argv[2] ?? 'dist';
const floorDir = process.argv[3] ?? 'bench/out/floor';
const runs = Number(process.env.RUNS ?? 21);
const budget = 100 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log('== Size of everything the page loads (release build) ==');
let raw = 0;
let gz = 0;
for (const name of (await readdir(dist)).sort()) {
  const path = join(dist, name);
  if (!(await stat(path)).isFile()) continue;
  const body = await readFile(path);
  const z = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gz += z;
  console.log(`${name.padEnd(40)} ${kb(body.length).padStart(10)} raw ${kb(z).padStart(10)} gzipped`);
}
console.log(`${'total'.padEnd(40)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzipped`);
console.log(`budget 100 KB gzipped: ${gz <= budget ? 'within' : 'OVER'} (${((gz / budget) * 100).toFixed(0)}% used); Snowflake ships about 136 KB gzipped of JS`);

/** One cold load: a fresh context (empty cache), timed to first contentful paint, and to the
 * app's `ladder-ready` mark where the page sets one. */
async function coldLoad(browser, origin, app) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    const names = app ? ['first-contentful-paint', 'ladder-ready'] : ['first-contentful-paint'];
    await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), names);
    return await page.evaluate((names) => names.map((n) => performance.getEntriesByName(n)[0].startTime), names);
  } finally {
    await context.close();
  }
}

const summary = (label, times) =>
  `${label.padEnd(32)} median ${median(times).toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${times.length} runs)`;

console.log(`\n== Cold load to first real render (first contentful paint), headless Chromium, ${runs} pairs ==`);
const app = await serve(dist);
const floor = await serve(floorDir);
try {
  // App and floor alternate in one browser, so a busy moment on the machine hits both alike.
  const browser = await launch();
  const appTimes = [];
  const readyTimes = [];
  const floorTimes = [];
  try {
    for (let i = 0; i < runs; i++) {
      const [paint, ready] = await coldLoad(browser, app.origin, true);
      appTimes.push(paint);
      readyTimes.push(ready);
      floorTimes.push((await coldLoad(browser, floor.origin, false))[0]);
    }
  } finally {
    await browser.close();
  }
  console.log(summary('Ladder, first paint', appTimes));
  console.log(summary('static HTML floor, first paint', floorTimes));
  console.log(summary('Ladder, ladder-ready mark', readyTimes));
  console.log(`ratio to the floor: ${(median(appTimes) / median(floorTimes)).toFixed(2)}x (budget: at most 3x)`);

  console.log('\n== Interaction, measured inside the page ==');
  const interactive = await launch();
  try {
    const page = await (await interactive.newContext()).newPage();
    const { answerToScreen, reportRender, hostile } = await measureInteraction(page, app.origin);
    const fmt = (xs) => `median ${median(xs).toFixed(2)} ms (max ${Math.max(...xs).toFixed(2)}, ${xs.length} runs)`;
    console.log(`answer changed → readiness on screen: ${fmt(answerToScreen)}; target 16 ms`);
    console.log(`questionnaire → full report rendered (to the next frame): ${fmt(reportRender)}`);
    for (const [name, { ladder, browser }] of Object.entries(hostile)) {
      console.log(`hostile link, ${name}: Ladder handles it (hashchange → answer in the DOM) ${fmt(ladder)}; target 50 ms`);
      console.log(`  (the browser's own time to take that address, before Ladder sees it: ${fmt(browser)})`);
    }
    const run = await countKeyboardRun(await (await interactive.newContext()).newPage(), app.origin);
    console.log(`\n== Keyboard alone, a full IC04 → IC05 self-assessment (${run.heading}) ==`);
    console.log(`ratings: ${run.ratings} keystrokes; going on after each dimension: ${run.onwards}; target: one per rating plus one per dimension`);
    console.log(`choosing the levels and starting: ${run.setup}; criteria page to the report: ${run.finish}; total ${run.total} keystrokes`);
  } finally {
    await interactive.close();
  }
} finally {
  await app.close();
  await floor.close();
}
