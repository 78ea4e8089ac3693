//! "Copy link": copies the address of the view on screen (or a given link), and says so in a
//! way a screen reader announces. Where the browser refuses the clipboard, the link is shown
//! ready to copy by hand.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
enum Copied {
    Not,
    Done,
    /// The clipboard was refused; the link to copy by hand.
    Refused(String),
}

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The link to copy; the address of the view on screen when absent.
    #[prop_or_default]
    pub url: Option<AttrValue>,
}

#[component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let copied = use_state(|| Copied::Not);
    let onclick = {
        let (copied, given) = (copied.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let url = given
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_else(|| window.location().href().unwrap_or_default());
            let clipboard = window.navigator().clipboard();
            let copied = copied.clone();
            if JsValue::from(&clipboard).is_undefined() {
                copied.set(Copied::Refused(url));
                return;
            }
            let promise = clipboard.write_text(&url);
            yew::platform::spawn_local(async move {
                copied.set(match JsFuture::from(promise).await {
                    Ok(_) => Copied::Done,
                    Err(_) => Copied::Refused(url),
                });
            });
        })
    };
    let select = Callback::from(|e: FocusEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        input.select();
    });
    html! {
        <div class="copy-link no-print" data-testid="copy-link">
            <button type="button" {onclick}>{ t!("copy-link-button") }</button>
            <span role="status" class="hint">{ match &*copied {
                Copied::Not => html! {},
                Copied::Done => html! { t!("copy-link-done") },
                Copied::Refused(_) => html! { t!("copy-link-refused") },
            } }</span>
            if let Copied::Refused(url) = &*copied {
                <label class="visually-hidden" for="link-to-copy">{ t!("copy-link-label") }</label>
                <input id="link-to-copy" type="text" readonly=true value={url.clone()} onfocus={select} />
            }
        </div>
    }
}
