//! The app's addresses. Every view has one, so a link pasted into an email opens on that view.
//!
//! Routing uses the URL fragment (`/#/levels/IC04`): it works on any static host, including a
//! careers page Ladder is embedded in, with no server rewrite rules, and plain `<a href>` links
//! navigate with history, new tabs and copy-link all working as the browser does them.
//! yew-router would cost about 41 KB gzipped for the same handful of patterns (about fifteen,
//! counting each variant of find my level and roles), so parsing lives here as a pure function
//! and `hooks::use_route` listens for `hashchange`.
//!
//! The published comparison form (`components::CompareForm`) is a plain GET form, so with or
//! without a script it arrives as `app.html?from=IC02&to=M06`: `compare_query` reads that.

use ladder_core::compare::is_published_pair;
use ladder_core::{Framework, LevelId};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::cell::Cell;
use std::fmt;

/// The two pages the app is built as, each its own wasm: the self-assessment (`app.html`) and
/// the views between people (`people.html`: a shared report, second opinions, roles, find my
/// level), so a person who assesses themselves never downloads the views they do not use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Assessment,
    People,
}

impl Entry {
    /// The file the page is published as.
    pub fn page(self) -> &'static str {
        match self {
            Entry::Assessment => "app.html",
            Entry::People => "people.html",
        }
    }
}

thread_local! {
    static ENTRY: Cell<Entry> = const { Cell::new(Entry::Assessment) };
}

/// Says which page this app is; its `main` calls it before the app renders. The published
/// pages, rendered at build time, link into the self-assessment's page by fragment (the site
/// writes `app.html` before it) and into the other page by name.
pub fn set_entry(entry: Entry) {
    ENTRY.with(|e| e.set(entry));
}

/// The page this app is.
pub fn entry() -> Entry {
    ENTRY.with(Cell::get)
}

/// The page's query (such as `?today=`), kept on a link to the other page.
fn search() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Level {
        code: String,
    },
    ComparePick,
    Compare {
        from: String,
        to: String,
    },
    Promotion,
    /// Self-assessment: choosing levels and dates.
    AssessStart,
    /// Self-assessment: the questionnaire for one dimension, numbered from 1.
    AssessDimension {
        number: usize,
    },
    AssessCriteria,
    AssessReport,
    /// Kept report snapshots: readiness over time.
    AssessHistory,
    /// Someone's assessment shared by link (`ladder_core::share`), read-only.
    Shared {
        link: String,
    },
    /// A request for a second opinion: the questionnaire, answered about the person who sent it.
    RateRequest {
        link: String,
    },
    /// A second opinion sent back, set beside the person's own answers.
    Opinion {
        link: String,
    },
    /// A role's expectations: the hiring manager's builder (no link), the candidate's view of
    /// the role (`role`), or the candidate's answers sent back beside it (`role` and `answers`).
    Role {
        role: Option<String>,
        answers: Option<String>,
    },
    /// Find my level; `candidate` words it for a hiring manager levelling someone else. The
    /// track and the level picked per dimension are in the address, so a result can be sent,
    /// bookmarked and reopened.
    Find {
        candidate: bool,
        track: Option<String>,
        /// (dimension id, level id) pairs, in the order given.
        picks: Vec<(String, String)>,
        /// `framework-id@version` the picks were made against, when there are picks.
        framework: Option<String>,
    },
    NotFound,
}

/// The longest fragment Ladder reads. Its own addresses are far shorter; anything longer is
/// refused before it is parsed, so a hostile link costs no time.
pub const MAX_FRAGMENT: usize = 4096;

impl Route {
    /// Whether the view reads the levels' details (expectations, attributes, ...), which the
    /// app fetches after its first view. Only choosing levels, and the views published as pages
    /// of their own, make do with the framework's outline.
    pub fn needs_details(&self) -> bool {
        !matches!(
            self,
            Route::Home
                | Route::Level { .. }
                | Route::Promotion
                | Route::AssessStart
                | Route::NotFound
        )
    }

    /// Reads a fragment as the browser gives it, such as `#/compare/IC04/IC05`.
    pub fn parse(fragment: &str) -> Route {
        if fragment.len() > MAX_FRAGMENT {
            return Route::NotFound;
        }
        let path = fragment.trim_start_matches('#');
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(decode)
            .collect();
        let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["levels", code] => Route::level(code),
            ["compare"] => Route::ComparePick,
            ["compare", from, to] => Route::compare(from, to),
            ["promotion"] => Route::Promotion,
            ["assess"] => Route::AssessStart,
            ["assess", "dimension", n] => match n.parse() {
                Ok(number) if number >= 1 => Route::AssessDimension { number },
                _ => Route::NotFound,
            },
            ["assess", "criteria"] => Route::AssessCriteria,
            ["assess", "report"] => Route::AssessReport,
            ["assess", "history"] => Route::AssessHistory,
            ["shared", link] => Route::Shared {
                link: link.to_string(),
            },
            ["rate", link] => Route::RateRequest {
                link: link.to_string(),
            },
            ["opinion", link] => Route::Opinion {
                link: link.to_string(),
            },
            ["role"] => Route::Role {
                role: None,
                answers: None,
            },
            ["role", role] => Route::Role {
                role: Some(role.to_string()),
                answers: None,
            },
            ["role", role, answers] => Route::Role {
                role: Some(role.to_string()),
                answers: Some(answers.to_string()),
            },
            ["find", rest @ ..] => {
                let (candidate, rest) = match rest {
                    ["candidate", rest @ ..] => (true, rest),
                    rest => (false, rest),
                };
                match rest {
                    [] => Route::find(candidate),
                    [track] => Route::Find {
                        candidate,
                        track: Some(track.to_string()),
                        picks: Vec::new(),
                        framework: None,
                    },
                    [track, picks, framework @ ..] if framework.len() <= 1 => {
                        // Pairs that are not `dimension:level` are left out, not guessed at.
                        let picks: Vec<(String, String)> = picks
                            .split(',')
                            .filter_map(|p| p.split_once(':'))
                            .map(|(d, l)| (d.to_string(), l.to_string()))
                            .collect();
                        // A version belongs to picks; without any it says nothing.
                        let framework = framework
                            .first()
                            .filter(|_| !picks.is_empty())
                            .map(|f| f.to_string());
                        Route::Find {
                            candidate,
                            track: Some(track.to_string()),
                            picks,
                            framework,
                        }
                    }
                    _ => Route::NotFound,
                }
            }
            _ => Route::NotFound,
        }
    }

    /// Whether the address alone shows the same view to whoever opens it: the explorer's views
    /// and find-my-level, not the self-assessment, whose answers stay in the person's browser.
    pub fn has_shareable_address(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Level { .. }
                | Route::ComparePick
                | Route::Compare { .. }
                | Route::Promotion
                | Route::Find { .. }
                | Route::Shared { .. }
                | Route::Role { role: Some(_), .. }
        )
    }

    /// Where a link to this view points. Views that only show the framework are published as
    /// pages of their own (`level-IC04.html`), the rest live in the app (`#/assess`). Every
    /// address is relative, so the site works under any path it is hosted at.
    pub fn href(&self) -> String {
        match self.page() {
            Some(page) => page,
            None if self.is_elsewhere() => {
                format!("{}{}{}", self.entry().page(), search(), self.fragment())
            }
            None => self.fragment(),
        }
    }

    /// The page of the app the view lives on. "Not found" is said by whichever page is asked.
    pub fn entry(&self) -> Entry {
        match self {
            Route::Shared { .. }
            | Route::RateRequest { .. }
            | Route::Opinion { .. }
            | Route::Role { .. }
            | Route::Find { .. } => Entry::People,
            _ => Entry::Assessment,
        }
    }

    /// Whether the view lives on the app's other page (so this one sends the browser there).
    pub fn is_elsewhere(&self) -> bool {
        !matches!(self, Route::NotFound) && self.page().is_none() && self.entry() != entry()
    }

    /// The view's address inside the app, such as `#/levels/IC04`: what old links used and
    /// what the app's own navigation sets.
    pub fn fragment(&self) -> String {
        format!("#{self}")
    }

    /// The file a view is published as at build time, for the views that have one whatever
    /// the framework: the landing, every level and the promotion guide. Only some comparisons
    /// are published, so a link to one goes through `compare_href`, which knows which.
    pub fn page(&self) -> Option<String> {
        match self {
            Route::Home => Some("./".to_string()),
            Route::Level { code } => Some(format!("level-{}.html", encode(code))),
            Route::Promotion => Some("promotion.html".to_string()),
            _ => None,
        }
    }

    pub fn level(code: &str) -> Self {
        Route::Level {
            code: code.to_string(),
        }
    }

    /// Find my level with nothing picked yet.
    pub fn find(candidate: bool) -> Self {
        Route::Find {
            candidate,
            track: None,
            picks: Vec::new(),
            framework: None,
        }
    }

    pub fn compare(from: &str, to: &str) -> Self {
        Route::Compare {
            from: from.to_string(),
            to: to.to_string(),
        }
    }
}

/// The file the comparison of two levels is published as, when its pair is published.
pub fn compare_page(from: &str, to: &str) -> String {
    format!("compare-{}-{}.html", encode(from), encode(to))
}

/// Where a link to the comparison of two levels points: its published page when the site
/// publishes that pair (`ladder_core::compare::is_published_pair`), else the app's view of it.
/// Every link to a comparison is made here, so none points at a page the build did not write.
pub fn compare_href(fw: &Framework, from: &LevelId, to: &LevelId) -> String {
    if is_published_pair(fw, from, to) {
        compare_page(from.as_str(), to.as_str())
    } else {
        Route::compare(from.as_str(), to.as_str()).fragment()
    }
}

/// Reads the comparison form's address (`?from=IC02&to=M06`, as a browser sends a GET form):
/// the comparison it asks for, and the rest of the query (such as `?today=`) to keep in the
/// address. `None` unless both levels are named.
pub fn compare_query(search: &str) -> Option<(Route, String)> {
    if search.len() > MAX_FRAGMENT {
        return None;
    }
    let (mut from, mut to, mut rest) = (None, None, Vec::new());
    for part in search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        // A form encodes a space as `+`.
        let value = decode(&value.replace('+', " "));
        match key {
            "from" if !value.is_empty() => from = Some(value),
            "to" if !value.is_empty() => to = Some(value),
            "from" | "to" => {}
            _ => rest.push(part),
        }
    }
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!("?{}", rest.join("&"))
    };
    Some((Route::compare(&from?, &to?), rest))
}

/// The path part of the fragment; codes are percent-encoded only if they need it.
impl fmt::Display for Route {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Route::Home => f.write_str("/"),
            Route::Level { code } => write!(f, "/levels/{}", encode(code)),
            Route::ComparePick => f.write_str("/compare"),
            Route::Compare { from, to } => write!(f, "/compare/{}/{}", encode(from), encode(to)),
            Route::Promotion => f.write_str("/promotion"),
            Route::AssessStart => f.write_str("/assess"),
            Route::AssessDimension { number } => write!(f, "/assess/dimension/{number}"),
            Route::AssessCriteria => f.write_str("/assess/criteria"),
            Route::AssessReport => f.write_str("/assess/report"),
            Route::AssessHistory => f.write_str("/assess/history"),
            Route::Shared { link } => write!(f, "/shared/{}", encode(link)),
            Route::RateRequest { link } => write!(f, "/rate/{}", encode(link)),
            Route::Opinion { link } => write!(f, "/opinion/{}", encode(link)),
            Route::Role { role, answers } => {
                f.write_str("/role")?;
                for part in [role, answers].into_iter().flatten() {
                    write!(f, "/{}", encode(part))?;
                }
                Ok(())
            }
            Route::Find {
                candidate,
                track,
                picks,
                framework,
            } => {
                f.write_str(if *candidate {
                    "/find/candidate"
                } else {
                    "/find"
                })?;
                if let Some(track) = track {
                    write!(f, "/{}", encode(track))?;
                    if !picks.is_empty() {
                        let pairs: Vec<String> = picks
                            .iter()
                            .map(|(d, l)| format!("{}:{}", encode(d), encode(l)))
                            .collect();
                        write!(f, "/{}", pairs.join(","))?;
                        if let Some(framework) = framework {
                            write!(f, "/{}", encode(framework))?;
                        }
                    }
                }
                Ok(())
            }
            Route::NotFound => f.write_str("/not-found"),
        }
    }
}

/// Everything but the unreserved characters of RFC 3986, so level codes stay as they are.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn encode(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// Undoes percent-encoding; a malformed escape is kept as typed, so the user sees what the link
/// said rather than nothing.
fn decode(segment: &str) -> String {
    percent_decode_str(segment).decode_utf8_lossy().into_owned()
}

#[cfg(test)]
mod tests {
    use super::Route;

    fn check(fragment: &str, expected: Route) {
        assert_eq!(Route::parse(fragment), expected, "{fragment}");
    }

    #[test]
    fn parses_every_view() {
        check("", Route::Home);
        check("#", Route::Home);
        check("#/", Route::Home);
        check("#/levels/IC04", Route::level("IC04"));
        check("#/levels/IC04/", Route::level("IC04"));
        check("#/compare", Route::ComparePick);
        check("#/compare/IC04/M04", Route::compare("IC04", "M04"));
        check("#/promotion?utm=mail", Route::Promotion);
        check("#/levels", Route::NotFound);
        check("#/compare/IC04", Route::NotFound);
        check("#/what/ever", Route::NotFound);
        check("#/assess", Route::AssessStart);
        check("#/assess/dimension/2", Route::AssessDimension { number: 2 });
        check("#/assess/dimension/0", Route::NotFound);
        check("#/assess/dimension/x", Route::NotFound);
        check("#/assess/report", Route::AssessReport);
        check("#/find/candidate", Route::find(true));
        check(
            "#/find/ic/scope:IC04,oops,expertise:IC03",
            Route::Find {
                candidate: false,
                track: Some("ic".into()),
                picks: vec![
                    ("scope".into(), "IC04".into()),
                    ("expertise".into(), "IC03".into()),
                ],
                framework: None,
            },
        );
        let huge = format!("#/levels/{}", "A".repeat(super::MAX_FRAGMENT));
        check(&huge, Route::NotFound);
        // Found by the fuzzer: a version with no picks is dropped, so the address round-trips.
        check(
            "#/find/ic/nothing/acme@1",
            Route::Find {
                candidate: false,
                track: Some("ic".into()),
                picks: Vec::new(),
                framework: None,
            },
        );
    }

    #[test]
    fn reads_the_comparison_forms_address() {
        use super::compare_query;
        let check = |search: &str, expected: Option<(Route, &str)>| {
            assert_eq!(
                compare_query(search),
                expected.map(|(r, rest)| (r, rest.to_string())),
                "{search}"
            );
        };
        check(
            "?from=IC02&to=M06",
            Some((Route::compare("IC02", "M06"), "")),
        );
        check(
            "?today=2026-11-22&from=IC02&to=IC07",
            Some((Route::compare("IC02", "IC07"), "?today=2026-11-22")),
        );
        check(
            "?from=a+b%2Fc&to=%C3%A9",
            Some((Route::compare("a b/c", "é"), "")),
        );
        check("?from=IC02", None);
        check("?from=&to=IC03", None);
        check("", None);
        check("?today=2026-11-22", None);
        check(
            &format!("?from={}&to=x", "A".repeat(super::MAX_FRAGMENT)),
            None,
        );
    }

    /// Each page links to its own views by fragment and to the other page's by name; the
    /// published pages (rendered as the self-assessment's page) name people.html.
    #[test]
    fn a_view_on_the_other_page_is_linked_by_that_pages_name() {
        use super::{set_entry, Entry};
        let find = Route::find(false);
        let shared = Route::Shared { link: "A2x".into() };
        assert_eq!(find.entry(), Entry::People);
        assert_eq!(Route::AssessReport.entry(), Entry::Assessment);
        assert_eq!(Route::AssessReport.href(), "#/assess/report");
        assert_eq!(find.href(), "people.html#/find");
        assert!(shared.is_elsewhere());
        set_entry(Entry::People);
        assert_eq!(find.href(), "#/find");
        assert_eq!(Route::AssessReport.href(), "app.html#/assess/report");
        assert!(!shared.is_elsewhere());
        // Published views and "not found" are never sent elsewhere.
        assert_eq!(Route::level("IC04").href(), "level-IC04.html");
        assert!(!Route::NotFound.is_elsewhere());
        set_entry(Entry::Assessment);
    }

    #[test]
    fn only_choosing_levels_and_published_views_make_do_with_the_outline() {
        for fragment in [
            "#/",
            "#/levels/IC04",
            "#/promotion",
            "#/assess",
            "#/nowhere",
        ] {
            assert!(!Route::parse(fragment).needs_details(), "{fragment}");
        }
        for fragment in [
            "#/assess/dimension/1",
            "#/assess/criteria",
            "#/assess/report",
            "#/assess/history",
            "#/compare",
            "#/compare/IC04/IC05",
            "#/find",
            "#/role",
        ] {
            assert!(Route::parse(fragment).needs_details(), "{fragment}");
        }
    }

    #[test]
    fn formats_round_trip() {
        for route in [
            Route::Home,
            Route::level("M06"),
            Route::ComparePick,
            Route::compare("IC02", "IC03"),
            Route::Promotion,
            Route::AssessStart,
            Route::AssessDimension { number: 3 },
            Route::AssessCriteria,
            Route::AssessReport,
            Route::AssessHistory,
            Route::Shared {
                link: "A1~x~1~20261122~IC03~IC04~202506~0.0.0.0.0~ic04-scope~3~ab12cd34".into(),
            },
            Route::RateRequest {
                link: "A1~x".into(),
            },
            Route::Opinion {
                link: "A1~y".into(),
            },
            Route::Role {
                role: None,
                answers: None,
            },
            Route::Role {
                role: Some("R1~IC04~scope~~ab".into()),
                answers: Some("A1~z".into()),
            },
            Route::find(false),
            Route::find(true),
            Route::Find {
                candidate: true,
                track: Some("management".into()),
                picks: vec![("people".into(), "M05".into())],
                framework: Some("acme@2026.1".into()),
            },
        ] {
            assert_eq!(Route::parse(&route.fragment()), route);
        }
        assert_eq!(Route::level("a b/c").fragment(), "#/levels/a%20b%2Fc");
        assert_eq!(Route::level("IC04").href(), "level-IC04.html");
        assert_eq!(Route::compare("IC03", "M04").href(), "#/compare/IC03/M04");
        assert_eq!(super::compare_page("IC03", "M04"), "compare-IC03-M04.html");
        assert_eq!(Route::AssessReport.href(), "#/assess/report");
        assert_eq!(Route::parse("#/levels/a%20b%2Fc"), Route::level("a b/c"));
        assert_eq!(Route::parse("#/levels/IC%2"), Route::level("IC%2"));
        assert_eq!(Route::parse("#/levels/%C3%A9"), Route::level("é"));
    }
}
