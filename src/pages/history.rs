//! Progress over time: the kept report snapshots as a chart of readiness per dimension (with a
//! table that gives the same figures), what changed since the previous snapshot, and a way to
//! delete any of them. Kept only on this device, and only while remembering is on.

use crate::components::HistoryChart;
use crate::hooks::{
    download_text, read_history, use_framework, use_page_title, write_history, SaveStatus,
};
use crate::route::Route;
use crate::words::{date, movement, readiness};
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
    use_page_title(t!("history-title"));
    let remembering = use_context::<SaveStatus>().is_some_and(|s| s.remembering);
    let kept = use_state(read_history);
    let failed = use_state(|| false);

    let body = match &*kept {
        Err((error, raw)) => {
            let raw: Rc<str> = raw.clone();
            let download = Callback::from(move |_: MouseEvent| {
                download_text(&t!("history-download-file"), "text/plain", &raw);
            });
            html! {
                <div class="problem" role="alert">
                    <p>{ t!("history-unreadable", error = crate::words::problems::history(error)) }</p>
                    <button type="button" onclick={download}>{ t!("history-download") }</button>
                </div>
            }
        }
        Ok(list) if list.is_empty() => html! {
            <p data-testid="no-snapshots">{ if remembering {
                t!("history-none-yet")
            } else {
                t!("history-not-remembering")
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
                    <p>{ t!("history-kept", count = list.len(), date = date(latest.taken_on)) }</p>
                    <HistoryChart geometry={history_chart(list, fw.settings.ready_percent)}
                        names={dims.iter().map(|d| dimension_name(&fw, d)).collect::<Vec<_>>()}
                        dates={list.iter().map(|s| date(s.taken_on)).collect::<Vec<_>>()} />
                    if let Some(moved) = since {
                        <section aria-labelledby="since" data-testid="since-previous">
                            <h2 id="since">{ t!("history-since-previous") }</h2>
                            if moved.is_empty() {
                                <p>{ t!("history-nothing-moved") }</p>
                            } else {
                                <ul>{ for moved.iter().map(|m| html! { <li>{ movement(&dimension_name(&fw, &m.dimension), m) }</li> }) }</ul>
                            }
                        </section>
                    }
                    { snapshot_table(&fw, list, &dims, delete) }
                    if *failed {
                        <p class="error" role="alert">{ t!("history-delete-refused") }</p>
                    }
                </>
            }
        }
    };
    html! {
        <div class="history" data-testid="history">
            <h1>{ t!("history-heading") }</h1>
            { body }
            <nav class="pager" aria-label={t!("assess-nav-assessment")}>
                <a href={Route::AssessReport.href()}>{ t!("history-back-to-report") }</a>
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
        <div class="table-scroll" tabindex="0" role="region" aria-label={t!("history-table-region")}>
        <table data-testid="history-table">
            <caption>{ t!("history-table-caption") }</caption>
            <thead><tr>
                <th scope="col">{ t!("history-table-snapshot") }</th>
                { for dims.iter().map(|d| html! { <th scope="col">{ dimension_name(fw, d) }</th> }) }
                <th scope="col"><span class="visually-hidden">{ t!("history-delete") }</span></th>
            </tr></thead>
            <tbody>
                { for list.iter().enumerate().map(|(i, s)| html! {
                    <tr>
                        <th scope="row">{ t!("history-table-row", date = date(s.taken_on), current = s.current.to_string(), target = s.target.to_string()) }</th>
                        { for dims.iter().map(|d| {
                            let cell = s.dimensions.iter().find(|x| &&x.dimension == d);
                            html! { <td>{ cell.map_or("—".to_string(), |c| readiness(c.readiness, c.status)) }</td> }
                        }) }
                        <td><button type="button" class="link-button" onclick={delete(i)}
                            aria-label={t!("history-delete-label", date = date(s.taken_on))}>{ t!("history-delete") }</button></td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}
