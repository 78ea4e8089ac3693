// The app's WebAssembly by part: Yew, the framework's decode, the shell and each group of views.
// Measured from function names, as twiggy would: the wasm that cargo and wasm-bindgen write
// keeps its name section; it is optimised exactly as trunk does it (`wasm-opt -Oz` with the
// page's flags) but with `-g`, so every function left keeps its name, and each function's body
// is given to the first group whose pattern its name matches (a generic instantiated for a
// Ladder type, `<ladder::pages::role::RolePage as yew::…>`, goes with that Ladder type). A
// group's gzipped share is its share of the code section's bytes, scaled to the shipped file's
// gzipped size; the data section (string literals, tables) is a row of its own.
// Usage: node bench/wasm-parts.mjs NAMED_WASM SHIPPED_WASM
import { execFileSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [named, shipped] = process.argv.slice(2);
mkdirSync('bench/out', { recursive: true });
const optimised = 'bench/out/named.wasm';
execFileSync('wasm-opt', [named, '-Oz', '-g', '-o', optimised, '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-reference-types', '--enable-multivalue']);

const bytes = readFileSync(optimised);
let at = 8;
const leb = () => {
  let result = 0; let shift = 0; let b;
  do { b = bytes[at++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return result;
};
const name = () => { const n = leb(); const s = bytes.toString('utf8', at, at + n); at += n; return s; };
let imported = 0;
const bodies = []; // [size, start]
const names = new Map();
const sections = new Map();
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  sections.set(id, (sections.get(id) ?? 0) + size);
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name(); name();
      const kind = bytes[at++];
      if (kind === 0) { leb(); imported++; } else if (kind === 1) { at++; const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); } else if (kind === 3) { at += 2; } else { at++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) { const s = leb(); bodies.push([s, at]); at += s; }
  } else if (id === 0 && name() === 'name') {
    while (at < end) {
      const sub = bytes[at++]; const len = leb(); const subEnd = at + len;
      if (sub === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, name()); }
      at = subEnd;
    }
  }
  at = end;
}

// The first pattern that matches a function's name takes it; Ladder's own code comes first.
const people = 'shared_report|rate_request|opinion|role|find_level|link_problem|share_panel';
const groups = [
  ['Fluent (fluent-bundle, fluent-syntax, plural rules, language tags)', /fluent|intl_pluralrules|intl_memoizer|unic_langid|tinystr|type_map|self_cell/],
  ['views between people (shared report, second opinion, role, find my level)', new RegExp(`ladder::(pages|components)::(${people})\\b`)],
  ['comparison view', /ladder::(pages|components)::(compare|compare_form|change_badge)\b/],
  ['history view', /ladder::(pages|components)::(history|history_chart)\b/],
  ['self-assessment views', /ladder::(pages|components)::(assess_\w+|rating_scale|number_field|gap_chart|dimension_\w+|evidence_note|expectation_list|statement_examples|open_assessment|opened_file_note|remember_switch|clear_answers|keep_snapshot|report_actions|readiness_table|criteria_checklist|plan_timeline|method_note|still_to_answer|unanswered_list|levels_missing|verdict|level_picker)\b|ladder::hooks::(rating_keys|download)\b/],
  ['shell (app, routes, header, storage, hooks, words)', /ladder::/],
  ['core: scoring, timeline, links, storage, files', /ladder_core::(scoring|timeline|compare|placement|share|opinion|history|chart|file|storage|assessment)\b/],
  ['framework decode (postcard, serde, convert)', /ladder_core::|postcard|serde|percent_encoding/],
  ['Yew and the browser glue (yew, gloo, web-sys, wasm-bindgen)', /yew|gloo|implicit_clone|prokio|web_sys|js_sys|wasm_bindgen|slab|indexmap|hashbrown|tracing|console_error/],
  ['chrono', /chrono/],
];
const totals = new Map(groups.map(([g]) => [g, 0]));
let rest = 0; let code = 0;
const unnamed = [];
bodies.forEach(([size], i) => {
  code += size;
  const fn = names.get(i + imported) ?? '';
  const group = groups.find(([, re]) => re.test(fn));
  if (group) totals.set(group[0], totals.get(group[0]) + size);
  else { rest += size; unnamed.push([size, fn]); }
});
totals.set('Rust std, alloc, core (formatting, collections, panics)', rest);
const shippedGz = gzipSync(readFileSync(shipped), { level: 9 }).length;
const file = bytes.length;
const data = sections.get(11) ?? 0;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
// Code and data are scaled alike: the shipped file's gzipped size over its raw size.
const shippedRaw = readFileSync(shipped).length;
const ratio = shippedGz / shippedRaw;
const scale = shippedRaw / (file - (sections.get(0) ?? 0));
console.log(`== The app's WebAssembly by part (${kib(shippedRaw)} raw, ${kib(shippedGz)} gzipped shipped; by function name) ==`);
const rows = [...totals.entries(), ['data (string literals, tables)', data]];
for (const [group, size] of rows) {
  console.log(`${kib(size * scale).padStart(10)} raw ≈ ${kib(size * scale * ratio).padStart(9)} gz  ${((size / (code + data)) * 100).toFixed(1).padStart(5)}%  ${group}`);
}
if (process.env.PARTS_DETAIL) {
  unnamed.sort((a, b) => b[0] - a[0]).slice(0, 40).forEach(([s, n]) => console.log(s, n));
}
