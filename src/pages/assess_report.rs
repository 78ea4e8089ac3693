//! Self-assessment result: the gap report (verdict, chart, per-dimension detail, focus areas,
//! criteria checklist) and the suggested, dated timeline or track switch. Until every dimension
//! has enough answers it shows what is missing instead, and no verdict or dates. It prints as a
//! report of its own: a header with the date, framework and levels, no navigation or buttons.

use crate::components::{
    closing_months_matter, criteria_checklist, dimension_detail, months_lines, plan_timeline,
    readiness_table, still_to_answer, verdict, GapChart, KeepSnapshot, LevelsMissing, MethodNote,
    OpenedFileNote, ReportActions,
};
use crate::hooks::{use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use crate::words::{
    date, effective_dates, excerpt, how_a_move_starts, incomplete_rule, level_short, status_word,
    suggestion,
};
use ladder_core::chart::readiness_chart;
use ladder_core::timeline::{process_rule, Plan};
use ladder_core::{project, score, Assessment, CriterionState, Framework, Report, Status};
use yew::prelude::*;

#[component]
pub fn AssessReportPage() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let today = use_today();
    let a = handle.assessment();
    use_page_title(t!("assess-report-title"));
    let Some(report) = score(&fw, a) else {
        return html! { <LevelsMissing /> };
    };
    let (current, target) = (level_short(report.current), level_short(report.target));
    let heading = if a.name.trim().is_empty() {
        t!("assess-report-heading", current = current, target = target)
    } else {
        t!(
            "assess-report-heading-named",
            name = a.name.trim(),
            current = current,
            target = target
        )
    };
    let steps = fw.steps_between(report.current, report.target);
    let not_upward = steps.is_some_and(|n| n <= 0);
    let complete = report
        .dimensions
        .iter()
        .all(|d| d.status != Status::Incomplete);
    // Without criteria questions there is no criteria step: back goes to the last dimension.
    let asks_criteria = fw.questions().next().is_some();
    let last = report.target.expectations.len().max(1);
    let answered: usize = report.dimensions.iter().map(|d| d.answered).sum();
    let total: usize = report.dimensions.iter().map(|d| d.total).sum();

    html! {
        <div class="assess-report" data-testid="assess-report">
            <h1>{ heading }</h1>
            <p class="hint">{ t!("assess-report-against", framework = &fw.name, version = &fw.version, date = date(today), answered = answered, total = total) }
                { made_against(&fw, a) }</p>
            <ReportActions />
            <OpenedFileNote />

            if not_upward {
                <p class="callout">{ t!("assess-report-not-upward") }{ " " }
                    <a href={Route::AssessStart.href()}>{ t!("assess-report-choose-target") }</a></p>
            } else if !complete {
                { still_to_answer(&report, fw.settings.min_answered) }
            } else {
                { full_report(&fw, a, &report, today, true) }
            }

            <MethodNote settings={fw.settings} process={process_rule(&fw, report.current, report.target)} months={months_lines(&fw)} closing_months={closing_months_matter(&fw)} />

            <nav class="pager no-print" aria-label={t!("assess-nav-assessment")}>
                if asks_criteria {
                    <a href={Route::AssessCriteria.href()} rel="prev">{ t!("assess-back-to-criteria") }</a>
                } else {
                    <a href={Route::AssessDimension { number: last }.href()} rel="prev">{ t!("assess-back-to-last-dimension") }</a>
                }
                <a href={Route::AssessStart.href()}>{ t!("assess-report-change-levels") }</a>
            </nav>
        </div>
    }
}

/// Everything a complete report holds: verdict, readiness, focus, detail, criteria and plan.
/// `own` is false for someone else's report, shared by link: nothing to keep or change.
pub(crate) fn full_report(
    fw: &Framework,
    a: &Assessment,
    report: &Report,
    today: ladder_core::NaiveDate,
    own: bool,
) -> Html {
    let plan = project(fw, a, report, today);
    let switching = fw.steps_between(report.current, report.target).is_none();
    // Dates only where the framework's own timelines or process give them.
    let rule = process_rule(fw, report.current, report.target);
    let dated = match &plan {
        Plan::Promotion(_) => true,
        Plan::Switch(s) => s.dated,
        _ => false,
    };
    html! {
        <>
            { verdict(report) }
            if own {
                <KeepSnapshot />
            }

            <section class="readiness" aria-labelledby="readiness">
                <h2 id="readiness">{ t!("assess-report-readiness") }</h2>
                <GapChart geometry={readiness_chart(report, fw.settings.ready_percent)} />
                <p class="hint">{ t!("assess-report-readiness-rule", ready = fw.settings.ready_percent, close = fw.settings.close_percent, incomplete = incomplete_rule(fw.settings.min_answered)) }</p>
                { readiness_table(report) }
            </section>

            { focus_areas(report) }

            <section aria-labelledby="detail">
                <h2 id="detail">{ t!("assess-report-to-work-on") }</h2>
                { for report.dimensions.iter().enumerate().map(|(i, d)| {
                    dimension_detail(i + 1, d, a.notes.get(&d.dimension.id).map(String::as_str))
                }) }
            </section>

            if !switching && report.criteria.iter().any(|c| c.state() != CriterionState::NotAssessed) {
                <section class="criteria" aria-labelledby="criteria">
                    <h2 id="criteria">{ t!("assess-criteria-heading") }</h2>
                    { criteria_checklist(&report.criteria) }
                </section>
            }

            <section class="timeline" aria-labelledby="timeline">
                <h2 id="timeline">{ match (switching, dated) { (true, true) => t!("assess-report-switch-dated"), (true, false) => t!("assess-report-switch"), _ => t!("assess-report-timeline") } }</h2>
                if dated {
                    <p class="hint">{ format!("{} {}", t!("assess-report-guidance"), effective_dates(&rule)) }</p>
                }
                if let Some(start) = rule.starts_by {
                    <p data-testid="how-a-move-starts">{ how_a_move_starts(start) }</p>
                }
                { plan_timeline(fw, &plan, today) }
            </section>
        </>
    }
}

/// Says which framework version the answers were recorded against, when it is another one.
fn made_against(fw: &Framework, a: &Assessment) -> Html {
    if a.framework_id == fw.id && a.framework_version == fw.version {
        return html! {};
    }
    html! {
        <span data-testid="made-against">{ " " }{ t!("assess-report-made-against", framework = excerpt(&a.framework_id), version = excerpt(&a.framework_version)) }</span>
    }
}

fn focus_areas(report: &Report) -> Html {
    if report.focus.is_empty() {
        return html! {};
    }
    html! {
        <section aria-labelledby="focus" data-testid="focus">
            <h2 id="focus">{ t!("assess-report-focus") }</h2>
            { for report.focus.iter().map(|f| html! {
                <div class="focus-area">
                    <h3>{ t!("assess-report-focus-area", dimension = &f.dimension.name, status = status_word(f.status)) }</h3>
                    <ul>{ for f.suggestions.iter().map(|s| html! { <li>{ suggestion(s) }</li> }) }</ul>
                </div>
            }) }
        </section>
    }
}
