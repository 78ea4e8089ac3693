//! Sharing an assessment by link, format version 1: a golden link keeps opening, any
//! assessment survives encode then decode, a full one fits the fragment budget, and every kind
//! of broken link is refused with its message.

use ladder_core::share::{checksum, decode, encode, ShareError};
use ladder_core::{
    load, Action, Assessment, Framework, LevelId, NaiveDate, QuestionId, Rating, StatementId,
    YearMonth,
};

fn framework() -> Framework {
    load(include_str!("../../framework.json")).unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// Made by the first release of the format. Never change this link: add a new one.
const GOLDEN_V1: &str = "A1~ultralytics-career-progression~2025.1~20261122~IC03~IC04~202506~12.2.3.1.0~ic04-expertise~3~ic04-scope~n0~9f10ce81";

#[test]
fn golden_v1_opens() {
    let fw = framework();
    let shared = decode(&fw, GOLDEN_V1).unwrap();
    let a = &shared.assessment;
    assert_eq!(shared.made_on, day());
    assert_eq!((a.current.as_str(), a.target.as_str()), ("IC03", "IC04"));
    assert_eq!(a.in_level_since, YearMonth::new(2025, 6).unwrap());
    assert_eq!(
        a.rating(&StatementId::new("ic04-expertise-1")),
        Some(Rating::Consistently)
    );
    assert_eq!(
        a.answer(&StatementId::new("ic04-scope-1")),
        ladder_core::Answer::NotSure
    );
    assert_eq!(
        a.rating(&StatementId::new("ic04-scope-2")),
        Some(Rating::NotYet)
    );
    // The five numbers of A1 are the default framework's questions, by id.
    let c = a.criteria.legacy();
    assert_eq!((c[0], c[2], c[3], c[4]), (12, 3, 1, 0));
}

/// Made by the first release of version 2. Never change this link: add a new one.
const GOLDEN_V2: &str = "A2~ultralytics-career-progression~2025.1~20261122~IC03~IC04~202506~examples:3,months-current:12,months-next:2,peer-feedback:1~ic04-expertise~3~ic04-scope~n0~1bfc2467";

#[test]
fn golden_v2_opens_as_v1_does_with_criteria_by_question_id() {
    let fw = framework();
    let v1 = decode(&fw, GOLDEN_V1).unwrap();
    assert_eq!(encode(&v1.assessment, day()), GOLDEN_V2);
    let v2 = decode(&fw, GOLDEN_V2).unwrap();
    assert_eq!(v2, v1);
}

#[test]
fn criteria_answers_by_question_id_are_checked_and_unknown_ones_named() {
    let fw = framework();
    let link = |criteria: &str| {
        let body = format!(
            "A2~ultralytics-career-progression~2025.1~20261122~IC03~IC04~202506~{criteria}"
        );
        format!("{body}~{}", checksum(&body))
    };
    let shared = decode(&fw, &link("")).unwrap();
    assert!(shared.assessment.criteria.is_empty());
    let shared = decode(&fw, &link("manager:1,talks:4")).unwrap();
    assert_eq!(shared.assessment.criteria.legacy(), [0, 0, 0, 0, 1]);
    assert_eq!(shared.no_longer_apply, ["talks"]);
    for bad in ["manager", "manager:x", "manager:1000", ":"] {
        assert_eq!(
            decode(&fw, &link(bad)),
            Err(ShareError::Malformed { field: "criteria" }),
            "{bad}"
        );
    }
    assert_eq!(
        decode(&fw, &link("manager:1,manager:1")),
        Err(ShareError::Repeated {
            field: "criteria question",
            id: "manager".to_string()
        })
    );
}

/// A small deterministic generator, so the property runs the same everywhere.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

#[test]
fn any_assessment_round_trips_without_name_or_notes() {
    let fw = framework();
    let levels: Vec<LevelId> = fw.levels().map(|l| l.id.clone()).collect();
    let statements: Vec<StatementId> = fw
        .levels()
        .flat_map(|l| l.expectations.iter())
        .flat_map(|e| e.statements.iter())
        .map(|s| s.id.clone())
        .collect();
    let mut rng = Lcg(7);
    for _ in 0..500 {
        let mut a = Assessment::new(
            &fw,
            YearMonth::new(1990 + rng.next(40) as i32, 1 + rng.next(12) as u32).unwrap(),
        );
        a.apply(
            &fw,
            Action::SetCurrent(levels[rng.next(levels.len() as u64) as usize].clone()),
        );
        a.apply(
            &fw,
            Action::SetTarget(levels[rng.next(levels.len() as u64) as usize].clone()),
        );
        for _ in 0..rng.next(60) {
            let id = statements[rng.next(statements.len() as u64) as usize].clone();
            let rating = match rng.next(5) {
                4 => None,
                r => Some(Rating::ALL[r as usize]),
            };
            a.apply(&fw, Action::Rate(id, rating));
        }
        for (id, most) in [
            ("months-current", 601),
            ("months-next", 601),
            ("examples", 100),
            ("peer-feedback", 2),
            ("manager", 2),
        ] {
            let value = rng.next(most) as u16;
            a.apply(&fw, Action::SetCriterion(QuestionId::new(id), value));
        }
        let shared = decode(&fw, &encode(&a, day())).unwrap();
        assert_eq!(shared.assessment, a);
        assert!(shared.no_longer_apply.is_empty());
    }
}

#[test]
fn a_full_assessment_fits_in_600_characters() {
    let fw = framework();
    for (current, target) in [("IC04", "IC05"), ("M05", "M06")] {
        let mut a = Assessment::new(&fw, YearMonth::new(2025, 6).unwrap());
        a.apply(&fw, Action::SetCurrent(LevelId::new(current)));
        a.apply(&fw, Action::SetTarget(LevelId::new(target)));
        for e in &fw.find_level(target).unwrap().expectations {
            for s in &e.statements {
                a.apply(&fw, Action::Rate(s.id.clone(), Some(Rating::Usually)));
            }
        }
        let link = encode(&a, day());
        assert!(link.len() <= 600, "{target}: {} characters", link.len());
    }
}

#[test]
fn a_link_from_an_older_framework_lists_what_no_longer_applies() {
    let fw = framework();
    let body = "A1~ultralytics-career-progression~2024.2~20260801~IC03~IC04~202506~0.0.0.0.0~ic04-scope~3~ic04-retired~-2";
    let link = format!("{body}~{}", checksum(body));
    let shared = decode(&fw, &link).unwrap();
    assert_eq!(shared.no_longer_apply, ["ic04-retired-2"]);
    assert_eq!(shared.assessment.framework_version, "2024.2");
    assert_eq!(shared.assessment.ratings().count(), 1);
}

#[test]
fn broken_links_say_what_is_wrong() {
    let fw = framework();
    let check = |link: &str, expected: ShareError, message: &str| {
        let err = decode(&fw, link).unwrap_err();
        assert_eq!(err, expected, "{link}");
        assert_eq!(err.to_string(), message);
    };
    check(
        &GOLDEN_V1[..GOLDEN_V1.len() - 20],
        ShareError::Damaged,
        "it was cut short or changed on the way: its check does not match its content",
    );
    check(
        &GOLDEN_V1.replace("ic04-scope~n0", "ic04-scope~30"),
        ShareError::Damaged,
        "it was cut short or changed on the way: its check does not match its content",
    );
    check(
        "B7~anything",
        ShareError::UnknownKind { found: "B7".into() },
        "it starts with “B7”, which is not a shared assessment this version of Ladder reads",
    );
    let long = "A".repeat(3000);
    check(
        &long,
        ShareError::TooLong { chars: 3000 },
        "it is 3000 characters long, more than any shared assessment (2000)",
    );
    let body = "A1~x~1~20261122~IC09~IC04~202506~0.0.0.0.0";
    check(
        &format!("{body}~{}", checksum(body)),
        ShareError::UnknownLevel { id: "IC09".into() },
        "it names level “IC09”, which this framework does not have",
    );
    let body = "A1~x~1~20260230~IC03~IC04~202506~0.0.0.0.0";
    check(
        &format!("{body}~{}", checksum(body)),
        ShareError::Malformed { field: "date" },
        "its date cannot be read",
    );
    let body = "A1~x~1~20261122~IC03~IC04~202506~0.0.0.0.0~ic04-scope~7";
    check(
        &format!("{body}~{}", checksum(body)),
        ShareError::Malformed { field: "answers" },
        "its answers cannot be read",
    );
}

#[test]
fn a_role_link_round_trips_and_refuses_what_it_cannot_hold() {
    use ladder_core::share::{decode_role, encode_role, Role};
    use ladder_core::DimensionId;
    let fw = framework();
    let role = Role {
        level: LevelId::new("IC04"),
        marked: vec![DimensionId::new("leadership"), DimensionId::new("scope")],
        note: "Platform team: on call 1 week in 6. <b>Not bold</b> & “quoted”.".into(),
    };
    let link = encode_role(&role);
    assert_eq!(decode_role(&fw, &link), Ok(role.clone()));
    // A dimension of another track is dropped, not trusted.
    let mut foreign = role.clone();
    foreign.marked.push(DimensionId::new("people"));
    assert_eq!(decode_role(&fw, &encode_role(&foreign)), Ok(role.clone()));
    let mut long = role.clone();
    long.note = "x".repeat(501);
    assert_eq!(
        decode_role(&fw, &encode_role(&long)),
        Err(ShareError::Malformed { field: "note" })
    );
    assert_eq!(
        decode_role(&fw, &link.replace("IC04", "IC09")),
        Err(ShareError::Damaged)
    );
}

/// Made by the first release of the role format. Never change this link: add a new one.
const GOLDEN_ROLE_V1: &str = "R1~IC04~leadership.scope~Platform%20team%3A%20on%20call~edb539ac";

#[test]
fn golden_role_v1_opens() {
    use ladder_core::share::{decode_role, encode_role};
    use ladder_core::DimensionId;
    let role = decode_role(&framework(), GOLDEN_ROLE_V1).unwrap();
    assert_eq!(role.level, LevelId::new("IC04"));
    assert_eq!(
        role.marked,
        [DimensionId::new("leadership"), DimensionId::new("scope")]
    );
    assert_eq!(role.note, "Platform team: on call");
    assert_eq!(encode_role(&role), GOLDEN_ROLE_V1);
}

fn signed(body: &str) -> String {
    format!("{body}~{}", checksum(body))
}

#[test]
fn a_statement_answered_twice_is_refused_not_kept_both_ways() {
    let fw = framework();
    let check = |body: &str, expected: ShareError, message: &str| {
        let err = decode(&fw, &signed(body)).unwrap_err();
        assert_eq!(err, expected, "{body}");
        assert_eq!(err.to_string(), message);
    };
    let head = "A1~ultralytics-career-progression~2025.1~20261122~IC03~IC04~202506~0.0.0.0.0";
    check(
        &format!("{head}~ic04-scope~3~ic04-scope~n"),
        ShareError::Repeated {
            field: "the group of statements",
            id: "ic04-scope".into(),
        },
        "it gives the group of statements “ic04-scope” more than once",
    );
    check(
        &format!("{head}~ic04-scope~3~ic04-scope-1~=n"),
        ShareError::Repeated {
            field: "statement",
            id: "ic04-scope-1".into(),
        },
        "it gives statement “ic04-scope-1” more than once",
    );
    check(
        &format!("{head}~odd~=3~odd~=n"),
        ShareError::Repeated {
            field: "statement",
            id: "odd".into(),
        },
        "it gives statement “odd” more than once",
    );
}

#[test]
fn a_link_of_garbage_answers_is_refused_not_listed_as_thousands_that_no_longer_apply() {
    let fw = framework();
    let head = "A1~ultralytics-career-progression~2025.1~20261122~IC03~IC04~202506~0.0.0.0.0";
    // 17 stems of 99 answers each: 1,683 answers, more than 355 statements and the margin.
    let pairs: Vec<String> = (0..17)
        .map(|i| format!("gone{i}~{}", "3".repeat(99)))
        .collect();
    let err = decode(&fw, &signed(&format!("{head}~{}", pairs.join("~")))).unwrap_err();
    assert_eq!(
        err,
        ShareError::TooManyAnswers {
            count: 1683,
            most: 555
        }
    );
    assert_eq!(
        err.to_string(),
        "it carries 1683 answers, more than any assessment of this framework can (555)"
    );
    // One stem numbers at most 99 statements, as Ladder writes them.
    let err = decode(&fw, &signed(&format!("{head}~gone~{}", "-".repeat(100)))).unwrap_err();
    assert_eq!(err, ShareError::Malformed { field: "answers" });
    // Within the bounds, what is gone is listed once each, each id cut to 40 characters.
    let long = "x".repeat(300);
    let shared = decode(&fw, &signed(&format!("{head}~{long}~3-3"))).unwrap();
    assert_eq!(
        shared.no_longer_apply,
        [
            format!("{}…", "x".repeat(40)),
            format!("{}…", "x".repeat(40))
        ]
    );
}

#[test]
fn a_role_link_that_marks_a_dimension_twice_is_refused_not_shown_twice() {
    use ladder_core::share::decode_role;
    let fw = framework();
    let err = decode_role(&fw, &signed("R1~IC04~scope.leadership.scope~note")).unwrap_err();
    assert_eq!(
        err,
        ShareError::Repeated {
            field: "dimension",
            id: "scope".into()
        }
    );
    assert_eq!(err.to_string(), "it gives dimension “scope” more than once");
    let many = vec!["scope"; 190].join(".");
    assert!(matches!(
        decode_role(&fw, &signed(&format!("R1~IC04~{many}~note"))),
        Err(ShareError::Repeated { .. })
    ));
}
