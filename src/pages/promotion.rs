//! How people move: promotion criteria, typical timelines, the process, building a case,
//! switching tracks, and pay and levelling as information.

use crate::components::fact_list;
use crate::hooks::{use_framework, use_page_title};
use crate::route::compare_href;
use crate::words::{either, level_short, month_span, verdict_rule};
use ladder_core::{Framework, VerdictRule};
use yew::prelude::*;

#[component]
pub fn PromotionPage() -> Html {
    let fw = use_framework();
    use_page_title("Promotion and switching tracks".to_string());
    html! {
        <div class="promotion-page" data-testid="promotion-page">
            <h1>{ "Promotion and switching tracks" }</h1>
            { promotion(&fw) }
            { switching(&fw) }
            { compensation(&fw) }
        </div>
    }
}

fn promotion(fw: &Framework) -> Html {
    let Some(p) = &fw.promotion else {
        return html! { <p>{ "This framework does not describe a promotion process." }</p> };
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
                    <h2 id="criteria">{ "Promotion criteria" }</h2>
                    <ol class="criteria">
                        { for p.criteria.iter().map(|c| html! {
                            <li><strong>{ &c.name }</strong>{ ": " }{ &c.description }</li>
                        }) }
                    </ol>
                </section>
            }
            <section aria-labelledby="timelines">
                <h2 id="timelines">{ "Typical time between levels" }</h2>
                if p.timelines.is_empty() {
                    <p>{ "This framework gives no typical timelines." }</p>
                } else {
                    <p>{ "How long people typically spend before moving up, while showing sustained work at the next level. Exceptional work can shorten it." }
                        if fw.settings.verdict != VerdictRule::None { { " " }{ verdict_rule(fw.settings.verdict) } }</p>
                    <div class="table-scroll" tabindex="0" role="region" aria-label="Typical time between levels (scrolls sideways)">
                    <table class="timelines" data-testid="timelines">
                        <thead><tr>
                            <th scope="col">{ "Step" }</th>
                            <th scope="col">{ "Typical time" }</th>
                            <th scope="col">{ "Demonstrating" }</th>
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
                }
            </section>
            if let Some(process) = &p.process {
                <section aria-labelledby="process">
                    <h2 id="process">{ "The process" }</h2>
                    { fact_list(&process.steps) }
                </section>
            }
            if !p.evidence.is_empty() {
                <section aria-labelledby="evidence">
                    <h2 id="evidence">{ "Building a promotion case" }</h2>
                    { fact_list(&p.evidence) }
                </section>
            }
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
            <h2 id="switching">{ "Switching tracks" }</h2>
            { for fw.switches.iter().enumerate().map(|(i, s)| {
                let heading = format!("switch-{i}");
                html! {
                    <section class="switch" aria-labelledby={heading.clone()}>
                        <h3 id={heading}>{ format!("{} to {}", track_name(&s.from_track), track_name(&s.to_track)) }</h3>
                        <p>{ format!("Typical path: {} → {}", either(fw, &s.from_levels), either(fw, &s.to_levels)) }
                           { s.path_note.as_ref().map(|n| format!(", {n}")).unwrap_or_default() }{ "." }</p>
                        if !s.consider.is_empty() {
                            <h4>{ "Questions to ask yourself" }</h4>
                            <ul>{ for s.consider.iter().map(|q| html! { <li>{ q }</li> }) }</ul>
                        }
                        if !s.requirements.is_empty() {
                            <h4>{ "Requirements" }</h4>
                            <ul>{ for s.requirements.iter().map(|r| html! { <li>{ &r.text }</li> }) }</ul>
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
            <h2 id="pay">{ "Pay and levelling" }</h2>
            <p>{ &c.philosophy }</p>
            if !c.components.is_empty() {
                <h3>{ "What pay is made of" }</h3>
                { fact_list(&c.components) }
            }
            if !c.leveling_factors.is_empty() {
                <h3>{ "What places someone in a band" }</h3>
                { fact_list(&c.leveling_factors) }
            }
            if let Some(review) = &c.review { <p>{ review }</p> }
        </section>
    }
}
