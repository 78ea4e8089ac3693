//! What a link that cannot be opened shows: a heading, why (never the link itself beyond a short
//! excerpt, which the core's messages already limit), and a way back.

use crate::route::Route;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LinkProblemProps {
    pub title: AttrValue,
    /// Why, and what to do.
    pub message: AttrValue,
    pub testid: AttrValue,
}

#[component]
pub fn LinkProblem(props: &LinkProblemProps) -> Html {
    html! {
        <div class="not-found" data-testid={props.testid.clone()}>
            <h1>{ props.title.clone() }</h1>
            <p class="problem" role="alert">{ props.message.clone() }</p>
            <p><a href={Route::Home.href()}>{ t!("link-problem-back") }</a></p>
        </div>
    }
}
