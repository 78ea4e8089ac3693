//! "Open a saved assessment": a file picker and a drop zone for a file made by "Save to a
//! file". A file that cannot be opened gets a message saying what is wrong and where, and
//! nothing changes; a good file replaces the answers on screen only after the person agrees.

use crate::hooks::{use_assessment, use_framework, use_today, OpenedFile, OpenedSummary};
use crate::route::Route;
use crate::words::{date, problems};
use ladder_core::file::{open, FileError, Opened, MAX_FILE_BYTES};
use ladder_core::{clip, Action};
use std::rc::Rc;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// Where opening a file stands.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    /// A good file, waiting for the person to agree to replace their answers.
    Confirm(Rc<(String, Opened)>),
    Opened(String),
    Failed(String),
}

#[component]
pub fn OpenAssessment() -> Html {
    let fw = use_framework();
    let today = use_today();
    let handle = use_assessment();
    let opened_file = use_context::<OpenedFile>();
    let step = use_state(|| Step::Idle);
    let dragging = use_state(|| false);

    let apply = {
        let (handle, step, opened_file) = (handle.clone(), step.clone(), opened_file.clone());
        Callback::from(move |found: Rc<(String, Opened)>| {
            let (name, opened) = &*found;
            handle.dispatch(Action::Replace(Box::new(opened.assessment.clone())));
            if let Some(o) = &opened_file {
                o.set.emit(Some(OpenedSummary {
                    file_name: name.clone(),
                    saved_on: opened.saved_on,
                    made_against: t!(
                        "open-made-against",
                        framework = clip(&opened.assessment.framework_id),
                        version = clip(&opened.assessment.framework_version)
                    ),
                    new_statements: opened.new_statements.clone(),
                    no_longer_apply: opened.no_longer_apply.clone(),
                }));
            }
            step.set(Step::Opened(name.clone()));
        })
    };
    let read = {
        let (fw, step, apply, handle) = (fw.clone(), step.clone(), apply.clone(), handle.clone());
        Callback::from(move |file: File| {
            let (fw, step, apply) = (fw.clone(), step.clone(), apply.clone());
            let has_answers = handle.assessment().has_answers();
            let name = clip(&file.name());
            // A file larger than any saved assessment is refused by its size alone, before a
            // byte of it is read: reading a gigabyte only to refuse it takes seconds.
            let size = file.size();
            if size > MAX_FILE_BYTES as f64 {
                let e = FileError::TooLarge { bytes: size as u64 };
                step.set(Step::Failed(t!(
                    "open-failed",
                    file = &name,
                    problem = problems::file(&e)
                )));
                return;
            }
            yew::platform::spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                let Some(text) = text else {
                    step.set(Step::Failed(t!("open-unreadable", file = &name)));
                    return;
                };
                // The outline alone cannot tell which answers still apply; its details are a
                // moment behind the first view.
                if !fw.complete {
                    step.set(Step::Failed(t!("open-not-yet", file = &name)));
                    return;
                }
                match open(&fw, &text, today) {
                    Err(e) => step.set(Step::Failed(t!(
                        "open-failed",
                        file = &name,
                        problem = problems::file(&e)
                    ))),
                    Ok(opened) if has_answers => step.set(Step::Confirm(Rc::new((name, opened)))),
                    Ok(opened) => apply.emit(Rc::new((name, opened))),
                }
            });
        })
    };
    let on_pick = {
        let read = read.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read.emit(file);
            }
            input.set_value("");
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let (read, dragging) = (read.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                read.emit(file);
            }
        })
    };

    let message = match &*step {
        Step::Idle => html! {},
        Step::Failed(text) => {
            html! { <p class="problem" role="alert" data-testid="open-failed">{ text.clone() }</p> }
        }
        Step::Opened(name) => html! {
            <p class="callout" role="status" data-testid="open-done">{ t!("open-done", file = name) }{ " " }
                <a href={Route::AssessReport.href()}>{ t!("open-see-report") }</a></p>
        },
        Step::Confirm(found) => {
            let (name, opened) = &**found;
            let a = handle.assessment();
            let yours = a.answers.len() + a.notes.len();
            let replace = {
                let (apply, found) = (apply.clone(), found.clone());
                Callback::from(move |_: MouseEvent| apply.emit(found.clone()))
            };
            let keep = {
                let step = step.clone();
                Callback::from(move |_: MouseEvent| step.set(Step::Idle))
            };
            html! {
                <div class="callout" role="alert" data-testid="open-confirm">
                    <p>{ t!("open-confirm", file = name, date = date(opened.saved_on), current = opened.assessment.current.to_string(), target = opened.assessment.target.to_string(), count = yours) }</p>
                    <p class="actions-row">
                        <button type="button" onclick={replace}>{ t!("open-replace") }</button>
                        <button type="button" class="link-button" onclick={keep}>{ t!("open-keep") }</button>
                    </p>
                </div>
            }
        }
    };
    html! {
        <section class="open-assessment" aria-labelledby="open-heading">
            <h2 id="open-heading">{ t!("open-heading") }</h2>
            <div class={classes!("drop-zone", dragging.then_some("dragging"))} data-testid="drop-zone"
                ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
                <label for="open-file">{ t!("open-choose-file") }</label>
                <input id="open-file" type="file" accept=".json,application/json" onchange={on_pick} />
                <p class="hint">{ t!("open-drop-hint") }</p>
            </div>
            { message }
        </section>
    }
}
