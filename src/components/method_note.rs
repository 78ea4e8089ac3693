//! "How this is calculated": the scoring and dating rules in plain words, with the framework's
//! own settings.

use crate::words::{
    earliest_put_forward, effective_dates, incomplete_rule, months_rule, verdict_rule,
};
use ladder_core::timeline::ProcessRule;
use ladder_core::Settings;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MethodNoteProps {
    pub settings: Settings,
    pub process: ProcessRule,
    /// How each of the framework's months questions dates the plan, in words; none without.
    #[prop_or_default]
    pub months: Vec<String>,
    /// Whether a months question counts only once every dimension is ready, so that the
    /// months to close a dimension date the plan.
    #[prop_or_default]
    pub closing_months: bool,
}

/// The method note's lines for the framework's months questions.
pub fn months_lines(fw: &ladder_core::Framework) -> Vec<String> {
    fw.questions()
        .filter_map(|(c, q)| months_rule(&c.name, q))
        .collect()
}

/// Whether any months question counts only once every dimension is ready.
pub fn closing_months_matter(fw: &ladder_core::Framework) -> bool {
    fw.questions().any(|(_, q)| {
        matches!(
            q.needs,
            ladder_core::Needs::Months {
                once_ready: true,
                ..
            }
        )
    })
}

#[component]
pub fn MethodNote(props: &MethodNoteProps) -> Html {
    let s = &props.settings;
    let c = s.closing_months;
    let mut items = vec![
        "Readiness is the mean of your answered ratings (Not yet 0, Sometimes 1, Usually 2, Consistently 3) divided by 3. “Not sure” is left out and flagged.".to_string(),
        format!("A dimension is ready at {}% or more with no “Not yet”, close at {}% or more, a gap below that, and incomplete with {}.", s.ready_percent, s.close_percent, incomplete_rule(s.min_answered)),
        verdict_rule(s.verdict),
    ];
    if props.closing_months {
        items.push(format!(
            "Months to close a dimension: ready {}, close {}, gap {}, incomplete {}.",
            c.ready, c.close, c.gap, c.incomplete
        ));
    }
    let earliest = earliest_put_forward(props.process.starts_by);
    if !props.months.is_empty() {
        items.extend(props.months.iter().cloned());
        items.push(format!("{earliest} is the latest of: the minimum typical time in level, and today plus the months still needed. {}", effective_dates(&props.process)));
    } else {
        items.push(format!(
            "{earliest} comes after the minimum typical time in level. {}",
            effective_dates(&props.process)
        ));
    }
    items.push("The typical date uses the end of the typical window and the slower decision; an open-ended window has no end, so its typical date is the earliest one.".to_string());
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
