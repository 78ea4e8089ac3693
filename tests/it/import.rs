//! Framework files kept in YAML: read into the same wire types and checked as their JSON form,
//! with a mistake in the YAML told by line, column and path.

use ladder::site::import::{is_yaml, yaml_to_json, YamlError};
use ladder_core::{load, wire::FrameworkFile};

/// The default framework written as YAML, as a company keeping it in YAML would have it.
fn default_as_yaml() -> String {
    let file: FrameworkFile = load::parse(include_str!("../../framework.json")).unwrap();
    serde_yaml_ng::to_string(&file).unwrap()
}

#[test]
fn a_framework_in_yaml_loads_exactly_as_its_json_does() {
    let json = yaml_to_json(&default_as_yaml()).unwrap();
    assert_eq!(
        load(&json).unwrap(),
        load(include_str!("../../framework.json")).unwrap()
    );
}

#[test]
fn yaml_is_told_by_its_file_name() {
    assert!(is_yaml("frameworks/eng.yaml"));
    assert!(is_yaml("ENG.YML"));
    assert!(!is_yaml("eng.json"));
}

#[test]
fn a_wrong_type_in_yaml_is_told_by_line_and_path() {
    let yaml = default_as_yaml().replacen("operational: 80", "operational: most", 1);
    let error = yaml_to_json(&yaml).unwrap_err();
    let YamlError::Shape { path, line, .. } = &error else {
        panic!("{error:?}");
    };
    // IC05, the first level whose operational share is 80.
    assert_eq!(path, "$.tracks[0].levels[3].focus.operational");
    let expected_line = yaml
        .lines()
        .position(|l| l.contains("operational: most"))
        .unwrap()
        + 1;
    assert_eq!(*line, Some(expected_line));
    assert!(
        error
            .to_string()
            .starts_with(&format!("line {expected_line}, column ")),
        "{error}"
    );
}

#[test]
fn an_unknown_field_in_yaml_is_refused_with_its_path() {
    let yaml = default_as_yaml().replacen("\nname: ", "\nnmae: typo\nname: ", 1);
    let error = yaml_to_json(&yaml).unwrap_err().to_string();
    assert!(error.contains("unknown field `nmae`"), "{error}");
}

#[test]
fn text_that_is_not_yaml_says_where() {
    let error = yaml_to_json("id: [unclosed\nname: x\n").unwrap_err();
    assert!(
        matches!(error, YamlError::Shape { line: Some(_), .. }),
        "{error:?}"
    );
}

#[test]
fn a_yaml_file_over_the_size_limit_is_refused_unread() {
    let big = "#".repeat(load::MAX_FILE_BYTES + 1);
    assert!(matches!(
        yaml_to_json(&big),
        Err(YamlError::TooLarge { .. })
    ));
}
