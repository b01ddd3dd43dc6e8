//! IAM's validator: which documents it refuses, in which order, with which message.
//!
//! The rules and their order are read off AWS's recorded answers, kept as the table in
//! `tests/corpus/policy-validation.json` (each row names its source). A document passes through
//! five stages and the first problem found is the answer:
//!
//! 1. grammar ([`Document::read`]): JSON shape, known elements, value types, condition
//!    operators — `Syntax errors in policy.`;
//! 2. the version, for managed policies only — `Policy document must be version 2012-10-17 or
//!    greater.`;
//! 3. the older parser IAM still runs — `The policy failed legacy parsing` for an `Effect` in
//!    the wrong case, an unreadable `Date…` value, or an `arn:` resource of a known partition
//!    with four or five parts or no service;
//! 4. statement ids unique across the policy;
//! 5. each statement in order: principal, actions present, resources present, each resource's
//!    form, each action's form, and for trust policies the STS actions.

use crate::condition::Condition;
use crate::error::PolicyError;
use crate::json::{Node, Value};
use crate::pattern::{NoVariables, Pattern, Syntax};
use crate::policy::PolicyKind;

/// The partitions AWS has (botocore `endpoints.json`, botocore 1.43.11).
const PARTITIONS: [&str; 8] = [
    "aws",
    "aws-cn",
    "aws-us-gov",
    "aws-iso",
    "aws-iso-b",
    "aws-iso-e",
    "aws-iso-f",
    "aws-eusc",
];

/// The resource types an IAM ARN may name, as IAM's message lists them.
const IAM_RESOURCE_TYPES: [&str; 13] = [
    "user/",
    "federated-user/",
    "role/",
    "group/",
    "instance-profile/",
    "mfa/",
    "server-certificate/",
    "policy/",
    "sms-mfa/",
    "saml-provider/",
    "oidc-provider/",
    "report/",
    "access-report/",
];

/// IAM resource types that AWS's own managed policies name but IAM's message does not list
/// (`AWSCloudWatchOmniServiceRolePolicy` grants on `arn:aws:iam::aws:role-template/…`).
const IAM_RESOURCE_TYPES_UNLISTED: [&str; 1] = ["role-template/"];

/// The actions a trust policy may allow: the STS operations that assume a role and the
/// permissions they check on the role (IAM User Guide, "Passing session tags", "Monitor and
/// control actions taken with assumed roles", "Pass context keys").
const TRUST_ACTIONS: [&str; 6] = [
    "sts:assumerole",
    "sts:assumerolewithsaml",
    "sts:assumerolewithwebidentity",
    "sts:tagsession",
    "sts:setsourceidentity",
    "sts:setcontext",
];

/// `Action`/`Resource` or their `Not…` forms, as written.
#[derive(Debug)]
pub(crate) struct Values<'a> {
    pub(crate) negated: bool,
    pub(crate) items: Vec<&'a str>,
}

/// One statement as written, once its grammar is known to be right.
#[derive(Debug)]
pub(crate) struct StatementText<'a> {
    pub(crate) node: &'a Node,
    pub(crate) sid: Option<&'a str>,
    pub(crate) effect: &'a str,
    pub(crate) principal: Option<(bool, &'a Node)>,
    pub(crate) actions: Option<Values<'a>>,
    pub(crate) resources: Option<Values<'a>>,
    pub(crate) condition: Condition,
}

/// A document as written, once its grammar is known to be right.
#[derive(Debug)]
pub(crate) struct Document<'a> {
    pub(crate) version: Option<&'a str>,
    pub(crate) id: Option<&'a str>,
    pub(crate) statements: Vec<StatementText<'a>>,
}

fn text(node: &Node) -> Result<&str, PolicyError> {
    match &node.value {
        Value::String(text) => Ok(text),
        _ => Err(PolicyError::Syntax),
    }
}

/// A string or a list of strings.
fn texts(node: &Node) -> Result<Vec<&str>, PolicyError> {
    match &node.value {
        Value::Array(items) => items.iter().map(text).collect(),
        _ => Ok(vec![text(node)?]),
    }
}

/// At most one of `positive` and `negative`.
fn either<'a>(
    members: &'a [(String, Node)],
    positive: &str,
    negative: &str,
) -> Result<Option<(bool, &'a Node)>, PolicyError> {
    let find = |name: &str| {
        members
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, node)| node)
    };
    match (find(positive), find(negative)) {
        (Some(_), Some(_)) => Err(PolicyError::Syntax),
        (Some(node), None) => Ok(Some((false, node))),
        (None, Some(node)) => Ok(Some((true, node))),
        (None, None) => Ok(None),
    }
}

fn values<'a>(
    members: &'a [(String, Node)],
    positive: &str,
    negative: &str,
) -> Result<Option<Values<'a>>, PolicyError> {
    either(members, positive, negative)?
        .map(|(negated, node)| {
            Ok(Values {
                negated,
                items: texts(node)?,
            })
        })
        .transpose()
}

impl<'a> Document<'a> {
    /// Stage 1: the grammar. Every refusal here is `Syntax errors in policy.`
    pub(crate) fn read(root: &'a Node) -> Result<Self, PolicyError> {
        let Value::Object(members) = &root.value else {
            return Err(PolicyError::Syntax);
        };
        let mut version = None;
        let mut id = None;
        let mut statement = None;
        for (key, node) in members {
            match key.as_str() {
                "Version" => match text(node)? {
                    known @ ("2012-10-17" | "2008-10-17") => version = Some(known),
                    _ => return Err(PolicyError::Syntax),
                },
                "Id" => id = Some(text(node)?),
                "Statement" => statement = Some(node),
                _ => return Err(PolicyError::Syntax),
            }
        }
        let variables = version == Some("2012-10-17");
        let statements = match &statement.ok_or(PolicyError::Syntax)?.value {
            Value::Array(items) if !items.is_empty() => items
                .iter()
                .map(|node| StatementText::read(node, variables))
                .collect::<Result<_, _>>()?,
            Value::Object(_) => vec![StatementText::read(
                statement.ok_or(PolicyError::Syntax)?,
                variables,
            )?],
            _ => return Err(PolicyError::Syntax),
        };
        Ok(Self {
            version,
            id,
            statements,
        })
    }
}

impl<'a> StatementText<'a> {
    fn read(node: &'a Node, variables: bool) -> Result<Self, PolicyError> {
        const KNOWN: [&str; 9] = [
            "Sid",
            "Effect",
            "Action",
            "NotAction",
            "Resource",
            "NotResource",
            "Principal",
            "NotPrincipal",
            "Condition",
        ];
        let Value::Object(members) = &node.value else {
            return Err(PolicyError::Syntax);
        };
        if members
            .iter()
            .any(|(key, _)| !KNOWN.contains(&key.as_str()))
        {
            return Err(PolicyError::Syntax);
        }
        let field = |name: &str| {
            members
                .iter()
                .find(|(key, _)| key == name)
                .map(|(_, node)| node)
        };
        let sid = field("Sid").map(text).transpose()?;
        // Any case passes the grammar; the exact case is the legacy parser's business.
        let effect = text(field("Effect").ok_or(PolicyError::Syntax)?)?;
        if !effect.eq_ignore_ascii_case("Allow") && !effect.eq_ignore_ascii_case("Deny") {
            return Err(PolicyError::Syntax);
        }
        let principal = either(members, "Principal", "NotPrincipal")?;
        let actions = values(members, "Action", "NotAction")?;
        let resources = values(members, "Resource", "NotResource")?;
        let condition = field("Condition")
            .map(|node| Condition::parse(node, variables))
            .transpose()?
            .unwrap_or_default();
        Ok(Self {
            node,
            sid,
            effect,
            principal,
            actions,
            resources,
            condition,
        })
    }
}

/// Stages 2 to 5, on a document whose grammar is right.
pub(crate) fn check(
    document: &Document<'_>,
    kind: PolicyKind,
    managed: bool,
) -> Result<(), PolicyError> {
    if managed && document.version != Some("2012-10-17") {
        return Err(PolicyError::VersionTooOld);
    }
    for statement in &document.statements {
        legacy(statement)?;
    }
    let mut sids: Vec<&str> = Vec::new();
    for sid in document
        .statements
        .iter()
        .filter_map(|statement| statement.sid)
        .filter(|sid| !sid.is_empty())
    {
        if sids.contains(&sid) {
            return Err(PolicyError::DuplicateSid);
        }
        sids.push(sid);
    }
    for statement in &document.statements {
        statement_rules(statement, kind)?;
    }
    Ok(())
}

/// Stage 3: what the older parser refuses.
fn legacy(statement: &StatementText<'_>) -> Result<(), PolicyError> {
    let exact_effect = matches!(statement.effect, "Allow" | "Deny");
    let arns_readable = statement
        .resources
        .iter()
        .flat_map(|resources| resources.items.iter())
        .all(|resource| legacy_arn(resource));
    if exact_effect && arns_readable && !statement.condition.has_unreadable_date() {
        Ok(())
    } else {
        Err(PolicyError::LegacyParsing)
    }
}

/// `text` with each policy variable (`${aws:username}`) shortened to `${}`, so that the colons
/// inside variables do not count as ARN separators.
fn without_variables(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("${") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let Some(length) = rest.get(start..).and_then(|tail| tail.find('}')) else {
            break;
        };
        out.push_str(rest.get(..start).unwrap_or_default());
        out.push_str("${}");
        rest = rest.get(start + length + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether the older parser reads a resource: an `arn:` of a known partition has three parts
/// or all six, and a service.
fn legacy_arn(resource: &str) -> bool {
    let resource = without_variables(resource);
    let parts: Vec<&str> = resource.splitn(6, ':').collect();
    let subject = parts.first() == Some(&"arn")
        && parts
            .get(1)
            .is_some_and(|partition| PARTITIONS.contains(partition));
    if !subject {
        return true;
    }
    match parts.len() {
        4 | 5 => false,
        6 => parts.get(2).is_some_and(|service| !service.is_empty()),
        _ => true,
    }
}

fn is_identity_side(kind: PolicyKind) -> bool {
    matches!(
        kind,
        PolicyKind::Identity | PolicyKind::Session | PolicyKind::PermissionsBoundary
    )
}

/// Stage 5, for one statement.
fn statement_rules(statement: &StatementText<'_>, kind: PolicyKind) -> Result<(), PolicyError> {
    let takes_principal = matches!(kind, PolicyKind::Resource | PolicyKind::Trust);
    match (&statement.principal, takes_principal) {
        (Some(_), false) => return Err(PolicyError::PrincipalNotAllowed),
        (None, true) => return Err(PolicyError::NoPrincipal),
        _ => {}
    }
    let Some(actions) = statement
        .actions
        .as_ref()
        .filter(|actions| !actions.items.is_empty())
    else {
        return Err(PolicyError::NoActions);
    };
    match &statement.resources {
        Some(resources) if kind == PolicyKind::Trust => {
            return Err(PolicyError::ProhibitedField(if resources.negated {
                "NotResource"
            } else {
                "Resource"
            }));
        }
        Some(resources) if resources.items.is_empty() => return Err(PolicyError::NoResources),
        None if is_identity_side(kind) => return Err(PolicyError::NoResources),
        Some(resources) => {
            for resource in &resources.items {
                resource_form(resource)?;
            }
        }
        None => {}
    }
    for action in &actions.items {
        action_form(action)?;
    }
    if kind == PolicyKind::Trust && !actions.negated {
        for action in &actions.items {
            if !is_trust_action(action) {
                return Err(PolicyError::NotAssumeRoleAction);
            }
        }
    }
    Ok(())
}

/// The form of one resource: `*`, or read as an ARN with a known partition and service.
fn resource_form(resource: &str) -> Result<(), PolicyError> {
    if resource == "*" {
        return Ok(());
    }
    if !resource.contains(':') {
        return Err(PolicyError::ResourceNotArn(resource.to_owned()));
    }
    // IAM reads the text as an ARN: `arn` first whatever was written, missing parts as `*`.
    let masked = without_variables(resource);
    let mut parts: Vec<&str> = masked.split(':').skip(1).collect();
    while parts.len() < 5 {
        parts.push("*");
    }
    let [partition, service, region, account, rest @ ..] = parts.as_slice() else {
        return Ok(());
    };
    let (service, region, account) = (*service, *region, *account);
    if !is_partition(partition) {
        return Err(PolicyError::InvalidPartition {
            partition: (*partition).to_owned(),
            resource: format!("arn:{}", parts.join(":")),
        });
    }
    if service.is_empty() || service.contains(['*', '?']) {
        return Err(PolicyError::ResourceVendor);
    }
    match service {
        "iam" => {
            if !region.is_empty() {
                return Err(PolicyError::IamResourceRegion(resource.to_owned()));
            }
            let path = rest.join(":");
            let known = path == "*"
                || path == "root"
                || IAM_RESOURCE_TYPES
                    .iter()
                    .chain(&IAM_RESOURCE_TYPES_UNLISTED)
                    .any(|prefix| path.starts_with(prefix));
            if !known {
                return Err(PolicyError::IamResourcePath);
            }
        }
        // Buckets and objects are global; access points (which name an account) are regional.
        "s3" if !region.is_empty() && account.is_empty() => {
            return Err(PolicyError::ResourceRegion(resource.to_owned()));
        }
        _ => {}
    }
    Ok(())
}

/// A partition AWS has, or a wildcard or policy variable that can stand for one (AWS managed
/// policies write `arn:*:ssm:…`).
fn is_partition(partition: &str) -> bool {
    PARTITIONS.contains(&partition)
        || partition.contains("${")
        || covers_one_of(partition, &PARTITIONS)
}

/// Whether `pattern` has a wildcard and matches one of `known` (compared without case).
fn covers_one_of(pattern: &str, known: &[&str]) -> bool {
    if !pattern.contains(['*', '?']) {
        return false;
    }
    let pattern = Pattern::compile(
        &pattern.to_ascii_lowercase(),
        Syntax {
            wildcards: true,
            variables: false,
        },
    );
    known
        .iter()
        .any(|text| pattern.matches(text, &NoVariables, false))
}

/// The form of one action: `*`, or `vendor:name` with one colon and a vendor of letters,
/// digits, `-`, `_` and `.`.
fn action_form(action: &str) -> Result<(), PolicyError> {
    if action == "*" {
        return Ok(());
    }
    let Some((vendor, name)) = action.split_once(':') else {
        return Err(PolicyError::MissingVendor);
    };
    if name.contains(':') {
        return Err(PolicyError::MultipleColons);
    }
    if vendor.is_empty() {
        return Err(PolicyError::MissingVendor);
    }
    if !vendor
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(PolicyError::InvalidVendor(vendor.to_owned()));
    }
    Ok(())
}

/// Whether a trust policy may list `action`: one of the STS actions, or a wildcard that
/// covers one of them.
fn is_trust_action(action: &str) -> bool {
    let lower = action.to_ascii_lowercase();
    if TRUST_ACTIONS.contains(&lower.as_str()) {
        return true;
    }
    covers_one_of(&lower, &TRUST_ACTIONS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_read_as_arns() {
        assert_eq!(
            resource_form("a:b:cadfsdf"),
            Err(PolicyError::InvalidPartition {
                partition: "b".into(),
                resource: "arn:b:cadfsdf:*:*:*".into()
            })
        );
        assert_eq!(resource_form("arn:aws"), Err(PolicyError::ResourceVendor));
        assert_eq!(
            resource_form("arn:aws:s3*:::x"),
            Err(PolicyError::ResourceVendor)
        );
        assert!(resource_form("arn:aws:fdsasf").is_ok());
        assert!(resource_form("arn:aws:iam::123456789012:root").is_ok());
        assert!(resource_form("arn:aws-cn:iam::123456789012:role/x").is_ok());
        assert!(resource_form("arn:aws:s3:us-west-2:123456789012:accesspoint/a").is_ok());
        assert!(resource_form("arn:aws:iam::*:user/${aws:username}").is_ok());
        assert!(resource_form("arn:aws:iam::${aws:PrincipalAccount}:role/x").is_ok());
        assert!(resource_form("arn:${aws:partition}:s3:::b").is_ok());
        assert!(legacy_arn("arn:aws:iam::${aws:PrincipalAccount}:role/x"));
        assert_eq!(without_variables("a${b:c}d${e}"), "a${}d${}");
        assert_eq!(without_variables("a${b:c"), "a${b:c");
    }

    #[test]
    fn legacy_arns() {
        assert!(legacy_arn("arn:aws:fdsasf"));
        assert!(legacy_arn("arn:aws"));
        assert!(legacy_arn("arn:error:s3::example_bucket"));
        assert!(!legacy_arn("arn:aws::fdsasf"));
        assert!(!legacy_arn("arn:aws:s3::example_bucket"));
        assert!(!legacy_arn("arn:aws::::example_bucket"));
        assert!(legacy_arn("arn:aws:s3:::bucket/a:b:c"));
    }

    #[test]
    fn actions() {
        assert_eq!(action_form("invalid"), Err(PolicyError::MissingVendor));
        assert_eq!(action_form(""), Err(PolicyError::MissingVendor));
        assert_eq!(action_form("s3:a:b"), Err(PolicyError::MultipleColons));
        assert_eq!(
            action_form("a a:ListBucket"),
            Err(PolicyError::InvalidVendor("a a".into()))
        );
        assert!(action_form("iam: asdf safdsf af ").is_ok());
        assert!(action_form("s3.s:ListBucket").is_ok());
        assert!(is_trust_action("sts:AssumeRole"));
        assert!(is_trust_action("STS:assumerolewithwebidentity"));
        assert!(is_trust_action("sts:*"));
        assert!(is_trust_action("*"));
        assert!(!is_trust_action("sts:InvalidAction"));
        assert!(!is_trust_action("s3:*"));
    }
}
