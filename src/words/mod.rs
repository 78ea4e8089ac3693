//! Every sentence the app builds from the core's data, in one place: dates, counts, level
//! labels, ratings and statuses, suggestions, criteria findings, timeline reasons and what a
//! restore left out. The core returns kinds and numbers; this module words them through the
//! page's catalogue (`catalogue`, `t!`), so a printed report, a shared view and every
//! language reuse the same data.

#[macro_use]
pub mod catalogue;
pub mod errors;
pub mod problems;

use crate::hooks::{Kept, News, SavedNotice};
use chrono::{Datelike, NaiveDate};
use ladder_core::assessment::Changes;
use ladder_core::scoring::{Finding, Judgement, Suggestion};
use ladder_core::storage::LeftOut;
use ladder_core::{
    Constraint, Focus, Framework, Level, LevelId, Months, Needs, Question, Rating, Status,
};

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
        Some(code) => t!("level-label", code = code, title = &level.title),
        None => level.title.clone(),
    }
}

/// A level named briefly, as in "IC04 → IC05" or "Ready for IC04": its code where the framework
/// has codes, else its title.
pub fn level_short(level: &Level) -> &str {
    level.code.as_deref().unwrap_or(&level.title)
}

/// Items as a list: "a, b, c", with the language's separator.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(&t!("list-separator"))
}

/// Items as a list whose last two are joined by "and": "a, b and c".
pub fn list_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => t!("list-and", init = list(init), last = last.as_ref()),
    }
}

/// Levels as alternatives, named briefly: "IC04 or IC05".
pub fn either(fw: &Framework, ids: &[LevelId]) -> String {
    ids.iter()
        .map(|id| fw.level(id).map_or(id.as_str(), level_short))
        .map(str::to_string)
        .reduce(|first, next| t!("either-or", first = first, next = next))
        .unwrap_or_default()
}

/// "80% operational, 20% strategic", or only the operational share when nothing is strategic.
pub fn focus(f: Focus) -> String {
    match f.strategic {
        0 => t!("focus-operational", operational = f.operational),
        _ => t!(
            "focus-both",
            operational = f.operational,
            strategic = f.strategic
        ),
    }
}

pub fn rating(r: Rating) -> String {
    match r {
        Rating::NotYet => t!("rating-not-yet"),
        Rating::Sometimes => t!("rating-sometimes"),
        Rating::Usually => t!("rating-usually"),
        Rating::Consistently => t!("rating-consistently"),
    }
}

/// Said above anything someone else's link carries (a shared report, a second opinion, a
/// candidate's answers): its checksum catches a link cut short or mistyped, not one edited on
/// purpose, so the page presents it as the sender's word.
pub fn sent_by_link() -> String {
    t!("sent-by-link")
}

/// The answer that leaves a statement unanswered.
pub fn not_sure() -> String {
    t!("rating-not-sure")
}

/// The status as a label: "Ready".
pub fn status(s: Status) -> String {
    match s {
        Status::Ready => t!("status-ready"),
        Status::Close => t!("status-close"),
        Status::Gap => t!("status-gap"),
        Status::Incomplete => t!("status-incomplete"),
    }
}

/// The status as a word inside a sentence: "ready".
pub fn status_word(s: Status) -> String {
    match s {
        Status::Ready => t!("status-word-ready"),
        Status::Close => t!("status-word-close"),
        Status::Gap => t!("status-word-gap"),
        Status::Incomplete => t!("status-word-incomplete"),
    }
}

/// A dimension's readiness as the chart writes it: "67% close", or "not answered".
pub fn readiness(readiness: Option<u8>, s: Status) -> String {
    match (readiness, s) {
        (Some(r), Status::Ready) => t!("readiness-ready", percent = r),
        (Some(r), Status::Close) => t!("readiness-close", percent = r),
        (Some(r), Status::Gap) => t!("readiness-gap", percent = r),
        (Some(r), Status::Incomplete) => t!("readiness-incomplete", percent = r),
        (None, _) => t!("readiness-not-answered"),
    }
}

pub fn suggestion(s: &Suggestion) -> String {
    match s {
        Suggestion::Shift {
            attribute,
            from,
            to,
        } => t!(
            "suggestion-shift",
            attribute = &attribute.name,
            from = from.to_string(),
            to = to.to_string()
        ),
        // A statement already at "Usually" is named only when the dimension still falls short:
        // the next step is "Consistently".
        Suggestion::Statement {
            statement,
            rating: Rating::Usually | Rating::Consistently,
        } => t!("suggestion-consistently", statement = &statement.text),
        Suggestion::Statement { statement, .. } => {
            t!("suggestion-usually", statement = &statement.text)
        }
        Suggestion::Develop(area) => t!("suggestion-develop", area = area.to_string()),
    }
}

/// What the answer to one criteria question says, in a sentence that quotes the question.
pub fn finding(f: Finding) -> String {
    match f {
        Finding::Months {
            question,
            have,
            need,
        } if have >= need => t!(
            "finding-months-met",
            question = &question.text,
            have = have,
            need = need
        ),
        Finding::Months {
            question,
            have,
            need,
        } => t!(
            "finding-months-short",
            question = &question.text,
            have = have,
            need = need,
            more = need - have
        ),
        Finding::Count {
            question,
            have,
            need,
        } if have >= need => t!(
            "finding-count-met",
            question = &question.text,
            have = have,
            need = need
        ),
        Finding::Count {
            question,
            have,
            need,
        } => t!(
            "finding-count-short",
            question = &question.text,
            have = have,
            need = need
        ),
        Finding::Yes {
            question,
            ticked: true,
        } => t!("finding-yes-done", question = &question.text),
        Finding::Yes {
            question,
            ticked: false,
        } => t!("finding-yes-not-yet", question = &question.text),
    }
}

/// What decides a criterion the framework judges by the verdict, or does not judge.
pub fn judgement_note(j: &Judgement) -> Option<String> {
    match j {
        Judgement::Questions(_) => None,
        Judgement::Verdict(true) => Some(t!("judgement-verdict-ready")),
        Judgement::Verdict(false) => Some(t!("judgement-verdict-not-ready")),
        Judgement::ByManager => Some(t!("judgement-by-manager")),
    }
}

/// Why a date is what it is, in a sentence.
pub fn constraint(c: Constraint) -> String {
    match c {
        Constraint::TimeInLevel { months: m, reached } => {
            t!("constraint-time-in-level", months = m, date = date(reached))
        }
        Constraint::Question {
            criterion,
            months: 0,
            reached,
            ..
        } => t!(
            "constraint-question-met",
            criterion = &criterion.name,
            date = date(reached)
        ),
        Constraint::Question {
            criterion,
            months: m,
            reached,
            ..
        } => t!(
            "constraint-question",
            months = m,
            criterion = &criterion.name,
            date = date(reached)
        ),
    }
}

/// How a months question dates the plan, for the method note.
pub fn months_rule(criterion: &str, question: &Question) -> Option<String> {
    match question.needs {
        Needs::Months {
            min,
            once_ready: true,
        } => Some(t!(
            "months-rule-once-ready",
            criterion = criterion,
            months = min
        )),
        Needs::Months {
            min,
            once_ready: false,
        } => Some(t!("months-rule", criterion = criterion, months = min)),
        Needs::Count(_) | Needs::Yes => None,
    }
}

/// "Leadership & Influence: gap → close, +25 points".
pub fn movement(name: &str, m: &ladder_core::history::Movement) -> String {
    let from = status_word(m.from);
    let to = status_word(m.to);
    match (m.points, m.from == m.to) {
        (Some(0) | None, true) => t!("movement-still", name = name, status = to),
        (Some(0) | None, false) => t!("movement", name = name, from = from, to = to),
        (Some(p), true) => t!(
            "movement-still-points",
            name = name,
            status = to,
            points = format!("{p:+}"),
            count = i64::from(p).abs()
        ),
        (Some(p), false) => t!(
            "movement-points",
            name = name,
            from = from,
            to = to,
            points = format!("{p:+}"),
            count = i64::from(p).abs()
        ),
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
    t!("still-to-answer-note", dimensions = list(&missing))
}

/// "the rating of statement ic04-retired-9".
pub fn left_out(item: &LeftOut) -> String {
    match item {
        LeftOut::Rating(id) => t!("left-out-rating", id = excerpt(id.as_str())),
        LeftOut::Note(id) => t!("left-out-note", id = excerpt(id.as_str())),
        LeftOut::Criterion(id) => t!("left-out-criterion", id = excerpt(id.as_str())),
    }
}

/// What to tell the person about answers found at start-up, if anything.
pub fn saved_notice(notice: &SavedNotice) -> Option<String> {
    match notice {
        SavedNotice::Nothing => None,
        SavedNotice::Restored { left_out } if left_out.is_empty() => {
            Some(t!("saved-notice-restored"))
        }
        SavedNotice::Restored { left_out } => Some(t!(
            "saved-notice-restored-except",
            items = list(&left_out.iter().map(self::left_out).collect::<Vec<_>>()),
            count = left_out.len()
        )),
        SavedNotice::Unreadable {
            error,
            kept: Kept::At(key),
            ..
        } => Some(t!(
            "saved-notice-unreadable-kept",
            error = problems::storage(error),
            key = key
        )),
        SavedNotice::Unreadable {
            error,
            kept: Kept::InPlace,
            ..
        } => Some(t!(
            "saved-notice-unreadable-in-place",
            error = problems::storage(error)
        )),
    }
}

/// What the page shows that storage does not hold: "2 answers, 1 note and your name"; "your
/// changes" when only the levels or criteria differ.
pub fn changes(c: &Changes) -> String {
    let mut parts = Vec::new();
    if c.answers > 0 {
        parts.push(t!("changes-answers", count = c.answers as u64));
    }
    if c.notes > 0 {
        parts.push(t!("changes-notes", count = c.notes as u64));
    }
    if c.name {
        parts.push(t!("changes-name"));
    }
    if c.levels {
        parts.push(t!("changes-levels"));
    }
    if c.criteria {
        parts.push(t!("changes-criteria"));
    }
    match parts.len() {
        0 => t!("changes-latest"),
        _ => list_and(&parts),
    }
}

/// What another tab did, or start-up repaired, told in a sentence.
pub fn news(news: &News) -> String {
    match news {
        News::TookOther => t!("news-took-other"),
        News::ForgottenElsewhere => t!("news-forgotten-elsewhere"),
        News::RememberedElsewhere => t!("news-remembered-elsewhere"),
        News::RememberedElsewhereAsk => t!("news-remembered-elsewhere-ask"),
        News::UnrememberedElsewhere => t!("news-unremembered-elsewhere"),
        News::SwitchFailed { on: true } => t!("news-switch-on-failed"),
        News::SwitchFailed { on: false } => t!("news-switch-off-failed"),
        News::OddFlag(value) => t!("news-odd-flag", value = value),
    }
}

/// How find my level's result is reached, as the framework's rule says.
pub fn placement_rule(rule: ladder_core::PlacementRule) -> String {
    use ladder_core::PlacementRule;
    match rule {
        PlacementRule::Lowest => t!("placement-rule-lowest"),
        PlacementRule::Median => t!("placement-rule-median"),
        PlacementRule::None => t!("placement-rule-none"),
    }
}

/// Under a ladder that starts on another track's levels: "Engineer 1 to Engineer 3 are
/// shared with the Engineering track; this track splits off after Engineer 3."
pub fn shared_levels(first: &Level, last: &Level, owner: &ladder_core::Track) -> String {
    if first.id == last.id {
        t!(
            "shared-level",
            level = level_short(first),
            track = &owner.name
        )
    } else {
        t!(
            "shared-levels",
            first = level_short(first),
            last = level_short(last),
            track = &owner.name
        )
    }
}

/// The landing's link to the promotion guide, naming only what the framework describes:
/// "Criteria, typical timelines and switching tracks".
pub fn promotion_guide_link(fw: &Framework) -> String {
    let promotion = fw.promotion.as_ref();
    let parts: Vec<String> = [
        (
            promotion.is_some_and(|p| !p.criteria.is_empty()),
            t!("promotion-guide-link-criteria"),
        ),
        (
            promotion.is_some_and(|p| !p.timelines.is_empty()),
            t!("promotion-guide-link-timelines"),
        ),
        (
            promotion.is_some_and(|p| p.process.is_some())
                || fw.tracks.iter().any(|t| t.process.is_some()),
            t!("promotion-guide-link-process"),
        ),
        (
            !fw.switches.is_empty(),
            t!("promotion-guide-link-switching"),
        ),
    ]
    .into_iter()
    .filter(|(has, _)| *has)
    .map(|(_, part)| part)
    .collect();
    let text = match parts.as_slice() {
        [] => t!("promotion-guide-link-none"),
        parts => list_and(parts),
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
        } => t!("needs-months", months = min),
        Needs::Months {
            min,
            once_ready: true,
        } => t!("needs-months-once-ready", months = min),
        Needs::Count(n) => t!("needs-count", count = n),
        Needs::Yes => t!("needs-yes"),
    }
}

/// How moves start, for the promotion guide.
pub fn move_start(starts_by: ladder_core::Start) -> String {
    use ladder_core::Start;
    match starts_by {
        Start::Nomination => t!("move-start-nomination"),
        Start::Round => t!("move-start-round"),
        Start::Application => t!("move-start-application"),
    }
}

/// How long a decision takes, for the promotion guide.
pub fn decision_time(min: u16, max: u16, starts_by: Option<ladder_core::Start>) -> String {
    t!(
        "decision-time",
        weeks = weeks(min, max),
        after = put_forward(starts_by)
    )
}

/// When a decided move takes effect, for the promotion guide.
pub fn takes_effect(effective: ladder_core::Effective) -> String {
    use ladder_core::Effective;
    match effective {
        Effective::NextQuarterStart => t!("takes-effect-next-quarter"),
        Effective::NextMonthStart => t!("takes-effect-next-month"),
        Effective::Immediately => t!("takes-effect-immediately"),
    }
}

/// What puts a move forward, as the framework's process starts it: "nomination".
pub fn put_forward(starts_by: Option<ladder_core::Start>) -> String {
    use ladder_core::Start;
    match starts_by {
        Some(Start::Nomination) => t!("put-forward-nomination"),
        Some(Start::Round) => t!("put-forward-round"),
        Some(Start::Application) => t!("put-forward-application"),
        None => t!("put-forward-any"),
    }
}

/// The milestone at which a move is put forward, as the plan labels it: "Nomination".
pub fn put_forward_label(starts_by: Option<ladder_core::Start>) -> String {
    use ladder_core::Start;
    match starts_by {
        Some(Start::Nomination) => t!("put-forward-label-nomination"),
        Some(Start::Round) => t!("put-forward-label-round"),
        Some(Start::Application) => t!("put-forward-label-application"),
        None => t!("put-forward-label-any"),
    }
}

/// The method note's subject for the earliest date a move can start: "The earliest nomination".
pub fn earliest_put_forward(starts_by: Option<ladder_core::Start>) -> String {
    use ladder_core::Start;
    match starts_by {
        Some(Start::Nomination) => t!("earliest-put-forward-nomination"),
        Some(Start::Application) => t!("earliest-put-forward-application"),
        Some(Start::Round) => t!("earliest-put-forward-round"),
        None => t!("earliest-put-forward-any"),
    }
}

/// How a move starts, as a sentence for the report and the promotion guide.
pub fn how_a_move_starts(starts_by: ladder_core::Start) -> String {
    use ladder_core::Start;
    match starts_by {
        Start::Nomination => t!("how-a-move-starts-nomination"),
        Start::Round => t!("how-a-move-starts-round"),
        Start::Application => t!("how-a-move-starts-application"),
    }
}

/// When a decision takes effect, in the framework's process's own terms; where it states no
/// decision time or effective date, what the dates mean instead.
pub fn effective_dates(rule: &ladder_core::timeline::ProcessRule) -> String {
    use ladder_core::Effective;
    let after = put_forward(rule.starts_by);
    let when = rule.effective.map(|e| match e {
        Effective::NextQuarterStart => t!("effective-when-next-quarter"),
        Effective::NextMonthStart => t!("effective-when-next-month"),
        Effective::Immediately => t!("effective-when-immediately"),
    });
    match (rule.decision_weeks, when) {
        (Some((min, max)), Some(when)) => t!(
            "effective-dates-both",
            weeks = weeks(min, max),
            after = after,
            when = when
        ),
        (Some((min, max)), None) => t!(
            "effective-dates-no-effective",
            weeks = weeks(min, max),
            after = after
        ),
        (None, Some(when)) => t!("effective-dates-no-decision", when = when),
        (None, None) => t!("effective-dates-neither"),
    }
}

/// "2 weeks", "2–4 weeks", in the page's language.
pub fn weeks(min: u16, max: u16) -> String {
    if min == max {
        t!("weeks", count = min)
    } else {
        t!("week-range", min = min, max = max)
    }
}

/// When a dimension counts as incomplete: "fewer than 3 answers (every statement, where a
/// dimension has fewer)".
pub fn incomplete_rule(min_answered: u8) -> String {
    match min_answered {
        0 | 1 => t!("incomplete-rule-no-answer"),
        n => t!("incomplete-rule", count = n),
    }
}

/// The verdict's heading: "Ready for IC04 in every dimension", "Not yet ready for IC04", or,
/// with no rule, "Readiness for IC04".
pub fn verdict_heading(report: &ladder_core::Report) -> String {
    use ladder_core::VerdictRule;
    let target = level_short(report.target);
    match (report.rule, report.ready) {
        (VerdictRule::None, _) => t!("verdict-heading-no-rule", level = target),
        (VerdictRule::EveryDimension, true) => t!("verdict-heading-every", level = target),
        (_, true) => t!("verdict-heading-ready", level = target),
        (_, false) => t!("verdict-heading-not-ready", level = target),
    }
}

/// The verdict's sentence, under the framework's rule.
pub fn verdict_text(report: &ladder_core::Report) -> String {
    use ladder_core::VerdictRule;
    let total = report.dimensions.len();
    let ready = report.ready_count;
    let held_back = list(
        &report
            .blocking
            .iter()
            .map(|d| d.name.as_str())
            .collect::<Vec<_>>(),
    );
    match (report.rule, report.ready) {
        (VerdictRule::None, _) => t!("verdict-text-no-rule", ready = ready, total = total),
        (VerdictRule::EveryDimension, true) => t!("verdict-text-every-ready"),
        (VerdictRule::EveryDimension, false) => t!(
            "verdict-text-every-held-back",
            count = report.blocking.len(),
            dimensions = held_back
        ),
        (VerdictRule::AtLeast(n), true) => t!(
            "verdict-text-at-least-ready",
            ready = ready,
            total = total,
            need = usize::from(n).min(total)
        ),
        (VerdictRule::AtLeast(n), false) => t!(
            "verdict-text-at-least-not-ready",
            ready = ready,
            total = total,
            need = usize::from(n).min(total),
            dimensions = held_back
        ),
        (VerdictRule::Share(p), true) => t!(
            "verdict-text-share-ready",
            ready = ready,
            total = total,
            percent = p
        ),
        (VerdictRule::Share(p), false) => t!(
            "verdict-text-share-not-ready",
            ready = ready,
            total = total,
            percent = p,
            dimensions = held_back
        ),
    }
}

/// The verdict rule in the method note's words.
pub fn verdict_rule(rule: ladder_core::VerdictRule) -> String {
    use ladder_core::VerdictRule;
    match rule {
        VerdictRule::EveryDimension => t!("verdict-rule-every"),
        VerdictRule::AtLeast(n) => t!("verdict-rule-at-least", count = n),
        VerdictRule::Share(p) => t!("verdict-rule-share", percent = p),
        VerdictRule::None => t!("verdict-rule-none"),
    }
}

/// The title and the link-preview description of a page published at build time.
pub fn published_page(fw: &Framework, route: &crate::route::Route) -> (String, String) {
    use crate::route::Route;
    match route {
        Route::Level { code } => match fw.find_level(code) {
            Some(level) => (
                t!(
                    "page-title-level",
                    level = level_label(level),
                    framework = &fw.name
                ),
                match &level.summary {
                    Some(summary) => t!(
                        "page-description-level-summary",
                        level = level_label(level),
                        summary = summary
                    ),
                    None => t!("page-description-level", level = level_label(level)),
                },
            ),
            None => (fw.name.clone(), fw.summary.clone()),
        },
        Route::Compare { from, to } => match (fw.find_level(from), fw.find_level(to)) {
            (Some(a), Some(b)) => (
                t!(
                    "page-title-compare",
                    from = level_short(a),
                    to = level_short(b),
                    framework = &fw.name
                ),
                t!(
                    "page-description-compare",
                    from = level_label(a),
                    to = level_label(b)
                ),
            ),
            _ => (fw.name.clone(), fw.summary.clone()),
        },
        Route::Promotion => (
            t!("page-title-promotion", framework = &fw.name),
            fw.promotion
                .as_ref()
                .map(|p| p.principle.clone())
                .unwrap_or_else(|| t!("page-description-promotion", framework = &fw.name)),
        ),
        _ => (
            t!("page-title-framework", framework = &fw.name),
            fw.summary.clone(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_dates_and_spans_read_naturally() {
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

    #[test]
    fn every_language_reads_its_dates_counts_and_sentences() {
        let d = NaiveDate::from_ymd_opt(2027, 3, 22).unwrap();
        let say = |lang: &str, key: &str, args: &[(&str, catalogue::Arg)]| {
            catalogue::built_in(lang)
                .expect("the catalogue reads")
                .message(key, args)
        };
        let day = |lang| {
            say(
                lang,
                "date",
                &[
                    ("day", d.day().into()),
                    ("month", d.month().into()),
                    ("year", d.year().into()),
                ],
            )
        };
        assert_eq!(day("de"), "22. März 2027");
        assert_eq!(day("hr"), "22. ožujka 2027.");
        let months = |lang, n: u32| say(lang, "months", &[("count", n.into())]);
        assert_eq!(months("hr", 1), "1 mjesec");
        assert_eq!(months("hr", 2), "2 mjeseca");
        assert_eq!(months("hr", 5), "5 mjeseci");
        assert_eq!(months("hr", 21), "21 mjesec");
        assert_eq!(months("de", 1), "1 Monat");
        assert_eq!(months("de", 21), "21 Monate");
        assert_eq!(say("de", "percent", &[("value", 80u8.into())]), "80 %");
        assert_eq!(
            say(
                "hr",
                "month-year",
                &[("month", 3u32.into()), ("year", 2027.into())]
            ),
            "ožujak 2027."
        );
    }
}
