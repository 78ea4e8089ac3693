//! A link made to be sent: one sentence on who can read it, the link ready to select, and
//! "Copy link". Used for every link Ladder makes (a shared report, a request for a second
//! opinion, answers sent back, a role's expectations).

use super::CopyLink;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// For the field's id and the panel's test id.
    pub id: AttrValue,
    /// Who can read it and what happens to it, in one sentence.
    pub sentence: AttrValue,
    /// The field's label.
    pub label: AttrValue,
    pub url: AttrValue,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    html! {
        <div class="share-panel" role="group" aria-label={props.label.clone()} data-testid={props.id.clone()}>
            <p>{ props.sentence.clone() }</p>
            <label for={format!("{}-field", props.id)}>{ props.label.clone() }</label>
            <input id={format!("{}-field", props.id)} type="text" readonly=true value={props.url.clone()} />
            <CopyLink url={props.url.clone()} />
        </div>
    }
}
