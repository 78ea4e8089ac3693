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
        Plan::Promotion(steps) => {
            let (today_label, in_level) = (t!("plan-today"), t!("plan-in-level"));
            html! {
            <ol class="plan" data-testid="plan">
                { for steps.iter().enumerate().map(|(i, s)| {
                    let start = match i {
                        0 => (today_label.as_str(), today),
                        _ => (in_level.as_str(), steps[i - 1].earliest_effective),
                    };
                    step(s, start, process_rule(fw, s.from, s.to).starts_by)
                }) }
            </ol>
            }
        }
        Plan::Switch(s) => switch(fw, s),
        Plan::NoTimeline { from, to } => html! {
            <p class="callout" data-testid="no-timeline">{ t!("plan-no-timeline", from = level_short(from), to = level_short(to)) }</p>
        },
        Plan::NotUpward => html! {
            <p class="callout">{ t!("assess-report-not-upward") }</p>
        },
    }
}

/// A step's milestones on a line, each with its date; the nomination carries its reason.
fn milestones(s: &Step, start: (&str, NaiveDate), starts_by: Option<Start>) -> Html {
    let (decision, effective) = (t!("plan-decision"), t!("plan-effective"));
    let points = [
        (start.0, start.1, None),
        (
            &put_forward_label(starts_by),
            s.earliest_nomination,
            Some(constraint(s.binding)),
        ),
        (decision.as_str(), s.earliest_decision, None),
        (effective.as_str(), s.earliest_effective, None),
    ];
    html! {
        <ol class="milestones" aria-label={t!("plan-milestones", from = level_short(s.from), to = level_short(s.to))}>
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
            <h3>{ t!("plan-step", from = level_short(s.from), to = level_short(s.to)) }<span class="window">{ " " }{ t!("plan-typical-window", window = month_span(s.window)) }</span></h3>
            <div class="dates">
                <p><span class="date-label">{ t!("plan-earliest") }</span><strong data-testid="earliest">{ date(s.earliest_effective) }</strong></p>
                <p><span class="date-label">{ t!("plan-typical") }</span><strong data-testid="typical">{ date(s.typical_effective) }</strong></p>
            </div>
            { milestones(s, start, starts_by) }
            <p data-testid="binding">{ t!("plan-binding", start = put_forward_label(starts_by), date = date(s.earliest_nomination), reason = constraint(s.binding)) }</p>
            if s.window.max.is_none() {
                <p class="hint">{ t!("plan-open-ended", window = month_span(s.window)) }</p>
            }
            if !others.is_empty() {
                <p class="hint">{ t!("plan-also-considered", reasons = others.join("; ")) }</p>
            }
        </li>
    }
}

fn switch(fw: &Framework, s: &SwitchPlan) -> Html {
    html! {
        <div class="switch-plan" data-testid="switch-plan">
            <p>{ if s.on_typical_path { t!("plan-switch-typical") } else { t!("plan-switch-atypical") } }
               { " " }{ s.switch.map(|w| {
                   let (from, to) = (either(fw, &w.from_levels), either(fw, &w.to_levels));
                   match &w.path_note {
                       Some(note) => t!("plan-switch-path-note", from = from, to = to, note = note),
                       None => t!("plan-switch-path", from = from, to = to),
                   }
               }).unwrap_or_else(|| t!("plan-switch-no-path")) }</p>
            if s.dated {
                <div class="dates">
                    <p><span class="date-label">{ t!("plan-earliest") }</span><strong data-testid="earliest">{ date(s.earliest_effective) }</strong></p>
                    <p><span class="date-label">{ t!("plan-typical") }</span><strong data-testid="typical">{ date(s.typical_effective) }</strong></p>
                </div>
            } else {
                <p class="callout" data-testid="no-timeline">{ t!("plan-switch-undated") }</p>
            }
            if s.dated && s.months_required > 0 {
                <p>{ t!("plan-switch-time", required = months(s.months_required), date = date(s.requirement_reached), have = months(s.months_in_level)) }</p>
            }
            if s.switch.is_some_and(|w| !w.requirements.is_empty()) {
                <h3>{ t!("plan-requirements") }</h3>
                <ul class="checklist">
                    { for s.requirements.iter().map(|(r, met)| html! {
                        <li class={match met { Some(true) => "met", Some(false) => "missing", None => "unknown" }}>
                            <span class="mark" aria-hidden="true">{ match met { Some(true) => "✓", Some(false) => "✗", None => "?" } }</span>
                            { match met {
                                Some(true) => t!("plan-requirement-met", requirement = &r.text),
                                Some(false) => t!("plan-requirement-missing", requirement = &r.text),
                                None => r.text.clone(),
                            } }
                        </li>
                    }) }
                </ul>
            }
            if let Some(w) = s.switch.filter(|w| !w.consider.is_empty()) {
                <h3>{ t!("plan-reflect") }</h3>
                <ul>{ for w.consider.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
            }
        </div>
    }
}
