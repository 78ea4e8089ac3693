//! The language boundary: every word a person reads comes from one catalogue per language,
//! written in Fluent (`src/words/<language>/*.ftl`), as whole sentences with named arguments;
//! `fluent-bundle` picks each language's plural forms by its CLDR rules.
//!
//! Views ask for a sentence with `t!("key")` or `t!("key", count = n, level = name)`. The
//! catalogue in use is the page's: `install` sets it once the framework's language is known
//! (the app, from `words.ftl` beside the framework; `ladder-site`, per framework, from the
//! catalogues compiled into it). Natively (the site, the tests) English is in use until then;
//! in the browser a page carries only its own language.
//!
//! A company replaces any sentence for its framework by key (`wording` in the framework
//! file); `check_wording` refuses unknown keys, sentences Fluent cannot read, and arguments
//! that are not the replaced sentence's.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
#[cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

/// The language whose catalogue is visibly transformed, for tests that catch words outside the
/// catalogue (`en-XA`, the pseudo-locale tag CLDR reserves for accented English).
pub const PSEUDO: &str = "en-XA";

/// The catalogue file the site writes beside each framework, and the app fetches.
pub const FILE: &str = "words.ftl";

/// One language's sentences, with the company's replacements on top.
pub struct Catalogue {
    language: String,
    bundle: FluentBundle<FluentResource>,
    pseudo: bool,
}

impl fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Catalogue")
            .field("language", &self.language)
            .finish_non_exhaustive()
    }
}

impl PartialEq for Catalogue {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Why a catalogue or a company's wording cannot be used, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordingError {
    /// The catalogue text itself does not read as Fluent (a damaged `words.ftl`).
    Unreadable { line: usize, reason: String },
    /// `wording` names a key the catalogue does not have; `nearest` is the key it most likely
    /// meant (a letter or two away), if there is one.
    UnknownKey {
        key: String,
        nearest: Option<String>,
    },
    /// A replacement that does not read as one Fluent sentence.
    NotASentence { key: String, reason: String },
    /// A replacement whose arguments differ from the sentence it replaces.
    Arguments {
        key: String,
        unknown: Vec<String>,
        missing: Vec<String>,
    },
}

impl fmt::Display for WordingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |names: &[String]| {
            names
                .iter()
                .map(|n| format!("{{ ${n} }}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            WordingError::Unreadable { line, reason } => {
                write!(f, "{FILE} line {line}: {reason}")
            }
            WordingError::UnknownKey { key, nearest } => {
                write!(
                    f,
                    "$.wording.{}: Ladder has no sentence with this key",
                    ladder_core::clip(key)
                )?;
                match nearest {
                    Some(nearest) => write!(f, "; did you mean `{nearest}`?"),
                    None => write!(f, " (the keys are those of src/words/en/*.ftl)"),
                }
            }
            WordingError::NotASentence { key, reason } => {
                write!(
                    f,
                    "$.wording.{key}: Fluent cannot read this sentence: {reason}"
                )
            }
            WordingError::Arguments {
                key,
                unknown,
                missing,
            } => {
                write!(f, "$.wording.{key}: ")?;
                if !unknown.is_empty() {
                    write!(f, "the sentence it replaces has no {}", list(unknown))?;
                    if !missing.is_empty() {
                        write!(f, "; ")?;
                    }
                }
                if !missing.is_empty() {
                    write!(
                        f,
                        "it leaves out {}, which the sentence it replaces gives",
                        list(missing)
                    )?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for WordingError {}

impl Catalogue {
    /// A catalogue from its Fluent text and the company's replacements (checked before by
    /// `check_wording`; one that still does not read is left out, keeping Ladder's sentence).
    pub fn new(
        language: &str,
        text: &str,
        wording: &BTreeMap<String, String>,
    ) -> Result<Catalogue, WordingError> {
        let pseudo = language.eq_ignore_ascii_case(PSEUDO);
        // Plural rules and number forms: the pseudo-locale counts as English does.
        let rules = if pseudo { "en" } else { language };
        let id = rules
            .parse()
            .or_else(|_| "en".parse())
            .expect("`en` is a language tag");
        let mut bundle = FluentBundle::new(vec![id]);
        // Pages set their direction on elements; isolation marks would be stray characters
        // in copied text and in accessible names.
        bundle.set_use_isolating(false);
        if pseudo {
            bundle.set_transform(Some(pseudo_text));
        }
        let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
            let first = &errors[0];
            // The line of the first mistake, counted in bytes (a position need not fall on a
            // character's boundary).
            let before = &text.as_bytes()[..first.pos.start.min(text.len())];
            WordingError::Unreadable {
                line: before.iter().filter(|&&b| b == b'\n').count() + 1,
                reason: format!("{:?}", first.kind),
            }
        })?;
        bundle
            .add_resource(resource)
            .map_err(|errors| WordingError::Unreadable {
                line: 0,
                reason: format!("{} entries given twice", errors.len()),
            })?;
        for (key, sentence) in wording {
            if let Ok(resource) = replacement(key, sentence) {
                bundle.add_resource_overriding(resource);
            }
        }
        Ok(Catalogue {
            language: language.to_string(),
            bundle,
            pseudo,
        })
    }

    /// The BCP 47 tag the pages carry in `lang`.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The sentence under `key` with its arguments; a key the catalogue lacks reads as itself
    /// (the completeness test keeps that from shipping).
    pub fn message(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.to_fluent());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if self.pseudo {
            format!("⟦{text}⟧")
        } else {
            text.into_owned()
        }
    }
}

/// What the page says when its own catalogue cannot be read: the one sentence not in a
/// catalogue, in English, since no other words are there to say it with.
pub fn unreadable(problem: &WordingError) -> String {
    format!("This page's words could not be read ({problem}). Reload the page; if it persists, publish the site again.")
}

/// One argument of a sentence: a number (chooses plural forms) or text (said as given).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Text(s) => FluentValue::from(s.as_str()),
        }
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<&yew::AttrValue> for Arg {
    fn from(s: &yew::AttrValue) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<yew::AttrValue> for Arg {
    fn from(s: yew::AttrValue) -> Arg {
        Arg::Text(s.to_string())
    }
}

thread_local! {
    static CURRENT: RefCell<Option<Rc<Catalogue>>> = const { RefCell::new(None) };
}

/// Makes `catalogue` the one `t!` reads from on this thread (the page's).
pub fn install(catalogue: Rc<Catalogue>) {
    CURRENT.with(|c| *c.borrow_mut() = Some(catalogue));
}

/// Runs `f` with `catalogue` in use, then puts back the one that was (for tests, and for
/// work that speaks another language for a moment).
pub fn speaking<R>(catalogue: Rc<Catalogue>, f: impl FnOnce() -> R) -> R {
    let before = CURRENT.with(|c| c.replace(Some(catalogue)));
    let result = f();
    CURRENT.with(|c| *c.borrow_mut() = before);
    result
}

/// The catalogue in use: the installed one; natively, English until one is installed.
pub fn current() -> Option<Rc<Catalogue>> {
    CURRENT.with(|c| {
        #[cfg(not(target_arch = "wasm32"))]
        if c.borrow().is_none() {
            *c.borrow_mut() = built_in("en").map(Rc::new);
        }
        c.borrow().clone()
    })
}

/// The sentence under `key` in the page's language (see `t!`).
pub fn message(key: &str, args: &[(&str, Arg)]) -> String {
    match current() {
        Some(catalogue) => catalogue.message(key, args),
        None => key.to_string(),
    }
}

/// `t!("key")`, `t!("key", count = n, level = name)`: the sentence in the page's language.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::words::catalogue::message($key, &[])
    };
    ($key:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::words::catalogue::message(
            $key,
            &[$((stringify!($name), $crate::words::catalogue::Arg::from($value))),+],
        )
    };
}

/// What Fluent's parser found wrong, in its own terms (natively, where the check reports it;
/// the app only says that a file does not read, which keeps the parser's messages out of it).
fn parse_problem(kind: &fluent_syntax::parser::ErrorKind) -> String {
    #[cfg(not(target_arch = "wasm32"))]
    return kind.to_string();
    #[cfg(target_arch = "wasm32")]
    {
        let _ = kind;
        "it is not in Fluent's syntax".to_string()
    }
}

/// A company's replacement as a one-message resource.
fn replacement(key: &str, sentence: &str) -> Result<FluentResource, String> {
    // Continuation lines of a Fluent message are indented.
    let body = sentence.trim().replace('\n', "\n    ");
    FluentResource::try_new(format!("{key} = {body}\n"))
        .map_err(|(_, errors)| parse_problem(&errors[0].kind))
        .and_then(|r| {
            if r.entries().count() == 1 {
                Ok(r)
            } else {
                Err("it reads as more than one sentence".to_string())
            }
        })
}

/// The variables a message uses, by name.
#[cfg(not(target_arch = "wasm32"))]
fn variables(resource: &FluentResource, key: &str) -> Option<BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let PatternElement::Placeable { expression } = element {
                expr(expression, out);
            }
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    resource.entries().find_map(|entry| match entry {
        Entry::Message(m) if m.id.name == key => {
            let mut out = BTreeSet::new();
            if let Some(value) = &m.value {
                pattern(value, &mut out);
            }
            Some(out)
        }
        _ => None,
    })
}

/// Every message of a catalogue text with the arguments it uses: what the completeness test
/// compares across languages.
#[cfg(not(target_arch = "wasm32"))]
pub fn keys_and_arguments(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast::Entry;
    let resource =
        FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, _)| resource);
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|key| {
            let arguments = variables(&resource, &key).unwrap_or_default();
            (key, arguments)
        })
        .collect()
}

/// Checks a company's replacements against the English catalogue: each key exists, each
/// sentence reads, and each uses exactly the arguments of the sentence it replaces.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_wording(wording: &BTreeMap<String, String>) -> Vec<WordingError> {
    let english = FluentResource::try_new(built_in_text("en").unwrap_or_default())
        .unwrap_or_else(|(resource, _)| resource);
    let mut problems = Vec::new();
    for (key, sentence) in wording {
        let Some(expected) = variables(&english, key) else {
            problems.push(WordingError::UnknownKey {
                key: key.clone(),
                nearest: nearest_key(&english, key),
            });
            continue;
        };
        let given = match replacement(key, sentence) {
            Ok(r) => variables(&r, key).unwrap_or_default(),
            Err(reason) => {
                problems.push(WordingError::NotASentence {
                    key: key.clone(),
                    reason,
                });
                continue;
            }
        };
        if given != expected {
            problems.push(WordingError::Arguments {
                key: key.clone(),
                unknown: given.difference(&expected).cloned().collect(),
                missing: expected.difference(&given).cloned().collect(),
            });
        }
    }
    problems
}

/// The catalogue's key a mistyped `key` most likely meant: the closest by edits, when it is at
/// most two edits away (three for long keys).
#[cfg(not(target_arch = "wasm32"))]
fn nearest_key(english: &FluentResource, key: &str) -> Option<String> {
    use fluent_syntax::ast::Entry;
    let limit = if key.chars().count() > 12 { 3 } else { 2 };
    english
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name),
            _ => None,
        })
        .map(|name| (strsim::levenshtein(name, key), name))
        .filter(|(distance, _)| *distance <= limit)
        .min()
        .map(|(_, name)| name.to_string())
}

/// The visibly transformed English of the pseudo-locale: letters accented, vowels doubled
/// (about a third longer), so text that skips the catalogue stands out and layouts meet
/// longer words.
pub fn pseudo_text(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let accented = match c {
            'a' => "àà",
            'e' => "éé",
            'i' => "íí",
            'o' => "öö",
            'u' => "ûû",
            'A' => "Å",
            'E' => "É",
            'I' => "Î",
            'O' => "Ö",
            'U' => "Û",
            'c' => "ç",
            'n' => "ñ",
            's' => "š",
            'y' => "ý",
            'C' => "Ç",
            'N' => "Ñ",
            'S' => "Š",
            'Y' => "Ý",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(accented);
    }
    Cow::Owned(out)
}

/// The languages Ladder has a catalogue for, each with its files, in the order the site
/// index and messages name them. The pseudo-locale reads English.
#[cfg(not(target_arch = "wasm32"))]
pub const LANGUAGES: &[(&str, &[&str])] = &[
    ("en", sources::EN),
    ("de", sources::DE),
    ("hr", sources::HR),
];

#[cfg(not(target_arch = "wasm32"))]
mod sources {
    macro_rules! files {
        ($lang:literal) => {
            &[
                include_str!(concat!($lang, "/common.ftl")),
                include_str!(concat!($lang, "/app.ftl")),
                include_str!(concat!($lang, "/assess.ftl")),
                include_str!(concat!($lang, "/people.ftl")),
                include_str!(concat!($lang, "/published.ftl")),
                include_str!(concat!($lang, "/site.ftl")),
            ]
        };
    }
    pub const EN: &[&str] = files!("en");
    pub const DE: &[&str] = files!("de");
    pub const HR: &[&str] = files!("hr");
}

/// A language's whole catalogue text (the pseudo-locale's is English's), or `None` when
/// Ladder does not speak it.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in_text(language: &str) -> Option<String> {
    let language = if language.eq_ignore_ascii_case(PSEUDO) {
        "en"
    } else {
        language
    };
    LANGUAGES
        .iter()
        .find(|(tag, _)| tag.eq_ignore_ascii_case(language))
        .map(|(_, files)| files.join("\n"))
}

/// A language's catalogue as a site ships it: the built-in text without its comments, which
/// are notes for translators (a comment line starts with `#` at the start of the line, which
/// no line of a message can).
#[cfg(not(target_arch = "wasm32"))]
pub fn shipped_text(language: &str) -> Option<String> {
    let text = built_in_text(language)?;
    Some(
        text.lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(|line| [line, "\n"])
            .collect(),
    )
}

/// A language's built-in catalogue with no replacements.
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in(language: &str) -> Option<Catalogue> {
    Catalogue::new(language, &built_in_text(language)?, &BTreeMap::new()).ok()
}

/// Whether Ladder speaks `language` (a catalogue, or the pseudo-locale), for the check.
#[cfg(not(target_arch = "wasm32"))]
pub fn speaks(language: &str) -> bool {
    built_in_text(language).is_some()
}
