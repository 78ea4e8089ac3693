//! A second opinion, from the side of the person asked: the questionnaire of the level the
//! sender aims for, answered about them. The answers are kept apart from any assessment of the
//! receiver's own (they live in this view only) and go back as a link.

use crate::components::{LinkProblem, RatingScale, SharePanel};
use crate::hooks::{address_of, use_framework, use_local_answers, use_page_title, use_today};
use crate::route::Route;
use crate::words::errors::share_error;
use crate::words::level_label;
use ladder_core::share::{decode, encode};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RateRequestPageProps {
    pub link: AttrValue,
}

#[component]
pub fn RateRequestPage(props: &RateRequestPageProps) -> Html {
    let fw = use_framework();
    let today = use_today();
    use_page_title(t!("rate-title"));
    let request = decode(&fw, &props.link);
    // The other person's answers, in this view only.
    let answers = use_local_answers(
        fw.clone(),
        request.as_ref().ok().map(|r| r.assessment.clone()),
    );
    let sent = use_state(|| None::<String>);
    if let Err(e) = &request {
        return html! {
            <LinkProblem testid="rate-broken" title={t!("rate-broken")}
                message={t!("rate-broken-reason", reason = share_error(e))} />
        };
    }
    // A link that reads always starts the answers.
    let Some(a) = answers.get() else {
        return html! {};
    };
    let (Some(current), Some(target)) = (fw.level(&a.current), fw.level(&a.target)) else {
        return html! {};
    };
    let track = fw.track_of(target);
    let send = {
        let (sent, a) = (sent.clone(), a.clone());
        Callback::from(move |_: MouseEvent| {
            let link = encode(&a, today);
            sent.set(Some(address_of(&Route::Opinion { link })));
        })
    };
    let answered = a.answers.len();
    html! {
        <div class="rate-request" data-testid="rate-request">
            <h1>{ t!("rate-heading") }</h1>
            <p class="lead">{ t!("rate-lead", current = level_label(current), target = level_label(target)) }</p>
            { for target.expectations.iter().map(|e| {
                let name = track.dimension(&e.dimension).map(|d| d.name.clone()).unwrap_or_default();
                html! {
                    <section class="rate-dimension" aria-label={name.clone()}>
                        <h2>{ name }</h2>
                        { for e.statements.iter().map(|s| html! {
                            <RatingScale key={s.id.to_string()} statement={s.id.clone()} answer={a.answer(&s.id)} on_rate={answers.rate(s.id.clone())} />
                        }) }
                    </section>
                }
            }) }
            <div class="report-actions">
                <button type="button" onclick={send}>{ t!("rate-send") }</button>
                <span class="hint">{ t!("rate-answered", answered = answered, total = target.expectations.iter().map(|e| e.statements.len()).sum::<usize>()) }</span>
            </div>
            if let Some(url) = (*sent).clone() {
                <SharePanel id="opinion-link" label={t!("rate-link")} url={AttrValue::from(url)}
                    sentence={t!("rate-link-sentence")} />
            }
        </div>
    }
}
