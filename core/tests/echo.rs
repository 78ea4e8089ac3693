//! Outside text is echoed back as at most 40 characters: every decoder of outside input is fed a
//! 5,000-character id wherever one can go, and no message (nor any list of what no longer
//! applies) may carry more than 40 characters of it in a row.

use ladder_core::file::{open, save};
use ladder_core::share::{checksum, decode, decode_role};
use ladder_core::{load, storage, Assessment, Framework, NaiveDate, YearMonth};

const MOST: usize = 40;

fn framework() -> Framework {
    load(include_str!("../../framework.json")).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// 5,000 characters no real id has, half of them outside ASCII, so a cut by bytes would show.
fn outside() -> String {
    "qé".repeat(2500)
}

/// The longest run of `text` that is also a run of the outside id.
fn longest_echo(text: &str) -> usize {
    let mut best = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if matches!(c, 'q' | 'é') { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

fn assert_clipped(what: &str, text: &str) {
    assert!(
        longest_echo(text) <= MOST,
        "{what} echoes {} characters: {}",
        longest_echo(text),
        text.chars().take(200).collect::<String>()
    );
}

#[test]
fn no_decoder_echoes_more_than_40_characters_of_a_5000_character_id() {
    let fw = framework();
    let q = outside();

    // The saved assessment file.
    let base = save(
        &Assessment::new(&fw, YearMonth::new(2025, 6).unwrap()),
        today(),
    );
    let files = [
        base.replace("\"ladder-assessment\"", &format!("\"{q}\"")),
        base.replace("\"current\": \"IC02\"", &format!("\"current\": \"{q}\"")),
        base.replace(
            "\"answers\": {}",
            &format!("\"answers\": {{\"{q}\": \"always\"}}"),
        ),
        base.replace(
            "\"answers\": {}",
            &format!("\"answers\": {{\"{q}\": \"usually\", \"{q}\": \"usually\"}}"),
        ),
        base.replace(
            "\"answers\": {}",
            &format!("\"answers\": {{\"x\": {{\"{q}\": 1}}}}"),
        ),
        base.replace("\"notes\": {}", &format!("\"notes\": {{\"{q}\": 7}}")),
        base.replace("\"format\"", &format!("\"{q}\": 1, \"format\"")),
        base.replace(
            "\"criteria\": {}",
            &format!("\"criteria\": {{\"examples\": \"{q}\"}}"),
        ),
        base.replace(
            "\"criteria\": {}",
            &format!("\"criteria\": {{\"{q}\": 1000}}"),
        ),
        base.replace(
            "\"saved_on\": \"2026-11-22\"",
            &format!("\"saved_on\": \"{q}\""),
        ),
    ];
    for (i, text) in files.iter().enumerate() {
        assert_ne!(text, &base, "file patch {i} applies");
        match open(&fw, text, today()) {
            Err(e) => assert_clipped(&format!("file {i}"), &e.to_string()),
            Ok(opened) => panic!("file {i} opened: {:?}", opened.no_longer_apply),
        }
    }
    let gone = base
        .replace(
            "\"answers\": {}",
            &format!("\"answers\": {{\"{q}\": \"usually\"}}"),
        )
        .replace("\"notes\": {}", &format!("\"notes\": {{\"{q}\": \"n\"}}"))
        .replace("\"criteria\": {}", &format!("\"criteria\": {{\"{q}\": 1}}"));
    let opened = open(&fw, &gone, today()).unwrap();
    assert_eq!(opened.no_longer_apply.len(), 3);
    for entry in &opened.no_longer_apply {
        assert_clipped("a file's answer that no longer applies", entry);
    }

    // Shared links: an assessment, a role.
    let short: String = q.chars().take(1500).collect();
    let signed = |body: String| format!("{body}~{}", checksum(&body));
    let head = "A1~ultralytics-career-progression~2025.1~20261122";
    let links = [
        signed(format!("{short}~x")),
        signed(format!("{head}~{short}~IC04~202506~0.0.0.0.0")),
        signed(format!(
            "{head}~IC03~IC04~202506~0.0.0.0.0~{short}~3~{short}~3"
        )),
        signed(format!("R1~{short}~scope~note")),
        signed(format!("R1~IC04~{short}.{short}~note")),
    ];
    for (i, link) in links.iter().enumerate() {
        let e = decode(&fw, link)
            .err()
            .or_else(|| decode_role(&fw, link).err());
        assert_clipped(&format!("link {i}"), &e.unwrap().to_string());
        if let Err(e) = decode_role(&fw, link) {
            assert_clipped(&format!("role link {i}"), &e.to_string());
        }
    }
    let shared = decode(
        &fw,
        &signed(format!("{head}~IC03~IC04~202506~0.0.0.0.0~{short}~3")),
    )
    .unwrap();
    assert_clipped(
        "a link's answer that no longer applies",
        &shared.no_longer_apply[0],
    );

    // Saved answers.
    let saved = storage::encode(&Assessment::new(&fw, YearMonth::new(2025, 6).unwrap()));
    let texts = [
        format!("{q}\n{saved}"),
        saved.replace("current=IC02", &format!("current={q}")),
    ];
    for (i, text) in texts.iter().enumerate() {
        assert_ne!(text, &saved, "saved patch {i} applies");
        let e = storage::decode(&fw, text).unwrap_err();
        assert_clipped(&format!("saved answers {i}"), &e.to_string());
    }

    // A framework file.
    let minimal = include_str!("fixtures/minimal.json");
    let frameworks = [
        minimal.replace("\"to\": \"A2\"", &format!("\"to\": \"{q}\"")),
        minimal.replace("\"craft\": [", &format!("\"{q}\": [], \"craft\": [")),
        minimal.replace("\"scope\": \"Tasks\"", &format!("\"scope\": \"{q}\"")),
        minimal.replace(
            "\"summary\": \"A tiny",
            &format!("\"{q}\": 1, \"summary\": \"A tiny"),
        ),
        minimal.replace("\"name\": \"Tiny\",", &format!("\"{q}\": 1, \"{q}\": 1,")),
        minimal.replace("\"operational\": 100", &format!("\"operational\": \"{q}\"")),
    ];
    for (i, text) in frameworks.iter().enumerate() {
        assert_ne!(text, minimal, "framework patch {i} applies");
        let e = load(text).unwrap_err();
        assert_clipped(&format!("framework {i}"), &e.to_string());
    }
}

#[test]
fn clip_keeps_40_characters_not_bytes() {
    use ladder_core::clip;
    assert_eq!(clip("IC09"), "IC09");
    assert_eq!(clip(&"é".repeat(40)), "é".repeat(40));
    assert_eq!(clip(&"é".repeat(41)), format!("{}…", "é".repeat(40)));
}
