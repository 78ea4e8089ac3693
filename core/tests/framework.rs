//! Loads the real default framework and checks the facts a user of it relies on.

use ladder_core::{load, Framework, Judged, LevelId, Months, Needs};

fn default_framework() -> Framework {
    let json = include_str!("../../framework.json");
    load(json).unwrap_or_else(|e| panic!("framework.json does not load:\n{e}"))
}

#[test]
fn has_both_tracks_with_eleven_levels_in_order() {
    let fw = default_framework();
    let codes: Vec<Vec<&str>> = fw
        .tracks
        .iter()
        .map(|t| t.levels.iter().map(|l| l.id.as_str()).collect())
        .collect();
    assert_eq!(
        codes,
        vec![
            vec!["IC02", "IC03", "IC04", "IC05", "IC06", "IC07"],
            vec!["M04", "M05", "M06", "M07", "M08"],
        ]
    );
    assert_eq!(fw.levels().count(), 11);
}

#[test]
fn has_355_statements_five_per_dimension() {
    let fw = default_framework();
    assert_eq!(fw.statement_count(), 355);
    for level in fw.levels() {
        let dims = fw.track_of(level).dimensions.len();
        assert_eq!(level.expectations.len(), dims, "{}", level.id);
        for e in &level.expectations {
            assert_eq!(e.statements.len(), 5, "{} {}", level.id, e.dimension);
        }
    }
    let dims: Vec<usize> = fw.tracks.iter().map(|t| t.dimensions.len()).collect();
    assert_eq!(dims, vec![6, 7]);
}

#[test]
fn level_facts_carry_over_exactly() {
    let fw = default_framework();
    let check = |code: &str, title: &str, stage: &str, ops: u8, strat: u8| {
        let l = fw.find_level(code).unwrap();
        assert_eq!(
            (l.title.as_str(), l.stage.as_deref().unwrap()),
            (title, stage),
            "{code}"
        );
        let focus = l.focus.unwrap();
        assert_eq!((focus.operational, focus.strategic), (ops, strat), "{code}");
    };
    check("IC02", "Associate/Junior", "Entry", 100, 0);
    check("IC04", "Senior", "Career / Fully Functioning", 100, 0);
    check("IC05", "Staff", "Senior/Seasoned", 80, 20);
    check("IC07", "Principal", "Lead", 60, 40);
    check(
        "M04",
        "Lead Manager",
        "Lead Supervisory / Manager Supervisory",
        80,
        20,
    );
    check("M07", "Head of", "Head of Middle Management", 50, 50);
    check("M08", "Director / VP", "Director Senior Management", 40, 60);
    // Lookups are exact; a code typed in another case is only suggested.
    assert_eq!(fw.find_level("ic04"), None);
    let ic04 = fw.level_like("ic04").unwrap();
    assert_eq!(
        ic04.attribute(&ladder_core::AttributeId::new("planning")),
        Some("Monthly")
    );
    let m06 = fw.find_level("M06").unwrap();
    assert_eq!(
        m06.attribute(&ladder_core::AttributeId::new("budget")),
        Some("$2M-$8M")
    );
}

#[test]
fn every_step_has_its_typical_timeline() {
    let fw = default_framework();
    let months = |from: &str, to: &str| {
        fw.timeline(&LevelId::new(from), &LevelId::new(to))
            .map(|t| t.months)
            .unwrap_or_else(|| panic!("no timeline {from} to {to}"))
    };
    let m = |min, max| Months { min, max };
    assert_eq!(months("IC02", "IC03"), m(12, Some(18)));
    assert_eq!(months("IC03", "IC04"), m(18, Some(24)));
    assert_eq!(months("IC04", "IC05"), m(24, Some(36)));
    assert_eq!(months("IC05", "IC06"), m(36, None));
    assert_eq!(months("IC06", "IC07"), m(36, None));
    assert_eq!(months("M04", "M05"), m(18, Some(24)));
    assert_eq!(months("M05", "M06"), m(24, Some(36)));
    assert_eq!(months("M06", "M07"), m(36, None));
    assert_eq!(months("M07", "M08"), m(48, None));
    assert_eq!(fw.promotion.as_ref().unwrap().timelines.len(), 9);
}

#[test]
fn promotion_criteria_process_and_switches() {
    let fw = default_framework();
    let p = fw.promotion.as_ref().unwrap();
    let criteria: Vec<(&str, Option<Months>)> = p
        .criteria
        .iter()
        .map(|c| (c.name.as_str(), c.months))
        .collect();
    assert_eq!(
        criteria,
        vec![
            ("Performance", Some(Months { min: 6, max: None })),
            (
                "Next-level work",
                Some(Months {
                    min: 6,
                    max: Some(12)
                })
            ),
            ("Scope", None),
            ("Impact", None),
            ("Readiness", None),
        ]
    );
    // The file states how each criterion is judged: its questions, with today's thresholds
    // and the ids the first formats' five answers are read under, or the verdict.
    let judged: Vec<(&str, Vec<(&str, Needs)>)> = p
        .criteria
        .iter()
        .map(|c| {
            let questions = match &c.judged {
                Judged::Questions(q) => q.iter().map(|q| (q.id.as_str(), q.needs)).collect(),
                Judged::Verdict => vec![("verdict", Needs::Yes)],
                Judged::ByManager => Vec::new(),
            };
            (c.id.as_str(), questions)
        })
        .collect();
    let months = |min, once_ready| Needs::Months { min, once_ready };
    assert_eq!(
        judged,
        [
            ("performance", vec![("months-current", months(6, false))]),
            ("next-level-work", vec![("months-next", months(6, true))]),
            ("scope", vec![("verdict", Needs::Yes)]),
            ("impact", vec![("examples", Needs::Count(3))]),
            (
                "readiness",
                vec![("peer-feedback", Needs::Yes), ("manager", Needs::Yes)]
            ),
        ]
    );
    let ids: Vec<&str> = fw.questions().map(|(_, q)| q.id.as_str()).collect();
    assert_eq!(ids, ladder_core::assessment::LEGACY_QUESTIONS);
    let process = p.process.as_ref().unwrap();
    assert_eq!(process.decision_weeks, Some((2, 4)));
    assert_eq!(
        process.effective,
        Some(ladder_core::Effective::NextQuarterStart)
    );

    let paths: Vec<(Vec<&str>, Vec<&str>, Option<u16>)> = fw
        .switches
        .iter()
        .map(|s| {
            (
                s.from_levels.iter().map(LevelId::as_str).collect(),
                s.to_levels.iter().map(LevelId::as_str).collect(),
                s.requirements.iter().find_map(|r| r.min_months_in_role),
            )
        })
        .collect();
    assert_eq!(
        paths,
        vec![
            (vec!["IC04", "IC05"], vec!["M04"], Some(12)),
            // The source names no minimum time for moving from management to IC.
            (vec!["M04", "M05"], vec!["IC05", "IC06"], None),
        ]
    );
    assert!(fw.compensation.as_ref().unwrap().leveling_factors.len() == 4);
    let competencies: Vec<&str> = fw.tracks[1]
        .competencies
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(
        competencies.len(),
        7,
        "the management track's universal skills"
    );
    assert!(fw.tracks[0].competencies.is_empty());
}

#[test]
fn statement_ids_are_stable_and_readable() {
    let fw = default_framework();
    let ic04 = fw.find_level("IC04").unwrap();
    let first = &ic04.expectations[0].statements[0];
    assert_eq!(first.id.as_str(), "ic04-expertise-1");
}

#[test]
fn three_track_example_loads() {
    let fw = load(include_str!(
        "../../examples/frameworks/three-track-engineering.json"
    ))
    .unwrap();
    let tracks: Vec<&str> = fw.tracks.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        tracks,
        ["Individual Contributor", "Technical Lead", "Manager"]
    );
    assert!(fw.promotion.is_none(), "timelines are optional");
    let scope = fw.scale(&ladder_core::ScaleId::new("scope")).unwrap();
    assert_eq!(scope.position("team"), Some(3));
}

#[test]
fn binary_form_round_trips() {
    use ladder_core::binary::{decode, decode_outline, encode, DecodeError};
    let fw = default_framework();
    let file = ladder_core::load::parse(include_str!("../../framework.json")).unwrap();
    let bytes = encode(&file);
    assert_eq!(decode(&bytes.outline, &bytes.details), Ok(fw.clone()));
    assert_eq!(decode_outline(&[]), Err(DecodeError::Empty));
    assert_eq!(
        decode_outline(&[9, 1, 2]),
        Err(DecodeError::WrongFormat {
            found: 9,
            expected: 8
        })
    );
    assert!(matches!(
        decode_outline(&bytes.outline[..bytes.outline.len() / 2]),
        Err(DecodeError::Malformed { .. })
    ));
    assert!(matches!(
        decode(&bytes.outline, &bytes.details[..bytes.details.len() / 2]),
        Err(DecodeError::Malformed { .. })
    ));
}

#[test]
fn the_outline_names_every_level_and_carries_no_details() {
    use ladder_core::binary::{decode_outline, encode};
    let fw = default_framework();
    let file = ladder_core::load::parse(include_str!("../../framework.json")).unwrap();
    let bytes = encode(&file);
    let outline = decode_outline(&bytes.outline).unwrap();
    assert!(fw.complete);
    assert!(!outline.complete);
    let codes =
        |f: &ladder_core::Framework| f.levels().map(|l| l.id.to_string()).collect::<Vec<_>>();
    assert_eq!(codes(&outline), codes(&fw));
    let ic04 = outline.find_level("IC04").unwrap();
    assert_eq!(ic04.title, fw.find_level("IC04").unwrap().title);
    assert!(ic04.expectations.iter().all(|e| e.statements.is_empty()));
    assert!(outline.levels().all(|l| l.background.is_empty()
        && l.attributes.is_empty()
        && l.summary.is_none()
        && l.roles.is_empty()));
    assert!(outline
        .tracks
        .iter()
        .all(|t| t.dimensions.is_empty() && t.description.is_empty()));
    // The ladder itself is all there: switch paths, promotion rules, settings.
    assert_eq!(outline.switches, fw.switches);
    assert_eq!(outline.promotion, fw.promotion);
    assert_eq!(outline.settings, fw.settings);
    // The part a first view needs is a small share of the whole.
    assert!(
        bytes.outline.len() * 8 < bytes.details.len(),
        "{} vs {}",
        bytes.outline.len(),
        bytes.details.len()
    );
}

#[test]
fn details_of_another_framework_or_version_are_refused() {
    use ladder_core::binary::{decode, encode, DecodeError};
    let file = ladder_core::load::parse(include_str!("../../framework.json")).unwrap();
    let mut newer = file.clone();
    newer.version = "2099.1".into();
    let (old, new) = (encode(&file), encode(&newer));
    let refused = decode(&new.outline, &old.details).unwrap_err();
    assert!(matches!(refused, DecodeError::Mismatch { .. }));
    assert!(
        refused.to_string().contains("publish the site again"),
        "{refused}"
    );
    // Same framework and version, but a level renamed since the details were written.
    let mut renamed = file.clone();
    renamed.tracks[0].levels[0].id = "IC01".into();
    assert!(matches!(
        decode(&encode(&renamed).outline, &old.details),
        Err(DecodeError::Mismatch { .. })
    ));
}

#[test]
fn the_outline_is_checked_by_every_rule_but_those_on_details() {
    use ladder_core::binary::{decode, decode_outline, encode, DecodeError};
    let file = ladder_core::load::parse(include_str!("../../framework.json")).unwrap();
    // Two levels with one code: refused from the outline alone, with its path.
    let mut twice = file.clone();
    twice.tracks[0].levels[1].id = twice.tracks[0].levels[0].id.clone();
    let Err(DecodeError::Invalid(problems)) = decode_outline(&encode(&twice).outline) else {
        panic!("a duplicate level code passed the outline's checks");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.to_string().contains("$.tracks[0].levels[1].id")),
        "{problems:?}"
    );
    // An empty statement only shows once the details are read, and is refused then.
    let mut empty = file.clone();
    let first = empty.tracks[0].levels[0]
        .expectations
        .values_mut()
        .next()
        .unwrap();
    first[0].text = " ".into();
    let bytes = encode(&empty);
    assert!(decode_outline(&bytes.outline).is_ok());
    assert!(matches!(
        decode(&bytes.outline, &bytes.details),
        Err(DecodeError::Invalid(_))
    ));
}

/// The fuzz target for the fetched framework starts from seeds in the current binary format:
/// seeds of an older format only ever reach the version check. `UPDATE_SEEDS=1 cargo test -p
/// ladder-core fuzz_seeds` rewrites them after a format change.
#[test]
fn fuzz_seeds_are_in_the_current_binary_format() {
    use ladder_core::binary::{decode, decode_outline, encode};
    let seeds =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/fetched_framework");
    let file = ladder_core::load::parse(include_str!("fixtures/minimal.json")).unwrap();
    let encoded = encode(&file);
    let mut both = u16::try_from(encoded.outline.len())
        .unwrap()
        .to_le_bytes()
        .to_vec();
    both.extend_from_slice(&encoded.outline);
    both.extend_from_slice(&encoded.details);
    if std::env::var_os("UPDATE_SEEDS").is_some() {
        std::fs::write(seeds.join("minimal.bin"), &encoded.outline).unwrap();
        std::fs::write(seeds.join("minimal-both.bin"), &both).unwrap();
    }
    let outline = std::fs::read(seeds.join("minimal.bin")).unwrap();
    assert!(
        decode_outline(&outline).is_ok(),
        "run UPDATE_SEEDS=1 cargo test -p ladder-core fuzz_seeds"
    );
    let both = std::fs::read(seeds.join("minimal-both.bin")).unwrap();
    let at = usize::from(u16::from_le_bytes([both[0], both[1]]));
    let (outline, details) = both[2..].split_at(at);
    assert!(
        decode(outline, details).is_ok(),
        "run UPDATE_SEEDS=1 cargo test -p ladder-core fuzz_seeds"
    );
}

#[test]
fn published_comparisons_are_near_steps_and_switch_paths() {
    use ladder_core::compare::{is_published_pair, published_pairs};
    let fw = default_framework();
    let pairs = published_pairs(&fw);
    let named: Vec<String> = pairs.iter().map(|(a, b)| format!("{a}-{b}")).collect();
    // Within a track: one and two steps, both ways.
    for pair in [
        "IC02-IC03",
        "IC02-IC04",
        "IC04-IC02",
        "IC07-IC06",
        "M08-M06",
    ] {
        assert!(named.contains(&pair.to_string()), "{pair} in {named:?}");
    }
    // Three steps apart, and across tracks off a switch path, opens in the app instead.
    for pair in ["IC02-IC05", "M04-M07", "IC02-M04", "M04-IC02", "IC04-IC04"] {
        assert!(!named.contains(&pair.to_string()), "{pair} in {named:?}");
    }
    // Every (from, to) of each switch path, in its direction only.
    for pair in [
        "IC04-M04", "IC05-M04", "M04-IC05", "M04-IC06", "M05-IC05", "M05-IC06",
    ] {
        assert!(named.contains(&pair.to_string()), "{pair} in {named:?}");
    }
    assert!(!named.contains(&"M04-IC04".to_string()));
    // IC: 2 × (5 + 4), management: 2 × (4 + 3), switches: 2 + 4.
    assert_eq!(pairs.len(), 18 + 14 + 6);
    let mut unique = named.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), named.len(), "no pair twice");
    // The quick question agrees with the list for every ordered pair.
    for a in fw.levels() {
        for b in fw.levels() {
            assert_eq!(
                is_published_pair(&fw, &a.id, &b.id),
                pairs.contains(&(a.id.clone(), b.id.clone())),
                "{} {}",
                a.id,
                b.id
            );
        }
    }
    assert!(!is_published_pair(
        &fw,
        &LevelId::new("IC04"),
        &LevelId::new("nowhere")
    ));
}

#[test]
fn published_comparisons_grow_with_levels_not_their_square() {
    use ladder_core::compare::published_pairs;
    // A track of n levels publishes fewer than 4n pairs, whatever n is.
    let fw = default_framework();
    let levels = fw.levels().count();
    let switch_pairs: usize = fw
        .switches
        .iter()
        .map(|s| s.from_levels.len() * s.to_levels.len())
        .sum();
    let steps = ladder_core::compare::PUBLISHED_STEPS;
    assert!(published_pairs(&fw).len() <= 2 * steps * levels + switch_pairs);
}

/// The golden binary framework: the minimal fixture as the app's two files, checked in under
/// `tests/golden/` by format byte. While `binary::FORMAT` stays, the bytes must too, since an app
/// reads a file by that byte alone; a change of shape fails here until the byte is bumped and
/// the new golden written (`UPDATE_GOLDEN=1 cargo test -p ladder-core golden`), keeping the
/// older files, which must then be refused by their byte with a message that names it.
#[test]
fn binary_golden_changes_only_with_the_format_byte() {
    use ladder_core::binary::{decode, encode, DecodeError};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let json = include_str!("fixtures/minimal.json");
    let encoded = encode(&ladder_core::load::parse(json).unwrap());
    let format = encoded.outline[0];
    let outline_path = dir.join(format!("minimal-{format}.bin"));
    let details_path = dir.join(format!("minimal-{format}-details.bin"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&outline_path, &encoded.outline).unwrap();
        std::fs::write(&details_path, &encoded.details).unwrap();
    }
    let read = |path: &std::path::Path| {
        std::fs::read(path).unwrap_or_else(|_| {
            panic!("no golden for format {format}: run UPDATE_GOLDEN=1 cargo test -p ladder-core golden")
        })
    };
    let (outline, details) = (read(&outline_path), read(&details_path));
    let changed = "the binary form changed shape while the format byte stayed";
    assert!(
        encoded.outline == outline,
        "{changed} {format}: bump binary::FORMAT"
    );
    assert!(
        encoded.details == details,
        "{changed} {format}: bump binary::FORMAT"
    );
    assert_eq!(decode(&outline, &details), Ok(load(json).unwrap()));
    for entry in std::fs::read_dir(&dir).unwrap().flatten() {
        let bytes = std::fs::read(entry.path()).unwrap();
        if bytes[0] != format {
            assert_eq!(
                decode(&bytes, &bytes),
                Err(DecodeError::WrongFormat {
                    found: bytes[0],
                    expected: format
                }),
                "{}",
                entry.path().display()
            );
        }
    }
}
