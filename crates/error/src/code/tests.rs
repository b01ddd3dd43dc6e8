//! The error-code table against the models it is generated from, and against itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

use crate::{ErrorCode, Fault};

/// Every error shape of the pinned models as (code, status, fault), read here independently
/// of the generator: the `error` trait's `code` (else the shape's name), `httpStatusCode`
/// (else 400), `senderFault` (a shape without the trait is a 400, the sender's).
fn modelled() -> BTreeMap<String, (u16, Fault)> {
    let models = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../models");
    let mut codes = BTreeMap::new();
    for file in [
        "sts-2011-06-15.json",
        "iam-2010-05-08.json",
        "organizations-2016-11-28.json",
    ] {
        let text = std::fs::read_to_string(models.join(file)).unwrap();
        let model: Value = serde_json::from_str(&text).unwrap();
        for (name, shape) in model["shapes"].as_object().unwrap() {
            if shape.get("exception").is_none() {
                continue;
            }
            let (code, status, sender) = match shape.get("error") {
                Some(error) => (
                    error["code"].as_str().unwrap_or(name),
                    error["httpStatusCode"].as_u64().unwrap_or(400),
                    error["senderFault"].as_bool().unwrap_or(false),
                ),
                None => (name.as_str(), 400, true),
            };
            let fault = if sender {
                Fault::Sender
            } else {
                Fault::Receiver
            };
            let status = u16::try_from(status).unwrap();
            let earlier = codes.insert(code.to_owned(), (status, fault));
            assert!(
                earlier.is_none_or(|e| e == (status, fault)),
                "{code} in two models with two statuses"
            );
        }
    }
    codes
}

#[test]
fn every_modelled_code_round_trips_with_the_models_status() {
    let modelled = modelled();
    assert_eq!(ErrorCode::MODELLED.len(), modelled.len());
    for (code, (status, fault)) in &modelled {
        let variant = ErrorCode::from_code(code);
        assert!(variant.is_some(), "{code} has no variant");
        let variant = variant.unwrap();
        assert!(ErrorCode::MODELLED.contains(&variant), "{code}");
        assert_eq!(variant.as_str(), code);
        assert_eq!(
            (variant.status(), variant.fault()),
            (*status, *fault),
            "{code}"
        );
    }
    assert_eq!(
        (
            ErrorCode::ServiceFailure.as_str(),
            ErrorCode::ServiceFailure.status()
        ),
        ("ServiceFailure", 500)
    );
    assert_eq!(ErrorCode::ServiceFailure.fault(), Fault::Receiver);
    assert_eq!(
        ErrorCode::ExpiredTokenException.as_str(),
        "ExpiredTokenException"
    );
    assert_eq!(ErrorCode::ExpiredTokenException.status(), 400);
}

#[test]
fn the_common_table_has_no_duplicate_and_no_modelled_code() {
    let modelled: BTreeSet<&str> = ErrorCode::MODELLED.iter().map(|c| c.as_str()).collect();
    let mut common = BTreeSet::new();
    for code in ErrorCode::COMMON {
        assert!(common.insert(code.as_str()), "{code} twice in the table");
        assert!(!modelled.contains(code.as_str()), "{code} is also modelled");
    }
}

#[test]
fn from_code_inverts_as_str() {
    let mut count = 0;
    for code in ErrorCode::all() {
        assert_eq!(ErrorCode::from_code(code.as_str()), Some(code));
        assert_eq!(code.to_string(), code.as_str());
        count += 1;
    }
    assert_eq!(count, ErrorCode::MODELLED.len() + ErrorCode::COMMON.len());
    assert_eq!(ErrorCode::from_code("NoSuchThing"), None);
    assert_eq!(ErrorCode::from_code("accessdenied"), None);
}

/// The wire `Type` follows the status (`gatehouse-protocol`'s `AwsError::fault`), so every
/// code's fault must agree with its status.
#[test]
fn the_fault_follows_the_status() {
    for code in ErrorCode::all() {
        let expected = if code.status() < 500 {
            Fault::Sender
        } else {
            Fault::Receiver
        };
        assert_eq!(code.fault(), expected, "{code}");
    }
}

/// The codes the workspace answers today outside the generated code, with their statuses.
#[test]
fn the_codes_in_use_keep_their_status() {
    for (code, status) in [
        ("AccessDenied", 403),
        ("ExpiredToken", 403),
        ("ExpiredTokenException", 400),
        ("FeatureDisabled", 404),
        ("FeatureEnabled", 409),
        ("IDPCommunicationError", 400),
        ("IDPRejectedClaim", 403),
        ("IncompleteBody", 400),
        ("IncompleteSignature", 400),
        ("InternalFailure", 500),
        ("InvalidAction", 400),
        ("InvalidAuthenticationCode", 403),
        ("InvalidClientTokenId", 403),
        ("InvalidIdentityToken", 400),
        ("InvalidInput", 400),
        ("InvalidParameterValue", 400),
        ("LimitExceeded", 409),
        ("MalformedPolicyDocument", 400),
        ("MalformedQueryString", 404),
        ("MissingAction", 400),
        ("MissingAuthenticationToken", 403),
        ("NoSuchEntity", 404),
        ("NotImplemented", 501),
        ("RequestEntityTooLarge", 413),
        ("RequestTimeout", 400),
        ("ServiceFailure", 500),
        ("SignatureDoesNotMatch", 403),
        ("UnknownOperationException", 400),
        ("UnmodifiableEntity", 400),
        ("ValidationError", 400),
    ] {
        let variant = ErrorCode::from_code(code);
        assert_eq!(variant.map(ErrorCode::status), Some(status), "{code}");
    }
}
