// What each group of views costs the app's WebAssembly, measured by building variants: the
// self-assessment's page (bin `ladder`) is built again with one more group of views answered by
// `NotFoundPage` in `app::assessment_views`,
// so the linker leaves that group out, and each variant's wasm is made as trunk makes it
// (cargo release, wasm-bindgen, `wasm-opt -Oz` with the page's flags) and gzipped (level 9).
// A group's cost is the difference it makes. The last variants show the floors: the self-
// assessment's first view alone (every other view left out) and the shell with no view.
// `src/app.rs` is put back as it was afterwards, even when a build fails. Run it alone (it
// builds six times, about a minute each once the dependencies are built; DRY=1 shows the last
// variant's `app::assessment_views` instead). The views between people are a page of their own
// (people.html, bin `ladder-people`) since 2026-12-03, so they are no longer a group here:
// node bench/wasm-variants.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const app = 'src/app.rs';
const original = readFileSync(app, 'utf8');
const flags = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
// Cumulative: each variant leaves out its groups and every group before it.
const steps = [
  ['the whole app', []],
  ['comparison view (unpublished pairs)', ['ComparePick', 'Compare']],
  ['progress over time', ['AssessHistory']],
  ['questionnaire, criteria and report', ['AssessDimension', 'AssessCriteria', 'AssessReport']],
  ["the self-assessment's first view", ['AssessStart']],
];

/** `app::assessment_views` with the arms of `routes` answering "not found". */
function without(routes) {
  let text = original;
  for (const route of routes) {
    const arm = new RegExp(`(\\n\\s*)Route::${route}\\b[\\s\\S]*?=> html! \\{[^\\n]*\\},`, 'g');
    const before = text;
    text = text.replace(arm, `$1Route::${route} { .. } => html! { <NotFoundPage /> },`)
      .replace(`Route::${route} { .. } { .. }`, `Route::${route} { .. }`);
    if (text === before) throw new Error(`no arm for Route::${route} in ${app}`);
  }
  // Unit variants take no braces; a route with two arms (a role, built or shown) keeps one.
  return text.replace(/(\n\s*Route::\w+ \{ \.\. \} => html! \{ <NotFoundPage \/> \},)\1/g, '$1').replace(/Route::(ComparePick|AssessCriteria|AssessReport|AssessHistory|AssessStart) \{ \.\. \}/g, 'Route::$1');
}

function build(name, source) {
  writeFileSync(app, source);
  const out = `bench/out/variant-${name}`;
  mkdirSync(out, { recursive: true });
  execFileSync('cargo', ['build', '--quiet', '--release', '--target', 'wasm32-unknown-unknown', '--bin', 'ladder'], { stdio: 'inherit' });
  execFileSync('wasm-bindgen', ['target/wasm32-unknown-unknown/release/ladder.wasm', '--target', 'web', '--no-typescript', '--out-dir', out]);
  execFileSync('wasm-opt', [`${out}/ladder_bg.wasm`, '-Oz', '-o', `${out}/opt.wasm`, ...flags]);
  return gzipSync(readFileSync(`${out}/opt.wasm`), { level: 9 }).length;
}

// DRY=1 prints the last variant's `app::assessment_views` and builds nothing.
if (process.env.DRY) {
  const text = without(steps.flatMap(([, routes]) => routes));
  console.log(text.slice(text.indexOf('pub fn assessment_views')));
  process.exit(0);
}
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const restore = () => writeFileSync(app, original);
process.on('SIGINT', () => { restore(); process.exit(130); });
try {
  const left = [];
  const sizes = [];
  for (const [index, [, routes]] of steps.entries()) {
    left.push(...routes);
    sizes.push(build(String(index), without(left)));
  }
  console.log("== The app's WebAssembly by group of views (gzipped, by building variants) ==");
  console.log(`${kib(sizes[0]).padStart(10)}  the self-assessment's page (app.html)`);
  for (let i = 1; i < steps.length; i++) console.log(`${kib(sizes[i - 1] - sizes[i]).padStart(10)}  ${steps[i][0]}`);
  console.log(`${kib(sizes.at(-1)).padStart(10)}  the shell with no view (Yew, framework decode, header, storage, routes)`);
  console.log(`${kib(sizes.at(-2)).padStart(10)}  the self-assessment's first view with every other view left out`);
} finally {
  restore();
}
