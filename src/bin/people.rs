//! Entry point of the page between people (`people.html`: a shared report, second opinions,
//! roles, find my level): mounts Ladder with those views alone.

fn main() {
    ladder::start(ladder::route::Entry::People, ladder::people_views);
}
