//! The dated plan: each promotion step with its earliest and typical dates and the constraint
//! that decides them, in words and drawn as milestones from today through nomination and
//! decision to the effective date; or the dated track switch.

use crate::words::{constraint, date, either, level_short, month_span, months, put_forward_label};
use ladder_core::timeline::{process_rule, Plan, Step, SwitchPlan};
use ladder_core::{Framework, NaiveDate, Start};
use yew::prelude::*;

/// The plan as HTML. A function rather than a component: the plan borrows the framework.
pub fn plan_timeline(fw: &Framework, plan: &Plan, today: NaiveDate) -> Html {
    match plan {
        Plan::Promotion(steps) => html! {
            <ol class="plan" data-testid="plan">
                { for steps.iter().enumerate().map(|(i, s)| {
                    let start = match i {
                        0 => ("Today", today),
                        _ => ("In level", steps[i - 1].earliest_effective),
                    };
                    step(s, start, process_rule(fw, s.from, s.to).starts_by)
                }) }
            </ol>
        },
        Plan::Switch(s) => switch(fw, s),
        Plan::NoTimeline { from, to } => html! {
            <p class="callout" data-testid="no-timeline">{ format!("This framework gives no typical timeline from {} to {}, so Ladder suggests no dates.", level_short(from), level_short(to)) }</p>
        },
        Plan::NotUpward => html! {
            <p class="callout">{ "The target is not above your current level on this track, so there is no promotion to plan." }</p>
        },
    }
}

/// A step's milestones on a line, each with its date; the nomination carries its reason.
fn milestones(s: &Step, start: (&str, NaiveDate), starts_by: Option<Start>) -> Html {
    let points = [
        (start.0, start.1, None),
        (
            &put_forward_label(starts_by),
            s.earliest_nomination,
            Some(constraint(s.binding)),
        ),
        ("Decision", s.earliest_decision, None),
        ("Effective", s.earliest_effective, None),
    ];
    html! {
        <ol class="milestones" aria-label={format!("{} → {}, earliest dates", level_short(s.from), level_short(s.to))}>
            { for points.into_iter().map(|(label, when, why)| html! {
                <li>
                    <span class="milestone-label">{ label }</span>
                    <strong class="milestone-date">{ date(when) }</strong>
                    if let Some(why) = why {
                        <span class="milestone-why">{ why }</span>
                    }
                </li>
            }) }
        </ol>
    }
}

fn step(s: &Step, start: (&str, NaiveDate), starts_by: Option<Start>) -> Html {
    let others: Vec<String> = s
        .constraints
        .iter()
        .filter(|c| **c != s.binding)
        .map(|c| constraint(*c))
        .collect();
    html! {
        <li class="plan-step" data-testid={format!("step-{}-{}", s.from.id, s.to.id)}>
            <h3>{ format!("{} → {}", level_short(s.from), level_short(s.to)) }<span class="window">{ format!(" typical window {}", month_span(s.window)) }</span></h3>
            <div class="dates">
                <p><span class="date-label">{ "Earliest" }</span><strong data-testid="earliest">{ date(s.earliest_effective) }</strong></p>
                <p><span class="date-label">{ "Typical" }</span><strong data-testid="typical">{ date(s.typical_effective) }</strong></p>
            </div>
            { milestones(s, start, starts_by) }
            <p data-testid="binding">{ format!("{} from {} at the earliest: {}.", put_forward_label(starts_by), date(s.earliest_nomination), constraint(s.binding)) }</p>
            if s.window.max.is_none() {
                <p class="hint">{ format!("The window is open-ended ({}), so the typical date is the earliest one; many people take longer.", month_span(s.window)) }</p>
            }
            if !others.is_empty() {
                <p class="hint">{ format!("Also considered: {}.", others.join("; ")) }</p>
            }
        </li>
    }
}

fn switch(fw: &Framework, s: &SwitchPlan) -> Html {
    html! {
        <div class="switch-plan" data-testid="switch-plan">
            <p>{ if s.on_typical_path { "Your move is on the framework's typical path between these tracks." } else { "Your move is not on the framework's typical path between these tracks: discuss it with your manager." } }
               { s.switch.map(|w| {
                   let note = w.path_note.as_ref().map(|n| format!(", {n}")).unwrap_or_default();
                   format!(" The typical path is {} → {}{note}.", either(fw, &w.from_levels), either(fw, &w.to_levels))
               }).unwrap_or_else(|| " The framework describes no move between these tracks.".to_string()) }</p>
            if s.dated {
                <div class="dates">
                    <p><span class="date-label">{ "Earliest" }</span><strong data-testid="earliest">{ date(s.earliest_effective) }</strong></p>
                    <p><span class="date-label">{ "Typical" }</span><strong data-testid="typical">{ date(s.typical_effective) }</strong></p>
                </div>
            } else {
                <p class="callout" data-testid="no-timeline">{ "This framework describes no promotion process to date a move by, so Ladder suggests no dates." }</p>
            }
            if s.dated && s.months_required > 0 {
                <p>{ format!("{} in your current role reached on {}; you have {} so far.", months(s.months_required), date(s.requirement_reached), months(s.months_in_level)) }</p>
            }
            if s.switch.is_some_and(|w| !w.requirements.is_empty()) {
                <h3>{ "Requirements" }</h3>
                <ul class="checklist">
                    { for s.requirements.iter().map(|(r, met)| html! {
                        <li class={match met { Some(true) => "met", Some(false) => "missing", None => "unknown" }}>
                            <span class="mark" aria-hidden="true">{ match met { Some(true) => "✓", Some(false) => "✗", None => "?" } }</span>
                            { &r.text }{ match met { Some(true) => " (met)", Some(false) => " (not yet)", None => "" } }
                        </li>
                    }) }
                </ul>
            }
            if let Some(w) = s.switch.filter(|w| !w.consider.is_empty()) {
                <h3>{ "Questions to reflect on" }</h3>
                <ul>{ for w.consider.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
            }
        </div>
    }
}
