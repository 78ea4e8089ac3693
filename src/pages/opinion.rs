//! A second opinion sent back: the other person's view beside the person's own, per dimension
//! (both readiness figures, statuses and verdicts) and per statement, with every statement two
//! or more steps apart marked as one to talk about and listed first.

use crate::components::LinkProblem;
use crate::hooks::{use_assessment, use_framework, use_page_title};
use crate::route::Route;
use crate::words::errors::share_error;
use crate::words::{level_short, not_sure, rating, readiness, sent_by_link};
use ladder_core::assessment::Answer;
use ladder_core::opinion::compare_opinions;
use ladder_core::share::decode;
use ladder_core::{Report, VerdictRule};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OpinionPageProps {
    pub link: AttrValue,
}

fn answer_text(a: Answer) -> String {
    match a {
        Answer::Rated(r) => rating(r),
        Answer::NotSure => not_sure(),
        Answer::Untouched => "—".to_string(),
    }
}

#[component]
pub fn OpinionPage(props: &OpinionPageProps) -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    use_page_title(t!("opinion-title"));
    let other = match decode(&fw, &props.link) {
        Ok(o) => o.assessment,
        Err(e) => {
            return html! {
                <LinkProblem testid="opinion-broken" title={t!("opinion-broken")}
                    message={t!("opinion-broken-reason", reason = share_error(&e))} />
            };
        }
    };
    let own = handle.assessment();
    let Some(o) = compare_opinions(&fw, own, &other) else {
        return html! {
            <div data-testid="opinion-mismatch">
                <h1>{ t!("opinion-mismatch-heading") }</h1>
                <p class="callout">{ t!("opinion-mismatch", other = other.target.to_string(), own = own.target.to_string()) }{ " " }
                    <a href={Route::AssessStart.href()}>{ t!("opinion-mismatch-link") }</a></p>
            </div>
        };
    };
    // With no verdict rule in the framework, the row counts ready dimensions instead.
    let ruled = o.own.rule != VerdictRule::None;
    let verdict = |r: &Report| {
        if ruled && r.ready {
            t!("opinion-ready", level = level_short(r.target))
        } else if ruled {
            t!("opinion-not-ready", level = level_short(r.target))
        } else {
            t!(
                "opinion-ready-count",
                ready = r.ready_count,
                total = r.dimensions.len()
            )
        }
    };
    let talk = o.statements.iter().filter(|s| s.talk_about).count();
    html! {
        <div class="opinion" data-testid="opinion">
            <h1>{ t!("opinion-heading", current = level_short(o.own.current), target = level_short(o.own.target)) }</h1>
            <p class="hint" data-testid="sent-by-link">{ sent_by_link() }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t!("opinion-table")}>
            <table data-testid="opinion-dimensions">
                <caption>{ t!("opinion-caption") }</caption>
                <thead><tr><th scope="col">{ t!("opinion-dimension") }</th><th scope="col">{ t!("opinion-you") }</th><th scope="col">{ t!("opinion-other") }</th></tr></thead>
                <tbody>
                    { for o.dimensions.iter().map(|(a, b)| html! {
                        <tr><th scope="row">{ &a.dimension.name }</th>
                            <td>{ readiness(a.readiness, a.status) }</td>
                            <td>{ readiness(b.readiness, b.status) }</td></tr>
                    }) }
                    <tr><th scope="row">{ if ruled { t!("opinion-verdict") } else { t!("opinion-dimensions-ready") } }</th><td>{ verdict(&o.own) }</td><td>{ verdict(&o.other) }</td></tr>
                </tbody>
            </table>
            </div>
            <section aria-labelledby="by-statement">
                <h2 id="by-statement">{ t!("opinion-by-statement") }</h2>
                <p>{ t!("opinion-talk-count", count = talk) }</p>
                <ul class="opinion-statements" data-testid="opinion-statements">
                    { for o.statements.iter().map(|s| html! {
                        <li class={classes!(s.talk_about.then_some("talk-about"))}>
                            if s.talk_about {
                                <strong class="talk-label">{ t!("opinion-talk-about") }{ " " }</strong>
                            }
                            { &s.statement.text }
                            <span class="hint">{ " " }{ t!("opinion-answers", own = answer_text(s.own), other = answer_text(s.other)) }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <p><a href={Route::AssessReport.href()}>{ t!("opinion-back") }</a></p>
        </div>
    }
}
