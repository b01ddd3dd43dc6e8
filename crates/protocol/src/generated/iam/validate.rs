//! IAM validation rules: the constraints of every shape an input holds.
//!
//! Generated from `models/iam-2010-05-08.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::decode::{CountRules, IntRules, Pattern, StringRules};

pub(super) static S_ACCESS_ADVISOR_USAGE_GRANULARITY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["SERVICE_LEVEL", "ACTION_LEVEL"],
    sensitive: false,
};
pub(super) static C_ACTION_NAME_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_ACTION_NAME_TYPE: StringRules = StringRules {
    min: Some(3),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_ATTACHMENT_NAME: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_ATTACHMENT_NAME: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_ATTACHMENT_NAME),
    values: &[],
    sensitive: false,
};
pub(super) static S_ATTACHMENT_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["user", "group", "role"],
    sensitive: false,
};
pub(super) static C_CONTEXT_ENTRY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_CONTEXT_KEY_NAME_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(256),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_CONTEXT_KEY_TYPE_ENUM: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "string",
        "stringList",
        "numeric",
        "numericList",
        "boolean",
        "booleanList",
        "ip",
        "ipList",
        "binary",
        "binaryList",
        "date",
        "dateList",
    ],
    sensitive: false,
};
pub(super) static C_CONTEXT_KEY_VALUE_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_CONTEXT_KEY_VALUE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_DELETION_TASK_ID_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1000),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_ENTITY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "User",
        "Role",
        "Group",
        "LocalManagedPolicy",
        "AWSManagedPolicy",
    ],
    sensitive: false,
};
pub(super) static S_OPEN_ID_CONNECT_PROVIDER_URL_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(255),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static C_ORGANIZATION_POLICY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(7),
};
pub(super) static C_POLICY_EXCLUSIONS_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(256),
};
pub(super) static S_POLICY_IDENTIFIER_POLICY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "inline",
        "aws-managed",
        "user-managed",
        "permission-boundary",
        "scp",
        "rcp",
    ],
    sensitive: false,
};
pub(super) static S_POLICY_PARAMETER_TYPE_ENUM: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["string", "stringList"],
    sensitive: false,
};
pub(super) static S_POLICY_USAGE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["PermissionsPolicy", "PermissionsBoundary"],
    sensitive: false,
};
pub(super) static S_RESOURCE_HANDLING_OPTION_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static C_RESOURCE_NAME_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_RESOURCE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_SAML_METADATA_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1000),
    max: Some(10000000),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_SAML_PROVIDER_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w._-]+"#, r#"\A(?:[0-9A-Za-z_._-]+)\z"#);
pub(super) static S_SAML_PROVIDER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_SAML_PROVIDER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_SIMULATION_POLICY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_WORKLOAD_IDENTITY_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$"#,
    r#"\A(?:^[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*$)\z"#,
);
pub(super) static S_WORKLOAD_IDENTITY_DESCRIPTION_TYPE: StringRules = StringRules {
    min: Some(0),
    max: Some(1000),
    pattern: Some(&P_WORKLOAD_IDENTITY_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_DOMAIN_TYPE: Pattern = Pattern::new(
    r#"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,31}$"#,
    r#"\A(?:^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?){0,31}$)\z"#,
);
pub(super) static S_WORKLOAD_IDENTITY_DOMAIN_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_WORKLOAD_IDENTITY_DOMAIN_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE: Pattern = Pattern::new(
    r#"^(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+(?:/(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)*$"#,
    r#"\A(?:^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)(?:/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+))*$)\z"#,
);
pub(super) static S_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_WORKLOAD_IDENTITY_RESOURCE_SCOPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ACCOUNT", "ORGANIZATION"],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE: Pattern =
    Pattern::new(r#"^[A-Za-z0-9_-]+$"#, r#"\A(?:^[A-Za-z0-9_-]+$)\z"#);
pub(super) static S_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE: Pattern = Pattern::new(
    r#"^(?=.*\{)(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+)(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?!\.{1,2}(?:/|$))[A-Za-z0-9._-]+))*$"#,
    r#"\A(?:^(?:(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)/)*\{[A-Za-z0-9:/._-]+\}(?:/(?:\{[A-Za-z0-9:/._-]+\}|(?:[A-Za-z0-9_-][A-Za-z0-9._-]*|\.[A-Za-z0-9_-][A-Za-z0-9._-]*|\.\.[A-Za-z0-9._-]+)))*$)\z"#,
);
pub(super) static S_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE: StringRules = StringRules {
    min: Some(3),
    max: Some(16384),
    pattern: Some(&P_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE),
    values: &[],
    sensitive: false,
};
static P_ACCESS_KEY_ID_TYPE: Pattern = Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
pub(super) static S_ACCESS_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(16),
    max: Some(128),
    pattern: Some(&P_ACCESS_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_ACCOUNT_ALIAS_TYPE: Pattern = Pattern::new(
    r#"^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"#,
    r#"\A(?:^[a-z0-9](?:-?[a-z0-9])+$)\z"#,
);
pub(super) static S_ACCOUNT_ALIAS_TYPE: StringRules = StringRules {
    min: Some(3),
    max: Some(63),
    pattern: Some(&P_ACCOUNT_ALIAS_TYPE),
    values: &[],
    sensitive: false,
};
static P_ACCOUNT_ID_TYPE: Pattern = Pattern::new(r#"\d{12}"#, r#"\A(?:[0-9]{12})\z"#);
pub(super) static S_ACCOUNT_ID_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_ACCOUNT_ID_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_ACCOUNT_PROPERTIES_MAP_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_ACCOUNT_PROPERTY_KEY_TYPE: Pattern = Pattern::new(
    r#"^[A-Za-z][A-Za-z0-9/_-]*$"#,
    r#"\A(?:^[A-Za-z][A-Za-z0-9/_-]*$)\z"#,
);
pub(super) static S_ACCOUNT_PROPERTY_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(50),
    pattern: Some(&P_ACCOUNT_PROPERTY_KEY_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_ACCOUNT_PROPERTY_VALUE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1024),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_ARN_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_ASSERTION_ENCRYPTION_MODE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["Required", "Allowed"],
    sensitive: false,
};
pub(super) static S_ASSIGNMENT_STATUS_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["Assigned", "Unassigned", "Any"],
    sensitive: false,
};
static P_AUTHENTICATION_CODE_TYPE: Pattern = Pattern::new(r#"[\d]+"#, r#"\A(?:[0-9]+)\z"#);
pub(super) static S_AUTHENTICATION_CODE_TYPE: StringRules = StringRules {
    min: Some(6),
    max: Some(6),
    pattern: Some(&P_AUTHENTICATION_CODE_TYPE),
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_BODY_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_CERTIFICATE_BODY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(16384),
    pattern: Some(&P_CERTIFICATE_BODY_TYPE),
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_CHAIN_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_CERTIFICATE_CHAIN_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(2097152),
    pattern: Some(&P_CERTIFICATE_CHAIN_TYPE),
    values: &[],
    sensitive: false,
};
static P_CERTIFICATE_ID_TYPE: Pattern = Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
pub(super) static S_CERTIFICATE_ID_TYPE: StringRules = StringRules {
    min: Some(24),
    max: Some(128),
    pattern: Some(&P_CERTIFICATE_ID_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_CLIENT_ID_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_CLIENT_ID_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(255),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_CONTEXT_PROVIDER_SOURCE_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_CONTEXT_PROVIDER_TARGET_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static I_CREDENTIAL_AGE_DAYS: IntRules = IntRules {
    min: Some(1),
    max: Some(36600),
};
static P_CUSTOM_SUFFIX_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_CUSTOM_SUFFIX_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_CUSTOM_SUFFIX_TYPE),
    values: &[],
    sensitive: false,
};
static P_DELEGATION_REQUEST_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
pub(super) static S_DELEGATION_REQUEST_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(1000),
    pattern: Some(&P_DELEGATION_REQUEST_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_DELEGATION_REQUEST_ID_TYPE: Pattern =
    Pattern::new(r#"[\w-]+"#, r#"\A(?:[0-9A-Za-z_-]+)\z"#);
pub(super) static S_DELEGATION_REQUEST_ID_TYPE: StringRules = StringRules {
    min: Some(16),
    max: Some(128),
    pattern: Some(&P_DELEGATION_REQUEST_ID_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_ENCODING_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["SSH", "PEM"],
    sensitive: false,
};
pub(super) static C_ENTITY_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_EXISTING_USER_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_EXISTING_USER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_EXISTING_USER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_GLOBAL_ENDPOINT_TOKEN_VERSION: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["v1Token", "v2Token"],
    sensitive: false,
};
static P_GROUP_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_GROUP_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_GROUP_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_IDENTITY_CENTER_INSTANCE_ARN_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(1224),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_INSTANCE_PROFILE_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_INSTANCE_PROFILE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_INSTANCE_PROFILE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static I_INTEGER_TYPE: IntRules = IntRules {
    min: None,
    max: None,
};
pub(super) static S_JOB_ID_TYPE: StringRules = StringRules {
    min: Some(36),
    max: Some(36),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static C_KEY_DEFINITION_LIST_TYPE: CountRules = CountRules {
    min: Some(0),
    max: Some(10),
};
pub(super) static S_LOCALE_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(12),
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static C_MAP_STRING_REPLACEMENT_VALUE_ENTRY: CountRules = CountRules {
    min: None,
    max: Some(30),
};
pub(super) static C_MAP_STRING_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_ENTRY: CountRules = CountRules {
    min: None,
    max: Some(30),
};
static P_MARKER_TYPE: Pattern =
    Pattern::new(r#"[\u0020-\u00FF]+"#, r#"\A(?:[\x{0020}-\x{00FF}]+)\z"#);
pub(super) static S_MARKER_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(320),
    pattern: Some(&P_MARKER_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static I_MAX_ITEMS_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(1000),
};
pub(super) static I_MAX_PASSWORD_AGE_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(1095),
};
pub(super) static I_MAX_SIGNIN_SESSION_DURATION_TYPE: IntRules = IntRules {
    min: Some(3600),
    max: Some(7776000),
};
pub(super) static I_MINIMUM_PASSWORD_LENGTH_TYPE: IntRules = IntRules {
    min: Some(6),
    max: Some(128),
};
pub(super) static I_MINOR_VERSION_TYPE: IntRules = IntRules {
    min: None,
    max: None,
};
static P_NOTES_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
pub(super) static S_NOTES_TYPE: StringRules = StringRules {
    min: None,
    max: Some(500),
    pattern: Some(&P_NOTES_TYPE),
    values: &[],
    sensitive: false,
};
static P_NOTIFICATION_CHANNEL_TYPE: Pattern =
    Pattern::new(r#"^[a-zA-Z0-9:_.-]+$"#, r#"\A(?:^[a-zA-Z0-9:_.-]+$)\z"#);
pub(super) static S_NOTIFICATION_CHANNEL_TYPE: StringRules = StringRules {
    min: Some(2),
    max: Some(400),
    pattern: Some(&P_NOTIFICATION_CHANNEL_TYPE),
    values: &[],
    sensitive: false,
};
static P_ORGANIZATIONS_ENTITY_PATH_TYPE: Pattern = Pattern::new(
    r#"^o-[0-9a-z]{10,32}\/r-[0-9a-z]{4,32}[0-9a-z-\/]*"#,
    r#"\A(?:^o-[0-9a-z]{10,32}/r-[0-9a-z]{4,32}[0-9a-z-/]*)\z"#,
);
pub(super) static S_ORGANIZATIONS_ENTITY_PATH_TYPE: StringRules = StringRules {
    min: Some(19),
    max: Some(427),
    pattern: Some(&P_ORGANIZATIONS_ENTITY_PATH_TYPE),
    values: &[],
    sensitive: false,
};
static P_ORGANIZATIONS_POLICY_ID_TYPE: Pattern = Pattern::new(
    r#"^p-[0-9a-zA-Z_]{8,128}$"#,
    r#"\A(?:^p-[0-9a-zA-Z_]{8,128}$)\z"#,
);
pub(super) static S_ORGANIZATIONS_POLICY_ID_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_ORGANIZATIONS_POLICY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_OWNER_ID_TYPE: Pattern = Pattern::new(
    r#"^[a-zA-Z0-9:/+=,.@_-]+$"#,
    r#"\A(?:^[a-zA-Z0-9:/+=,.@_-]+$)\z"#,
);
pub(super) static S_OWNER_ID_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(2048),
    pattern: Some(&P_OWNER_ID_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static I_PASSWORD_REUSE_PREVENTION_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(24),
};
static P_PASSWORD_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_PASSWORD_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_PASSWORD_TYPE),
    values: &[],
    sensitive: true,
};
static P_PATH_PREFIX_TYPE: Pattern = Pattern::new(
    r#"\u002F[\u0021-\u007F]*"#,
    r#"\A(?:\x{002F}[\x{0021}-\x{007F}]*)\z"#,
);
pub(super) static S_PATH_PREFIX_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(512),
    pattern: Some(&P_PATH_PREFIX_TYPE),
    values: &[],
    sensitive: false,
};
static P_PATH_TYPE: Pattern = Pattern::new(
    r#"(\u002F)|(\u002F[\u0021-\u007E]+\u002F)"#,
    r#"\A(?:(\x{002F})|(\x{002F}[\x{0021}-\x{007E}]+\x{002F}))\z"#,
);
pub(super) static S_PATH_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(512),
    pattern: Some(&P_PATH_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_POLICY_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(1000),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_POLICY_DOCUMENT_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_POLICY_DOCUMENT_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(131072),
    pattern: Some(&P_POLICY_DOCUMENT_TYPE),
    values: &[],
    sensitive: false,
};
static P_POLICY_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_POLICY_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_POLICY_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_POLICY_PARAMETER_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: Some(50),
};
static P_POLICY_PARAMETER_NAME_TYPE: Pattern = Pattern::new(r#"[ -~]+"#, r#"\A(?:[ -~]+)\z"#);
pub(super) static S_POLICY_PARAMETER_NAME_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(256),
    pattern: Some(&P_POLICY_PARAMETER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_POLICY_PARAMETER_VALUE_TYPE: Pattern = Pattern::new(r#"[ -~]+"#, r#"\A(?:[ -~]+)\z"#);
pub(super) static S_POLICY_PARAMETER_VALUE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_POLICY_PARAMETER_VALUE_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_POLICY_PARAMETER_VALUES_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
static P_POLICY_PATH_TYPE: Pattern = Pattern::new(
    r#"((/[A-Za-z0-9\.,\+@=_-]+)*)/"#,
    r#"\A(?:((/[A-Za-z0-9\.,\+@=_-]+)*)/)\z"#,
);
pub(super) static S_POLICY_PATH_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(512),
    pattern: Some(&P_POLICY_PATH_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_POLICY_SCOPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["All", "AWS", "Local"],
    sensitive: false,
};
static P_POLICY_VERSION_ID_TYPE: Pattern = Pattern::new(
    r#"v[1-9][0-9]*(\.[A-Za-z0-9-]*)?"#,
    r#"\A(?:v[1-9][0-9]*(\.[A-Za-z0-9-]*)?)\z"#,
);
pub(super) static S_POLICY_VERSION_ID_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: Some(&P_POLICY_VERSION_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_PRIVATE_KEY_ID_TYPE: Pattern = Pattern::new(r#"[A-Z0-9]+"#, r#"\A(?:[A-Z0-9]+)\z"#);
pub(super) static S_PRIVATE_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(22),
    max: Some(64),
    pattern: Some(&P_PRIVATE_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_PRIVATE_KEY_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_PRIVATE_KEY_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(16384),
    pattern: Some(&P_PRIVATE_KEY_TYPE),
    values: &[],
    sensitive: true,
};
static P_PUBLIC_KEY_ID_TYPE: Pattern = Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
pub(super) static S_PUBLIC_KEY_ID_TYPE: StringRules = StringRules {
    min: Some(20),
    max: Some(128),
    pattern: Some(&P_PUBLIC_KEY_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_PUBLIC_KEY_MATERIAL_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{00FF}]+)\z"#,
);
pub(super) static S_PUBLIC_KEY_MATERIAL_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(16384),
    pattern: Some(&P_PUBLIC_KEY_MATERIAL_TYPE),
    values: &[],
    sensitive: false,
};
static P_REDIRECT_URL_TYPE: Pattern = Pattern::new(
    r#"^http(s?)://[a-zA-Z0-9._/-]*(\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$"#,
    r#"\A(?:^http(s?)://[a-zA-Z0-9._/-]*(\?[a-zA-Z0-9._=&-]*)?(#[a-zA-Z0-9._/-]*)?$)\z"#,
);
pub(super) static S_REDIRECT_URL_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(255),
    pattern: Some(&P_REDIRECT_URL_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static C_REPLACEMENT_VALUE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(20),
};
static P_REQUEST_MESSAGE_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
pub(super) static S_REQUEST_MESSAGE_TYPE: StringRules = StringRules {
    min: None,
    max: Some(200),
    pattern: Some(&P_REQUEST_MESSAGE_TYPE),
    values: &[],
    sensitive: false,
};
static P_REQUESTOR_WORKFLOW_ID_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]+"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]+)\z"#,
);
pub(super) static S_REQUESTOR_WORKFLOW_ID_TYPE: StringRules = StringRules {
    min: Some(5),
    max: Some(400),
    pattern: Some(&P_REQUESTOR_WORKFLOW_ID_TYPE),
    values: &[],
    sensitive: false,
};
static P_ROLE_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*"#,
    r#"\A(?:[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*)\z"#,
);
pub(super) static S_ROLE_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(1000),
    pattern: Some(&P_ROLE_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static I_ROLE_MAX_SESSION_DURATION_TYPE: IntRules = IntRules {
    min: Some(3600),
    max: Some(43200),
};
static P_ROLE_NAME_TYPE: Pattern = Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_ROLE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_ROLE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERIAL_NUMBER_TYPE: Pattern =
    Pattern::new(r#"[\w+=/:,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=/:,.@-]+)\z"#);
pub(super) static S_SERIAL_NUMBER_TYPE: StringRules = StringRules {
    min: Some(9),
    max: Some(256),
    pattern: Some(&P_SERIAL_NUMBER_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERVER_CERTIFICATE_NAME_TYPE: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_SERVER_CERTIFICATE_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_SERVER_CERTIFICATE_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_SERVICE_NAME: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static C_SERVICE_NAMESPACE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(200),
};
static P_SERVICE_NAMESPACE_TYPE: Pattern = Pattern::new(r#"[\w-]*"#, r#"\A(?:[0-9A-Za-z_-]*)\z"#);
pub(super) static S_SERVICE_NAMESPACE_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_SERVICE_NAMESPACE_TYPE),
    values: &[],
    sensitive: false,
};
static P_SERVICE_SPECIFIC_CREDENTIAL_ID: Pattern =
    Pattern::new(r#"[\w]+"#, r#"\A(?:[0-9A-Za-z_]+)\z"#);
pub(super) static S_SERVICE_SPECIFIC_CREDENTIAL_ID: StringRules = StringRules {
    min: Some(20),
    max: Some(128),
    pattern: Some(&P_SERVICE_SPECIFIC_CREDENTIAL_ID),
    values: &[],
    sensitive: false,
};
pub(super) static I_SESSION_DURATION_TYPE: IntRules = IntRules {
    min: Some(300),
    max: Some(43200),
};
pub(super) static S_SORT_KEY_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[
        "SERVICE_NAMESPACE_ASCENDING",
        "SERVICE_NAMESPACE_DESCENDING",
        "LAST_AUTHENTICATED_TIME_ASCENDING",
        "LAST_AUTHENTICATED_TIME_DESCENDING",
    ],
    sensitive: false,
};
pub(super) static S_STATUS_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["Active", "Inactive", "Expired"],
    sensitive: false,
};
pub(super) static S_STRING_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &[],
    sensitive: false,
};
pub(super) static S_SUBJECT_TYPE_VALUE_TYPE: StringRules = StringRules {
    min: Some(0),
    max: Some(128),
    pattern: None,
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
    sensitive: true,
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
    sensitive: true,
};
pub(super) static C_THUMBPRINT_LIST_TYPE: CountRules = CountRules {
    min: None,
    max: None,
};
pub(super) static S_THUMBPRINT_TYPE: StringRules = StringRules {
    min: Some(40),
    max: Some(40),
    pattern: None,
    values: &[],
    sensitive: false,
};
static P_USER_NAME_TYPE: Pattern = Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_USER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(64),
    pattern: Some(&P_USER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
static P_VIRTUAL_MFA_DEVICE_NAME: Pattern =
    Pattern::new(r#"[\w+=,.@-]+"#, r#"\A(?:[0-9A-Za-z_+=,.@-]+)\z"#);
pub(super) static S_VIRTUAL_MFA_DEVICE_NAME: StringRules = StringRules {
    min: Some(1),
    max: None,
    pattern: Some(&P_VIRTUAL_MFA_DEVICE_NAME),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE: Pattern =
    Pattern::new(r#"^[a-zA-Z0-9_-]+$"#, r#"\A(?:^[a-zA-Z0-9_-]+$)\z"#);
pub(super) static S_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(256),
    pattern: Some(&P_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_WORKLOAD_IDENTITY_OUTBOUND_SIGNER_TYPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["X509", "JWT"],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE: Pattern = Pattern::new(
    r#"^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$"#,
    r#"\A(?:^[\x{0009}\x{000A}\x{000D}\x{0020}-\x{007E}\x{00A1}-\x{00FF}]*$)\z"#,
);
pub(super) static S_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE: StringRules = StringRules {
    min: None,
    max: Some(255),
    pattern: Some(&P_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE),
    values: &[],
    sensitive: false,
};
static P_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE: Pattern =
    Pattern::new(r#"^[A-Za-z0-9_.-]+$"#, r#"\A(?:^[A-Za-z0-9_.-]+$)\z"#);
pub(super) static S_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(128),
    pattern: Some(&P_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE),
    values: &[],
    sensitive: false,
};
pub(super) static S_WORKLOAD_IDENTITY_PROVIDER_SCHEME_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["NONE", "SPIFFE"],
    sensitive: false,
};
pub(super) static S_WORKLOAD_IDENTITY_PROVIDER_SCOPE_TYPE: StringRules = StringRules {
    min: None,
    max: None,
    pattern: None,
    values: &["ACCOUNT", "ORGANIZATION"],
    sensitive: false,
};
pub(super) static C_WORKLOAD_IDENTITY_REPLACEMENT_VALUE_LIST_TYPE: CountRules = CountRules {
    min: Some(1),
    max: Some(20),
};
pub(super) static I_WORKLOAD_IDENTITY_SIGNING_DELAY_IN_HOURS_TYPE: IntRules = IntRules {
    min: Some(1),
    max: Some(48),
};
pub(super) static S_WORKLOAD_IDENTITY_TEMPLATE_FILTER_TYPE: StringRules = StringRules {
    min: Some(1),
    max: Some(256),
    pattern: None,
    values: &[],
    sensitive: false,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        let patterns: [&Pattern; 56] = [
            &P_ATTACHMENT_NAME,
            &P_SAML_PROVIDER_NAME_TYPE,
            &P_WORKLOAD_IDENTITY_DESCRIPTION_TYPE,
            &P_WORKLOAD_IDENTITY_DOMAIN_TYPE,
            &P_WORKLOAD_IDENTITY_PATH_PREFIX_TYPE,
            &P_WORKLOAD_IDENTITY_TEMPLATE_NAME_TYPE,
            &P_WORKLOAD_IDENTITY_TEMPLATE_PATH_PATTERN_TYPE,
            &P_ACCESS_KEY_ID_TYPE,
            &P_ACCOUNT_ALIAS_TYPE,
            &P_ACCOUNT_ID_TYPE,
            &P_ACCOUNT_PROPERTY_KEY_TYPE,
            &P_AUTHENTICATION_CODE_TYPE,
            &P_CERTIFICATE_BODY_TYPE,
            &P_CERTIFICATE_CHAIN_TYPE,
            &P_CERTIFICATE_ID_TYPE,
            &P_CUSTOM_SUFFIX_TYPE,
            &P_DELEGATION_REQUEST_DESCRIPTION_TYPE,
            &P_DELEGATION_REQUEST_ID_TYPE,
            &P_EXISTING_USER_NAME_TYPE,
            &P_GROUP_NAME_TYPE,
            &P_INSTANCE_PROFILE_NAME_TYPE,
            &P_MARKER_TYPE,
            &P_NOTES_TYPE,
            &P_NOTIFICATION_CHANNEL_TYPE,
            &P_ORGANIZATIONS_ENTITY_PATH_TYPE,
            &P_ORGANIZATIONS_POLICY_ID_TYPE,
            &P_OWNER_ID_TYPE,
            &P_PASSWORD_TYPE,
            &P_PATH_PREFIX_TYPE,
            &P_PATH_TYPE,
            &P_POLICY_DOCUMENT_TYPE,
            &P_POLICY_NAME_TYPE,
            &P_POLICY_PARAMETER_NAME_TYPE,
            &P_POLICY_PARAMETER_VALUE_TYPE,
            &P_POLICY_PATH_TYPE,
            &P_POLICY_VERSION_ID_TYPE,
            &P_PRIVATE_KEY_ID_TYPE,
            &P_PRIVATE_KEY_TYPE,
            &P_PUBLIC_KEY_ID_TYPE,
            &P_PUBLIC_KEY_MATERIAL_TYPE,
            &P_REDIRECT_URL_TYPE,
            &P_REQUEST_MESSAGE_TYPE,
            &P_REQUESTOR_WORKFLOW_ID_TYPE,
            &P_ROLE_DESCRIPTION_TYPE,
            &P_ROLE_NAME_TYPE,
            &P_SERIAL_NUMBER_TYPE,
            &P_SERVER_CERTIFICATE_NAME_TYPE,
            &P_SERVICE_NAMESPACE_TYPE,
            &P_SERVICE_SPECIFIC_CREDENTIAL_ID,
            &P_TAG_KEY_TYPE,
            &P_TAG_VALUE_TYPE,
            &P_USER_NAME_TYPE,
            &P_VIRTUAL_MFA_DEVICE_NAME,
            &P_WORKLOAD_IDENTITY_CERTIFICATE_AUTHORITY_ID_TYPE,
            &P_WORKLOAD_IDENTITY_PROVIDER_DESCRIPTION_TYPE,
            &P_WORKLOAD_IDENTITY_PROVIDER_NAME_TYPE,
        ];
        for p in patterns {
            assert!(p.regex().is_some(), "{p:?}");
        }
    }
}
