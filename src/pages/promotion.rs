//! How people move: promotion criteria, typical timelines, the process, building a case,
//! switching tracks, and pay and levelling as information.

use crate::components::fact_list;
use crate::hooks::{use_framework, use_page_title};
use crate::route::compare_href;
use crate::words::{
    decision_time, either, level_short, month_span, move_start, needs_text, takes_effect,
    verdict_rule,
};
use ladder_core::{Framework, Process, VerdictRule};
use yew::prelude::*;

#[component]
pub fn PromotionPage() -> Html {
    let fw = use_framework();
    use_page_title(t!("promotion-title"));
    html! {
        <div class="promotion-page" data-testid="promotion-page">
            <h1>{ t!("promotion-title") }</h1>
            { promotion(&fw) }
            { switching(&fw) }
            { compensation(&fw) }
        </div>
    }
}

fn promotion(fw: &Framework) -> Html {
    let by_track = html! {
        { for fw.tracks.iter().filter_map(|t| t.process.as_ref().map(|process| (t, process))).map(|(t, process)| {
            let id = format!("process-{}", t.id);
            html! {
                <section aria-labelledby={id.clone()} data-testid={id.clone()}>
                    <h2 {id}>{ t!("promotion-track-moves", track = &t.name) }</h2>
                    { process_facts(process) }
                </section>
            }
        }) }
    };
    let Some(p) = &fw.promotion else {
        if fw.tracks.iter().any(|t| t.process.is_some()) {
            return by_track;
        }
        return html! { <p>{ t!("promotion-none") }</p> };
    };
    // A level named briefly: its code where the framework has codes, else its title.
    let short = |id: &ladder_core::LevelId| {
        fw.level(id)
            .map_or(id.to_string(), |l| level_short(l).to_string())
    };
    html! {
        <>
            <p class="lead">{ &p.principle }</p>
            if !p.criteria.is_empty() {
                <section aria-labelledby="criteria">
                    <h2 id="criteria">{ t!("promotion-criteria") }</h2>
                    <ol class="criteria">
                        { for p.criteria.iter().map(|c| html! {
                            <li><strong>{ &c.name }</strong>{ t!("label-separator") }{ &c.description }
                                if !c.questions().is_empty() {
                                    <ul class="criterion-questions">
                                        { for c.questions().iter().map(|q| html! {
                                            <li>{ t!("promotion-question", question = &q.text, needs = needs_text(q.needs)) }</li>
                                        }) }
                                    </ul>
                                }
                            </li>
                        }) }
                    </ol>
                </section>
            }
            if !p.timelines.is_empty() {
            <section aria-labelledby="timelines">
                <h2 id="timelines">{ t!("promotion-timelines") }</h2>
                    <p>{ t!("promotion-timelines-lead") }
                        if fw.settings.verdict != VerdictRule::None { { " " }{ verdict_rule(fw.settings.verdict) } }</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label={t!("promotion-timelines-region")}>
                    <table class="timelines" data-testid="timelines">
                        <thead><tr>
                            <th scope="col">{ t!("promotion-step") }</th>
                            <th scope="col">{ t!("promotion-typical-time") }</th>
                            <th scope="col">{ t!("promotion-demonstrating") }</th>
                        </tr></thead>
                        <tbody>
                            { for p.timelines.iter().map(|t| html! {
                                <tr>
                                    <th scope="row">
                                        <a href={compare_href(fw, &t.from, &t.to)}>
                                            { format!("{} → {}", short(&t.from), short(&t.to)) }
                                        </a>
                                    </th>
                                    <td>{ month_span(t.months) }</td>
                                    <td>{ &t.demonstrating }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                    </div>
            </section>
            }
            if let Some(process) = &p.process {
                <section aria-labelledby="process">
                    <h2 id="process">{ t!("promotion-process") }</h2>
                    { process_facts(process) }
                </section>
            }
            { by_track }
            if !p.evidence.is_empty() {
                <section aria-labelledby="evidence">
                    <h2 id="evidence">{ t!("promotion-evidence") }</h2>
                    { fact_list(&p.evidence) }
                </section>
            }
        </>
    }
}

/// A process in the framework's terms: how a move starts, its steps, when it is decided and
/// when it takes effect; each only where the framework states it.
fn process_facts(process: &Process) -> Html {
    let timing: Vec<String> = [
        process.starts_by.map(|s| move_start(s).to_string()),
        process
            .decision_weeks
            .map(|(min, max)| decision_time(min, max, process.starts_by)),
        process.effective.map(|e| takes_effect(e).to_string()),
    ]
    .into_iter()
    .flatten()
    .collect();
    html! {
        <>
            if !timing.is_empty() {
                <ul class="process-facts">
                    { for timing.into_iter().map(|line| html! { <li>{ line }</li> }) }
                </ul>
            }
            { fact_list(&process.steps) }
        </>
    }
}

fn switching(fw: &Framework) -> Html {
    if fw.switches.is_empty() {
        return html! {};
    }
    let track_name =
        |id: &ladder_core::TrackId| fw.track(id).map(|t| t.name.clone()).unwrap_or_default();
    html! {
        <section aria-labelledby="switching">
            <h2 id="switching">{ t!("promotion-switching") }</h2>
            { for fw.switches.iter().enumerate().map(|(i, s)| {
                let heading = format!("switch-{i}");
                html! {
                    <section class="switch" aria-labelledby={heading.clone()}>
                        <h3 id={heading}>{ t!("promotion-switch-heading", from = track_name(&s.from_track), to = track_name(&s.to_track)) }</h3>
                        <p>{ match &s.path_note {
                            Some(note) => t!("promotion-switch-path-noted", from = either(fw, &s.from_levels), to = either(fw, &s.to_levels), note = note),
                            None => t!("promotion-switch-path", from = either(fw, &s.from_levels), to = either(fw, &s.to_levels)),
                        } }</p>
                        if !s.consider.is_empty() {
                            <h4>{ t!("promotion-consider") }</h4>
                            <ul>{ for s.consider.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                        }
                        if !s.requirements.is_empty() {
                            <h4>{ t!("promotion-requirements") }</h4>
                            <ul>{ for s.requirements.iter().map(|r| html! { <li>{ &r.text }</li> }) }</ul>
                        }
                        if let Some(process) = &s.process {
                            <h4>{ t!("promotion-how-move-works") }</h4>
                            { process_facts(process) }
                        }
                    </section>
                }
            }) }
        </section>
    }
}

fn compensation(fw: &Framework) -> Html {
    let Some(c) = &fw.compensation else {
        return html! {};
    };
    html! {
        <section aria-labelledby="pay">
            <h2 id="pay">{ t!("promotion-pay") }</h2>
            <p>{ &c.philosophy }</p>
            if !c.components.is_empty() {
                <h3>{ t!("promotion-pay-components") }</h3>
                { fact_list(&c.components) }
            }
            if !c.leveling_factors.is_empty() {
                <h3>{ t!("promotion-pay-band") }</h3>
                { fact_list(&c.leveling_factors) }
            }
            if let Some(review) = &c.review { <p>{ review }</p> }
        </section>
    }
}
