//! Progress over time: the kept report snapshots as a chart of readiness per dimension (with a
//! table that gives the same figures), what changed since the previous snapshot, and a way to
//! delete any of them. Kept only on this device, and only while remembering is on.

use crate::components::HistoryChart;
use crate::hooks::{
    download_text, read_history, use_framework, use_page_title, write_history, SaveStatus,
};
use crate::route::Route;
use crate::words::{count, date, movement, readiness};
use ladder_core::chart::history_chart;
use ladder_core::history::{movements, Snapshot};
use ladder_core::{DimensionId, Framework};
use std::rc::Rc;
use yew::prelude::*;

fn dimension_name(fw: &Framework, id: &DimensionId) -> String {
    fw.tracks
        .iter()
        .find_map(|t| t.dimension(id))
        .map_or(id.to_string(), |d| d.name.clone())
}

#[component]
pub fn HistoryPage() -> Html {
    let fw = use_framework();
    use_page_title("Your progress · Assess yourself".to_string());
    let remembering = use_context::<SaveStatus>().is_some_and(|s| s.remembering);
    let kept = use_state(read_history);
    let failed = use_state(|| false);

    let body = match &*kept {
        Err((error, raw)) => {
            let raw: Rc<str> = raw.clone();
            let download = Callback::from(move |_: MouseEvent| {
                download_text("ladder-history.txt", "text/plain", &raw);
            });
            html! {
                <div class="problem" role="alert">
                    <p>{ format!("Your kept snapshots could not be read: {error}. They are left as they are.") }</p>
                    <button type="button" onclick={download}>{ "Download them" }</button>
                </div>
            }
        }
        Ok(list) if list.is_empty() => html! {
            <p data-testid="no-snapshots">{ if remembering {
                "No snapshot kept yet. On a finished report, choose “Keep this report as a snapshot”."
            } else {
                "Snapshots are kept only when “Remember on this device” is on (on the first page of the self-assessment)."
            } }</p>
        },
        Ok(list) => {
            let delete = |index: usize| {
                let (kept, failed, list) = (kept.clone(), failed.clone(), list.clone());
                Callback::from(move |_: MouseEvent| {
                    let mut next = list.clone();
                    next.remove(index);
                    match write_history(&next) {
                        Ok(()) => kept.set(Ok(next)),
                        Err(_) => failed.set(true),
                    }
                })
            };
            let latest = list.last().expect("the list is not empty");
            let dims: Vec<&DimensionId> = latest.dimensions.iter().map(|d| &d.dimension).collect();
            let since = (list.len() > 1).then(|| movements(&list[list.len() - 2], latest));
            html! {
                <>
                    <p>{ format!("{} kept on this device, the latest on {}.", count(list.len() as u64, "snapshot"), date(latest.taken_on)) }</p>
                    <HistoryChart geometry={history_chart(list, fw.settings.ready_percent)}
                        names={dims.iter().map(|d| dimension_name(&fw, d)).collect::<Vec<_>>()}
                        dates={list.iter().map(|s| date(s.taken_on)).collect::<Vec<_>>()} />
                    if let Some(moved) = since {
                        <section aria-labelledby="since" data-testid="since-previous">
                            <h2 id="since">{ "Since the previous snapshot" }</h2>
                            if moved.is_empty() {
                                <p>{ "Nothing moved." }</p>
                            } else {
                                <ul>{ for moved.iter().map(|m| html! { <li>{ movement(&dimension_name(&fw, &m.dimension), m) }</li> }) }</ul>
                            }
                        </section>
                    }
                    { snapshot_table(&fw, list, &dims, delete) }
                    if *failed {
                        <p class="error" role="alert">{ "The browser refused the change; nothing was deleted." }</p>
                    }
                </>
            }
        }
    };
    html! {
        <div class="history" data-testid="history">
            <h1>{ "Your progress over time" }</h1>
            { body }
            <nav class="pager" aria-label="Assessment">
                <a href={Route::AssessReport.href()}>{ "← Your report" }</a>
            </nav>
        </div>
    }
}

/// The chart's figures as a table: one row per snapshot, one column per dimension.
fn snapshot_table(
    fw: &Framework,
    list: &[Snapshot],
    dims: &[&DimensionId],
    delete: impl Fn(usize) -> Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-label="Snapshots (scrolls sideways)">
        <table data-testid="history-table">
            <caption>{ "Readiness per dimension in each snapshot" }</caption>
            <thead><tr>
                <th scope="col">{ "Snapshot" }</th>
                { for dims.iter().map(|d| html! { <th scope="col">{ dimension_name(fw, d) }</th> }) }
                <th scope="col"><span class="visually-hidden">{ "Delete" }</span></th>
            </tr></thead>
            <tbody>
                { for list.iter().enumerate().map(|(i, s)| html! {
                    <tr>
                        <th scope="row">{ format!("{} ({} → {})", date(s.taken_on), s.current, s.target) }</th>
                        { for dims.iter().map(|d| {
                            let cell = s.dimensions.iter().find(|x| &&x.dimension == d);
                            html! { <td>{ cell.map_or("—".to_string(), |c| readiness(c.readiness, c.status)) }</td> }
                        }) }
                        <td><button type="button" class="link-button" onclick={delete(i)}
                            aria-label={format!("Delete the snapshot of {}", date(s.taken_on))}>{ "Delete" }</button></td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
