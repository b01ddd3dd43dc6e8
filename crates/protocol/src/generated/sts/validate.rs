//! STS validation rules: the constraints of every shape an input holds.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::decode::{CountRules, IntRules, Pattern, StringRules};

pub(super) static C_PROVIDED_CONTEXTS_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(5),
};
pub(super) static I_ROOT_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(0),
    max: Some(900),
};
pub(super) static S_SAML_ASSERTION_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(100000),
    pattern: None,
    values: &[],
    sensitive: true,
};
pub(super) static S_TARGET_PRINCIPAL_TYPE: StringRules = StringRules {
    min: Some(12),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_ACCESS_KEY_ID_TYPE: Pattern = Pattern::new(r#"[\w]*"#, r#"\A(?:[0-9A-Za-z_]*)\z"#);
pub(super) static S_ACCESS_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(16),
    max: Some(128),
    pattern: Some(&P_ACCESS_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_ARN_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u0085\u00A0-\uD7FF\uE000-\uFFFD\u10000-\u10FFFF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{0085}\x{00A0}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]+)\z"#,
);
pub(super) static S_ARN_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: Some(&P_ARN_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_ATTESTATION_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_SIGNING_REQUEST_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_CERTIFICATE_SIGNING_REQUEST_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(32768),
    pattern: Some(&P_CERTIFICATE_SIGNING_REQUEST_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_CLIENT_TOKEN_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(20000),
    pattern: None,
    values: &[],
    sensitive: true,
};
pub(super) static S_CONTEXT_ASSERTION_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(3072),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static I_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(900),
    max: Some(129600),
};
pub(super) static S_ENCODED_MESSAGE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(10240),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_EXTERNAL_ID_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@:\/-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@:/-]*)\z"#);
pub(super) static S_EXTERNAL_ID_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(1224),
    pattern: Some(&P_EXTERNAL_ID_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_JWT_ALGORITHM_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(5),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static I_MINIMUM_SESSION_TOKEN_SIZE_TYPE: IntRules = IntRules {
    min: Some(0),
    max: Some(4096),
};
pub(super) static C_POLICY_DESCRIPTOR_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static I_ROLE_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(900),
    max: Some(43200),
};
static P_ROLE_SESSION_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
pub(super) static S_ROLE_SESSION_NAME_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(64),
    pattern: Some(&P_ROLE_SESSION_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static I_SCOPED_CREDENTIAL_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(129600),
};
static P_SCOPED_SESSION_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
pub(super) static S_SCOPED_SESSION_DESCRIPTION_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(256),
    pattern: Some(&P_SCOPED_SESSION_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERIAL_NUMBER_TYPE: Pattern =
    Pattern::new(r#"[\w+=/:,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=/:,.@-]*)\z"#);
pub(super) static S_SERIAL_NUMBER_TYPE: StringRules = StringRules {
    min: Some(9),
    max: Some(256),
    pattern: Some(&P_SERIAL_NUMBER_TYPE),
    values: &[],
    sensitive: false,
};
static P_SESSION_POLICY_DOCUMENT_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_SESSION_POLICY_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2048),
    pattern: Some(&P_SESSION_POLICY_DOCUMENT_TYPE),
    values: &[],
    sensitive: false,
};
static P_SOURCE_IDENTITY_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
pub(super) static S_SOURCE_IDENTITY_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(256),
    pattern: Some(&P_SOURCE_IDENTITY_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_TAG_KEY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(50),
};
static P_TAG_KEY_TYPE: Pattern = Pattern::new(
    r#"[\p{L}\p{Z}\p{N}_.:/=+\-@]+"#,
    r#"\A(?:[\p{L}\p{Z}\p{N}_.:/=+\-@]+)\z"#,
);
pub(super) static S_TAG_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_TAG_KEY_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_TAG_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(50),
};
static P_TAG_VALUE_TYPE: Pattern = Pattern::new(
    r#"[\p{L}\p{Z}\p{N}_.:/=+\-@]*"#,
    r#"\A(?:[\p{L}\p{Z}\p{N}_.:/=+\-@]*)\z"#,
);
pub(super) static S_TAG_VALUE_TYPE: StringRules = StringRules {
    min: Some(0),
    max: Some(256),
    pattern: Some(&P_TAG_VALUE_TYPE),
    values: &[],
    sensitive: false,
};
static P_TOKEN_CODE_TYPE: Pattern = Pattern::new(r#"[\d]*"#, r#"\A(?:[0-9]*)\z"#);
pub(super) static S_TOKEN_CODE_TYPE: StringRules = StringRules {
    min: Some(6),
    max: Some(6),
    pattern: Some(&P_TOKEN_CODE_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_TRADE_IN_TOKEN_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: true,
};
static P_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: None,
    pattern: Some(&P_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_URL_TYPE: StringRules = StringRules {
    min: Some(4),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_USER_NAME_TYPE: Pattern = Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
pub(super) static S_USER_NAME_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(32),
    pattern: Some(&P_USER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_WEB_IDENTITY_TOKEN_AUDIENCE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(10),
};
pub(super) static S_WEB_IDENTITY_TOKEN_AUDIENCE_STRING_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1000),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static I_WEB_IDENTITY_TOKEN_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(60),
    max: Some(3600),
};
static P_WEB_IDENTITY_TOKEN_SCOPE_TYPE: Pattern = Pattern::new(
    r#"[\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+( [\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+)*"#,
    r#"\A(?:[\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+( [\x21\x23-\x2B\x2D-\x5B\x5D-\x7E]+)*)\z"#,
);
pub(super) static S_WEB_IDENTITY_TOKEN_SCOPE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(256),
    pattern: Some(&P_WEB_IDENTITY_TOKEN_SCOPE_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_WEB_IDENTITY_TOKEN_SUBJECT_MODE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["AWSIdentity", "OriginIdentity"],
    sensitive: false,
};
pub(super) static S_WEB_IDENTITY_TOKEN_TYPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["AWSIdentity", "JWT_SVID"],
    sensitive: false,
};
pub(super) static I_WORKLOAD_IDENTITY_CERTIFICATE_MAX_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(3600),
    max: Some(43200),
};
pub(super) static I_WORKLOAD_IDENTITY_CONTEXT_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(60),
    max: Some(300),
};
pub(super) static I_WORKLOAD_IDENTITY_SESSION_DURATION_SECONDS_TYPE: IntRules = IntRules {
    min: Some(900),
    max: Some(43200),
};
static P_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE: Pattern = Pattern::new(
    r#"arn:[^:]+:iam::(\d{12}|o-[a-z0-9]{10,32}):workload-identity-template/[\w+=,.@/-]+"#,
    r#"\A(?:arn:[^:]+:iam::([0-9]{12}|o-[a-z0-9]{10,32}):workload-identity-template/[0-9A-Za-z_+=,.@/-]+)\z"#,
);
pub(super) static S_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: Some(&P_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE),
    values: &[],
    sensitive: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        let patterns: [&Pattern; 16] = [
            &P_ACCESS_KEY_ID_TYPE,
            &P_ARN_TYPE,
            &P_CERTIFICATE_SIGNING_REQUEST_TYPE,
            &P_EXTERNAL_ID_TYPE,
            &P_ROLE_SESSION_NAME_TYPE,
            &P_SCOPED_SESSION_DESCRIPTION_TYPE,
            &P_SERIAL_NUMBER_TYPE,
            &P_SESSION_POLICY_DOCUMENT_TYPE,
            &P_SOURCE_IDENTITY_TYPE,
            &P_TAG_KEY_TYPE,
            &P_TAG_VALUE_TYPE,
            &P_TOKEN_CODE_TYPE,
            &P_UNRESTRICTED_SESSION_POLICY_DOCUMENT_TYPE,
            &P_USER_NAME_TYPE,
            &P_WEB_IDENTITY_TOKEN_SCOPE_TYPE,
            &P_WORKLOAD_IDENTITY_TEMPLATE_ARN_TYPE,
        ];
        for p in patterns {
            assert!(p.regex().is_some(), "{p:?}");
        }
    }
}
