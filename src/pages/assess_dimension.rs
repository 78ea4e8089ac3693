//! Self-assessment questionnaire: one dimension of the target level at a time, with the current
//! level's expectations for the same dimension alongside and an optional evidence note.

use crate::components::{
    DimensionSteps, EvidenceNote, ExpectationList, LevelsMissing, RatingScale,
};
use crate::hooks::{use_assessment, use_framework, use_page_title, use_rating_keys};
use crate::route::Route;
use crate::words::{level_label, level_short, status_word};
use ladder_core::assessment::Answer;
use ladder_core::{score, Action, StatementId};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AssessDimensionPageProps {
    pub number: usize,
}

#[component]
pub fn AssessDimensionPage(props: &AssessDimensionPageProps) -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let a = handle.assessment();
    let levels = fw.level(&a.current).zip(fw.level(&a.target));
    let dimension = levels.and_then(|(_, target)| {
        let total = target.expectations.len();
        let expectations = target
            .expectations
            .get(props.number.clamp(1, total.max(1)) - 1)?;
        fw.track_of(target).dimension(&expectations.dimension)
    });
    use_page_title(match dimension {
        Some(d) => t!("assess-dimension-title", dimension = &d.name),
        None => t!("assess-questionnaire-title"),
    });
    // The statements on this page, in order, with whether each is answered, for the rating keys.
    let on_page: Vec<(StatementId, bool)> = levels
        .and_then(|(_, target)| {
            let total = target.expectations.len();
            target
                .expectations
                .get(props.number.clamp(1, total.max(1)) - 1)
        })
        .map(|e| {
            e.statements
                .iter()
                .map(|s| (s.id.clone(), a.answer(&s.id) != Answer::Untouched))
                .collect()
        })
        .unwrap_or_default();
    use_rating_keys(on_page, handle.clone());
    let (Some((current, target)), Some(dimension)) = (levels, dimension) else {
        return html! { <LevelsMissing /> };
    };
    let track = fw.track_of(target);
    let total = target.expectations.len();
    let number = props.number.clamp(1, total.max(1));
    let expectations = &target.expectations[number - 1];

    let names: Vec<String> = target
        .expectations
        .iter()
        .filter_map(|e| track.dimension(&e.dimension).map(|d| d.name.clone()))
        .collect();
    let answered: Vec<usize> = target
        .expectations
        .iter()
        .map(|e| {
            e.statements
                .iter()
                .filter(|s| a.rating(&s.id).is_some())
                .count()
        })
        .collect();
    let totals: Vec<usize> = target
        .expectations
        .iter()
        .map(|e| e.statements.len())
        .collect();
    let now = current.expectations_for(&expectations.dimension);
    // The report for this dimension, recomputed on every answer.
    let live = score(&fw, a)
        .and_then(|r| r.dimensions.into_iter().nth(number - 1))
        .map(|d| match d.readiness {
            Some(r) => t!(
                "assess-dimension-so-far",
                readiness = r,
                status = status_word(d.status),
                answered = d.answered,
                total = d.total
            ),
            None => t!(
                "assess-dimension-so-far-unrated",
                status = status_word(d.status),
                answered = d.answered,
                total = d.total
            ),
        });
    let back = if number > 1 {
        Route::AssessDimension { number: number - 1 }
    } else {
        Route::AssessStart
    };
    // The criteria step is there only when the framework asks criteria questions.
    let asks_criteria = fw.questions().next().is_some();
    let next = if number < total {
        Route::AssessDimension { number: number + 1 }
    } else if asks_criteria {
        Route::AssessCriteria
    } else {
        Route::AssessReport
    };
    let next_label = match next {
        Route::AssessDimension { .. } => t!("assess-next-dimension"),
        Route::AssessCriteria => t!("assess-next-criteria"),
        _ => t!("assess-see-report"),
    };

    html! {
        <div class="assess-dimension" data-testid="assess-dimension">
            <DimensionSteps {names} {answered} {totals} current={number} criteria_step={asks_criteria} />
            <h1>{ &dimension.name }</h1>
            <p class="lead">{ t!("assess-dimension-lead", level = level_label(target)) }</p>
            <p class="hint keys-hint">{ t!("assess-dimension-keys") }</p>
            <div class="questionnaire">
                <form class="ratings" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { for expectations.statements.iter().map(|s| {
                        let id = s.id.clone();
                        let on_rate = handle.callback(move |r| Some(Action::Rate(id.clone(), r)));
                        html! { <RatingScale key={s.id.to_string()} statement={s.id.clone()} answer={a.answer(&s.id)} {on_rate} /> }
                    }) }
                    <p class="live-status" aria-live="polite" data-testid="dimension-status">{ live.unwrap_or_default() }</p>
                    <EvidenceNote key={expectations.dimension.to_string()} dimension={expectations.dimension.clone()} />
                </form>
                <aside class="now" aria-labelledby="now-heading">
                    <h2 id="now-heading">{ t!("assess-dimension-now", level = level_short(current)) }</h2>
                    { match now {
                        Some(e) => html! { <ExpectationList level={current.id.clone()} dimension={e.dimension.clone()} /> },
                        None => html! { <p class="absent">{ t!("assess-dimension-absent", track = &fw.track_of(current).name, dimension = &dimension.name) }</p> },
                    } }
                </aside>
            </div>
            <nav class="pager" aria-label={t!("assess-nav-questionnaire")}>
                <a href={back.href()} rel="prev">{ t!("assess-back") }</a>
                <a class="button" href={next.href()} rel="next">{ next_label }</a>
            </nav>
        </div>
    }
}
