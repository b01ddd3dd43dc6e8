//! STS operations: the table of the model's operations.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use crate::OperationInfo;

static OPERATIONS: [OperationInfo; 15] = [
    OperationInfo {
        name: "AssumeRole",
        unsigned: false,
    },
    OperationInfo {
        name: "AssumeRoleWithSAML",
        unsigned: true,
    },
    OperationInfo {
        name: "AssumeRoleWithWebIdentity",
        unsigned: true,
    },
    OperationInfo {
        name: "AssumeRoot",
        unsigned: false,
    },
    OperationInfo {
        name: "DecodeAuthorizationMessage",
        unsigned: false,
    },
    OperationInfo {
        name: "GetAccessKeyInfo",
        unsigned: false,
    },
    OperationInfo {
        name: "GetCallerIdentity",
        unsigned: false,
    },
    OperationInfo {
        name: "GetCertificate",
        unsigned: false,
    },
    OperationInfo {
        name: "GetDelegatedAccessToken",
        unsigned: false,
    },
    OperationInfo {
        name: "GetFederationToken",
        unsigned: false,
    },
    OperationInfo {
        name: "GetScopedCredentials",
        unsigned: false,
    },
    OperationInfo {
        name: "GetSessionToken",
        unsigned: false,
    },
    OperationInfo {
        name: "GetTrustBundles",
        unsigned: false,
    },
    OperationInfo {
        name: "GetWebIdentityToken",
        unsigned: false,
    },
    OperationInfo {
        name: "IssueWorkloadIdentityContext",
        unsigned: false,
    },
];

/// The operation named `action`, if the model has it.
pub fn operation(action: &str) -> Option<&'static OperationInfo> {
    OPERATIONS
        .binary_search_by(|op| op.name.cmp(action))
        .ok()
        .and_then(|i| OPERATIONS.get(i))
}

/// Every operation of the model, sorted by name.
pub fn operations() -> &'static [OperationInfo] {
    &OPERATIONS
}
