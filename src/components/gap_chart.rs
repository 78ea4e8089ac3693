//! Readiness per dimension as an SVG bar chart against the ready line, drawn across each bar
//! and never through a label. Geometry comes from
//! `ladder_core::chart`; each bar carries its value and status as text, so the chart reads
//! without colour, and the table below it is the screen-reader equivalent.

use crate::words::readiness;
use ladder_core::chart::ChartGeometry;
use ladder_core::Status;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GapChartProps {
    pub geometry: ChartGeometry,
}

#[component]
pub fn GapChart(props: &GapChartProps) -> Html {
    let g = &props.geometry;
    let class = |s: Status| format!("bar {}", crate::components::status_class(s));
    html! {
        <figure class="gap-chart">
            <svg viewBox={format!("0 0 {} {}", g.width, g.height)} role="img" aria-labelledby="chart-title" data-testid="gap-chart">
                <title id="chart-title">{ t!("gap-chart-title", ready = g.target_percent) }</title>
                { for g.bars.iter().map(|b| {
                    let bar_height = ladder_core::chart::BAR_HEIGHT.to_string();
                    html! {
                        <g>
                            <text class="label" x={g.plot_x.to_string()} y={b.label_y.to_string()}>{ &b.label }</text>
                            <rect class="track" x={g.plot_x.to_string()} y={b.y.to_string()} width={g.plot_width.to_string()} height={bar_height.clone()} />
                            <rect class={class(b.status)} x={g.plot_x.to_string()} y={b.y.to_string()} width={b.width.to_string()} height={bar_height} />
                            <text class="value" x={(g.plot_x + g.plot_width).to_string()} y={b.label_y.to_string()} text-anchor="end">{ readiness(b.readiness, b.status) }</text>
                            // The ready line crosses each bar only, never the labels above it.
                            <line class="target" x1={g.target_x.to_string()} x2={g.target_x.to_string()}
                                y1={(b.y - 3).to_string()} y2={(b.y + ladder_core::chart::BAR_HEIGHT + 3).to_string()} />
                        </g>
                    }
                }) }

                <text class="target-label" x={g.target_x.to_string()} y="10" text-anchor="middle">{ t!("gap-chart-ready", ready = g.target_percent) }</text>
            </svg>
        </figure>
    }
}
