//! Self-assessment, first step: current level, target, when the current level was reached,
//! and an optional name that stays on the page.

use crate::components::{
    ClearAnswers, LevelGroup, LevelPicker, LevelsMissing, NumberField, OpenAssessment,
    RememberSwitch,
};
use crate::hooks::{use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use crate::words::{level_short, month_name, months};
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
    use_page_title("Assess yourself".to_string());
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
            label: format!("{} (promotion)", t.name),
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
            label: format!("{} (track switch)", t.name),
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
            format!(
                "{} is on the {} track: Ladder will treat this as a track switch.",
                level_short(t),
                fw.track_of(t).name
            )
        });

    html! {
        <div class="assess-start" data-testid="assess-start">
            <h1>{ "Assess yourself" }</h1>
            <p class="lead">{ if fw.has_timelines() {
                "Rate yourself against the expectations of the level you are aiming for, then get a gap report and a dated plan. Your answers stay in this browser: in this tab unless you choose to remember them on this device. Nothing is sent anywhere."
            } else {
                "Rate yourself against the expectations of the level you are aiming for, then get a gap report with what to work on. Your answers stay in this browser: in this tab unless you choose to remember them on this device. Nothing is sent anywhere."
            } }</p>
            <form class="assess-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <LevelPicker id="current-level" label="Your current level" selected={a.current.clone()} on_change={on_current} />
                <div class="target-field">
                    <LevelPicker id="target-level" label="The level you are aiming for" selected={a.target.clone()} on_change={on_target}
                        groups={target_groups} placeholder={at_top.then_some(AttrValue::Static("Choose a level on another track"))} describedby="target-hint" />
                    <p id="target-hint" class="hint">{ target_track_note.unwrap_or_else(|| if at_top {
                        format!("{} is the most senior level of its track: choose a level on another track to plan a switch.", level_short(current))
                    } else {
                        "By default, the next level on your track.".to_string()
                    }) }</p>
                </div>
                <fieldset class="since">
                    <legend>{ format!("When did you reach {}?", level_short(current)) }</legend>
                    <div class="field">
                        <label for="since-month">{ "Month" }</label>
                        <select id="since-month" onchange={on_month}>
                            { for (1..=12).map(|m| html! {
                                <option value={m.to_string()} selected={since.month() == m}>{ month_name(m) }</option>
                            }) }
                        </select>
                    </div>
                    <NumberField id="since-year" label="Year" value={since.year()} min={1900} max={max_year} on_valid={on_year} />
                    <p class="hint" aria-live="polite" data-testid="months-in-level">
                        if in_future {
                            <span class="error">{ "That month is still to come: choose the month you reached the level." }</span>
                        } else {
                            { format!("{} in level", months(since.months_until(today))) }
                        }
                    </p>
                </fieldset>
                <div class="field">
                    <label for="your-name">{ "Your name (optional, never leaves this page)" }</label>
                    <input id="your-name" type="text" autocomplete="off" maxlength={MAX_NAME_CHARS.to_string()} aria-describedby="your-name-hint" value={a.name.clone()} oninput={on_name} />
                    <p id="your-name-hint" class="hint">{ format!("Up to {MAX_NAME_CHARS} characters.") }</p>
                </div>
                <p class="actions-row">
                    <a class="button" href={Route::AssessDimension { number: 1 }.href()}>{ "Start the questionnaire" }</a>
                    <ClearAnswers />
                </p>
            </form>
            <RememberSwitch />
            <OpenAssessment />
        </div>
    }
}
