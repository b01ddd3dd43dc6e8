//! IAM's recorded answers to policy documents (`corpus/policy-validation.json`, each case with
//! its source) against this crate's validator: every accepted document parses, every refused
//! one fails with AWS's message.

// A test crate: its helpers may panic on a broken corpus.
#![allow(
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a test: a failed expectation is a panic"
)]

use gatehouse_policy::{Policy, PolicyKind};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let text = include_str!("corpus/policy-validation.json");
    let corpus: Value = serde_json::from_str(text).expect("the corpus is JSON");
    corpus["cases"].as_array().expect("cases").clone()
}

fn submit(case: &Value) -> Result<Policy, String> {
    let text = match (&case["text"], &case["document"]) {
        (Value::String(text), _) => text.clone(),
        (_, document) => serde_json::to_string(document).expect("serializable"),
    };
    let parsed = match case["kind"].as_str() {
        Some("managed") => Policy::parse_managed(&text),
        Some("inline") => Policy::parse(&text, PolicyKind::Identity),
        Some("trust") => Policy::parse(&text, PolicyKind::Trust),
        other => panic!("unknown kind {other:?}"),
    };
    parsed.map_err(|err| err.to_string())
}

#[test]
fn every_case_gets_aws_answer() {
    let cases = cases();
    assert!(cases.len() > 130, "the corpus lost cases");
    let mut wrong = Vec::new();
    for case in &cases {
        let source = case["source"].as_str().unwrap_or_default();
        let got = submit(case).err();
        let expected = case["answer"].as_str().map(str::to_owned);
        if got != expected {
            wrong.push(format!("{source}: AWS answered {expected:?}, we {got:?}"));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases differ:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

#[test]
fn every_case_names_its_source() {
    for case in cases() {
        assert!(
            case["source"]
                .as_str()
                .is_some_and(|source| !source.is_empty()),
            "{case}"
        );
    }
}
