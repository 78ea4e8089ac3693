//! Fetches the framework the page shows (`framework.bin`, next to the page) once, at start-up.
//!
//! The framework is not compiled into the WebAssembly: one build serves any number of
//! frameworks, each page downloads only the one it shows, and a larger framework makes no
//! page's code heavier. `ladder-site` writes the file in the core's checked binary form.

use ladder_core::binary::decode;
use ladder_core::Framework;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The file the app reads, relative to the page.
pub const FRAMEWORK_FILE: &str = "framework.bin";

/// Where the framework stands while the page starts.
#[derive(Clone, PartialEq)]
pub enum FrameworkFile {
    Loading,
    Ready(Rc<Framework>),
    /// What went wrong, in words a person can act on.
    Failed(String),
}

/// The page's framework: `Loading` on the first render, then ready or failed.
#[hook]
pub fn use_framework_file() -> FrameworkFile {
    let state = use_state(|| FrameworkFile::Loading);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match fetch_bytes(FRAMEWORK_FILE).await {
                    Ok(bytes) => match decode(&bytes) {
                        Ok(framework) => FrameworkFile::Ready(Rc::new(framework)),
                        Err(error) => FrameworkFile::Failed(format!("{FRAMEWORK_FILE}: {error}")),
                    },
                    Err(reason) => FrameworkFile::Failed(format!(
                        "{FRAMEWORK_FILE} could not be downloaded ({reason}). Reload the page; if it persists, the site was published without it."
                    )),
                });
            });
        });
    }
    (*state).clone()
}

/// The body of a same-origin file, or why there is none.
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no browser window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| "the network request failed".to_string())?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| "the answer was not an HTTP response".to_string())?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let body = response
        .array_buffer()
        .map_err(|_| "the answer had no body".to_string())?;
    let body = JsFuture::from(body)
        .await
        .map_err(|_| "the download was interrupted".to_string())?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
