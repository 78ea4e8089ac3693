//! Geometry of the readiness chart, in whole SVG units (integers keep float formatting, and
//! its tables, out of the shipped wasm): for each dimension, its name above a horizontal bar, with
//! the ready threshold drawn across all bars. Pure numbers in a fixed 360-unit-wide box, so the
//! same drawing reads on a phone and scales up on a desktop; the app's `GapChart` only maps them
//! to SVG.

use crate::scoring::{Report, Status};

pub const WIDTH: u32 = 360;
const LEFT: u32 = 4;
const RIGHT_SPACE: u32 = 4;
const TOP: u32 = 18;
const ROW_HEIGHT: u32 = 44;
const LABEL_HEIGHT: u32 = 16;
pub const BAR_HEIGHT: u32 = 18;

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// Baseline of the label text.
    pub label_y: u32,
    /// Top of the bar.
    pub y: u32,
    pub width: u32,
    /// Written at the end of the label line with the status, so the chart reads without colour.
    pub readiness: Option<u8>,
    pub status: Status,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub width: u32,
    pub height: u32,
    pub plot_x: u32,
    pub plot_width: u32,
    /// Where the ready threshold falls, as an x coordinate.
    pub target_x: u32,
    pub target_percent: u8,
    pub bars: Vec<Bar>,
}

pub fn readiness_chart(report: &Report, ready_percent: u8) -> ChartGeometry {
    let plot_width = WIDTH - LEFT - RIGHT_SPACE;
    let x = |percent: u8| plot_width * u32::from(percent.min(100)) / 100;
    let bars: Vec<Bar> = report
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let row = TOP + ROW_HEIGHT * i as u32;
            Bar {
                label: d.dimension.name.clone(),
                label_y: row + LABEL_HEIGHT - 4,
                y: row + LABEL_HEIGHT,
                width: d.readiness.map(x).unwrap_or(0),
                readiness: d.readiness,
                status: d.status,
            }
        })
        .collect();
    ChartGeometry {
        width: WIDTH,
        height: TOP + ROW_HEIGHT * bars.len() as u32,
        plot_x: LEFT,
        plot_width,
        target_x: LEFT + x(ready_percent),
        target_percent: ready_percent,
        bars,
    }
}

/// One dimension's readiness across snapshots, as a polyline.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryLine {
    pub dimension: crate::model::DimensionId,
    /// One point per snapshot that has a readiness figure for the dimension.
    pub points: Vec<(u32, u32)>,
}

/// Readiness over time: snapshots evenly spaced left to right, 0–100% bottom to top, one line
/// per dimension of the latest snapshot, and the ready threshold as a level line.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryGeometry {
    pub width: u32,
    pub height: u32,
    pub plot_left: u32,
    pub plot_right: u32,
    pub plot_top: u32,
    pub plot_bottom: u32,
    /// The x of each snapshot, in order.
    pub xs: Vec<u32>,
    /// The y of 0%, 50% and 100%, for the axis labels.
    pub gridlines: Vec<(u8, u32)>,
    pub ready_y: u32,
    pub lines: Vec<HistoryLine>,
}

pub fn history_chart(snapshots: &[crate::history::Snapshot], ready_percent: u8) -> HistoryGeometry {
    const HEIGHT: u32 = 200;
    let (left, right, top, bottom) = (34, WIDTH - 10, 10, HEIGHT - 24);
    let y = |percent: u8| bottom - (bottom - top) * u32::from(percent.min(100)) / 100;
    let n = snapshots.len() as u32;
    let xs: Vec<u32> = (0..n)
        .map(|i| match n {
            1 => (left + right) / 2,
            _ => left + (right - left) * i / (n - 1),
        })
        .collect();
    let lines = snapshots
        .last()
        .map(|latest| {
            latest
                .dimensions
                .iter()
                .map(|d| HistoryLine {
                    dimension: d.dimension.clone(),
                    points: snapshots
                        .iter()
                        .zip(&xs)
                        .filter_map(|(s, &x)| {
                            let r = s
                                .dimensions
                                .iter()
                                .find(|o| o.dimension == d.dimension)?
                                .readiness?;
                            Some((x, y(r)))
                        })
                        .collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    HistoryGeometry {
        width: WIDTH,
        height: HEIGHT,
        plot_left: left,
        plot_right: right,
        plot_top: top,
        plot_bottom: bottom,
        xs,
        gridlines: [0, 50, 100].iter().map(|&p| (p, y(p))).collect(),
        ready_y: y(ready_percent),
        lines,
    }
}
