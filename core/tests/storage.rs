//! Saved answers, format version 1: the golden string keeps decoding, and damaged or foreign
//! text is refused with a reason instead of being half-read.

use ladder_core::storage::{decode, encode, LeftOut, StorageError};
use ladder_core::{
    load, Action, Assessment, DimensionId, Framework, LevelId, QuestionId, Rating, StatementId,
    YearMonth,
};

fn framework() -> Framework {
    load(include_str!("../../framework.json")).unwrap()
}

/// Written by the first release of the format. Never change this string: add a new one.
const GOLDEN_V1: &str = "ladder-assessment/1
framework=ultralytics-career-progression@2025.1
current=IC03
target=IC04
since=2025-06
name=Alex%2C Doe%3A 100%25
criteria=12,2,3,1,0
rate=ic04-expertise-1:3
rate=ic04-scope-2:0
note=scope:Led the migration%0AThen the rollout
";

/// Written by the first release of version 2. Never change this string: add a new one.
const GOLDEN_V2: &str = "ladder-assessment/2
framework=ultralytics-career-progression@2025.1
current=IC03
target=IC04
since=2025-06
name=Alex%2C Doe%3A 100%25
criteria=12,2,3,1,0
rate=ic04-expertise-1:3
rate=ic04-scope-2:0
unsure=ic04-scope-3
note=scope:Led the migration%0AThen the rollout
end=11
";

#[test]
fn golden_v2_string_decodes_as_v1_does_plus_not_sure() {
    let fw = framework();
    let v2 = decode(&fw, GOLDEN_V2).unwrap().assessment;
    let mut v1 = decode(&fw, GOLDEN_V1).unwrap().assessment;
    assert_eq!(
        v2.answer(&StatementId::new("ic04-scope-3")),
        ladder_core::assessment::Answer::NotSure
    );
    v1.answers.insert(
        StatementId::new("ic04-scope-3"),
        ladder_core::Given::NotSure,
    );
    assert_eq!(v2, v1);
}

#[test]
fn golden_v1_string_decodes() {
    let fw = framework();
    let restored = decode(&fw, GOLDEN_V1).unwrap();
    let a = restored.assessment;
    assert_eq!(
        restored.saved_against,
        "ultralytics-career-progression@2025.1"
    );
    assert!(restored.left_out.is_empty());
    assert_eq!(
        (a.framework_id.as_str(), a.framework_version.as_str()),
        ("ultralytics-career-progression", "2025.1"),
        "the version the answers were made against is kept"
    );
    assert_eq!((a.current.as_str(), a.target.as_str()), ("IC03", "IC04"));
    assert_eq!(a.in_level_since, YearMonth::new(2025, 6).unwrap());
    assert_eq!(a.name, "Alex, Doe: 100%");
    // The five numbers of the first versions are the default framework's questions, by id.
    assert_eq!(a.criteria.legacy(), [12, 2, 3, 1, 0]);
    assert_eq!(
        a.rating(&StatementId::new("ic04-expertise-1")),
        Some(Rating::Consistently)
    );
    assert_eq!(
        a.rating(&StatementId::new("ic04-scope-2")),
        Some(Rating::NotYet)
    );
    assert_eq!(
        a.notes.get(&DimensionId::new("scope")).map(String::as_str),
        Some("Led the migration\nThen the rollout")
    );
}

/// Written by the first release of version 4, as a download (no revision). Never change this
/// string: add a new one.
const GOLDEN_V4: &str = "ladder-assessment/4
framework=ultralytics-career-progression@2025.1
current=IC03
target=IC04
since=2025-06
name=Alex%2C Doe%3A 100%25
criterion=examples:3
criterion=months-current:12
criterion=months-next:2
criterion=peer-feedback:1
rate=ic04-expertise-1:3
rate=ic04-scope-2:0
unsure=ic04-scope-3
note=scope:Led the migration%0AThen the rollout
end=14
";

#[test]
fn golden_v4_string_keeps_criteria_answers_by_question_id() {
    let fw = framework();
    let v4 = decode(&fw, GOLDEN_V4).unwrap();
    assert!(v4.left_out.is_empty());
    // The same answers as version 2's five numbers, read under the default framework's ids.
    assert_eq!(v4.assessment, decode(&fw, GOLDEN_V2).unwrap().assessment);
    assert_eq!(v4.assessment.criteria.legacy(), [12, 2, 3, 1, 0]);
}

#[test]
fn criteria_answers_to_questions_the_framework_does_not_ask_are_left_out_and_named() {
    let fw = framework();
    let text = GOLDEN_V4.replace("criterion=examples:3", "criterion=talks:3");
    let restored = decode(&fw, &text).unwrap();
    assert_eq!(
        restored.left_out,
        [LeftOut::Criterion(QuestionId::new("talks"))]
    );
    // A framework without questions: the first versions' five numbers are left out, named.
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../../framework.json")).unwrap();
    json["promotion"]["criteria"] = serde_json::json!([]);
    let bare = load(&json.to_string()).unwrap();
    let restored = decode(&bare, GOLDEN_V1).unwrap();
    let left: Vec<LeftOut> = ["examples", "months-current", "months-next", "peer-feedback"]
        .map(|id| LeftOut::Criterion(QuestionId::new(id)))
        .into();
    assert_eq!(restored.left_out, left);
    assert!(restored.assessment.criteria.is_empty());
}

#[test]
fn a_version_4_criteria_line_is_checked() {
    let fw = framework();
    for (bad, reason) in [
        ("criterion=examples", "expected question:number"),
        (
            "criterion=examples:x",
            "a criteria answer is a whole number from 0 to 999",
        ),
        (
            "criterion=examples:1000",
            "a criteria answer is a whole number from 0 to 999",
        ),
        (
            "criterion=months-next:4",
            "a criteria question is answered twice",
        ),
        ("criteria=12,2,3,1,0", "unknown key"),
    ] {
        let text = GOLDEN_V4.replace("criterion=peer-feedback:1", bad);
        assert_eq!(
            decode(&fw, &text),
            Err(StorageError::Malformed {
                line: 10,
                reason: reason.to_string()
            }),
            "{bad}"
        );
    }
}

#[test]
fn encoding_round_trips_and_matches_the_golden_form() {
    let fw = framework();
    let a = decode(&fw, GOLDEN_V2).unwrap().assessment;
    assert_eq!(encode(&a), GOLDEN_V4);
    let mut b = Assessment::new(&fw, YearMonth::new(2024, 12).unwrap());
    b.apply(&fw, Action::SetCurrent(LevelId::new("M05")));
    b.apply(&fw, Action::SetName("  =:,%\n".into()));
    b.apply(
        &fw,
        Action::Rate(StatementId::new("m06-people-3"), Some(Rating::Usually)),
    );
    assert_eq!(decode(&fw, &encode(&b)).unwrap().assessment, b);
}

#[test]
fn statements_the_framework_no_longer_has_are_left_out_and_named() {
    let fw = framework();
    let text = GOLDEN_V1.replace("rate=ic04-scope-2:0", "rate=ic04-retired-9:2");
    let restored = decode(&fw, &text).unwrap();
    assert_eq!(
        restored.left_out,
        [LeftOut::Rating(StatementId::new("ic04-retired-9"))]
    );
    assert_eq!(restored.assessment.ratings().count(), 1);
}

#[test]
fn damaged_or_foreign_text_is_refused_with_a_reason() {
    let fw = framework();
    let check = |text: &str, expected: StorageError, message: &str| {
        let err = decode(&fw, text).unwrap_err();
        assert_eq!(err, expected, "{text}");
        assert_eq!(err.to_string(), message);
    };
    check(
        "{\"answers\": []}",
        StorageError::UnknownVersion {
            first_line: "{\"answers\": []}".into(),
        },
        "they are not in a format this version of Ladder reads (“{\"answers\": []}”)",
    );
    check(
        &GOLDEN_V1.replace("since=2025-06", "since=2025-13"),
        StorageError::Malformed {
            line: 5,
            reason: "not a valid month".into(),
        },
        "line 5 is damaged: not a valid month",
    );
    check(
        &GOLDEN_V1.replace("rate=ic04-scope-2:0", "rate=ic04-scope-2:7"),
        StorageError::Malformed {
            line: 9,
            reason: "a rating is 0, 1, 2 or 3".into(),
        },
        "line 9 is damaged: a rating is 0, 1, 2 or 3",
    );
    check(
        &GOLDEN_V1.replace("current=IC03", "current=IC09"),
        StorageError::UnknownLevel { id: "IC09".into() },
        "they refer to level IC09, which this framework does not have",
    );
    check(
        &GOLDEN_V1.replace("since=2025-06\n", ""),
        StorageError::Missing { key: "since" },
        "the “since” line is missing",
    );
    check(
        &GOLDEN_V1.replace("name=", "nom="),
        StorageError::Malformed {
            line: 6,
            reason: "unknown key".into(),
        },
        "line 6 is damaged: unknown key",
    );
    check(
        &GOLDEN_V2[..GOLDEN_V2.len() / 2],
        StorageError::Truncated { lines: 7 },
        "they stop at line 7 without a complete closing line, so they were cut short",
    );
    check(
        &GOLDEN_V2.replace("end=11\n", ""),
        StorageError::Truncated { lines: 11 },
        "they stop at line 11 without a complete closing line, so they were cut short",
    );
    check(
        &GOLDEN_V2.replace("end=11", "end=1"),
        StorageError::Truncated { lines: 12 },
        "they stop at line 12 without a complete closing line, so they were cut short",
    );
    let huge = format!("{GOLDEN_V2}{}", "x".repeat(300_000));
    check(
        &huge,
        StorageError::TooLarge { bytes: huge.len() },
        "they take 300273 bytes, more than the 262144 any saved assessment needs",
    );
    check(
        &GOLDEN_V1.replace("name=Alex%2C", "name=Alex%2"),
        StorageError::Malformed {
            line: 6,
            reason: "bad escape".into(),
        },
        "line 6 is damaged: bad escape",
    );
}

mod revisions {
    //! Version 3: the answers under a revision, so a tab whose copy is older never replaces
    //! newer answers.
    use super::{framework, GOLDEN_V2};

    /// Written by the first release of version 4, as kept in storage. Never change this
    /// string: add a new one.
    const GOLDEN_V4_SAVED: &str = "ladder-assessment/4
revision=7.k3j9x2
framework=ultralytics-career-progression@2025.1
current=IC03
target=IC04
since=2025-06
name=Alex%2C Doe%3A 100%25
criterion=examples:3
criterion=months-current:12
criterion=months-next:2
criterion=peer-feedback:1
rate=ic04-expertise-1:3
rate=ic04-scope-2:0
unsure=ic04-scope-3
note=scope:Led the migration%0AThen the rollout
end=15
";
    use ladder_core::storage::{
        check_write, decode, encode_saved, revision, Revision, StorageError, WriteCheck,
    };

    /// Written by the first release of version 3. Never change this string: add a new one.
    const GOLDEN_V3: &str = "ladder-assessment/3
revision=7.k3j9x2
framework=ultralytics-career-progression@2025.1
current=IC03
target=IC04
since=2025-06
name=Alex%2C Doe%3A 100%25
criteria=12,2,3,1,0
rate=ic04-expertise-1:3
rate=ic04-scope-2:0
unsure=ic04-scope-3
note=scope:Led the migration%0AThen the rollout
end=12
";

    fn rev(count: u64, writer: &str) -> Revision {
        Revision::new(count, writer).unwrap()
    }

    #[test]
    fn golden_v3_string_decodes_as_v2_does_with_its_revision() {
        let fw = framework();
        let v3 = decode(&fw, GOLDEN_V3).unwrap();
        assert_eq!(v3.revision, rev(7, "k3j9x2"));
        assert_eq!(v3.assessment, decode(&fw, GOLDEN_V2).unwrap().assessment);
        // Written again, it is version 4 under the same revision.
        assert_eq!(encode_saved(&v3.assessment, &v3.revision), GOLDEN_V4_SAVED);
        let v4 = decode(&fw, GOLDEN_V4_SAVED).unwrap();
        assert_eq!((v4.assessment, v4.revision), (v3.assessment, v3.revision));
        assert_eq!(revision(GOLDEN_V4_SAVED), rev(7, "k3j9x2"));
    }

    #[test]
    fn older_versions_read_as_unrevised() {
        let fw = framework();
        assert_eq!(
            decode(&fw, GOLDEN_V2).unwrap().revision,
            Revision::unrevised()
        );
        assert_eq!(revision(GOLDEN_V2), Revision::unrevised());
        assert_eq!(revision(GOLDEN_V3), rev(7, "k3j9x2"));
        assert_eq!(revision("anything at all"), Revision::unrevised());
    }

    #[test]
    fn a_damaged_revision_line_is_refused_with_its_line() {
        let fw = framework();
        for bad in [
            "revision=7",
            "revision=.tab",
            "revision=7.",
            "revision=x.tab",
            "revision=7.a-b",
            "rev=7.tab",
        ] {
            let text = GOLDEN_V3.replace("revision=7.k3j9x2", bad);
            assert_eq!(
                decode(&fw, &text),
                Err(StorageError::Malformed {
                    line: 2,
                    reason: "expected revision=COUNT.WRITER".to_string()
                }),
                "{bad}"
            );
            assert_eq!(revision(&text), Revision::unrevised(), "{bad}");
        }
    }

    #[test]
    fn a_writer_is_short_plain_letters_and_digits() {
        assert!(Revision::new(1, "abc123").is_some());
        for bad in ["", "a.b", "a b", "ä", &"a".repeat(17)] {
            assert_eq!(Revision::new(1, bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_tab_writes_only_over_what_it_last_read_or_wrote() {
        let mine = rev(4, "tabA");
        // Nothing stored and nothing seen: the first write.
        assert_eq!(
            check_write(None, None, "tabA"),
            WriteCheck::Write(rev(1, "tabA"))
        );
        // What it wrote last is still there: the next write raises the count.
        assert_eq!(
            check_write(Some(&mine), Some(&mine), "tabA"),
            WriteCheck::Write(rev(5, "tabA"))
        );
        // Unrevised text it read: written over as revision 1.
        let old = Revision::unrevised();
        assert_eq!(
            check_write(Some(&old), Some(&old), "tabA"),
            WriteCheck::Write(rev(1, "tabA"))
        );
        // Another tab wrote since, even at the same count: stale.
        assert_eq!(
            check_write(Some(&mine), Some(&rev(5, "tabB")), "tabA"),
            WriteCheck::Stale
        );
        assert_eq!(
            check_write(Some(&mine), Some(&rev(4, "tabB")), "tabA"),
            WriteCheck::Stale
        );
        // Something appeared where it saw nothing, or was removed where it saw something.
        assert_eq!(
            check_write(None, Some(&rev(1, "tabB")), "tabA"),
            WriteCheck::Stale
        );
        assert_eq!(check_write(Some(&mine), None, "tabA"), WriteCheck::Stale);
        // A writer name Ladder would not make is never written under.
        assert_eq!(check_write(None, None, "tab A"), WriteCheck::Stale);
    }

    #[test]
    fn the_count_saturates_instead_of_wrapping() {
        let last = rev(u64::MAX, "tabA");
        assert_eq!(
            check_write(Some(&last), Some(&last), "tabA"),
            WriteCheck::Write(rev(u64::MAX, "tabA"))
        );
    }
}
