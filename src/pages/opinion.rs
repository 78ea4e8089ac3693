//! A second opinion sent back: the other person's view beside the person's own, per dimension
//! (both readiness figures, statuses and verdicts) and per statement, with every statement two
//! or more steps apart marked as one to talk about and listed first.

use crate::components::LinkProblem;
use crate::hooks::{use_assessment, use_framework, use_page_title};
use crate::route::Route;
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
    use_page_title("Second opinion · Assess yourself".to_string());
    let other = match decode(&fw, &props.link) {
        Ok(o) => o.assessment,
        Err(e) => {
            return html! {
                <LinkProblem testid="opinion-broken" title="This second opinion cannot be opened"
                    message={format!("The link cannot be read: {e}. Ask for it to be sent again.")} />
            };
        }
    };
    let own = handle.assessment();
    let Some(o) = compare_opinions(&fw, own, &other) else {
        return html! {
            <div data-testid="opinion-mismatch">
                <h1>{ "A second opinion" }</h1>
                <p class="callout">{ format!("This second opinion rates you against {}, but your own assessment in this browser aims at {}. ", other.target, own.target) }
                    <a href={Route::AssessStart.href()}>{ "Choose the same levels" }</a>{ " to see both views side by side." }</p>
            </div>
        };
    };
    // With no verdict rule in the framework, the row counts ready dimensions instead.
    let ruled = o.own.rule != VerdictRule::None;
    let verdict = |r: &Report| {
        if ruled && r.ready {
            format!("Ready for {}", level_short(r.target))
        } else if ruled {
            format!("Not yet ready for {}", level_short(r.target))
        } else {
            format!("{} of {}", r.ready_count, r.dimensions.len())
        }
    };
    let talk = o.statements.iter().filter(|s| s.talk_about).count();
    html! {
        <div class="opinion" data-testid="opinion">
            <h1>{ format!("Your view and a second opinion: {} → {}", level_short(o.own.current), level_short(o.own.target)) }</h1>
            <p class="hint" data-testid="sent-by-link">{ sent_by_link() }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Both views by dimension (scrolls sideways)">
            <table data-testid="opinion-dimensions">
                <caption>{ "Readiness by dimension, both views" }</caption>
                <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "You" }</th><th scope="col">{ "Second opinion" }</th></tr></thead>
                <tbody>
                    { for o.dimensions.iter().map(|(a, b)| html! {
                        <tr><th scope="row">{ &a.dimension.name }</th>
                            <td>{ readiness(a.readiness, a.status) }</td>
                            <td>{ readiness(b.readiness, b.status) }</td></tr>
                    }) }
                    <tr><th scope="row">{ if ruled { "Verdict" } else { "Dimensions ready" } }</th><td>{ verdict(&o.own) }</td><td>{ verdict(&o.other) }</td></tr>
                </tbody>
            </table>
            </div>
            <section aria-labelledby="by-statement">
                <h2 id="by-statement">{ "Statement by statement" }</h2>
                <p>{ format!("{} two or more steps apart, to talk about first.", if talk == 1 { "1 statement is".to_string() } else { format!("{talk} statements are") }) }</p>
                <ul class="opinion-statements" data-testid="opinion-statements">
                    { for o.statements.iter().map(|s| html! {
                        <li class={classes!(s.talk_about.then_some("talk-about"))}>
                            if s.talk_about {
                                <strong class="talk-label">{ "To talk about: " }</strong>
                            }
                            { &s.statement.text }
                            <span class="hint">{ format!(" — you: {}; second opinion: {}", answer_text(s.own), answer_text(s.other)) }</span>
                        </li>
                    }) }
                </ul>
            </section>
            <p><a href={Route::AssessReport.href()}>{ "← Your report" }</a></p>
        </div>
    }
}
