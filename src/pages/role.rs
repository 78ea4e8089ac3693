//! A role's expectations, between a hiring manager and a candidate. The manager picks a level,
//! marks the dimensions that matter most and may add a short note, and sends the link. The
//! candidate reads "What this role expects" (marked dimensions first, the note as plain text),
//! may rate themselves against it, and sends their view back; the manager then sees it next to
//! the role, dimension by dimension. Everything travels in the links.

use crate::components::{LevelPicker, LinkProblem, RatingScale, SharePanel};
use crate::hooks::{address_of, use_framework, use_local_answers, use_page_title, use_today};
use crate::route::Route;
use crate::words::errors::share_error;
use crate::words::{level_label, readiness, sent_by_link};
use ladder_core::share::{decode, decode_role, encode, encode_role, Role, MAX_ROLE_NOTE_CHARS};
use ladder_core::{score, Action, Assessment, DimensionId, Framework, LevelId, YearMonth};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The level's dimensions, those the role marks first (in the order marked).
fn dimensions_in_order(fw: &Framework, role: &Role) -> Vec<(DimensionId, String, bool)> {
    let Some(level) = fw.level(&role.level) else {
        return Vec::new();
    };
    let track = fw.track_of(level);
    let mut out: Vec<(DimensionId, String, bool)> = role
        .marked
        .iter()
        .filter_map(|d| Some((d.clone(), track.dimension(d)?.name.clone(), true)))
        .collect();
    out.extend(
        track
            .dimensions
            .iter()
            .filter(|d| !role.marked.contains(&d.id))
            .map(|d| (d.id.clone(), d.name.clone(), false)),
    );
    out
}

#[component]
pub fn RoleBuilderPage() -> Html {
    let fw = use_framework();
    use_page_title(t!("role-builder-heading"));
    let level = use_state(|| {
        fw.levels()
            .nth(2)
            .or(fw.levels().next())
            .map(|l| l.id.clone())
            .unwrap_or_else(|| LevelId::new(""))
    });
    let marked = use_state(Vec::<DimensionId>::new);
    let note = use_state(String::new);
    let link = use_state(|| None::<String>);
    let Some(chosen) = fw.level(&level) else {
        return html! {};
    };
    let track = fw.track_of(chosen);
    let on_level = {
        let (level, marked, link) = (level.clone(), marked.clone(), link.clone());
        Callback::from(move |id: LevelId| {
            level.set(id);
            marked.set(Vec::new());
            link.set(None);
        })
    };
    let toggle = |d: DimensionId| {
        let (marked, link) = (marked.clone(), link.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = (*marked).clone();
            next.retain(|x| x != &d);
            if input.checked() {
                next.push(d.clone());
            }
            marked.set(next);
            link.set(None);
        })
    };
    let on_note = {
        let (note, link) = (note.clone(), link.clone());
        Callback::from(move |e: InputEvent| {
            let area: HtmlTextAreaElement = e.target_unchecked_into();
            note.set(area.value());
            link.set(None);
        })
    };
    let length = note.chars().count();
    let too_long = length > MAX_ROLE_NOTE_CHARS;
    let make = {
        let (level, marked, note, link) =
            (level.clone(), marked.clone(), note.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            if note.chars().count() > MAX_ROLE_NOTE_CHARS {
                return;
            }
            let role = Role {
                level: (*level).clone(),
                marked: (*marked).clone(),
                note: (*note).clone(),
            };
            let route = Route::Role {
                role: Some(encode_role(&role)),
                answers: None,
            };
            link.set(Some(address_of(&route)));
        })
    };
    html! {
        <div class="role-builder" data-testid="role-builder">
            <h1>{ t!("role-builder-heading") }</h1>
            <p class="lead">{ t!("role-builder-lead") }</p>
            <form class="assess-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <LevelPicker id="role-level" label={t!("role-builder-level")} selected={(*level).clone()} on_change={on_level} />
                <fieldset>
                    <legend>{ t!("role-builder-dimensions") }</legend>
                    { for track.dimensions.iter().map(|d| {
                        let id = format!("mark-{}", d.id);
                        html! {
                            <div class="check">
                                <input id={id.clone()} type="checkbox" checked={marked.contains(&d.id)} onchange={toggle(d.id.clone())} />
                                <label for={id}>{ &d.name }</label>
                            </div>
                        }
                    }) }
                </fieldset>
                <div class="field">
                    <label for="role-note">{ t!("role-builder-note") }</label>
                    <textarea id="role-note" rows="3" aria-describedby="role-note-hint" aria-invalid={too_long.then_some("true")} oninput={on_note} value={(*note).clone()} />
                    <p id="role-note-hint" class="hint" aria-live="polite">
                        if too_long {
                            <span class="error">{ t!("role-builder-note-too-long", length = length, most = MAX_ROLE_NOTE_CHARS) }</span>
                        } else {
                            { t!("role-builder-note-length", length = length, most = MAX_ROLE_NOTE_CHARS) }
                        }
                    </p>
                </div>
                <p><button type="button" onclick={make} disabled={too_long}>{ t!("role-builder-make-link") }</button></p>
            </form>
            if let Some(url) = (*link).clone() {
                <SharePanel id="role-link" label={t!("role-builder-link")} url={AttrValue::from(url)}
                    sentence={t!("role-builder-link-sentence")} />
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RolePageProps {
    pub role: AttrValue,
    #[prop_or_default]
    pub answers: Option<String>,
}

#[component]
pub fn RolePage(props: &RolePageProps) -> Html {
    let fw = use_framework();
    let today = use_today();
    use_page_title(t!("role-heading"));
    let role = decode_role(&fw, &props.role);
    let start = role.as_ref().ok().map(|r| {
        let since = YearMonth::new(2000, 1).expect("a valid month");
        let mut a = Assessment::new(&fw, since);
        a.apply(&fw, Action::SetCurrent(r.level.clone()));
        a.apply(&fw, Action::SetTarget(r.level.clone()));
        a
    });
    let mine = use_local_answers(fw.clone(), start);
    let sent = use_state(|| None::<String>);
    let role = match role {
        Ok(role) => role,
        Err(e) => {
            return html! {
                <LinkProblem testid="role-broken" title={t!("role-broken")}
                    message={t!("role-broken-reason", reason = share_error(&e))} />
            };
        }
    };
    let Some(level) = fw.level(&role.level) else {
        return html! {};
    };
    let dims = dimensions_in_order(&fw, &role);
    if let Some(answers) = &props.answers {
        return candidate_view(&fw, &role, &dims, answers);
    }
    let Some(a) = mine.get() else {
        return html! {};
    };
    let send = {
        let (sent, a, role_link) = (sent.clone(), a.clone(), props.role.to_string());
        Callback::from(move |_: MouseEvent| {
            let route = Route::Role {
                role: Some(role_link.clone()),
                answers: Some(encode(&a, today)),
            };
            sent.set(Some(address_of(&route)));
        })
    };
    html! {
        <div class="role-page" data-testid="role-page">
            <h1>{ t!("role-heading-level", level = level_label(level)) }</h1>
            if !role.note.is_empty() {
                <section class="callout" aria-label={t!("role-note")}>
                    <p class="role-note">{ role.note.clone() }</p>
                </section>
            }
            if let Some(summary) = &level.summary {
                <p class="lead">{ summary }</p>
            }
            <p class="hint">{ t!("role-hint") }</p>
            { for dims.iter().map(|(d, name, marked)| {
                let statements = level.expectations_for(d).map_or(&[][..], |e| &e.statements[..]);
                html! {
                    <section class={classes!("role-dimension", marked.then_some("marked"))} aria-label={name.clone()}>
                        <h2>{ name.clone() }
                            if *marked {
                                <span class="marked-label">{ " " }{ t!("role-matters-most") }</span>
                            }
                        </h2>
                        { for statements.iter().map(|s| html! {
                            <RatingScale key={s.id.to_string()} statement={s.id.clone()} answer={a.answer(&s.id)} on_rate={mine.rate(s.id.clone())} />
                        }) }
                    </section>
                }
            }) }
            <div class="report-actions">
                <button type="button" onclick={send}>{ t!("role-send-back") }</button>
            </div>
            if let Some(url) = (*sent).clone() {
                <SharePanel id="role-answers-link" label={t!("role-answers-link")} url={AttrValue::from(url)}
                    sentence={t!("role-answers-link-sentence")} />
            }
        </div>
    }
}

/// The hiring manager's view: the candidate's answers next to the role, dimension by dimension.
fn candidate_view(
    fw: &Framework,
    role: &Role,
    dims: &[(DimensionId, String, bool)],
    answers: &str,
) -> Html {
    let shared = match decode(fw, answers) {
        Ok(s) if s.assessment.target == role.level => s,
        Ok(_) => {
            return html! { <p class="problem" role="alert">{ t!("role-view-other-level") }</p> }
        }
        Err(e) => {
            return html! {
                <LinkProblem testid="role-broken" title={t!("role-view-broken")}
                    message={t!("role-view-broken-reason", reason = share_error(&e))} />
            };
        }
    };
    let Some(report) = score(fw, &shared.assessment) else {
        return html! {};
    };
    html! {
        <div class="role-view" data-testid="role-view">
            <h1>{ t!("role-view-heading", level = role.level.to_string()) }</h1>
            <p class="hint" data-testid="sent-by-link">{ sent_by_link() }</p>
            <p class="hint">{ t!("role-view-answered-on", date = crate::words::date(shared.made_on)) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label={t!("role-view-table")}>
            <table data-testid="role-view-table">
                <caption>{ t!("role-view-caption") }</caption>
                <thead><tr><th scope="col">{ t!("role-view-dimension") }</th><th scope="col">{ t!("role-view-for-role") }</th><th scope="col">{ t!("role-view-candidate") }</th></tr></thead>
                <tbody>
                    { for dims.iter().map(|(d, name, marked)| {
                        let result = report.dimensions.iter().find(|r| &r.dimension.id == d);
                        html! {
                            <tr>
                                <th scope="row">{ name.clone() }</th>
                                <td>{ if *marked { t!("role-view-matters-most") } else { t!("role-view-expected") } }</td>
                                <td>{ result.map_or("—".to_string(), |r| t!("role-view-readiness", readiness = readiness(r.readiness, r.status), answered = r.answered, total = r.total)) }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            </div>
        </div>
    }
}
