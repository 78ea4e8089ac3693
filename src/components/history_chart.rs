//! Readiness over time as SVG: one line per dimension across the kept snapshots, with the
//! ready level marked. Geometry comes from `ladder_core::chart::history_chart`; each line ends
//! in its dimension's name, and the table on the page gives the same figures.

use ladder_core::chart::HistoryGeometry;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryChartProps {
    pub geometry: HistoryGeometry,
    /// Dimension names, in the order of the geometry's lines.
    pub names: Vec<String>,
    /// Snapshot dates as they read, in order.
    pub dates: Vec<String>,
}

#[component]
pub fn HistoryChart(props: &HistoryChartProps) -> Html {
    let g = &props.geometry;
    html! {
        <figure class="history-chart">
            <svg viewBox={format!("0 0 {} {}", g.width, g.height)} role="img" aria-labelledby="history-title" data-testid="history-chart">
                <title id="history-title">{ t!("history-chart-title") }</title>
                { for g.gridlines.iter().map(|(p, y)| html! {
                    <>
                        <line class="grid" x1={g.plot_left.to_string()} x2={g.plot_right.to_string()} y1={y.to_string()} y2={y.to_string()} />
                        <text class="axis" x={(g.plot_left - 4).to_string()} y={(y + 4).to_string()} text-anchor="end">{ t!("percent", value = *p) }</text>
                    </>
                }) }
                <line class="target" x1={g.plot_left.to_string()} x2={g.plot_right.to_string()} y1={g.ready_y.to_string()} y2={g.ready_y.to_string()} />
                { for g.lines.iter().enumerate().map(|(i, line)| {
                    let points = line.points.iter().map(|(x, y)| format!("{x},{y}")).collect::<Vec<_>>().join(" ");
                    html! {
                        <g class={format!("series series-{}", i % 7)}>
                            <polyline points={points} />
                            { for line.points.iter().map(|(x, y)| html! { <circle cx={x.to_string()} cy={y.to_string()} r="3" /> }) }
                        </g>
                    }
                }) }
                { for g.xs.iter().zip(&props.dates).map(|(x, d)| html! {
                    <text class="axis" x={x.to_string()} y={(g.plot_bottom + 16).to_string()} text-anchor="middle">{ d.clone() }</text>
                }) }
            </svg>
            <figcaption>
                <ul class="legend">
                    { for props.names.iter().enumerate().map(|(i, n)| html! {
                        <li><span class={format!("swatch series-{}", i % 7)} aria-hidden="true"></span>{ n.clone() }</li>
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}
