//! Entry point of the browser app: mounts Ladder on the page.

fn main() {
    yew::Renderer::<ladder::App>::new().render();
}
