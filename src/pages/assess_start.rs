//! Self-assessment, first step: current level, target, when the current level was reached,
//! and an optional name that stays on the page.

use crate::components::{
    ClearAnswers, LevelGroup, LevelPicker, LevelsMissing, NumberField, OpenAssessment,
    RememberSwitch,
};
use crate::hooks::{use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use crate::words::{level_short, month_name};
use chrono::Datelike;
use ladder_core::assessment::MAX_NAME_CHARS;
use ladder_core::{Action, YearMonth};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[component]
pub fn AssessStartPage() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let today = use_today();
    use_page_title(t!("assess-title"));
    let a = handle.assessment();
    let since = a.in_level_since;
    let Some(current) = fw.level(&a.current) else {
        return html! { <LevelsMissing /> };
    };
    let on_current = handle.callback(|id| Some(Action::SetCurrent(id)));
    let on_target = handle.callback(|id| Some(Action::SetTarget(id)));
    let on_month = {
        let year = since.year();
        handle.callback(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let month = select.value().parse().ok()?;
            YearMonth::new(year, month).map(Action::SetSince)
        })
    };
    let on_year = {
        let month = since.month();
        handle.callback(move |year: i32| YearMonth::new(year, month).map(Action::SetSince))
    };
    let max_year = today.year();
    let on_name = handle.callback(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Some(Action::SetName(input.value()))
    });
    let in_future = since.first_day() > today;
    // Promotions: the levels above the current one on every ladder that holds it (a shared
    // level leads up each track that splits off after it). Switches: every other track.
    let promotions: Vec<LevelGroup> = fw
        .tracks_with(current)
        .map(|t| LevelGroup {
            label: t!("assess-start-group-promotion", track = &t.name),
            levels: fw
                .ladder(t)
                .skip_while(|l| l.id != current.id)
                .skip(1)
                .map(|l| l.id.clone())
                .collect(),
        })
        .filter(|g| !g.levels.is_empty())
        .collect();
    let at_top = promotions.is_empty();
    let switches = fw
        .tracks
        .iter()
        .filter(|t| fw.position_on(t, &current.id).is_none())
        .map(|t| LevelGroup {
            label: t!("assess-start-group-switch", track = &t.name),
            // Not the levels below the current one on a ladder it shares with this track.
            levels: t
                .levels
                .iter()
                .filter(|l| fw.steps_between(current, l).is_none())
                .map(|l| l.id.clone())
                .collect(),
        })
        .filter(|g| !g.levels.is_empty());
    let target_groups: Vec<LevelGroup> = promotions.into_iter().chain(switches).collect();
    let target_track_note = fw
        .level(&a.target)
        .filter(|t| fw.steps_between(current, t).is_none())
        .map(|t| {
            t!(
                "assess-start-target-switch",
                level = level_short(t),
                track = &fw.track_of(t).name
            )
        });

    html! {
        <div class="assess-start" data-testid="assess-start">
            <h1>{ t!("assess-title") }</h1>
            <p class="lead">{ if fw.has_timelines() {
                t!("assess-start-lead-dated")
            } else {
                t!("assess-start-lead")
            } }</p>
            <form class="assess-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <LevelPicker id="current-level" label={t!("assess-start-current-level")} selected={a.current.clone()} on_change={on_current} />
                <div class="target-field">
                    <LevelPicker id="target-level" label={t!("assess-start-target-level")} selected={a.target.clone()} on_change={on_target}
                        groups={target_groups} placeholder={at_top.then(|| AttrValue::from(t!("assess-start-target-placeholder")))} describedby="target-hint" />
                    <p id="target-hint" class="hint">{ target_track_note.unwrap_or_else(|| if at_top {
                        t!("assess-start-target-at-top", level = level_short(current))
                    } else {
                        t!("assess-start-target-default")
                    }) }</p>
                </div>
                <fieldset class="since">
                    <legend>{ t!("assess-start-since", level = level_short(current)) }</legend>
                    <div class="field">
                        <label for="since-month">{ t!("assess-start-month") }</label>
                        <select id="since-month" onchange={on_month}>
                            { for (1..=12).map(|m| html! {
                                <option value={m.to_string()} selected={since.month() == m}>{ month_name(m) }</option>
                            }) }
                        </select>
                    </div>
                    <NumberField id="since-year" label={t!("assess-start-year")} value={since.year()} min={1900} max={max_year} on_valid={on_year} />
                    <p class="hint" aria-live="polite" data-testid="months-in-level">
                        if in_future {
                            <span class="error">{ t!("assess-start-since-future") }</span>
                        } else {
                            { t!("assess-start-months-in-level", count = since.months_until(today)) }
                        }
                    </p>
                </fieldset>
                <div class="field">
                    <label for="your-name">{ t!("assess-start-name") }</label>
                    <input id="your-name" type="text" autocomplete="off" maxlength={MAX_NAME_CHARS.to_string()} aria-describedby="your-name-hint" value={a.name.clone()} oninput={on_name} />
                    <p id="your-name-hint" class="hint">{ t!("assess-start-name-hint", count = MAX_NAME_CHARS) }</p>
                </div>
                <p class="actions-row">
                    <a class="button" href={Route::AssessDimension { number: 1 }.href()}>{ t!("assess-start-begin") }</a>
                    <ClearAnswers />
                </p>
            </form>
            <RememberSwitch />
            <OpenAssessment />
        </div>
    }
}
