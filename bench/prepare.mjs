// Prepares what the benchmark compares against (run by scripts/bench.sh after the site build):
// - static floors in bench/out/floor: each published view with its scripts taken out, and the
//   self-assessment's first view as the app renders it, saved as plain HTML;
// - a framework ten times the default (every track copied ten times under new codes) and a
//   site built from it in bench/out/big, sharing the same app files.
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch } from '../tests/e2e/harness.mjs';
import { tenTimes } from './big-framework.mjs';

const [dist, floor, big] = process.argv.slice(2);
const strip = (html) => html
  .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
  .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');

await rm(floor, { recursive: true, force: true });
await mkdir(floor, { recursive: true });
for (const name of await readdir(dist)) {
  if (/\.(css|svg)$/.test(name)) await copyFile(join(dist, name), join(floor, name));
}
for (const page of ['index.html', 'level-IC04.html', 'compare-IC04-IC05.html']) {
  await writeFile(join(floor, page), strip(await readFile(join(dist, page), 'utf8')));
}
const site = await serve(dist);
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${site.origin}/app.html?today=2026-11-22#/assess`);
  await page.waitForSelector('#current-level');
  await writeFile(join(floor, 'assess.html'), strip(await page.evaluate(() => `<!doctype html>${document.documentElement.outerHTML}`)));
} finally {
  await browser.close();
  await site.close();
}

const fw = await tenTimes();
await rm(big, { recursive: true, force: true });
await mkdir(big, { recursive: true });
await writeFile(join(big, 'framework-source.json'), JSON.stringify(fw, null, 2));
for (const name of await readdir(dist)) {
  if (name === 'app.html' || name === 'people.html' || /\.(js|wasm|css|svg)$/.test(name)) await copyFile(join(dist, name), join(big, name));
}
