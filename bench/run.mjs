// Ladder's benchmark: what the page costs to download and how fast it first shows real content.
// Prints figures; it asserts nothing. Run through scripts/bench.sh, which builds first.
//
// Sizes: every file dist/ serves, raw and gzipped (level 9), against the 100 KB budget.
// Load: cold loads (a fresh browser context each time, so nothing is cached) of the release
// build up to the `ladder-ready` performance mark, paired with a static HTML page of the same
// landing content (the floor). The ratio to the floor is the figure that holds on a noisy machine.
import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { measureInteraction } from './interaction.mjs';

const dist = process.argv[2] ?? 'dist';
const floorDir = process.argv[3] ?? 'bench/out/floor';
const runs = Number(process.env.RUNS ?? 15);
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

async function coldLoads(origin, label) {
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => performance.getEntriesByName('ladder-ready').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('ladder-ready')[0].startTime));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const m = median(times);
  console.log(`${label.padEnd(28)} median ${m.toFixed(1)} ms  (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${runs} runs)`);
  return m;
}

console.log(`\n== Cold load to first real render, headless Chromium, ${runs} runs each ==`);
const app = await serve(dist);
const floor = await serve(floorDir);
try {
  // Interleave nothing: each set runs in its own browser, app first, then the floor.
  const a = await coldLoads(app.origin, 'Ladder (wasm)');
  const f = await coldLoads(floor.origin, 'static HTML floor');
  console.log(`ratio to the floor: ${(a / f).toFixed(2)}x (budget: at most 3x)`);

  console.log('\n== Interaction, measured inside the page ==');
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const { answerToScreen, reportRender } = await measureInteraction(page, app.origin);
    const fmt = (xs) => `median ${median(xs).toFixed(2)} ms (max ${Math.max(...xs).toFixed(2)}, ${xs.length} runs)`;
    console.log(`answer changed → readiness on screen: ${fmt(answerToScreen)}; target 16 ms`);
    console.log(`questionnaire → full report rendered (to the next frame): ${fmt(reportRender)}`);
  } finally {
    await browser.close();
  }
} finally {
  await app.close();
  await floor.close();
}
