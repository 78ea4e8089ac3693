// The published site's size against the number of levels: builds the site of the default
// framework and of the ten-times one (bench/big-framework.mjs) from the same app files, with the
// ladder-site binary named, and prints files, bytes and build time for each and their ratios.
// The target: the ten-times site at most 12 times the default's in all three. It
// prints figures and asserts nothing.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tenTimes } from './big-framework.mjs';

const [dist, out, bin] = process.argv.slice(2);
const runs = Number(process.env.SITE_RUNS ?? 3);

async function walk(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = await walk(path);
      files += inner.files;
      bytes += inner.bytes;
    } else {
      files += 1;
      bytes += (await stat(path)).size;
    }
  }
  return { files, bytes };
}

/** Builds one site from the app files of `dist` and `framework`, `runs` times from scratch;
 * the build time is the median, the framework file itself is kept outside the site. */
async function site(name, framework) {
  const dir = join(out, name);
  const times = [];
  for (let i = 0; i < runs; i++) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    for (const file of await readdir(dist)) {
      if (file === 'app.html' || file === 'people.html' || /\.(js|wasm|css|svg)$/.test(file)) await copyFile(join(dist, file), join(dir, file));
    }
    const start = process.hrtime.bigint();
    execFileSync(bin, ['build', dir, framework], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { ...(await walk(dir)), ms: times[Math.floor(times.length / 2)] };
}

await mkdir(out, { recursive: true });
const bigSource = join(out, 'ten-times.json');
await writeFile(bigSource, JSON.stringify(await tenTimes(), null, 2));
const small = await site('default', 'framework.json');
const big = await site('ten-times', bigSource);
const mib = (n) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
console.log(`== Site size against levels (ladder-site build, median of ${runs}; budget: ten times the levels, at most 12x) ==`);
console.log(`default (11 levels):    ${small.files} files, ${mib(small.bytes)}, built in ${(small.ms / 1000).toFixed(2)} s`);
console.log(`ten times (110 levels): ${big.files} files, ${mib(big.bytes)}, built in ${(big.ms / 1000).toFixed(2)} s`);
console.log(`ratio: files ${(big.files / small.files).toFixed(1)}x, bytes ${(big.bytes / small.bytes).toFixed(1)}x, build time ${(big.ms / small.ms).toFixed(1)}x`);
