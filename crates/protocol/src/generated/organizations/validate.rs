//! ORGANIZATIONS validation rules: the constraints of every shape an input holds.
//!
//! Generated from `models/organizations-2016-11-28.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::decode::{CountRules, IntRules, Pattern, StringRules};

static P_ACCOUNT_ID: Pattern = Pattern::new(r#"^\d{12}$"#, r#"\A(?:^[0-9]{12}$)\z"#);
pub(super) static S_ACCOUNT_ID: StringRules = StringRules {
    min: None,
    max: Some(12),
    pattern: Some(&P_ACCOUNT_ID),
    values: &[],
    sensitive: false,
};
pub(super) static S_ACTION_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "INVITE",
        "ENABLE_ALL_FEATURES",
        "APPROVE_ALL_FEATURES",
        "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
        "TRANSFER_RESPONSIBILITY",
    ],
    sensitive: false,
};
static P_CHILD_ID: Pattern = Pattern::new(
    r#"^(\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"#,
    r#"\A(?:^([0-9]{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$)\z"#,
);
pub(super) static S_CHILD_ID: StringRules = StringRules {
    min: None,
    max: Some(100),
    pattern: Some(&P_CHILD_ID),
    values: &[],
    sensitive: false,
};
pub(super) static S_CHILD_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ACCOUNT", "ORGANIZATIONAL_UNIT"],
    sensitive: false,
};
static P_CREATE_ACCOUNT_NAME: Pattern =
    Pattern::new(r#"[\u0020-\u007E]+"#, r#"\A(?:[\x{0020}-\x{007E}]+)\z"#);
pub(super) static S_CREATE_ACCOUNT_NAME: StringRules = StringRules {
    min: Some(1),
    max: Some(50),
    pattern: Some(&P_CREATE_ACCOUNT_NAME),
    values: &[],
    sensitive: true,
};
static P_CREATE_ACCOUNT_REQUEST_ID: Pattern =
    Pattern::new(r#"^car-[a-z0-9]{8,32}$"#, r#"\A(?:^car-[a-z0-9]{8,32}$)\z"#);
pub(super) static S_CREATE_ACCOUNT_REQUEST_ID: StringRules = StringRules {
    min: None,
    max: Some(36),
    pattern: Some(&P_CREATE_ACCOUNT_REQUEST_ID),
    values: &[],
    sensitive: false,
};
pub(super) static S_CREATE_ACCOUNT_STATE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["IN_PROGRESS", "SUCCEEDED", "FAILED"],
    sensitive: false,
};
pub(super) static C_CREATE_ACCOUNT_STATES: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_EFFECTIVE_POLICY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "TAG_POLICY",
        "BACKUP_POLICY",
        "AISERVICES_OPT_OUT_POLICY",
        "CHATBOT_POLICY",
        "DECLARATIVE_POLICY_EC2",
        "SECURITYHUB_POLICY",
        "SECURITYHUB_CSPM_POLICY",
        "INSPECTOR_POLICY",
        "UPGRADE_ROLLOUT_POLICY",
        "BEDROCK_POLICY",
        "S3_POLICY",
        "NETWORK_SECURITY_DIRECTOR_POLICY",
        "GUARDDUTY_POLICY",
    ],
    sensitive: false,
};
static P_EMAIL: Pattern = Pattern::new(
    r#"[^\s@]+@[^\s@]+\.[^\s@]+"#,
    r#"\A(?:[^ \t\n\x0B\x0C\r@]+@[^ \t\n\x0B\x0C\r@]+\.[^ \t\n\x0B\x0C\r@]+)\z"#,
);
pub(super) static S_EMAIL: StringRules = StringRules {
    min: Some(6),
    max: Some(64),
    pattern: Some(&P_EMAIL),
    values: &[],
    sensitive: true,
};
static P_HANDSHAKE_ID: Pattern =
    Pattern::new(r#"^h-[0-9a-z]{8,32}$"#, r#"\A(?:^h-[0-9a-z]{8,32}$)\z"#);
pub(super) static S_HANDSHAKE_ID: StringRules = StringRules {
    min: None,
    max: Some(34),
    pattern: Some(&P_HANDSHAKE_ID),
    values: &[],
    sensitive: false,
};
static P_HANDSHAKE_NOTES: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_HANDSHAKE_NOTES: StringRules = StringRules {
    min: None,
    max: Some(1024),
    pattern: Some(&P_HANDSHAKE_NOTES),
    values: &[],
    sensitive: true,
};
static P_HANDSHAKE_PARTY_ID: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_HANDSHAKE_PARTY_ID: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_HANDSHAKE_PARTY_ID),
    values: &[],
    sensitive: true,
};
pub(super) static S_HANDSHAKE_PARTY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ACCOUNT", "ORGANIZATION", "EMAIL"],
    sensitive: false,
};
pub(super) static S_IAM_USER_ACCESS_TO_BILLING: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ALLOW", "DENY"],
    sensitive: false,
};
pub(super) static I_MAX_RESULTS: IntRules = IntRules {
    min: Some(1),
    max: Some(20),
};
static P_NEXT_TOKEN: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_NEXT_TOKEN: StringRules = StringRules {
    min: None,
    max: Some(100000),
    pattern: Some(&P_NEXT_TOKEN),
    values: &[],
    sensitive: false,
};
pub(super) static S_ORGANIZATION_FEATURE_SET: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ALL", "CONSOLIDATED_BILLING"],
    sensitive: false,
};
static P_ORGANIZATIONAL_UNIT_ID: Pattern = Pattern::new(
    r#"^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$"#,
    r#"\A(?:^ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}$)\z"#,
);
pub(super) static S_ORGANIZATIONAL_UNIT_ID: StringRules = StringRules {
    min: None,
    max: Some(68),
    pattern: Some(&P_ORGANIZATIONAL_UNIT_ID),
    values: &[],
    sensitive: false,
};
static P_ORGANIZATIONAL_UNIT_NAME: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_ORGANIZATIONAL_UNIT_NAME: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_ORGANIZATIONAL_UNIT_NAME),
    values: &[],
    sensitive: false,
};
static P_PARENT_ID: Pattern = Pattern::new(
    r#"^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"#,
    r#"\A(?:^(r-[0-9a-z]{4,32})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$)\z"#,
);
pub(super) static S_PARENT_ID: StringRules = StringRules {
    min: None,
    max: Some(100),
    pattern: Some(&P_PARENT_ID),
    values: &[],
    sensitive: false,
};
static P_POLICY_CONTENT: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_POLICY_CONTENT: StringRules = StringRules {
    min: Some(1),
    max: None,
    pattern: Some(&P_POLICY_CONTENT),
    values: &[],
    sensitive: false,
};
static P_POLICY_DESCRIPTION: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_POLICY_DESCRIPTION: StringRules = StringRules {
    min: None,
    max: Some(512),
    pattern: Some(&P_POLICY_DESCRIPTION),
    values: &[],
    sensitive: false,
};
static P_POLICY_ID: Pattern = Pattern::new(
    r#"^p-[0-9a-zA-Z_]{8,128}$"#,
    r#"\A(?:^p-[0-9a-zA-Z_]{8,128}$)\z"#,
);
pub(super) static S_POLICY_ID: StringRules = StringRules {
    min: None,
    max: Some(130),
    pattern: Some(&P_POLICY_ID),
    values: &[],
    sensitive: false,
};
static P_POLICY_NAME: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_POLICY_NAME: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_POLICY_NAME),
    values: &[],
    sensitive: false,
};
static P_POLICY_TARGET_ID: Pattern = Pattern::new(
    r#"^(r-[0-9a-z]{4,32})|(\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$"#,
    r#"\A(?:^(r-[0-9a-z]{4,32})|([0-9]{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$)\z"#,
);
pub(super) static S_POLICY_TARGET_ID: StringRules = StringRules {
    min: None,
    max: Some(100),
    pattern: Some(&P_POLICY_TARGET_ID),
    values: &[],
    sensitive: false,
};
pub(super) static S_POLICY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "SERVICE_CONTROL_POLICY",
        "RESOURCE_CONTROL_POLICY",
        "TAG_POLICY",
        "BACKUP_POLICY",
        "AISERVICES_OPT_OUT_POLICY",
        "CHATBOT_POLICY",
        "DECLARATIVE_POLICY_EC2",
        "SECURITYHUB_POLICY",
        "SECURITYHUB_CSPM_POLICY",
        "INSPECTOR_POLICY",
        "UPGRADE_ROLLOUT_POLICY",
        "BEDROCK_POLICY",
        "S3_POLICY",
        "NETWORK_SECURITY_DIRECTOR_POLICY",
        "GUARDDUTY_POLICY",
    ],
    sensitive: false,
};
static P_RESOURCE_POLICY_CONTENT: Pattern = Pattern::new(
    r#"[\s\S]*"#,
    r#"\A(?:[ \t\n\x0B\x0C\r[^ \t\n\x0B\x0C\r]]*)\z"#,
);
pub(super) static S_RESOURCE_POLICY_CONTENT: StringRules = StringRules {
    min: Some(1),
    max: Some(40000),
    pattern: Some(&P_RESOURCE_POLICY_CONTENT),
    values: &[],
    sensitive: false,
};
static P_RESPONSIBILITY_TRANSFER_ID: Pattern =
    Pattern::new(r#"^rt-[0-9a-z]{8,32}$"#, r#"\A(?:^rt-[0-9a-z]{8,32}$)\z"#);
pub(super) static S_RESPONSIBILITY_TRANSFER_ID: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_RESPONSIBILITY_TRANSFER_ID),
    values: &[],
    sensitive: false,
};
static P_RESPONSIBILITY_TRANSFER_NAME: Pattern = Pattern::new(r#"^[ -~]+$"#, r#"\A(?:^[ -~]+$)\z"#);
pub(super) static S_RESPONSIBILITY_TRANSFER_NAME: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_RESPONSIBILITY_TRANSFER_NAME),
    values: &[],
    sensitive: true,
};
pub(super) static S_RESPONSIBILITY_TRANSFER_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["BILLING"],
    sensitive: false,
};
static P_ROLE_NAME: Pattern =
    Pattern::new(r#"[\w+=,.@-]{1,64}"#, r#"\A(?:[0-9A-Za-z_+=,.@-]{1,64})\z"#);
pub(super) static S_ROLE_NAME: StringRules = StringRules {
    min: None,
    max: Some(64),
    pattern: Some(&P_ROLE_NAME),
    values: &[],
    sensitive: false,
};
static P_ROOT_ID: Pattern = Pattern::new(r#"^r-[0-9a-z]{4,32}$"#, r#"\A(?:^r-[0-9a-z]{4,32}$)\z"#);
pub(super) static S_ROOT_ID: StringRules = StringRules {
    min: None,
    max: Some(34),
    pattern: Some(&P_ROOT_ID),
    values: &[],
    sensitive: false,
};
static P_SERVICE_PRINCIPAL: Pattern =
    Pattern::new(r#"[\w+=,.@-]*"#, r#"\A(?:[0-9A-Za-z_+=,.@-]*)\z"#);
pub(super) static S_SERVICE_PRINCIPAL: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_SERVICE_PRINCIPAL),
    values: &[],
    sensitive: false,
};
static P_TAG_KEY: Pattern = Pattern::new(
    r#"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#,
    r#"\A(?:^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$)\z"#,
);
pub(super) static S_TAG_KEY: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_TAG_KEY),
    values: &[],
    sensitive: false,
};
pub(super) static C_TAG_KEYS: CountRules = CountRules {
    min: None,
    max: None,
};
static P_TAG_VALUE: Pattern = Pattern::new(
    r#"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$"#,
    r#"\A(?:^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$)\z"#,
);
pub(super) static S_TAG_VALUE: StringRules = StringRules {
    min: Some(0),
    max: Some(256),
    pattern: Some(&P_TAG_VALUE),
    values: &[],
    sensitive: false,
};
static P_TAGGABLE_RESOURCE_ID: Pattern = Pattern::new(
    r#"^(r-[0-9a-z]{4,32})|(\d{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})|(^p-[0-9a-zA-Z_]{8,128})|(^rp-[0-9a-zA-Z_]{4,128})|(^rt-[0-9a-zA-Z_]{8,32})$"#,
    r#"\A(?:^(r-[0-9a-z]{4,32})|([0-9]{12})|(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})|(^p-[0-9a-zA-Z_]{8,128})|(^rp-[0-9a-zA-Z_]{4,128})|(^rt-[0-9a-zA-Z_]{8,32})$)\z"#,
);
pub(super) static S_TAGGABLE_RESOURCE_ID: StringRules = StringRules {
    min: None,
    max: Some(130),
    pattern: Some(&P_TAGGABLE_RESOURCE_ID),
    values: &[],
    sensitive: false,
};
pub(super) static C_TAGS: CountRules = CountRules {
    min: None,
    max: None,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        let patterns: [&Pattern; 26] = [
            &P_ACCOUNT_ID,
            &P_CHILD_ID,
            &P_CREATE_ACCOUNT_NAME,
            &P_CREATE_ACCOUNT_REQUEST_ID,
            &P_EMAIL,
            &P_HANDSHAKE_ID,
            &P_HANDSHAKE_NOTES,
            &P_HANDSHAKE_PARTY_ID,
            &P_NEXT_TOKEN,
            &P_ORGANIZATIONAL_UNIT_ID,
            &P_ORGANIZATIONAL_UNIT_NAME,
            &P_PARENT_ID,
            &P_POLICY_CONTENT,
            &P_POLICY_DESCRIPTION,
            &P_POLICY_ID,
            &P_POLICY_NAME,
            &P_POLICY_TARGET_ID,
            &P_RESOURCE_POLICY_CONTENT,
            &P_RESPONSIBILITY_TRANSFER_ID,
            &P_RESPONSIBILITY_TRANSFER_NAME,
            &P_ROLE_NAME,
            &P_ROOT_ID,
            &P_SERVICE_PRINCIPAL,
            &P_TAG_KEY,
            &P_TAG_VALUE,
            &P_TAGGABLE_RESOURCE_ID,
        ];
        for p in patterns {
            assert!(p.regex().is_some(), "{p:?}");
        }
    }
}
