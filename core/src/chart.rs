//! Geometry of the readiness chart: one horizontal bar per dimension against the ready line.
//! Pure numbers; the app's `GapChart` only maps them to SVG.

use crate::scoring::{Report, Status};

pub const WIDTH: f32 = 640.0;
pub const LABEL_WIDTH: f32 = 220.0;
pub const ROW_HEIGHT: f32 = 34.0;
pub const BAR_HEIGHT: f32 = 20.0;
pub const TOP: f32 = 28.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub y: f32,
    pub width: f32,
    pub readiness: Option<u8>,
    pub status: Status,
    /// The value written at the end of the bar, so the chart reads without colour.
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
    let plot_x = LABEL_WIDTH;
    let plot_width = WIDTH - LABEL_WIDTH - 70.0;
    let x = |percent: u8| plot_width * f32::from(percent.min(100)) / 100.0;
    let bars: Vec<Bar> = report
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| Bar {
            label: d.dimension.name.clone(),
            y: TOP + ROW_HEIGHT * i as f32,
            width: d.readiness.map(x).unwrap_or(0.0),
            readiness: d.readiness,
            status: d.status,
            value_text: match d.readiness {
                Some(r) => format!("{r}% {}", d.status.label().to_lowercase()),
                None => "not answered".to_string(),
            },
        })
        .collect();
    ChartGeometry {
        width: WIDTH,
        height: TOP + ROW_HEIGHT * bars.len() as f32 + 8.0,
        plot_x,
        plot_width,
        target_x: plot_x + x(ready_percent),
        target_percent: ready_percent,
        bars,
    }
}
