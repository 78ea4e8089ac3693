// Trunk post-build hook: moves the inline start-up <script type="module"> that trunk writes into
// the page it builds (app.html or people.html) into a file of its own, so the page runs under `script-src 'self'` with no
// 'unsafe-inline'. Trunk has no option for this (trunk-rs/trunk#288). The file name carries a
// hash of its content, like trunk's own assets, and the tag gets a subresource-integrity hash.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-boot: TRUNK_STAGING_DIR is not set (run it as a trunk hook)');
  process.exit(1);
}
// The one page this build wrote: app.html, or people.html for the page between people.
const pages = (await readdir(dir)).filter((name) => name === 'app.html' || name === 'people.html');
if (pages.length !== 1) {
  console.error(`externalize-boot: expected app.html or people.html in ${dir}, found ${pages.join(', ') || 'neither'}`);
  process.exit(1);
}
const file = join(dir, pages[0]);
const html = await readFile(file, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`externalize-boot: expected one inline module script in ${pages[0]}, found ${found.length}`);
  process.exit(1);
}
// The wasm address is resolved against this script, not the page, so a copy of app.html in a
// framework's own folder still finds the one shared module.
const body = found[0][1].trim().replace(/module_or_path: '([^']+)'/, "module_or_path: new URL('$1', import.meta.url)") + '\n';
const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
const name = `boot-${hash}.js`;
await writeFile(join(dir, name), body);
const integrity = 'sha384-' + createHash('sha384').update(body).digest('base64');
const tag = `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
const out = html.replace(found[0][0], tag);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(out) || /\sstyle="/.test(out)) {
  console.error(`externalize-boot: ${pages[0]} still has an inline script or style attribute`);
  process.exit(1);
}
await writeFile(file, out);
