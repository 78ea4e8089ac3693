//! Fetches the framework the page shows, beside the page, in two steps (`ladder_core::binary`):
//! the outline (`framework.bin`) at start-up, enough for the self-assessment's first view, then
//! the levels' details (`framework-details.bin`) once that view is on screen, or at once when
//! the first view needs them.
//!
//! The framework is not compiled into the WebAssembly: one build serves any number of
//! frameworks, each page downloads only the one it shows, and a larger framework makes no
//! page's code heavier. `ladder-site` writes both files in the core's checked binary form.

use crate::words::catalogue::{self, Catalogue};
use crate::words::problems::{self, Download};
use ladder_core::binary::{decode, decode_outline, DETAILS_FILE, OUTLINE_FILE};
use ladder_core::Framework;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Where the framework stands while the page starts.
#[derive(Clone, PartialEq)]
pub enum FrameworkFile {
    Loading,
    /// The outline is in (`Framework::complete` is false); `problem` says why the details
    /// could not be had, if they could not.
    Outline {
        framework: Rc<Framework>,
        problem: Option<AttrValue>,
    },
    Ready(Rc<Framework>),
    /// What went wrong, in words a person can act on.
    Failed(String),
}

/// The page's framework, and how to ask for its details (asking twice fetches once).
#[derive(Clone, PartialEq)]
pub struct FrameworkFiles {
    pub file: FrameworkFile,
    pub load_details: Callback<()>,
}

/// What the two downloads share. The details download starts when asked for, even before the
/// outline is in (a link straight to a view that reads them fetches both at once); the whole
/// framework is made when both are in.
#[derive(Default)]
struct Progress {
    /// The outline's bytes and the framework they make, once in.
    outline: Option<(Rc<Vec<u8>>, Rc<Framework>)>,
    /// The details file, or why it could not be had, until both are in.
    details: Option<Result<Vec<u8>, Download>>,
    asked: bool,
}

/// The page's framework: `Loading` on the first render, then its outline, then all of it.
#[hook]
pub fn use_framework_file() -> FrameworkFiles {
    let state = use_state(|| FrameworkFile::Loading);
    let progress = use_mut_ref(Progress::default);
    let load_details = {
        let (state, progress) = (state.clone(), progress.clone());
        use_callback((), move |(), _| {
            if std::mem::replace(&mut progress.borrow_mut().asked, true) {
                return;
            }
            let (progress, state) = (progress.clone(), state.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let details = fetch_bytes(DETAILS_FILE).await;
                progress.borrow_mut().details = Some(details);
                finish(&progress, &state);
            });
        })
    };
    {
        let (state, progress) = (state.clone(), progress.clone());
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                // Both asked for at once: the first view needs the outline and the words.
                let words = request(catalogue::FILE);
                let outline = request(OUTLINE_FILE);
                let bytes = body(outline).await;
                let words = body(words)
                    .await
                    .and_then(|bytes| String::from_utf8(bytes).map_err(|_| Download::NotUtf8));
                let bytes = match bytes {
                    Ok(bytes) => bytes,
                    Err(reason) => {
                        let message = without_framework(&words, || missing(OUTLINE_FILE, reason));
                        return state.set(FrameworkFile::Failed(message));
                    }
                };
                match decode_outline(&bytes) {
                    Ok(framework) => {
                        let catalogue = words.map_err(no_words).and_then(|text| {
                            Catalogue::new(framework.language(), &text, &framework.wording)
                                .map_err(|e| catalogue::unreadable(&e))
                        });
                        match catalogue {
                            Ok(catalogue) => catalogue::install(Rc::new(catalogue)),
                            Err(message) => return state.set(FrameworkFile::Failed(message)),
                        }
                        let framework = Rc::new(framework);
                        progress.borrow_mut().outline = Some((Rc::new(bytes), framework.clone()));
                        state.set(FrameworkFile::Outline {
                            framework,
                            problem: None,
                        });
                        finish(&progress, &state);
                    }
                    Err(error) => state
                        .set(FrameworkFile::Failed(without_framework(&words, || {
                            problems::decode(OUTLINE_FILE, &error)
                        }))),
                }
            });
        });
    }
    FrameworkFiles {
        file: (*state).clone(),
        load_details,
    }
}

/// Makes the whole framework once the outline and the details are both in.
fn finish(progress: &Rc<RefCell<Progress>>, state: &UseStateHandle<FrameworkFile>) {
    let ((outline, framework), details) = {
        let mut p = progress.borrow_mut();
        match (&p.outline, p.details.is_some()) {
            (Some(outline), true) => (outline.clone(), p.details.take().expect("checked above")),
            _ => return,
        }
    };
    let whole = details
        .map_err(|reason| missing(DETAILS_FILE, reason))
        .and_then(|details| {
            decode(&outline, &details).map_err(|e| problems::decode(DETAILS_FILE, &e))
        });
    // Without its details the outline still serves the first view; the rest say why not.
    state.set(match whole {
        Ok(whole) => FrameworkFile::Ready(Rc::new(whole)),
        Err(problem) => FrameworkFile::Outline {
            framework,
            problem: Some(problem.into()),
        },
    });
}

fn missing(file: &str, reason: Download) -> String {
    problems::download(file, &problems::download_reason(reason))
}

/// Without its words the page has none to say so with but the one sentence outside a
/// catalogue.
fn no_words(reason: Download) -> String {
    catalogue::unreadable(&catalogue::WordingError::Unreadable {
        line: 0,
        reason: format!("{reason:?}"),
    })
}

/// When the framework cannot be had, its words still can: they are installed for the page's
/// own language (its `lang`), so `message` says what went wrong in it. Without them, the page
/// can say only that its words could not be read.
fn without_framework(words: &Result<String, Download>, message: impl FnOnce() -> String) -> String {
    let language = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .unwrap_or_else(|| "en".to_string());
    let text = match words {
        Ok(text) => text,
        Err(reason) => return no_words(*reason),
    };
    match Catalogue::new(&language, text, &Default::default()) {
        Ok(catalogue) => {
            catalogue::install(Rc::new(catalogue));
            message()
        }
        Err(e) => catalogue::unreadable(&e),
    }
}

/// A same-origin file asked for, not yet awaited (so several download at once).
fn request(path: &str) -> Result<JsFuture, Download> {
    let window = web_sys::window().ok_or(Download::NoWindow)?;
    Ok(JsFuture::from(window.fetch_with_str(path)))
}

/// The body of a same-origin file, or why there is none.
async fn fetch_bytes(path: &str) -> Result<Vec<u8>, Download> {
    body(request(path)).await
}

async fn body(request: Result<JsFuture, Download>) -> Result<Vec<u8>, Download> {
    let response = request?.await.map_err(|_| Download::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| Download::NotHttp)?;
    if !response.ok() {
        return Err(Download::Status(response.status()));
    }
    let body = response.array_buffer().map_err(|_| Download::NoBody)?;
    let body = JsFuture::from(body)
        .await
        .map_err(|_| Download::Interrupted)?;
    Ok(js_sys::Uint8Array::new(&body).to_vec())
}
