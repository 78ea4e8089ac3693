//! The optional evidence note for one dimension. A note longer than the limit is refused whole,
//! never cut: it stays in the box as typed, with a message, and is not saved until shortened.

use crate::hooks::use_assessment;
use ladder_core::assessment::MAX_NOTE_CHARS;
use ladder_core::{Action, DimensionId};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EvidenceNoteProps {
    pub dimension: DimensionId,
}

#[component]
pub fn EvidenceNote(props: &EvidenceNoteProps) -> Html {
    let handle = use_assessment();
    let saved = handle
        .assessment()
        .notes
        .get(&props.dimension)
        .cloned()
        .unwrap_or_default();
    // What is in the box, which differs from the saved note only while it is too long.
    let draft = use_state(|| saved.clone());
    let length = draft.chars().count();
    let too_long = length > MAX_NOTE_CHARS;
    let oninput = {
        let (draft, handle, dimension) = (draft.clone(), handle.clone(), props.dimension.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            let text = area.value();
            handle.dispatch(Action::SetNote(dimension.clone(), text.clone()));
            draft.set(text);
        })
    };
    html! {
        <div class="field">
            <label for="evidence">{ t!("evidence-note-label") }</label>
            <textarea id="evidence" rows="4" aria-describedby="evidence-hint" {oninput}
                aria-invalid={too_long.then_some("true")} value={(*draft).clone()} />
            <p id="evidence-hint" class="hint" aria-live="polite">
                if too_long {
                    <span class="error" data-testid="note-too-long">{ if saved.is_empty() {
                        t!("evidence-note-too-long", length = length, max = MAX_NOTE_CHARS)
                    } else {
                        t!("evidence-note-too-long-saved", length = length, max = MAX_NOTE_CHARS, saved = saved.chars().count())
                    } }</span>
                } else {
                    { t!("evidence-note-hint") }
                }
            </p>
        </div>
    }
}
