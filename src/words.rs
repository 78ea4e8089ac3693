//! Every sentence the app builds from the core's data, in one place: dates, counts, level
//! labels, ratings and statuses, suggestions, criteria findings, timeline reasons and what a
//! restore left out. The core returns kinds and numbers; this module says them in English, so
//! a printed report, a shared view or a later translation reuse the same data.

use crate::hooks::{Kept, SavedNotice};
use chrono::{Datelike, Month, NaiveDate};
use ladder_core::scoring::{Finding, Suggestion};
use ladder_core::storage::LeftOut;
use ladder_core::{Constraint, Focus, Framework, Level, LevelId, Months, Rating, Status};

/// "22 Mar 2027".
pub fn date(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), &month_name(d.month())[..3], d.year())
}

/// "March" for 3; months outside 1–12 read as an empty string.
pub fn month_name(month: u32) -> &'static str {
    u8::try_from(month)
        .ok()
        .and_then(|m| Month::try_from(m).ok())
        .map_or("", |m| m.name())
}

/// "1 month", "3 months": a count with its noun, plural by adding "s".
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    match n.into() {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

pub fn months(n: impl Into<u64>) -> String {
    count(n, "month")
}

/// "24–36 months", "6 months", "36+ months".
pub fn month_span(m: Months) -> String {
    match m.max {
        None => format!("{}+ months", m.min),
        Some(max) if max == m.min => months(m.min),
        Some(max) => format!("{}–{} months", m.min, max),
    }
}

/// Outside input shown back: at most 40 characters, with "…" where it was cut, so a link
/// cannot put a paragraph of its own on the page.
pub fn excerpt(text: &str) -> String {
    ladder_core::clip(text)
}

/// A level as people name it: "IC04 Senior".
pub fn level_label(level: &Level) -> String {
    format!("{} {}", level.id, level.title)
}

/// Level codes as alternatives: "IC04 or IC05".
pub fn either(ids: &[LevelId]) -> String {
    ids.iter()
        .map(LevelId::as_str)
        .collect::<Vec<_>>()
        .join(" or ")
}

/// "80% operational, 20% strategic", or only the operational share when nothing is strategic.
pub fn focus(f: Focus) -> String {
    match f.strategic {
        0 => format!("{}% operational", f.operational),
        _ => format!("{}% operational, {}% strategic", f.operational, f.strategic),
    }
}

pub fn rating(r: Rating) -> &'static str {
    match r {
        Rating::NotYet => "Not yet",
        Rating::Sometimes => "Sometimes",
        Rating::Usually => "Usually",
        Rating::Consistently => "Consistently",
    }
}

/// The answer that leaves a statement unanswered.
pub const NOT_SURE: &str = "Not sure";

/// The status as a label: "Ready".
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Ready => "Ready",
        Status::Close => "Close",
        Status::Gap => "Gap",
        Status::Incomplete => "Incomplete",
    }
}

/// The status as a word inside a sentence, and as a CSS class: "ready".
pub fn status_word(s: Status) -> &'static str {
    match s {
        Status::Ready => "ready",
        Status::Close => "close",
        Status::Gap => "gap",
        Status::Incomplete => "incomplete",
    }
}

/// A dimension's readiness as the chart writes it: "67% close", or "not answered".
pub fn readiness(readiness: Option<u8>, s: Status) -> String {
    match readiness {
        Some(r) => format!("{r}% {}", status_word(s)),
        None => "not answered".to_string(),
    }
}

pub fn suggestion(s: &Suggestion) -> String {
    match s {
        Suggestion::Shift {
            attribute,
            from,
            to,
        } => format!("Shift {}: {from} → {to}", attribute.name),
        Suggestion::Statement { statement, .. } => {
            format!("Aim for “Usually” on: {}", statement.text)
        }
        Suggestion::Develop(area) => format!("Develop: {area}"),
    }
}

/// What a criterion finding means, in a sentence.
pub fn finding(f: Finding) -> String {
    let month_line = |have: u16, need: u16, what: &str| {
        if have >= need {
            format!("{} {what}.", months(have))
        } else {
            format!(
                "{} {what}; {} more needed.",
                months(have),
                months(need - have)
            )
        }
    };
    match f {
        Finding::MonthsAtCurrent { have, need } => {
            month_line(have, need, "meeting or exceeding the current level")
        }
        Finding::MonthsAtNext { have, need } => {
            month_line(have, need, "working consistently at the next level")
        }
        Finding::DimensionsReady(true) => {
            "Every dimension of the next level is rated ready.".to_string()
        }
        Finding::DimensionsReady(false) => {
            "Not every dimension of the next level is ready yet.".to_string()
        }
        Finding::Examples { have, need } if have >= need => {
            format!("{have} concrete examples to cite.")
        }
        Finding::Examples { have, need } => {
            format!("{have} concrete examples so far; a strong case cites at least {need}.")
        }
        Finding::Conversations { manager, peers } => match (manager, peers) {
            (true, true) => "Discussed with your manager, and peer feedback gathered.",
            (false, true) => "Not yet discussed with your manager.",
            (true, false) => "No peer feedback gathered yet.",
            (false, false) => "Not yet discussed with your manager, and no peer feedback gathered.",
        }
        .to_string(),
        Finding::NotAssessed => "Check this one with your manager.".to_string(),
    }
}

/// Why a date is what it is, in a sentence.
pub fn constraint(c: Constraint) -> String {
    let (needed, reached, already, more) = match c {
        Constraint::TimeInLevel { months: m, reached } => {
            return format!("{} in level reached on {}", months(m), date(reached));
        }
        Constraint::Consistency { months, reached } => (
            months,
            reached,
            "enough consistent next-level work already",
            "of consistent next-level work",
        ),
        Constraint::Performance { months, reached } => (
            months,
            reached,
            "current-level performance already sustained",
            "of meeting your current level",
        ),
    };
    match needed {
        0 => format!("{already}, as of {}", date(reached)),
        m => format!("{} more {more} → {}", months(m), date(reached)),
    }
}

/// "Leadership & Influence: gap → close, +25 points".
pub fn movement(name: &str, m: &ladder_core::history::Movement) -> String {
    let points = match m.points {
        Some(0) | None => String::new(),
        Some(p) => format!(", {p:+} points"),
    };
    if m.from == m.to {
        format!("{name}: still {}{points}", status_word(m.to))
    } else {
        format!(
            "{name}: {} → {}{points}",
            status_word(m.from),
            status_word(m.to)
        )
    }
}

/// Why a shared report shows no verdict: which dimensions lack answers.
pub fn still_to_answer_note(report: &ladder_core::Report) -> String {
    let missing: Vec<&str> = report
        .dimensions
        .iter()
        .filter(|d| d.status == Status::Incomplete)
        .map(|d| d.dimension.name.as_str())
        .collect();
    format!(
        "This assessment was shared before every dimension had enough answers, so it has no verdict or dates. Still to answer: {}.",
        missing.join(", ")
    )
}

/// "the rating of statement ic04-retired-9".
pub fn left_out(item: &LeftOut) -> String {
    match item {
        LeftOut::Rating(id) => format!("the rating of statement {}", excerpt(id.as_str())),
        LeftOut::Note(id) => format!("the note on dimension {}", excerpt(id.as_str())),
    }
}

/// What to tell the person about answers found at start-up, if anything.
pub fn saved_notice(notice: &SavedNotice) -> Option<String> {
    match notice {
        SavedNotice::Nothing => None,
        SavedNotice::Restored { left_out } if left_out.is_empty() => {
            Some("Your answers from earlier in this tab were restored.".to_string())
        }
        SavedNotice::Restored { left_out } => Some(format!(
            "Your answers from earlier in this tab were restored, except {}: this version of the framework no longer has {}.",
            left_out.iter().map(self::left_out).collect::<Vec<_>>().join(", "),
            if left_out.len() == 1 { "it" } else { "them" }
        )),
        SavedNotice::Unreadable {
            error,
            kept: Kept::At(key),
            ..
        } => Some(format!(
            "Answers saved earlier in this tab could not be restored: {error}. They are kept unchanged in this tab’s storage under “{key}”, and you can download them; you are starting afresh."
        )),
        SavedNotice::Unreadable {
            error,
            kept: Kept::InPlace,
            ..
        } => Some(format!(
            "Answers saved earlier in this tab could not be restored: {error}. There is no room to keep a copy, so they stay where they are, and new answers are not saved in this tab until you download or discard them."
        )),
    }
}

/// The title and the link-preview description of a page published at build time.
pub fn published_page(fw: &Framework, route: &crate::route::Route) -> (String, String) {
    use crate::route::Route;
    match route {
        Route::Level { code } => match fw.find_level(code) {
            Some(level) => (
                format!("{} · {}", level_label(level), fw.name),
                format!(
                    "What {} expects in every dimension of the work. {}",
                    level_label(level),
                    level.summary
                ),
            ),
            None => (fw.name.clone(), fw.summary.clone()),
        },
        Route::Compare { from, to } => match (fw.find_level(from), fw.find_level(to)) {
            (Some(a), Some(b)) => (
                format!("{} compared with {} · {}", a.id, b.id, fw.name),
                format!(
                    "What changes from {} to {}: expectations in every dimension, side by side.",
                    level_label(a),
                    level_label(b)
                ),
            ),
            _ => (fw.name.clone(), fw.summary.clone()),
        },
        Route::Promotion => (
            format!("Promotion and switching tracks · {}", fw.name),
            fw.promotion
                .as_ref()
                .map(|p| p.principle.clone())
                .unwrap_or_else(|| {
                    format!(
                        "How people move between the levels and tracks of {}.",
                        fw.name
                    )
                }),
        ),
        _ => (format!("Career levels · {}", fw.name), fw.summary.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_dates_and_spans_read_naturally() {
        assert_eq!(count(1u8, "level"), "1 level");
        assert_eq!(count(3u8, "level"), "3 levels");
        assert_eq!(months(0u8), "0 months");
        let d = NaiveDate::from_ymd_opt(2027, 3, 22).unwrap();
        assert_eq!(date(d), "22 Mar 2027");
        assert_eq!(month_name(12), "December");
        assert_eq!(month_name(13), "");
        assert_eq!(excerpt("IC09"), "IC09");
        assert_eq!(excerpt(&"é".repeat(40)), "é".repeat(40));
        assert_eq!(
            excerpt(&"x".repeat(2_000_000)),
            format!("{}…", "x".repeat(40))
        );
        let span = |min, max| month_span(Months { min, max });
        assert_eq!(span(24, Some(36)), "24–36 months");
        assert_eq!(span(36, None), "36+ months");
        assert_eq!(span(6, Some(6)), "6 months");
    }
}
