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
        t!("method-note-readiness"),
        t!(
            "method-note-statuses",
            ready = s.ready_percent,
            close = s.close_percent,
            incomplete = incomplete_rule(s.min_answered)
        ),
        verdict_rule(s.verdict),
    ];
    if props.closing_months {
        items.push(t!(
            "method-note-closing-months",
            ready = c.ready,
            close = c.close,
            gap = c.gap,
            incomplete = c.incomplete
        ));
    }
    let earliest = earliest_put_forward(props.process.starts_by);
    if !props.months.is_empty() {
        items.extend(props.months.iter().cloned());
        items.push(format!(
            "{} {}",
            t!("method-note-earliest-questions", earliest = earliest),
            effective_dates(&props.process)
        ));
    } else {
        items.push(format!(
            "{} {}",
            t!("method-note-earliest", earliest = earliest),
            effective_dates(&props.process)
        ));
    }
    items.push(t!("method-note-typical"));
    let list = html! { <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul> };
    // On paper the method is written out: a closed <details> would print as its summary only.
    html! {
        <>
            <details class="how no-print">
                <summary>{ t!("method-note-heading") }</summary>
                { list.clone() }
            </details>
            <section class="how print-only" aria-hidden="true">
                <h2>{ t!("method-note-heading") }</h2>
                { list }
            </section>
        </>
    }
}
