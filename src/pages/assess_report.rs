//! Self-assessment result: the gap report (verdict, chart, per-dimension detail, focus areas,
//! criteria checklist) and the suggested, dated timeline or track switch.

use crate::components::{plan_timeline, CriteriaChecklist, GapChart};
use crate::format::date;
use crate::hooks::{use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use ladder_core::chart::readiness_chart;
use ladder_core::{project, score, Settings, Status};
use yew::prelude::*;

#[component]
pub fn AssessReportPage() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let today = use_today();
    let a = handle.assessment();
    use_page_title("Your report · Assess yourself".to_string());
    let Some(report) = score(&fw, a) else {
        return html! { <p class="problem">{ "This assessment names a level the framework does not have." }</p> };
    };
    let plan = project(&fw, a, &report, today);
    let whose = if a.name.trim().is_empty() {
        "Your".to_string()
    } else {
        format!("{}’s", a.name.trim())
    };
    let switching = report.current.track != report.target.track;
    let answered: usize = report.dimensions.iter().map(|d| d.answered).sum();
    let total: usize = report.dimensions.iter().map(|d| d.total).sum();
    let status_class = |s: Status| format!("status {}", s.word());

    html! {
        <div class="assess-report" data-testid="assess-report">
            <h1>{ format!("{whose} report: {} → {}", report.current.id, report.target.id) }</h1>
            <p class="hint">{ format!("Against {} version {}, as of {}. {answered} of {total} statements answered.", fw.name, fw.version, date(today)) }</p>

            <section class={classes!("verdict", report.ready.then_some("is-ready"))} aria-labelledby="verdict" data-testid="verdict">
                <h2 id="verdict">{ if report.ready { format!("Ready for {} in every dimension", report.target.id) } else { format!("Not yet ready for {}", report.target.id) } }</h2>
                if answered == 0 {
                    <p>{ "No statement is answered yet. " }<a href={Route::AssessDimension { number: 1 }.href()}>{ "Start the questionnaire" }</a>{ " to see where you stand." }</p>
                } else if report.ready {
                    <p>{ "Every dimension is at the ready level. Keep gathering evidence and talk to your manager about nominating yourself." }</p>
                } else {
                    <p>{ format!("A promotion needs consistent next-level work in every dimension, so {} block{} it, however strong the others are: ",
                        if report.blocking.len() == 1 { "one dimension".to_string() } else { format!("{} dimensions", report.blocking.len()) },
                        if report.blocking.len() == 1 { "s" } else { "" }) }
                       { report.blocking.iter().map(|d| d.name.clone()).collect::<Vec<_>>().join(", ") }{ "." }</p>
                }
            </section>

            <section aria-labelledby="readiness">
                <h2 id="readiness">{ "Readiness by dimension" }</h2>
                <GapChart geometry={readiness_chart(&report, fw.settings.ready_percent)} />
                <p class="hint">{ format!("Readiness is the mean rating as a share of “Consistently”. Ready: {}% or more with no “Not yet”; close: {}% or more; fewer than {} answers: incomplete.", fw.settings.ready_percent, fw.settings.close_percent, fw.settings.min_answered) }</p>
                <div class="table-scroll">
                <table data-testid="readiness-table">
                    <caption class="visually-hidden">{ "Readiness by dimension" }</caption>
                    <thead><tr><th scope="col">{ "Dimension" }</th><th scope="col">{ "Readiness" }</th><th scope="col">{ "Answered" }</th></tr></thead>
                    <tbody>
                        { for report.dimensions.iter().map(|d| html! {
                            <tr>
                                <th scope="row">{ &d.dimension.name }</th>
                                <td>{ d.readiness.map(|r| format!("{r}% ")).unwrap_or_default() }<span class={status_class(d.status)}>{ d.status.label() }</span></td>
                                <td>{ format!("{} of {}", d.answered, d.total) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                </div>
            </section>

            if !report.focus.is_empty() {
                <section aria-labelledby="focus" data-testid="focus">
                    <h2 id="focus">{ "Focus this quarter" }</h2>
                    { for report.focus.iter().map(|f| html! {
                        <div class="focus-area">
                            <h3>{ format!("{} ({})", f.dimension.name, f.status.word()) }</h3>
                            <ul>{ for f.suggestions.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                        </div>
                    }) }
                </section>
            }

            <section aria-labelledby="detail">
                <h2 id="detail">{ "Statements to work on" }</h2>
                { for report.dimensions.iter().enumerate().map(|(i, d)| html! {
                    <section class="dimension-detail" aria-labelledby={format!("detail-{i}")}>
                        <h3 id={format!("detail-{i}")}>{ &d.dimension.name }{ " " }<span class={status_class(d.status)}>{ d.status.label() }</span></h3>
                        if d.to_work_on.is_empty() && d.unsure.is_empty() {
                            <p>{ "Nothing rated below “Usually”." }</p>
                        }
                        if !d.to_work_on.is_empty() {
                            <ul>{ for d.to_work_on.iter().map(|(s, r)| html! { <li><strong>{ format!("{}: ", r.label()) }</strong>{ &s.text }</li> }) }</ul>
                        }
                        if !d.unsure.is_empty() {
                            <p class="hint">{ format!("Not sure or not answered: {}. ", d.unsure.len()) }
                                <a href={Route::AssessDimension { number: i + 1 }.href()}>{ format!("Answer them for {}", d.dimension.name) }</a></p>
                        }
                        if let Some(note) = a.notes.get(&d.dimension.id) {
                            <p class="evidence"><strong>{ "Your evidence: " }</strong>{ note }</p>
                        }
                    </section>
                }) }
            </section>

            if !switching && !report.criteria.is_empty() {
                <section aria-labelledby="criteria">
                    <h2 id="criteria">{ "Promotion criteria" }</h2>
                    <CriteriaChecklist checks={report.criteria.clone()} />
                </section>
            }

            <section aria-labelledby="timeline">
                <h2 id="timeline">{ if switching { "Switching track: a dated plan" } else { "Suggested timeline" } }</h2>
                <p class="hint">{ "Guidance from the framework’s typical timelines and process, not a promise: your manager and the calibration decide. Effective dates fall on the first day of the quarter after the decision." }</p>
                { plan_timeline(&plan) }
            </section>

            { how_it_is_calculated(&fw.settings) }

            <nav class="pager no-print" aria-label="Assessment">
                <a href={Route::AssessCriteria.href()} rel="prev">{ "← Promotion criteria" }</a>
                <a href={Route::AssessStart.href()}>{ "Change levels or dates" }</a>
            </nav>
        </div>
    }
}

/// The scoring and dating rules in plain words, with this framework's own settings.
fn how_it_is_calculated(s: &Settings) -> Html {
    let [ready, close, gap, incomplete] = s.closing_months;
    let items = [
        "Readiness is the mean of your answered ratings (Not yet 0, Sometimes 1, Usually 2, Consistently 3) divided by 3. “Not sure” is left out and flagged.".to_string(),
        format!("A dimension is ready at {}% or more with no “Not yet”, close at {}% or more, a gap below that, and incomplete with fewer than {} answers.", s.ready_percent, s.close_percent, s.min_answered),
        "Promotion needs every dimension ready: any other status blocks it, whatever the average.".to_string(),
        format!("Months to close a dimension: ready {ready}, close {close}, gap {gap}, incomplete {incomplete}. Then {} months of consistent next-level work are needed (less what you already have, if every dimension is ready), and {} months of meeting your current level.", s.consistency_months, s.performance_months),
        "The earliest nomination is the latest of: the minimum typical time in level, and today plus the months still needed. The decision follows in the framework’s usual weeks and takes effect at the start of the next quarter.".to_string(),
        "The typical date uses the end of the typical window and the slower decision; an open-ended window has no end, so its typical date is the earliest one.".to_string(),
    ];
    html! {
        <details class="how">
            <summary>{ "How this is calculated" }</summary>
            <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
        </details>
    }
}
