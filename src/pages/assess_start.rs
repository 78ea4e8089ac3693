//! Self-assessment, first step: current level, target, when the current level was reached,
//! and an optional name that stays on the page.

use crate::components::{LevelPicker, NumberField};
use crate::format::{months, MONTHS};
use crate::hooks::{use_assessment, use_framework, use_page_title, use_today};
use crate::route::Route;
use crate::SavedNotice;
use ladder_core::{Action, LevelId, YearMonth};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[component]
pub fn AssessStartPage() -> Html {
    let fw = use_framework();
    let handle = use_assessment();
    let today = use_today();
    use_page_title("Assess yourself".to_string());
    let saved = use_context::<SavedNotice>().unwrap_or(SavedNotice(None));
    let on_clear = handle.callback(|_: MouseEvent| Some(Action::ClearAnswers));
    let a = handle.assessment();
    let since = a.in_level_since;
    let current = fw
        .level(&a.current)
        .expect("the assessment keeps known levels");
    // Targets: any higher level on the same track, or any level on another track.
    let track = fw.track_of(current);
    let on_current = handle.callback(|id: String| Some(Action::SetCurrent(LevelId::new(id))));
    let on_target = handle.callback(|e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        Some(Action::SetTarget(LevelId::new(select.value())))
    });
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
    let max_year = ladder_core::chrono_datelike::Datelike::year(&today);
    let on_name = handle.callback(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Some(Action::SetName(input.value()))
    });
    let in_future = since.first_day() > today;
    // At the top of a track the only moves left are to another track.
    let at_top = fw.next_level(current).is_none();
    let target_track_note = fw
        .level(&a.target)
        .filter(|t| t.track != current.track)
        .map(|t| {
            format!(
                "{} is on the {} track: Ladder will treat this as a track switch.",
                t.id,
                fw.track_of(t).name
            )
        });

    html! {
        <div class="assess-start" data-testid="assess-start">
            <h1>{ "Assess yourself" }</h1>
            <p class="lead">{ "Rate yourself against the expectations of the level you are aiming for, then get a gap report and a dated plan. Your answers stay in this browser tab: they survive a reload and are forgotten when you close the tab. Nothing is sent anywhere." }</p>
            if let Some(notice) = saved.0.clone() {
                <p class="callout" role="status" data-testid="saved-notice">{ notice }</p>
            }
            <form class="assess-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <LevelPicker id="current-level" label="Your current level" selected={a.current.to_string()} on_change={on_current} />
                <div class="field">
                    <label for="target-level">{ "The level you are aiming for" }</label>
                    <select id="target-level" onchange={on_target} aria-describedby="target-hint">
                        if at_top {
                            <option value="" disabled=true selected={a.target == a.current}>{ "Choose a level on another track" }</option>
                        } else {
                            <optgroup label={format!("{} (promotion)", track.name)}>
                                { for track.levels.iter().filter(|l| l.rank > current.rank).map(|l| html! {
                                    <option value={l.id.to_string()} selected={l.id == a.target}>{ format!("{} {}", l.id, l.title) }</option>
                                }) }
                            </optgroup>
                        }
                        { for fw.tracks.iter().filter(|t| t.id != track.id).map(|t| html! {
                            <optgroup label={format!("{} (track switch)", t.name)}>
                                { for t.levels.iter().map(|l| html! {
                                    <option value={l.id.to_string()} selected={l.id == a.target}>{ format!("{} {}", l.id, l.title) }</option>
                                }) }
                            </optgroup>
                        }) }
                    </select>
                    <p id="target-hint" class="hint">{ target_track_note.unwrap_or_else(|| if at_top {
                        format!("{} is the most senior level of its track: choose a level on another track to plan a switch.", current.id)
                    } else {
                        "By default, the next level on your track.".to_string()
                    }) }</p>
                </div>
                <fieldset class="since">
                    <legend>{ format!("When did you reach {}?", a.current) }</legend>
                    <div class="field">
                        <label for="since-month">{ "Month" }</label>
                        <select id="since-month" onchange={on_month}>
                            { for MONTHS.iter().enumerate().map(|(i, m)| html! {
                                <option value={(i + 1).to_string()} selected={since.month() as usize == i + 1}>{ *m }</option>
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
                    <input id="your-name" type="text" autocomplete="off" value={a.name.clone()} oninput={on_name} />
                </div>
                <p class="actions-row">
                    <a class="button" href={Route::AssessDimension { number: 1 }.href()}>{ "Start the questionnaire" }</a>
                    if !a.ratings.is_empty() || !a.notes.is_empty() {
                        <button type="button" class="link-button" onclick={on_clear}>{ "Clear all answers" }</button>
                    }
                </p>
            </form>
        </div>
    }
}
