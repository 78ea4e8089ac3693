//! Keeps `framework.schema.json` and `assessment-file.schema.json` in step with the Rust types
//! they document.
//!
//! When the types change on purpose, regenerate it with
//! `UPDATE_SCHEMA=1 cargo test --test it schema` and commit the result.

use ladder_core::wire::FrameworkFile;
use std::path::Path;

/// Compares a committed schema with the generated one (and rewrites it with UPDATE_SCHEMA).
fn check_committed(file: &str, schema: schemars::Schema) {
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{file} is out of date: run UPDATE_SCHEMA=1 cargo test --test it schema"
    );
}

#[test]
fn committed_schema_matches_the_wire_types() {
    check_committed(
        "framework.schema.json",
        schemars::schema_for!(FrameworkFile),
    );
}

#[test]
fn committed_assessment_file_schema_matches_its_types() {
    check_committed(
        "assessment-file.schema.json",
        schemars::schema_for!(ladder_core::file::AssessmentFile),
    );
}

#[test]
fn schema_names_every_top_level_field() {
    let schema = serde_json::to_value(schemars::schema_for!(FrameworkFile)).unwrap();
    let properties = schema["properties"].as_object().unwrap();
    for field in [
        "schema_version",
        "id",
        "version",
        "tracks",
        "promotion",
        "track_switches",
        "scales",
    ] {
        assert!(properties.contains_key(field), "{field}");
    }
    assert_eq!(schema["additionalProperties"], serde_json::json!(false));
}
