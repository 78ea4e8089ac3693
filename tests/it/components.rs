//! Components rendered natively through Yew's server renderer, checked for what a person sees.

use ladder::pages::{ComparePage, HomePage, LevelPage, NotFoundPage, PromotionPage};
use ladder::{first_assessment, Providers};
use ladder_core::{load, Assessment, Framework, NaiveDate};
use std::rc::Rc;
use yew::prelude::*;
use yew::LocalServerRenderer;

/// The day every rendered view takes as today.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn default_framework() -> Framework {
    load(include_str!("../../framework.json")).expect("framework.json loads")
}

async fn render(view: Html) -> String {
    render_with(default_framework(), view).await
}

async fn render_with(framework: Framework, view: Html) -> String {
    let assessment = first_assessment(&framework, today());
    render_full(framework, assessment, view).await
}

/// Renders a view inside the app's own provider stack, as the shell does.
async fn render_full(framework: Framework, assessment: Assessment, view: Html) -> String {
    #[derive(Properties, PartialEq)]
    struct Props {
        framework: Rc<Framework>,
        assessment: Assessment,
        view: Html,
    }
    #[component]
    fn Root(props: &Props) -> Html {
        html! {
            <Providers framework={props.framework.clone()} today={today()} assessment={props.assessment.clone()}>
                { props.view.clone() }
            </Providers>
        }
    }
    LocalServerRenderer::<Root>::with_props(Props {
        framework: Rc::new(framework),
        assessment,
        view,
    })
    .hydratable(false)
    .render()
    .await
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[tokio::test]
async fn home_lists_every_level_as_a_rung_senior_first() {
    let html = render(html! { <HomePage /> }).await;
    for code in [
        "IC02", "IC03", "IC04", "IC05", "IC06", "IC07", "M04", "M05", "M06", "M07", "M08",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"level-card-{code}\"")),
            "{code} missing"
        );
    }
    assert!(html.find("level-card-IC07").unwrap() < html.find("level-card-IC02").unwrap());
    assert!(html.contains("80% operational, 20% strategic"));
    assert!(html.contains("Thinking of joining?"));
    assert!(html.contains("Hiring or levelling?"));
}

#[tokio::test]
async fn level_page_groups_expectations_by_dimension() {
    let html = render(html! { <LevelPage code="IC04" /> }).await;
    assert_eq!(count(&html, "class=\"dimension\""), 6);
    assert!(html.contains("Expertise &amp; Technical Depth"));
    assert!(html.contains("id=\"ic04-scope-1\""));
    assert!(html.contains("Typical time from IC04 to IC05: 24–36 months"));
    assert!(html.contains("What changes at IC05 Staff"));
    assert!(
        html.contains("compare with M04"),
        "IC04 is a typical start of a switch to M04"
    );
}

#[tokio::test]
async fn management_level_shows_span_and_seven_dimensions() {
    let html = render(html! { <LevelPage code="M05" /> }).await;
    assert_eq!(count(&html, "class=\"dimension\""), 7);
    assert!(html.contains("Span and team"));
    assert!(html.contains("Expected at every Management level"));
    assert!(html.contains("8–15 people"));
}

#[tokio::test]
async fn top_level_says_it_is_the_top() {
    let html = render(html! { <LevelPage code="IC07" /> }).await;
    assert!(html.contains("IC07 is the most senior level of its track."));
}

#[tokio::test]
async fn unknown_level_lists_the_real_ones() {
    let html = render(html! { <LevelPage code="IC09" /> }).await;
    assert!(html.contains("There is no level “IC09”"));
    assert!(html.contains("IC05 Staff"));
}

#[tokio::test]
async fn comparison_marks_what_changes() {
    let html = render(html! {
        <ComparePage from={Some("IC03".to_string())} to={Some("IC05".to_string())} />
    })
    .await;
    assert!(html.contains("2 levels up the Individual Contributor track."));
    assert!(html.contains("Typical time: 42–60 months."));
    assert!(html.contains("↑ 2 steps up"));
    assert!(html.contains("7 of 7 attributes differ."));
}

#[tokio::test]
async fn cross_track_comparison_keeps_one_sided_dimensions() {
    let html = render(html! {
        <ComparePage from={Some("IC05".to_string())} to={Some("M04".to_string())} />
    })
    .await;
    assert!(html.contains("A move from the Individual Contributor track to the Management track."));
    assert!(html.contains("Not a dimension of the Management track."));
    assert!(html.contains("Not a dimension of the Individual Contributor track."));
    assert!(!html.contains("Typical time:"), "no timeline across tracks");
}

#[tokio::test]
async fn comparison_link_with_unknown_code_says_so() {
    let html = render(html! {
        <ComparePage from={Some("IC04".to_string())} to={Some("Q1".to_string())} />
    })
    .await;
    assert!(html.contains("does not have: “Q1”"));
}

#[tokio::test]
async fn promotion_page_lists_criteria_timelines_and_switches() {
    let html = render(html! { <PromotionPage /> }).await;
    assert!(html.contains("Next-level work"));
    assert_eq!(
        count(&html, "<tr><th scope=\"row\">"),
        9,
        "one row per timeline"
    );
    assert!(html.contains("36+ months"));
    assert!(html.contains("IC04 or IC05 → M04"));
    assert!(html.contains("12+ months in your current role"));
}

#[tokio::test]
async fn framework_without_timelines_says_so() {
    let three = load(include_str!(
        "../../examples/frameworks/three-track-engineering.json"
    ))
    .unwrap();
    let html = render_with(three, html! { <PromotionPage /> }).await;
    assert!(html.contains("This framework does not describe a promotion process."));
}

#[tokio::test]
async fn three_track_framework_draws_three_ladders() {
    let three = load(include_str!(
        "../../examples/frameworks/three-track-engineering.json"
    ))
    .unwrap();
    let html = render_with(three, html! { <HomePage /> }).await;
    assert_eq!(count(&html, "class=\"ladder\""), 3);
    assert!(html.contains("Technical Lead"));
}

#[tokio::test]
async fn not_found_page_offers_a_way_back() {
    let html = render(html! { <NotFoundPage /> }).await;
    assert!(html.contains("There is no page at this address"));
    assert!(html.contains("Back to all levels"));
}

#[tokio::test]
async fn framework_errors_list_every_problem() {
    use ladder::components::FrameworkErrors;
    let error = load(r#"{"schema_version": 1, "id": "", "version": "1", "name": "x", "summary": "y", "tracks": []}"#)
        .unwrap_err();
    let ladder_core::LoadError::Invalid(problems) = error else {
        panic!("expected content problems, got {error}");
    };
    let messages = problems.iter().map(ToString::to_string).collect();
    let html = LocalServerRenderer::<FrameworkErrors>::with_props(
        ladder::components::FrameworkErrorsProps { messages },
    )
    .hydratable(false)
    .render()
    .await;
    assert!(html.contains("Ladder found 2 problems"));
    assert!(html.contains("$.id: text is empty"));
    assert!(html.contains("$.tracks: list is empty, it needs at least one entry"));
}

mod assessment {
    //! The self-assessment views, rendered with a fixed assessment and a fixed today.

    use super::*;
    use ladder::pages::{
        AssessCriteriaPage, AssessDimensionPage, AssessReportPage, AssessStartPage, FindLevelPage,
    };
    use ladder_core::{Action, LevelId, QuestionId, Rating, YearMonth};

    fn framework() -> Framework {
        default_framework()
    }

    /// IC03 since June 2025 aiming at IC04, everything "Consistently" except one dimension.
    fn assessment(fw: &Framework, weak: &str, weak_rating: Rating) -> Assessment {
        let mut a = Assessment::new(fw, YearMonth::new(2025, 6).unwrap());
        a.apply(fw, Action::SetCurrent(LevelId::new("IC03")));
        a.apply(fw, Action::SetName("Alex".into()));
        let target = fw.find_level("IC04").unwrap().clone();
        for e in &target.expectations {
            let r = if e.dimension.as_str() == weak {
                weak_rating
            } else {
                Rating::Consistently
            };
            for s in &e.statements {
                a.apply(fw, Action::Rate(s.id.clone(), Some(r)));
            }
        }
        a.apply(
            fw,
            Action::SetCriterion(QuestionId::new("months-current"), 12),
        );
        a.apply(fw, Action::SetCriterion(QuestionId::new("months-next"), 2));
        a
    }

    async fn render_assessment(a: Assessment, view: Html) -> String {
        render_full(framework(), a, view).await
    }

    #[tokio::test]
    async fn report_for_a_ready_person_gives_dates_and_the_binding_constraint() {
        let fw = framework();
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Consistently),
            html! { <AssessReportPage /> },
        )
        .await;
        assert!(html.contains("Alex’s report: IC03 → IC04"));
        assert!(html.contains("Ready for IC04 in every dimension"));
        assert!(html.contains("1 Jul 2027"));
        assert!(html.contains("Nomination from 22 Mar 2027 at the earliest: 4 months more for Next-level work → 22 Mar 2027."));
        assert!(html.contains("not a promise"));
        assert!(html.contains(
            "A dimension is ready at 80% or more with no “Not yet”, close at 50% or more"
        ));
        assert_eq!(
            count(&html, "class=\"bar ready\""),
            6,
            "one ready bar per dimension"
        );
    }

    #[tokio::test]
    async fn report_names_the_blocking_dimension_and_its_statements() {
        let fw = framework();
        let html = render_assessment(
            assessment(&fw, "complexity", Rating::Sometimes),
            html! { <AssessReportPage /> },
        )
        .await;
        assert!(html.contains("Not yet ready for IC04"));
        assert!(html.contains("so one dimension holds it back"));
        assert!(html.contains("33% gap"));
        assert!(html.contains("<strong>Sometimes: </strong>Faces fairly varied problems"));
        assert!(html.contains("Complexity &amp; Problem Solving (gap)"));
    }

    /// The report of one weak dimension under a verdict rule written into the framework.
    async fn report_under(rule: serde_json::Value) -> String {
        let fw = super::default_with(|json| json["assessment"]["verdict"] = rule);
        let a = assessment(&fw, "complexity", Rating::Sometimes);
        render_full(fw, a, html! { <AssessReportPage /> }).await
    }

    #[tokio::test]
    async fn with_no_verdict_rule_nothing_blocks_and_each_dimension_still_says_what_to_work_on() {
        for rule in [serde_json::json!("none"), serde_json::Value::Null] {
            let html = report_under(rule.clone()).await;
            assert!(html.contains("Readiness for IC04"), "{rule}");
            assert!(
                html.contains(
                    "5 of 6 dimensions at the ready level. This framework gives no overall verdict"
                ),
                "{rule}"
            );
            assert!(!html.contains("Not yet ready"), "{rule}");
            // The checklist quotes a question about "stakeholders", which holds nothing back.
            assert!(
                !html.replace("stakeholders", "").contains("hold"),
                "nothing holds anything back ({rule})"
            );
            assert!(
                html.contains("<strong>Sometimes: </strong>Faces fairly varied problems"),
                "{rule}"
            );
            assert!(
                html.contains("The framework states no rule for an overall verdict"),
                "{rule}"
            );
        }
    }

    #[tokio::test]
    async fn a_verdict_rule_of_a_number_or_a_share_of_dimensions_is_followed_and_said() {
        let html = report_under(serde_json::json!({ "at_least": 5 })).await;
        assert!(html.contains("Ready for IC04</h2>"));
        assert!(html.contains(
            "5 of 6 dimensions are at the ready level; the framework asks for at least 5."
        ));
        assert!(html.contains("A promotion needs at least 5 dimensions ready"));
        let html = report_under(serde_json::json!({ "at_least": 6 })).await;
        assert!(html.contains("Not yet ready for IC04"));
        assert!(html.contains(
            "the framework asks for at least 6. Not ready yet: Complexity &amp; Problem Solving."
        ));
        let html = report_under(serde_json::json!({ "share": 80 })).await;
        assert!(html.contains("Ready for IC04</h2>"), "5 of 6 is 83%");
        let html = report_under(serde_json::json!({ "share": 90 })).await;
        assert!(html.contains("Not yet ready for IC04"));
        assert!(html.contains("the framework asks for 90% of them"));
    }

    #[tokio::test]
    async fn questionnaire_shows_the_current_level_alongside() {
        let fw = framework();
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Usually),
            html! { <AssessDimensionPage number={2} /> },
        )
        .await;
        assert!(html.contains("Dimension 2 of 6"));
        assert!(html.contains("At IC03 today"));
        assert!(
            html.contains("Owns several aspects of a project and decides how to get results"),
            "IC03 scope"
        );
        assert!(
            html.contains("Contributes to major project components"),
            "IC04 scope"
        );
        assert!(html.contains("So far: 67% · close (5 of 5 answered)"));
        assert_eq!(count(&html, "type=\"radio\""), 25);
    }

    /// The default framework with no promotion criteria at all: nothing to ask.
    fn framework_without_criteria() -> Framework {
        let mut json: serde_json::Value =
            serde_json::from_str(include_str!("../../framework.json")).unwrap();
        json["promotion"]["criteria"] = serde_json::json!([]);
        load(&json.to_string()).expect("the framework without criteria loads")
    }

    #[tokio::test]
    async fn without_criteria_questions_there_is_no_criteria_step_or_checklist() {
        let fw = framework_without_criteria();
        let a = assessment(&fw, "scope", Rating::Consistently);
        let last = fw.find_level("IC04").unwrap().expectations.len();
        let html = render_full(
            fw.clone(),
            a.clone(),
            html! { <AssessDimensionPage number={last} /> },
        )
        .await;
        assert!(html.contains("See my report →"));
        assert!(html.contains("href=\"#/assess/report\""));
        assert!(!html.contains("Promotion criteria"));
        assert!(!html.contains("#/assess/criteria"));
        let html = render_full(fw, a, html! { <AssessReportPage /> }).await;
        assert!(!html.contains("criteria-checklist"));
        assert!(!html.contains("Promotion criteria"));
        assert!(html.contains("← Back to the last dimension"));
        // No months question dates the plan, so the method note names none.
        assert!(!html.contains("Months to close a dimension"));
    }

    #[tokio::test]
    async fn criteria_questions_are_the_frameworks_own_labelled_fields() {
        let fw = framework();
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Usually),
            html! { <AssessCriteriaPage /> },
        )
        .await;
        for (id, label) in [
            (
                "months-current",
                "For how many months have you met or exceeded your current level?",
            ),
            (
                "examples",
                "How many concrete examples of next-level work could you cite?",
            ),
            ("manager", "I have discussed promotion with my manager"),
        ] {
            assert!(html.contains(&format!("for=\"{id}\">{label}")), "{id}");
        }
        assert_eq!(count(&html, "type=\"checkbox\""), 2);
        assert_eq!(count(&html, "type=\"number\""), 3);
    }

    #[tokio::test]
    async fn start_and_criteria_views_show_what_was_entered() {
        let fw = framework();
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Usually),
            html! { <AssessStartPage /> },
        )
        .await;
        assert!(html.contains("17 months in level"));
        assert!(html.contains("When did you reach IC03?"));
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Usually),
            html! { <AssessCriteriaPage /> },
        )
        .await;
        assert!(html.contains("value=\"12\""));
    }

    #[tokio::test]
    async fn at_the_top_of_a_track_only_a_switch_is_offered() {
        let fw = framework();
        let mut a = assessment(&fw, "scope", Rating::Usually);
        a.apply(&fw, Action::SetCurrent(LevelId::new("IC07")));
        assert_eq!(a.target.as_str(), "IC07");
        let html = render_assessment(a.clone(), html! { <AssessStartPage /> }).await;
        assert!(html.contains(
            "IC07 is the most senior level of its track: choose a level on another track"
        ));
        assert!(html.contains("Choose a level on another track"));
        let html = render_assessment(a, html! { <AssessReportPage /> }).await;
        assert!(html.contains("The target is not above your current level on this track"));
    }

    #[tokio::test]
    async fn find_my_level_words_questions_for_the_audience() {
        let fw = framework();
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Usually),
            html! { <FindLevelPage candidate={true} /> },
        )
        .await;
        assert!(html.contains("which best describes the candidate’s work today?"));
        assert!(
            html.contains("Answer at least one dimension to see where the candidate might land.")
        );
        let html = render_assessment(
            assessment(&fw, "scope", Rating::Usually),
            html! { <FindLevelPage candidate={false} /> },
        )
        .await;
        assert!(html.contains("which best describes your work today?"));
    }

    /// What someone else's link carries is presented as their word, not as proof.
    #[tokio::test]
    async fn a_shared_report_and_a_second_opinion_say_a_link_is_the_senders_account() {
        use ladder::pages::{OpinionPage, SharedReportPage};
        use ladder::words::sent_by_link;
        let fw = framework();
        let a = assessment(&fw, "scope", Rating::Consistently);
        let link = AttrValue::from(ladder_core::share::encode(&a, today()));
        let shared = render_assessment(
            a.clone(),
            html! { <SharedReportPage link={link.clone()} /> },
        )
        .await;
        assert!(shared.contains("Shared report: IC03 → IC04"), "{shared}");
        assert!(shared.contains(&sent_by_link()));
        let opinion = render_assessment(a, html! { <OpinionPage {link} /> }).await;
        assert!(
            opinion.contains("Your view and a second opinion"),
            "{opinion}"
        );
        assert!(opinion.contains(&sent_by_link()));
        assert!(sent_by_link().contains("not as proof"));
    }
}

/// The default framework with its JSON changed by `edit`: one rule set differently. Where the
/// edit leaves no verdict rule, the criterion judged by the verdict is checked by hand instead,
/// as the loader requires.
fn default_with(edit: impl FnOnce(&mut serde_json::Value)) -> Framework {
    let mut json: serde_json::Value =
        serde_json::from_str(include_str!("../../framework.json")).unwrap();
    edit(&mut json);
    let verdict = &json["assessment"]["verdict"];
    if verdict.is_null() || verdict == "none" {
        for c in json["promotion"]["criteria"].as_array_mut().unwrap() {
            c.as_object_mut().unwrap().remove("judged_by");
        }
    }
    load(&json.to_string()).expect("the edited framework loads")
}

#[tokio::test]
async fn a_switch_with_no_questions_or_requirements_prints_no_empty_heading() {
    let with = render(html! { <PromotionPage /> }).await;
    assert!(with.contains("Questions to ask yourself"));
    assert!(with.contains("<h4>Requirements</h4>"));
    let without = default_with(|json| {
        for switch in json["track_switches"].as_array_mut().unwrap() {
            switch["consider"] = serde_json::json!([]);
            switch["requirements"] = serde_json::json!([]);
        }
    });
    let html = render_with(without, html! { <PromotionPage /> }).await;
    assert!(
        html.contains("Switching tracks"),
        "the switches are still there"
    );
    assert!(!html.contains("Questions to ask yourself"));
    assert!(!html.contains("<h4>Requirements</h4>"));
}

#[tokio::test]
async fn statement_examples_fold_beneath_their_statement_on_the_level_page_and_comparison() {
    let plain = render(html! { <LevelPage code="IC04" /> }).await;
    assert!(
        !plain.contains("class=\"examples\""),
        "no examples, nothing shown"
    );
    let with = default_with(|json| {
        let level = json["tracks"][0]["levels"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|l| l["id"] == "IC04")
            .unwrap();
        level["expectations"]["scope"][0]["examples"] =
            serde_json::json!(["Led the billing migration across three teams"]);
    });
    let html = render_with(with.clone(), html! { <LevelPage code="IC04" /> }).await;
    assert_eq!(count(&html, "<details class=\"examples\">"), 1);
    assert!(html.contains("<summary>An example</summary>"));
    assert!(html.contains("<li>Led the billing migration across three teams</li>"));
    let compare = render_with(
        with,
        html! { <ComparePage from={Some("IC03".to_string())} to={Some("IC04".to_string())} /> },
    )
    .await;
    assert!(compare.contains("Led the billing migration across three teams"));
}

#[tokio::test]
async fn no_page_promises_a_dated_plan_to_a_framework_without_timelines() {
    let with = render(html! { <HomePage /> }).await;
    assert!(with.contains("a dated timeline"));
    let three = load(include_str!(
        "../../examples/frameworks/three-track-engineering.json"
    ))
    .unwrap();
    assert!(!three.has_timelines());
    let html = render_with(three.clone(), html! { <HomePage /> }).await;
    assert!(!html.contains("dated"), "the landing promises no dates");
    assert!(html.contains("a gap report with what to work on"));
    let start = render_with(three, html! { <ladder::pages::AssessStartPage /> }).await;
    assert!(!start.contains("dated plan"));
}

#[tokio::test]
async fn focus_stage_and_summary_show_only_where_the_framework_gives_them() {
    let with = render(
        html! { <ComparePage from={Some("IC04".to_string())} to={Some("IC05".to_string())} /> },
    )
    .await;
    assert!(with.contains("Strategic share of the work"));
    let bare = default_with(|json| {
        for track in json["tracks"].as_array_mut().unwrap() {
            for level in track["levels"].as_array_mut().unwrap() {
                let level = level.as_object_mut().unwrap();
                level.remove("focus");
                level.remove("stage");
                level.remove("summary");
            }
        }
    });
    let ic04 = bare.find_level("IC04").unwrap();
    assert_eq!(
        (ic04.focus, ic04.stage.as_ref(), ic04.summary.as_ref()),
        (None, None, None)
    );
    let level = render_with(bare.clone(), html! { <LevelPage code="IC04" /> }).await;
    assert!(!level.contains("Career stage"));
    assert!(!level.contains(">Focus<"), "no focus row or bar");
    assert!(!level.contains("class=\"lead\""), "no empty summary");
    let home = render_with(bare.clone(), html! { <HomePage /> }).await;
    assert!(!home.contains("class=\"stage\""));
    assert!(!home.contains("focus-text"));
    let compare = render_with(
        bare,
        html! { <ComparePage from={Some("IC04".to_string())} to={Some("IC05".to_string())} /> },
    )
    .await;
    assert!(
        !compare.contains("Strategic share"),
        "nothing invented to compare"
    );
    assert!(!compare.contains(">Focus<"));
}

#[tokio::test]
async fn without_level_codes_levels_are_named_by_their_titles_and_no_badge_repeats_them() {
    let with = render(html! { <LevelPage code="IC04" /> }).await;
    assert!(with.contains("<span class=\"code\">IC04</span>"));
    let without = default_with(|json| {
        json.as_object_mut().unwrap().remove("level_codes");
    });
    assert_eq!(without.find_level("IC04").unwrap().code, None);
    let level = render_with(without.clone(), html! { <LevelPage code="IC04" /> }).await;
    assert!(!level.contains("class=\"code\""), "no code badge");
    assert!(
        level.contains("<h1>Senior</h1>")
            || level.contains("<h1>\nSenior</h1>")
            || level.contains(">Senior</h1>")
    );
    assert!(
        level.contains("What changes at Staff"),
        "the next level by its title"
    );
    let home = render_with(without.clone(), html! { <HomePage /> }).await;
    assert!(!home.contains("class=\"code\""));
    let compare = render_with(
        without,
        html! { <ComparePage from={Some("IC04".to_string())} to={Some("IC05".to_string())} /> },
    )
    .await;
    assert!(compare.contains("Compare Senior with Staff"));
    assert!(!compare.contains(">IC04<"), "no id shown as a code");
}
