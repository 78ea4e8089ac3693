//! Entry point of the self-assessment's page (`app.html`): mounts Ladder with its views.

fn main() {
    ladder::start(ladder::route::Entry::Assessment, ladder::assessment_views);
}
