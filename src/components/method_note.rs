//! "How this is calculated": the scoring and dating rules in plain words, with the framework's
//! own settings.

use crate::words::{effective_dates, incomplete_rule, verdict_rule};
use ladder_core::timeline::ProcessRule;
use ladder_core::Settings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodNoteProps {
    pub settings: Settings,
    pub process: ProcessRule,
}

#[component]
pub fn MethodNote(props: &MethodNoteProps) -> Html {
    let s = &props.settings;
    let c = s.closing_months;
    let items = [
        "Readiness is the mean of your answered ratings (Not yet 0, Sometimes 1, Usually 2, Consistently 3) divided by 3. “Not sure” is left out and flagged.".to_string(),
        format!("A dimension is ready at {}% or more with no “Not yet”, close at {}% or more, a gap below that, and incomplete with {}.", s.ready_percent, s.close_percent, incomplete_rule(s.min_answered)),
        verdict_rule(s.verdict),
        format!("Months to close a dimension: ready {}, close {}, gap {}, incomplete {}. Then {} months of consistent next-level work are needed (less what you already have, if every dimension is ready), and {} months of meeting your current level.", c.ready, c.close, c.gap, c.incomplete, s.consistency_months, s.performance_months),
        format!("{} is the latest of: the minimum typical time in level, and today plus the months still needed. {}", match props.process.starts_by {
            Some(ladder_core::Start::Nomination) => "The earliest nomination",
            Some(ladder_core::Start::Application) => "The earliest application",
            Some(ladder_core::Start::Round) => "The earliest promotion round",
            None => "The earliest date a move can be put forward",
        }, effective_dates(&props.process)),
        "The typical date uses the end of the typical window and the slower decision; an open-ended window has no end, so its typical date is the earliest one.".to_string(),
    ];
    let list = html! { <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> };
    // On paper the method is written out: a closed <details> would print as its summary only.
    html! {
        <>
            <details class="how no-print">
                <summary>{ "How this is calculated" }</summary>
                { list.clone() }
            </details>
            <section class="how print-only" aria-hidden="true">
                <h2>{ "How this is calculated" }</h2>
                { list }
            </section>
        </>
    }
}
