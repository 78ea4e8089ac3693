//! Progress over time: snapshots of real reports, what moved between them, the chart's
//! geometry, and the saved list (format `ladder-history/1`) with a golden string.

use ladder_core::chart::history_chart;
use ladder_core::history::{decode, encode, movements, snapshot, HistoryError, Movement};
use ladder_core::{
    load, score, Action, Assessment, DimensionId, Framework, LevelId, NaiveDate, Rating, Status,
    YearMonth,
};

fn framework() -> Framework {
    load(include_str!("../../framework.json")).unwrap()
}

/// Written by the first release of the format. Never change this string: add a new one.
const GOLDEN_V1: &str = "ladder-history/1
snapshot=2026-08-01,IC03,IC04
dim=leadership,40,gap
dim=scope,-,incomplete
snapshot=2026-11-22,IC03,IC04
dim=leadership,65,close
dim=scope,100,ready
end=7
";

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

#[test]
fn golden_v1_decodes_and_encodes_back() {
    let snapshots = decode(GOLDEN_V1).unwrap();
    assert_eq!(snapshots.len(), 2);
    assert_eq!(snapshots[1].taken_on, day(11, 22));
    assert_eq!(encode(&snapshots), GOLDEN_V1);
    assert_eq!(
        movements(&snapshots[0], &snapshots[1]),
        [
            Movement {
                dimension: DimensionId::new("leadership"),
                from: Status::Gap,
                to: Status::Close,
                points: Some(25),
            },
            Movement {
                dimension: DimensionId::new("scope"),
                from: Status::Incomplete,
                to: Status::Ready,
                points: None,
            },
        ]
    );
}

#[test]
fn a_report_becomes_a_snapshot_that_round_trips() {
    let fw = framework();
    let mut a = Assessment::new(&fw, YearMonth::new(2025, 6).unwrap());
    a.apply(&fw, Action::SetCurrent(LevelId::new("IC03")));
    for e in &fw.find_level("IC04").unwrap().expectations {
        for s in &e.statements {
            a.apply(&fw, Action::Rate(s.id.clone(), Some(Rating::Usually)));
        }
    }
    let s = snapshot(&score(&fw, &a).unwrap(), day(11, 22));
    assert_eq!(s.dimensions.len(), 6);
    assert!(s
        .dimensions
        .iter()
        .all(|d| d.readiness == Some(67) && d.status == Status::Close));
    assert_eq!(decode(&encode(std::slice::from_ref(&s))).unwrap(), [s]);
}

#[test]
fn the_chart_places_snapshots_left_to_right_and_readiness_bottom_to_top() {
    let snapshots = decode(GOLDEN_V1).unwrap();
    let g = history_chart(&snapshots, 80);
    assert_eq!(g.xs.len(), 2);
    assert!(g.xs[0] < g.xs[1]);
    let leadership = &g.lines[0];
    assert_eq!(leadership.points.len(), 2);
    assert!(
        leadership.points[1].1 < leadership.points[0].1,
        "65% is drawn above 40%"
    );
    assert_eq!(
        g.lines[1].points.len(),
        1,
        "no point where there was no figure"
    );
    assert!(g.ready_y > g.plot_top && g.ready_y < g.plot_bottom);
}

#[test]
fn damaged_history_is_refused_with_a_reason() {
    let check =
        |text: &str, expected: HistoryError| assert_eq!(decode(text), Err(expected), "{text}");
    check("hello", HistoryError::UnknownVersion);
    check(&GOLDEN_V1[..GOLDEN_V1.len() - 8], HistoryError::Truncated);
    check(
        &GOLDEN_V1.replace("dim=scope,100,ready", "dim=scope,140,ready"),
        HistoryError::Malformed { line: 7 },
    );
    check(
        &GOLDEN_V1.replace("2026-08-01", "2026-02-30"),
        HistoryError::Malformed { line: 2 },
    );
    let mut many = String::from("ladder-history/1\n");
    for _ in 0..21 {
        many.push_str("snapshot=2026-01-01,IC03,IC04\n");
    }
    many.push_str("end=22\n");
    check(&many, HistoryError::TooMany { count: 21 });
    assert_eq!(
        HistoryError::TooMany { count: 21 }.to_string(),
        "it holds 21 snapshots, more than the 20 kept"
    );
}
