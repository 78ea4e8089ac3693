//! A second opinion beside the person's own answers: both reports, and the statements two or
//! more steps apart listed first as the ones to talk about.

use ladder_core::assessment::Answer;
use ladder_core::opinion::compare_opinions;
use ladder_core::{load, Action, Assessment, LevelId, Rating, Status, YearMonth};

#[test]
fn statements_two_steps_apart_come_first_to_talk_about() {
    let fw = load(include_str!("../../framework.json")).unwrap();
    let mut own = Assessment::new(&fw, YearMonth::new(2025, 6).unwrap());
    own.apply(&fw, Action::SetCurrent(LevelId::new("IC03")));
    let mut other = own.clone();
    let target = fw.find_level("IC04").unwrap();
    for (i, s) in target
        .expectations
        .iter()
        .flat_map(|e| e.statements.iter())
        .enumerate()
    {
        own.apply(&fw, Action::Rate(s.id.clone(), Some(Rating::Consistently)));
        let theirs = if i == 7 {
            Rating::NotYet
        } else if i == 8 {
            Rating::Usually
        } else {
            Rating::Consistently
        };
        other.apply(&fw, Action::Rate(s.id.clone(), Some(theirs)));
    }
    let o = compare_opinions(&fw, &own, &other).unwrap();
    assert!(o.own.ready);
    assert!(!o.other.ready, "one Not yet blocks in the other view");
    assert_eq!(o.dimensions.len(), 6);
    assert_eq!(
        (o.dimensions[1].0.status, o.dimensions[1].1.status),
        (Status::Ready, Status::Close)
    );
    let first = &o.statements[0];
    assert!(first.talk_about);
    assert_eq!(
        (first.own, first.other),
        (
            Answer::Rated(Rating::Consistently),
            Answer::Rated(Rating::NotYet)
        )
    );
    assert_eq!(
        o.statements.iter().filter(|s| s.talk_about).count(),
        1,
        "one step apart is not flagged"
    );

    let mut elsewhere = other.clone();
    elsewhere.apply(&fw, Action::SetTarget(LevelId::new("IC05")));
    assert!(compare_opinions(&fw, &own, &elsewhere).is_none());
}
