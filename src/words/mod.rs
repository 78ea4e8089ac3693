//! Every sentence the app builds from the core's data, in one place: dates, counts, level
//! labels, ratings and statuses, suggestions, criteria findings, timeline reasons and what a
//! restore left out. The core returns kinds and numbers; this module words them through the
//! page's catalogue (`catalogue`, `t!`), so a printed report, a shared view and every
//! language reuse the same data.

#[macro_use]
pub mod catalogue;
pub mod errors;

use crate::hooks::{Kept, News, SavedNotice};
use chrono::{Datelike, NaiveDate};
use ladder_core::assessment::Changes;
use ladder_core::scoring::{Finding, Judgement, Suggestion};
use ladder_core::storage::LeftOut;
use ladder_core::{
    Constraint, Focus, Framework, Level, LevelId, Months, Needs, Question, Rating, Status,
};

/// Being replaced by catalogue sentences: a count with its English noun.
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    match n.into() {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// "22 Mar 2027", as the page's language writes a day.
pub fn date(d: NaiveDate) -> String {
    t!("date", day = d.day(), month = d.month(), year = d.year())
}

/// "March 2027", as the page's language names a month of a year.
pub fn month_year(month: u32, year: i32) -> String {
    t!("month-year", month = month, year = year)
}

/// "March" for 3, as the page's language names a month alone.
pub fn month_name(month: u32) -> String {
    t!("month-name", month = month)
}

/// "1 month", "3 months", in the page's language and its plural forms.
pub fn months(n: impl Into<u64>) -> String {
    t!("months", count = n.into())
}

/// "24–36 months", "6 months", "36+ months".
pub fn month_span(m: Months) -> String {
    match m.max {
        None => t!("months-or-more", min = m.min),
        Some(max) if max == m.min => months(m.min),
        Some(max) => t!("month-range", min = m.min, max = max),
    }
}

/// Outside input shown back: at most 40 characters, with "…" where it was cut, so a link
/// cannot put a paragraph of its own on the page.
pub fn excerpt(text: &str) -> String {
    ladder_core::clip(text)
}

/// A level as people name it: "IC04 Senior" where the framework's ids are codes people use,
/// else its title alone ("Senior Engineer").
pub fn level_label(level: &Level) -> String {
    match &level.code {
        Some(code) => format!("{code} {}", level.title),
        None => level.title.clone(),
    }
}

/// A level named briefly, as in "IC04 → IC05" or "Ready for IC04": its code where the framework
/// has codes, else its title.
pub fn level_short(level: &Level) -> &str {
    level.code.as_deref().unwrap_or(&level.title)
}

/// Levels as alternatives, named briefly: "IC04 or IC05".
pub fn either(fw: &Framework, ids: &[LevelId]) -> String {
    ids.iter()
        .map(|id| fw.level(id).map_or(id.as_str(), level_short))
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

/// Said above anything someone else's link carries (a shared report, a second opinion, a
/// candidate's answers): its checksum catches a link cut short or mistyped, not one edited on
/// purpose, so the page presents it as the sender's word.
pub const SENT_BY_LINK: &str = "Sent by link: this is what the sender entered. Anyone who has a link can change what it says, so read it as their own account, not as proof.";

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
        // A statement already at "Usually" is named only when the dimension still falls short:
        // the next step is "Consistently".
        Suggestion::Statement {
            statement,
            rating: Rating::Usually | Rating::Consistently,
        } => format!("Aim for “Consistently” on: {}", statement.text),
        Suggestion::Statement { statement, .. } => {
            format!("Aim for “Usually” on: {}", statement.text)
        }
        Suggestion::Develop(area) => format!("Develop: {area}"),
    }
}

/// What the answer to one criteria question says, in a sentence that quotes the question.
pub fn finding(f: Finding) -> String {
    match f {
        Finding::Months {
            question,
            have,
            need,
        } if have >= need => format!("“{}” {have} of {}.", question.text, months(need)),
        Finding::Months {
            question,
            have,
            need,
        } => format!(
            "“{}” {have} of {}; {} more needed.",
            question.text,
            months(need),
            months(need - have)
        ),
        Finding::Count {
            question,
            have,
            need,
        } if have >= need => format!("“{}” {have}, at least {need} needed.", question.text),
        Finding::Count {
            question,
            have,
            need,
        } => format!("“{}” {have} so far; at least {need} needed.", question.text),
        Finding::Yes {
            question,
            ticked: true,
        } => format!("Done: “{}”.", question.text),
        Finding::Yes {
            question,
            ticked: false,
        } => format!("Not yet: “{}”.", question.text),
    }
}

/// What decides a criterion the framework judges by the verdict, or does not judge.
pub fn judgement_note(j: &Judgement) -> Option<String> {
    match j {
        Judgement::Questions(_) => None,
        Judgement::Verdict(true) => Some("The verdict of this assessment is ready.".to_string()),
        Judgement::Verdict(false) => {
            Some("The verdict of this assessment is not ready yet.".to_string())
        }
        Judgement::ByManager => Some("Check this one with your manager.".to_string()),
    }
}

/// Why a date is what it is, in a sentence.
pub fn constraint(c: Constraint) -> String {
    match c {
        Constraint::TimeInLevel { months: m, reached } => {
            format!("{} in level reached on {}", months(m), date(reached))
        }
        Constraint::Question {
            criterion,
            months: 0,
            reached,
            ..
        } => format!(
            "{}: enough months already, as of {}",
            criterion.name,
            date(reached)
        ),
        Constraint::Question {
            criterion,
            months: m,
            reached,
            ..
        } => format!(
            "{} more for {} → {}",
            months(m),
            criterion.name,
            date(reached)
        ),
    }
}

/// How a months question dates the plan, for the method note.
pub fn months_rule(criterion: &str, question: &Question) -> Option<String> {
    match question.needs {
        Needs::Months {
            min,
            once_ready: true,
        } => Some(format!(
            "{criterion}: {} from today, less what you already have once every dimension is ready; until then, counted after the slowest dimension's months to close.",
            months(min)
        )),
        Needs::Months {
            min,
            once_ready: false,
        } => Some(format!(
            "{criterion}: {} from today, less what you already have.",
            months(min)
        )),
        Needs::Count(_) | Needs::Yes => None,
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
        LeftOut::Criterion(id) => {
            format!("the answer to criteria question {}", excerpt(id.as_str()))
        }
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

/// What the page shows that storage does not hold: "2 answers, 1 note and your name"; "your
/// changes" when only the levels or criteria differ.
pub fn changes(c: &Changes) -> String {
    let mut parts = Vec::new();
    if c.answers > 0 {
        parts.push(count(c.answers as u64, "answer"));
    }
    if c.notes > 0 {
        parts.push(count(c.notes as u64, "evidence note"));
    }
    if c.name {
        parts.push("your name".to_string());
    }
    if c.levels {
        parts.push("your levels and dates".to_string());
    }
    if c.criteria {
        parts.push("your promotion-criteria answers".to_string());
    }
    match parts.len() {
        0 => "your latest change".to_string(),
        1 => parts.remove(0),
        n => format!("{} and {}", parts[..n - 1].join(", "), parts[n - 1]),
    }
}

/// What another tab did, or start-up repaired, told in a sentence.
pub fn news(news: &News) -> String {
    match news {
        News::TookOther => "Your answers were changed in another tab; this tab now shows them.".to_string(),
        News::ForgottenElsewhere => "Another tab forgot every answer on this device, so this tab starts afresh too.".to_string(),
        News::RememberedElsewhere => "Another tab turned on “Remember on this device”: this tab now shows the answers remembered there.".to_string(),
        News::RememberedElsewhereAsk => "Another tab turned on “Remember on this device”. This tab’s own answers stay in this tab until you choose: show the remembered answers here (this tab’s answers are then replaced), or keep this tab’s.".to_string(),
        News::UnrememberedElsewhere => "Another tab turned off “Remember on this device”: this tab now keeps its answers in the tab only.".to_string(),
        News::SwitchFailed { on: true } => "“Remember on this device” could not be turned on: the browser refused to store your answers there (its storage is probably full). Nothing changed: your answers are still kept in this tab.".to_string(),
        News::SwitchFailed { on: false } => "“Remember on this device” could not be turned off: the browser refused to store your answers in this tab (its storage is probably full). Nothing changed: your answers are still remembered on this device.".to_string(),
        News::OddFlag(value) => format!("The setting that remembers your answers on this device held something Ladder does not recognise (“{value}”), so it was taken as on and your remembered answers are shown. Turn “Remember on this device” off to keep answers in this tab only."),
    }
}

/// How find my level's result is reached, as the framework's rule says.
pub fn placement_rule(rule: ladder_core::PlacementRule) -> &'static str {
    use ladder_core::PlacementRule;
    match rule {
        PlacementRule::Lowest => "The result is the lowest level chosen, the one every dimension supports, with the typical level alongside.",
        PlacementRule::Median => "The result is the middle of the levels chosen.",
        PlacementRule::None => "The result shows the level chosen for each dimension and their range; the framework names no rule that makes them one level.",
    }
}

/// Under a ladder that starts on another track's levels: "Engineer 1 to Engineer 3 are
/// shared with the Engineering track; this track splits off after Engineer 3."
pub fn shared_levels(first: &Level, last: &Level, owner: &ladder_core::Track) -> String {
    if first.id == last.id {
        format!(
            "{} is shared with the {} track; this track splits off after it.",
            level_short(first),
            owner.name
        )
    } else {
        format!(
            "{} to {} are shared with the {} track; this track splits off after {}.",
            level_short(first),
            level_short(last),
            owner.name,
            level_short(last)
        )
    }
}

/// The landing's link to the promotion guide, naming only what the framework describes:
/// "Criteria, typical timelines and switching tracks".
pub fn promotion_guide_link(fw: &Framework) -> String {
    let promotion = fw.promotion.as_ref();
    let parts: Vec<&str> = [
        (
            promotion.is_some_and(|p| !p.criteria.is_empty()),
            "criteria",
        ),
        (
            promotion.is_some_and(|p| !p.timelines.is_empty()),
            "typical timelines",
        ),
        (
            promotion.is_some_and(|p| p.process.is_some())
                || fw.tracks.iter().any(|t| t.process.is_some()),
            "how moves are made",
        ),
        (!fw.switches.is_empty(), "switching tracks"),
    ]
    .into_iter()
    .filter_map(|(has, part)| has.then_some(part))
    .collect();
    let text = match parts.as_slice() {
        [] => "How people move between levels".to_string(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// What a criterion's question needs, for the promotion guide: "at least 6 months".
pub fn needs_text(needs: ladder_core::Needs) -> String {
    use ladder_core::Needs;
    match needs {
        Needs::Months {
            min,
            once_ready: false,
        } => format!("at least {}", months(min)),
        Needs::Months {
            min,
            once_ready: true,
        } => format!(
            "at least {}, counted once every dimension is ready",
            months(min)
        ),
        Needs::Count(n) => format!("at least {n}"),
        Needs::Yes => "yes".to_string(),
    }
}

/// How moves start, for the promotion guide.
pub fn move_start(starts_by: ladder_core::Start) -> &'static str {
    use ladder_core::Start;
    match starts_by {
        Start::Nomination => "A move starts with a nomination.",
        Start::Round => "Moves are decided in a promotion round.",
        Start::Application => "A move starts with an application and an interview.",
    }
}

/// How long a decision takes, for the promotion guide.
pub fn decision_time(min: u16, max: u16, starts_by: Option<ladder_core::Start>) -> String {
    format!(
        "The decision usually comes {} after {}.",
        weeks(min, max),
        put_forward(starts_by)
    )
}

/// When a decided move takes effect, for the promotion guide.
pub fn takes_effect(effective: ladder_core::Effective) -> &'static str {
    use ladder_core::Effective;
    match effective {
        Effective::NextQuarterStart => "A move takes effect on the first day of the next quarter.",
        Effective::NextMonthStart => "A move takes effect on the first day of the next month.",
        Effective::Immediately => "A move takes effect on the day it is decided.",
    }
}

/// What puts a move forward, as the framework's process starts it: "nomination".
pub fn put_forward(starts_by: Option<ladder_core::Start>) -> &'static str {
    use ladder_core::Start;
    match starts_by {
        Some(Start::Nomination) => "nomination",
        Some(Start::Round) => "the promotion round that takes the case",
        Some(Start::Application) => "the application",
        None => "the move is put forward",
    }
}

/// The milestone at which a move is put forward, as the plan labels it: "Nomination".
pub fn put_forward_label(starts_by: Option<ladder_core::Start>) -> &'static str {
    use ladder_core::Start;
    match starts_by {
        Some(Start::Nomination) => "Nomination",
        Some(Start::Round) => "Promotion round",
        Some(Start::Application) => "Application",
        None => "Put forward",
    }
}

/// The method note's subject for the earliest date a move can start: "The earliest nomination".
pub fn earliest_put_forward(starts_by: Option<ladder_core::Start>) -> &'static str {
    use ladder_core::Start;
    match starts_by {
        Some(Start::Nomination) => "The earliest nomination",
        Some(Start::Application) => "The earliest application",
        Some(Start::Round) => "The earliest promotion round",
        None => "The earliest date a move can be put forward",
    }
}

/// How a move starts, as a sentence for the report and the promotion guide.
pub fn how_a_move_starts(starts_by: ladder_core::Start) -> &'static str {
    use ladder_core::Start;
    match starts_by {
        Start::Nomination => "A move starts with a nomination: talk to your manager about putting your case forward.",
        Start::Round => "Moves are decided in a promotion round: ask your manager when the next one is and how a case reaches it.",
        Start::Application => "A move starts with an application and an interview: watch for openings and apply when one comes.",
    }
}

/// When a decision takes effect, in the framework's process's own terms; where it states no
/// decision time or effective date, what the dates mean instead.
pub fn effective_dates(rule: &ladder_core::timeline::ProcessRule) -> String {
    use ladder_core::Effective;
    let after = put_forward(rule.starts_by);
    let when = rule.effective.map(|e| match e {
        Effective::NextQuarterStart => "on the first day of the next quarter",
        Effective::NextMonthStart => "on the first day of the next month",
        Effective::Immediately => "on the day it is decided",
    });
    match (rule.decision_weeks, when) {
        (Some((min, max)), Some(when)) => format!("The decision follows {} after {after} and takes effect {when}.", weeks(min, max)),
        (Some((min, max)), None) => format!("The decision follows {} after {after}; the framework does not say when it takes effect, so the dates are those of the decision.", weeks(min, max)),
        (None, Some(when)) => format!("The framework does not say how long a decision takes, so the dates count it as made as soon as the move can be put forward; it takes effect {when}."),
        (None, None) => "The framework does not say how long a decision takes or when it takes effect, so the dates are the earliest a move could be put forward.".to_string(),
    }
}

fn weeks(min: u16, max: u16) -> String {
    if min == max {
        count(min, "week")
    } else {
        format!("{min}–{max} weeks")
    }
}

/// When a dimension counts as incomplete: "fewer than 3 answers (every statement, where a
/// dimension has fewer)".
pub fn incomplete_rule(min_answered: u8) -> String {
    match min_answered {
        0 | 1 => "no answer".to_string(),
        n => format!(
            "fewer than {} (every statement, where a dimension has fewer)",
            count(n, "answer")
        ),
    }
}

/// The verdict's heading: "Ready for IC04 in every dimension", "Not yet ready for IC04", or,
/// with no rule, "Readiness for IC04".
pub fn verdict_heading(report: &ladder_core::Report) -> String {
    use ladder_core::VerdictRule;
    let target = level_short(report.target);
    match (report.rule, report.ready) {
        (VerdictRule::None, _) => format!("Readiness for {target}"),
        (VerdictRule::EveryDimension, true) => format!("Ready for {target} in every dimension"),
        (_, true) => format!("Ready for {target}"),
        (_, false) => format!("Not yet ready for {target}"),
    }
}

/// The verdict's sentence, under the framework's rule.
pub fn verdict_text(report: &ladder_core::Report) -> String {
    use ladder_core::VerdictRule;
    let total = report.dimensions.len();
    let ready = report.ready_count;
    let held_back = report
        .blocking
        .iter()
        .map(|d| d.name.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    match (report.rule, report.ready) {
        (VerdictRule::None, _) => format!("{ready} of {} at the ready level. This framework gives no overall verdict: each dimension below says how close it is and what to work on.", count(total as u64, "dimension")),
        (VerdictRule::EveryDimension, true) => "Every dimension is at the ready level. Keep gathering evidence of next-level work.".to_string(),
        (VerdictRule::EveryDimension, false) if report.blocking.len() == 1 => format!("The framework asks for every dimension to be ready, so one dimension holds it back, however strong the others are: {held_back}."),
        (VerdictRule::EveryDimension, false) => format!("The framework asks for every dimension to be ready, so {} hold it back, however strong the others are: {held_back}.", count(report.blocking.len() as u64, "dimension")),
        (VerdictRule::AtLeast(n), true) => format!("{ready} of {} are at the ready level; the framework asks for at least {}.", count(total as u64, "dimension"), usize::from(n).min(total)),
        (VerdictRule::AtLeast(n), false) => format!("{ready} of {} are at the ready level; the framework asks for at least {}. Not ready yet: {held_back}.", count(total as u64, "dimension"), usize::from(n).min(total)),
        (VerdictRule::Share(p), true) => format!("{ready} of {} are at the ready level; the framework asks for {p}% of them.", count(total as u64, "dimension")),
        (VerdictRule::Share(p), false) => format!("{ready} of {} are at the ready level; the framework asks for {p}% of them. Not ready yet: {held_back}.", count(total as u64, "dimension")),
    }
}

/// The verdict rule in the method note's words.
pub fn verdict_rule(rule: ladder_core::VerdictRule) -> String {
    use ladder_core::VerdictRule;
    match rule {
        VerdictRule::EveryDimension => "A promotion needs every dimension ready: any other status holds it back, whatever the average.".to_string(),
        VerdictRule::AtLeast(n) => format!("A promotion needs at least {} ready (all of them, where there are fewer).", count(n, "dimension")),
        VerdictRule::Share(p) => format!("A promotion needs {p}% of the dimensions ready."),
        VerdictRule::None => "The framework states no rule for an overall verdict, so the report gives none: each dimension says how close it is.".to_string(),
    }
}

/// The title and the link-preview description of a page published at build time.
pub fn published_page(fw: &Framework, route: &crate::route::Route) -> (String, String) {
    use crate::route::Route;
    match route {
        Route::Level { code } => match fw.find_level(code) {
            Some(level) => (
                format!("{} · {}", level_label(level), fw.name),
                match &level.summary {
                    Some(summary) => format!(
                        "What {} expects in every dimension of the work. {summary}",
                        level_label(level)
                    ),
                    None => format!(
                        "What {} expects in every dimension of the work.",
                        level_label(level)
                    ),
                },
            ),
            None => (fw.name.clone(), fw.summary.clone()),
        },
        Route::Compare { from, to } => match (fw.find_level(from), fw.find_level(to)) {
            (Some(a), Some(b)) => (
                format!(
                    "{} compared with {} · {}",
                    level_short(a),
                    level_short(b),
                    fw.name
                ),
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
