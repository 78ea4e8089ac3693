#!/usr/bin/env bash
# Sets the machine up (idempotent) and runs every test: formatting and lints, the pure core
# natively, components rendered through Yew's server renderer, a short fuzzing run over every
# decoder of outside input, then the release build's journeys in headless Chromium with axe-core.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

say "formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --features site --quiet -- -D warnings

say "core and components (native)"
cargo test --workspace --features site --quiet

say "fuzzing every decoder of outside input (a short run; scripts/fuzz.sh runs=10000000 for the full one)"
bash scripts/fuzz.sh 5

say "wording of framework.json"
if [ -f ../shared/tools/wording-check.py ]; then
  python3 ../shared/tools/wording-check.py framework.json
else
  say "(../shared not present: skipping the wording check, which is a team tool)"
fi

say "release build: the default framework's site, and one carrying it beside the three-track example"
bash scripts/build.sh
rm -rf target/site-two && mkdir -p target/site-two
cp dist/app.html dist/people.html dist/*.js dist/*.wasm dist/*.css dist/*.svg target/site-two/
cargo run --quiet --features site --bin ladder-site -- build target/site-two \
  framework.json examples/frameworks/three-track-engineering.json

say "the same site from the default framework kept in a spreadsheet"
rm -rf target/site-sheet && mkdir -p target/site-sheet
cp dist/app.html dist/people.html dist/*.js dist/*.wasm dist/*.css dist/*.svg target/site-sheet/
cargo run --quiet --features site --bin ladder-site -- build target/site-sheet \
  examples/frameworks/default-framework.xlsx
# The same pages, each byte for byte, and the same binary framework files; framework.json is
# the workbook's JSON form (the same framework, written out by serde rather than by hand).
diff <(cd dist && ls *.html) <(cd target/site-sheet && ls *.html)
for file in dist/*.html dist/framework.bin dist/framework-details.bin; do
  cmp "$file" "target/site-sheet/${file#dist/}"
done

say "the third example (a shared path that splits), from its JSON and from its spreadsheet"
for form in json xlsx; do
  rm -rf "target/site-branching-$form" && mkdir -p "target/site-branching-$form"
  cp dist/app.html dist/people.html dist/*.js dist/*.wasm dist/*.css dist/*.svg "target/site-branching-$form/"
  cargo run --quiet --features site --bin ladder-site -- build "target/site-branching-$form" \
    "examples/frameworks/branching-engineering.$form"
done
rm -rf target/site-branching && mv target/site-branching-json target/site-branching
# The same pages, each byte for byte (the workbook names its derived ids, so the published
# framework files differ only in carrying them).
diff <(cd target/site-branching && ls *.html) <(cd target/site-branching-xlsx && ls *.html)
for file in target/site-branching/*.html; do
  cmp "$file" "target/site-branching-xlsx/${file#target/site-branching/}"
done

say "a site in two languages: the default framework in English beside the Croatian edition of the three-track example"
rm -rf target/site-languages && mkdir -p target/site-languages
cp dist/app.html dist/people.html dist/*.js dist/*.wasm dist/*.css dist/*.svg target/site-languages/
cargo run --quiet --features site --bin ladder-site -- build target/site-languages \
  framework.json examples/frameworks/three-track-engineering.hr.json

say "journeys in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
