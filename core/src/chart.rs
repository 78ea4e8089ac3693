//! Geometry of the readiness chart: for each dimension, its name above a horizontal bar, with
//! the ready threshold drawn across all bars. Pure numbers in a fixed 360-unit-wide box, so the
//! same drawing reads on a phone and scales up on a desktop; the app's `GapChart` only maps them
//! to SVG.

use crate::scoring::{Report, Status};

pub const WIDTH: f32 = 360.0;
const LEFT: f32 = 4.0;
const RIGHT_SPACE: f32 = 4.0;
const TOP: f32 = 18.0;
const ROW_HEIGHT: f32 = 44.0;
const LABEL_HEIGHT: f32 = 16.0;
pub const BAR_HEIGHT: f32 = 18.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Baseline of the label text.
    pub label_y: f32,
    /// Top of the bar.
    pub y: f32,
    pub width: f32,
    pub readiness: Option<u8>,
    pub status: Status,
    /// The value written at the end of the label line, so the chart reads without colour.
    pub value_text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub width: f32,
    pub height: f32,
    pub plot_x: f32,
    pub plot_width: f32,
    /// Where the ready threshold falls, as an x coordinate.
    pub target_x: f32,
    pub target_percent: u8,
    pub bars: Vec<Bar>,
}

pub fn readiness_chart(report: &Report, ready_percent: u8) -> ChartGeometry {
    let plot_width = WIDTH - LEFT - RIGHT_SPACE;
    let x = |percent: u8| plot_width * f32::from(percent.min(100)) / 100.0;
    let bars: Vec<Bar> = report
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let row = TOP + ROW_HEIGHT * i as f32;
            Bar {
                label: d.dimension.name.clone(),
                label_y: row + LABEL_HEIGHT - 4.0,
                y: row + LABEL_HEIGHT,
                width: d.readiness.map(x).unwrap_or(0.0),
                readiness: d.readiness,
                status: d.status,
                value_text: match d.readiness {
                    Some(r) => format!("{r}% {}", d.status.label().to_lowercase()),
                    None => "not answered".to_string(),
                },
            }
        })
        .collect();
    ChartGeometry {
        width: WIDTH,
        height: TOP + ROW_HEIGHT * bars.len() as f32,
        plot_x: LEFT,
        plot_width,
        target_x: LEFT + x(ready_percent),
        target_percent: ready_percent,
        bars,
    }
}
