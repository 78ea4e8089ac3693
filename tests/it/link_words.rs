//! Why a shared link cannot be opened, worded through the catalogue from the core's error data:
//! in English, as the core's own description says it.

use ladder::words::catalogue::{built_in, speaking};
use ladder::words::errors::share_error;
use ladder_core::share::ShareError;
use std::rc::Rc;

fn every_kind() -> Vec<ShareError> {
    let mut all = vec![
        ShareError::TooLong { chars: 2_000_009 },
        ShareError::UnknownKind {
            found: "B7".to_string(),
        },
        ShareError::Damaged,
        ShareError::UnknownLevel {
            id: "x".repeat(5000),
        },
        ShareError::TooManyAnswers {
            count: 812,
            most: 290,
        },
    ];
    for field in [
        "header",
        "framework",
        "framework version",
        "date",
        "start month",
        "criteria",
        "answers",
        "role",
        "note",
    ] {
        all.push(ShareError::Malformed { field });
    }
    for field in [
        "statement",
        "the group of statements",
        "criteria question",
        "dimension",
    ] {
        all.push(ShareError::Repeated {
            field,
            id: "ic04-scope".to_string(),
        });
    }
    all
}

fn in_language<R>(language: &str, f: impl FnOnce() -> R) -> R {
    speaking(Rc::new(built_in(language).unwrap()), f)
}

#[test]
fn a_link_problem_reads_in_english_as_the_core_describes_it() {
    in_language("en", || {
        for e in every_kind() {
            assert_eq!(share_error(&e), e.to_string());
        }
    });
}

#[test]
fn a_link_problem_reads_in_every_language_with_its_plural_forms() {
    in_language("hr", || {
        assert_eq!(
            share_error(&ShareError::TooLong { chars: 2002 }),
            "duga je 2002 znaka, više nego što može imati ijedna podijeljena samoprocjena (2000)"
        );
        assert_eq!(
            share_error(&ShareError::TooManyAnswers {
                count: 321,
                most: 290
            }),
            "sadrži 321 odgovor, više nego što može imati ijedna samoprocjena u ovom okviru karijere (290)"
        );
    });
    in_language("de", || {
        for e in every_kind() {
            let words = share_error(&e);
            assert!(words.starts_with(char::is_uppercase), "{words}");
            assert!(!words.contains('{'), "{words}");
        }
    });
}
