//! Managed policies and their versions: customer managed ones from the store, AWS managed
//! ones from the embedded catalogue (readable and attachable, never writable).

use gatehouse_managed_policies as catalogue;
use gatehouse_policy::{Policy, PolicyKind, size_without_whitespace};
use gatehouse_protocol::iam::{
    self, CreatePolicyRequest, CreatePolicyResponse, CreatePolicyVersionRequest,
    CreatePolicyVersionResponse, DeletePolicyRequest, DeletePolicyVersionRequest, GetPolicyRequest,
    GetPolicyResponse, GetPolicyVersionRequest, GetPolicyVersionResponse, ListPoliciesRequest,
    ListPoliciesResponse, ListPolicyVersionsRequest, ListPolicyVersionsResponse, PolicyScopeType,
    PolicyUsageType, SetDefaultPolicyVersionRequest,
};
use gatehouse_store::{
    AwsPolicyUsage, MAX_MAX_ITEMS, ManagedPolicy, NewManagedPolicy, PageRequest, PolicyListFilter,
    PolicyUsage, PolicyVersion, StoreError, TagTarget, VersionId,
};
use gatehouse_token::Partition;
use gatehouse_token::arn::{self, Arn};
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::convert::{self, DEFAULT_PATH, Detail};
use crate::error::{IamError, Result};
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::scope::Scope;

/// The path of AWS managed policies meant only for service-linked roles.
const SERVICE_ROLE_PATH: &str = "/aws-service-role/";

/// Largest managed policy document, whitespace not counted.
pub(crate) const MANAGED_POLICY_SIZE: usize = 6144;

/// Whether `arn` names an AWS managed policy (`arn:PARTITION:iam::aws:policy/…`, of any
/// partition: one of another partition than the endpoint's is then not found).
pub(crate) fn is_aws_managed(arn: &str) -> bool {
    Arn::parse(arn).is_some_and(|parts| {
        parts.service == "iam" && parts.account == "aws" && parts.resource.starts_with("policy/")
    })
}

/// How an operation words its refusal of a policy ARN that is not an ARN at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ArnUse {
    /// Attach{User,Role,Group}Policy, whose message names the value.
    Attach,
    /// Every other operation that takes a policy ARN.
    Other,
}

/// `ValidationError` unless `arn` is an ARN, in the words AWS uses for the operation (the
/// sources are in the `POLICY_ARNS` table of tests/python/test_fidelity_responses.py).
pub(crate) fn check_policy_arn(arn: &str, usage: ArnUse) -> Result<()> {
    if Arn::parse(arn).is_some() {
        return Ok(());
    }
    Err(IamError::Validation(match usage {
        ArnUse::Attach => format!("ARN {arn} is not valid."),
        ArnUse::Other => "Invalid ARN:  Could not be parsed!".to_owned(),
    }))
}

/// Whether `arn` names a managed policy: an IAM ARN whose resource is `policy/…`.
fn names_a_policy(arn: &str) -> bool {
    Arn::parse(arn)
        .filter(|parsed| parsed.service == "iam")
        .and_then(|parsed| parsed.path_resource())
        .is_some_and(|(kind, _, _)| kind == "policy")
}

/// Parses an identity policy (inline or managed) the way IAM validates it.
pub(crate) fn parse_identity_policy(document: &str) -> Result<Policy> {
    Ok(Policy::parse(document, PolicyKind::Identity)?)
}

/// Validates a managed policy document: grammar (with the version managed policies need),
/// then size.
fn check_managed_document(document: &str) -> Result<()> {
    Policy::parse_managed(document)?;
    if size_without_whitespace(document) > MANAGED_POLICY_SIZE {
        return Err(IamError::LimitExceeded(format!(
            "Cannot exceed quota for PolicySize: {MANAGED_POLICY_SIZE}"
        )));
    }
    Ok(())
}

/// Checks that `arn` names a managed policy the caller's account may attach.
pub(crate) async fn check_attachable(s: &Scope<'_>, arn: &str) -> Result<()> {
    if is_aws_managed(arn) {
        let policy = catalogue::get_in(s.partition.name(), arn)
            .ok_or_else(|| IamError::no_such_policy(arn))?;
        if policy.path == SERVICE_ROLE_PATH {
            return Err(IamError::PolicyNotAttachable(
                "Cannot attach a Service Role Policy to a Customer Role.".to_owned(),
            ));
        }
        return Ok(());
    }
    match s.store.get_policy(s.acct(), arn).await {
        Ok(_) => Ok(()),
        Err(StoreError::NotFound { .. }) => Err(IamError::no_such_policy(arn)),
        Err(other) => Err(other.into()),
    }
}

/// Checks that `arn` can be a permissions boundary (a managed policy of the account or AWS's).
pub(crate) async fn check_boundary(s: &Scope<'_>, arn: &str) -> Result<()> {
    check_policy_arn(arn, ArnUse::Other)?;
    // An ARN of something other than a policy, in AWS's words (LocalStack's AWS-recorded
    // test_iam_roles.snapshot.json, put-invalid-boundary-error and
    // create-role-invalid-boundary-error).
    if !names_a_policy(arn) {
        return Err(IamError::InvalidInput(format!("ARN {arn} is not valid.")));
    }
    check_attachable(s, arn).await.map_err(|err| match err {
        IamError::NoSuchEntity(_) => IamError::NoSuchEntity(format!(
            "Scope ARN: {arn} does not exist or is not attachable."
        )),
        other => other,
    })
}

/// A stored count as the response's 32-bit count.
pub(crate) fn count(n: i64) -> Option<i32> {
    Some(i32::try_from(n).unwrap_or(i32::MAX))
}

/// A customer managed policy as the `Policy` shape.
fn customer_policy(policy: ManagedPolicy, detail: Detail) -> iam::Policy {
    iam::Policy {
        policy_name: Some(policy.name),
        policy_id: Some(policy.id),
        arn: Some(policy.arn),
        path: Some(policy.path),
        default_version_id: Some(policy.default_version.to_string()),
        attachment_count: count(policy.attachment_count),
        permissions_boundary_usage_count: count(policy.boundary_usage_count),
        is_attachable: Some(true),
        description: match detail {
            Detail::Full => policy.description,
            Detail::Created | Detail::Listed => None,
        },
        create_date: Some(policy.created),
        update_date: Some(policy.updated),
        tags: convert::tags_shown(policy.tags, detail),
    }
}

/// An AWS managed policy as the `Policy` shape in `partition`, with this account's usage
/// counts.
fn aws_policy(
    partition: Partition,
    policy: &catalogue::ManagedPolicy,
    usage: Option<&AwsPolicyUsage>,
    detail: Detail,
) -> iam::Policy {
    iam::Policy {
        policy_name: Some(policy.name.clone()),
        policy_id: Some(policy.policy_id.clone()),
        arn: Some(catalogue::arn_in(partition.name(), policy)),
        path: Some(policy.path.clone()),
        default_version_id: Some(policy.default_version_id.clone()),
        attachment_count: count(usage.map_or(0, |u| u.attachments)),
        permissions_boundary_usage_count: count(usage.map_or(0, |u| u.boundary_uses)),
        is_attachable: Some(true),
        description: match detail {
            Detail::Full => policy.description.clone(),
            Detail::Created | Detail::Listed => None,
        },
        create_date: Some(policy.create_date),
        update_date: Some(policy.update_date),
        tags: None,
    }
}

/// The AWS managed policy `arn` in `partition`, or `NoSuchEntity` as GetPolicy says it.
pub(crate) fn aws_policy_named(
    partition: Partition,
    arn: &str,
) -> Result<&'static catalogue::ManagedPolicy> {
    catalogue::get_in(partition.name(), arn)
        .ok_or_else(|| IamError::NoSuchEntity(format!("Policy {arn} was not found.")))
}

async fn aws_usage_of(s: &Scope<'_>, arn: &str) -> Result<Option<AwsPolicyUsage>> {
    Ok(s.store
        .aws_policy_usage(s.acct())
        .await?
        .into_iter()
        .find(|usage| usage.arn == arn))
}

pub(crate) async fn create_policy(
    s: &Scope<'_>,
    input: CreatePolicyRequest,
) -> Result<CreatePolicyResponse> {
    check_managed_document(&input.policy_document)?;
    let path = input.path.unwrap_or_else(|| DEFAULT_PATH.to_owned());
    let arn = arn::iam_path_resource(s.partition, s.account, "policy", &path, &input.policy_name);
    let tags = convert::tags_in(TagTarget::Policy(&arn), input.tags)?;
    let new = NewManagedPolicy {
        id: String::new(),
        arn,
        name: input.policy_name,
        path,
        description: input.description,
        document: input.policy_document,
        created: s.now,
        tags,
    };
    let policy = create_under_new_id(
        || new_unique_id(IdPrefix::Policy, s.account),
        |id| {
            s.store
                .create_policy(s.acct(), NewManagedPolicy { id, ..new.clone() })
        },
    )
    .await?;
    Ok(CreatePolicyResponse {
        policy: Some(customer_policy(policy, Detail::Created)),
    })
}

pub(crate) async fn get_policy(
    s: &Scope<'_>,
    input: GetPolicyRequest,
) -> Result<GetPolicyResponse> {
    let arn = input.policy_arn;
    check_policy_arn(&arn, ArnUse::Other)?;
    let policy = if is_aws_managed(&arn) {
        let policy = aws_policy_named(s.partition, &arn)?;
        aws_policy(
            s.partition,
            policy,
            aws_usage_of(s, &arn).await?.as_ref(),
            Detail::Full,
        )
    } else {
        customer_policy(s.store.get_policy(s.acct(), &arn).await?, Detail::Full)
    };
    Ok(GetPolicyResponse {
        policy: Some(policy),
    })
}

/// Every customer managed policy of the account that passes `filter`, in the store's order.
async fn all_customer_policies(
    s: &Scope<'_>,
    filter: &PolicyListFilter,
) -> Result<Vec<ManagedPolicy>> {
    let mut all = Vec::new();
    let mut page = PageRequest::first(MAX_MAX_ITEMS);
    loop {
        let next = s.store.list_policies(s.acct(), filter, &page).await?;
        all.extend(next.items);
        match next.next_marker {
            Some(marker) => page = PageRequest::after(marker, MAX_MAX_ITEMS),
            None => return Ok(all),
        }
    }
}

pub(crate) fn usage_filter(filter: Option<PolicyUsageType>) -> Option<PolicyUsage> {
    filter.map(|usage| match usage {
        PolicyUsageType::PermissionsPolicy => PolicyUsage::PermissionsPolicy,
        PolicyUsageType::PermissionsBoundary => PolicyUsage::PermissionsBoundary,
    })
}

/// Whether an AWS managed policy passes the `OnlyAttached` and `PolicyUsageFilter` filters.
fn aws_policy_in_use(usage: Option<&AwsPolicyUsage>, filter: &PolicyListFilter) -> bool {
    if !filter.only_attached {
        return true;
    }
    let Some(usage) = usage else {
        return false;
    };
    match filter.usage {
        Some(PolicyUsage::PermissionsPolicy) => usage.attachments > 0,
        Some(PolicyUsage::PermissionsBoundary) => usage.boundary_uses > 0,
        None => usage.attachments > 0 || usage.boundary_uses > 0,
    }
}

pub(crate) async fn list_policies(
    s: &Scope<'_>,
    input: ListPoliciesRequest,
) -> Result<ListPoliciesResponse> {
    let scope = input.scope.unwrap_or(PolicyScopeType::All);
    let filter = PolicyListFilter {
        path_prefix: input.path_prefix.clone(),
        only_attached: input.only_attached.unwrap_or(false),
        usage: usage_filter(input.policy_usage_filter),
    };
    let mut policies = Vec::new();
    if matches!(scope, PolicyScopeType::All | PolicyScopeType::Aws) {
        let usage = s.store.aws_policy_usage(s.acct()).await?;
        let prefix = input.path_prefix.as_deref().unwrap_or("/");
        policies.extend(
            catalogue::all()
                .iter()
                .filter(|policy| policy.path.starts_with(prefix))
                .filter_map(|policy| {
                    let arn = catalogue::arn_in(s.partition.name(), policy);
                    let used = usage.iter().find(|u| u.arn == arn);
                    aws_policy_in_use(used, &filter)
                        .then(|| aws_policy(s.partition, policy, used, Detail::Listed))
                }),
        );
    }
    if matches!(scope, PolicyScopeType::All | PolicyScopeType::Local) {
        policies.extend(
            all_customer_policies(s, &filter)
                .await?
                .into_iter()
                .map(|policy| customer_policy(policy, Detail::Listed)),
        );
    }
    let listed = paging::paginate(policies, input.marker.as_deref(), input.max_items)?;
    Ok(ListPoliciesResponse {
        policies: Some(listed.items),
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn delete_policy(s: &Scope<'_>, input: DeletePolicyRequest) -> Result<()> {
    check_policy_arn(&input.policy_arn, ArnUse::Other)?;
    s.store.delete_policy(s.acct(), &input.policy_arn).await?;
    Ok(())
}

pub(crate) fn version_shape(version: PolicyVersion, with_document: bool) -> iam::PolicyVersion {
    iam::PolicyVersion {
        document: with_document.then_some(version.document),
        version_id: Some(version.version.to_string()),
        is_default_version: Some(version.is_default),
        create_date: Some(version.created),
    }
}

fn no_such_version(arn: &str, version: &str) -> IamError {
    IamError::NoSuchEntity(format!(
        "Policy {arn} version {version} does not exist or is not attachable."
    ))
}

/// A version id the store knows how to look up, or `NoSuchEntity`.
fn version_id(arn: &str, version: &str) -> Result<VersionId> {
    version.parse().map_err(|_| no_such_version(arn, version))
}

/// Store errors about a version, with AWS's message for a missing one.
fn version_error(arn: &str, version: &str) -> impl FnOnce(StoreError) -> IamError {
    move |err| match err {
        StoreError::NotFound {
            kind: gatehouse_store::EntityKind::PolicyVersion,
            ..
        } => no_such_version(arn, version),
        other => other.into(),
    }
}

/// The default (and only) version of an AWS managed policy.
pub(crate) fn aws_version(
    policy: &catalogue::ManagedPolicy,
    partition: Partition,
) -> iam::PolicyVersion {
    iam::PolicyVersion {
        document: Some(policy.document_in(partition.name()).into_owned()),
        version_id: Some(policy.default_version_id.clone()),
        is_default_version: Some(true),
        create_date: Some(policy.update_date),
    }
}

pub(crate) async fn create_policy_version(
    s: &Scope<'_>,
    input: CreatePolicyVersionRequest,
) -> Result<CreatePolicyVersionResponse> {
    check_policy_arn(&input.policy_arn, ArnUse::Other)?;
    check_managed_document(&input.policy_document)?;
    let version = s
        .store
        .create_policy_version(
            s.acct(),
            &input.policy_arn,
            &input.policy_document,
            input.set_as_default.unwrap_or(false),
            s.now,
        )
        .await?;
    Ok(CreatePolicyVersionResponse {
        policy_version: Some(version_shape(version, false)),
    })
}

pub(crate) async fn get_policy_version(
    s: &Scope<'_>,
    input: GetPolicyVersionRequest,
) -> Result<GetPolicyVersionResponse> {
    let (arn, version) = (&input.policy_arn, &input.version_id);
    check_policy_arn(arn, ArnUse::Other)?;
    let shape = if is_aws_managed(arn) {
        let policy = aws_policy_named(s.partition, arn)?;
        if policy.default_version_id != *version {
            return Err(no_such_version(arn, version));
        }
        aws_version(policy, s.partition)
    } else {
        let stored = s
            .store
            .get_policy_version(s.acct(), arn, version_id(arn, version)?)
            .await
            .map_err(version_error(arn, version))?;
        version_shape(stored, true)
    };
    Ok(GetPolicyVersionResponse {
        policy_version: Some(shape),
    })
}

pub(crate) async fn list_policy_versions(
    s: &Scope<'_>,
    input: ListPolicyVersionsRequest,
) -> Result<ListPolicyVersionsResponse> {
    let arn = &input.policy_arn;
    check_policy_arn(arn, ArnUse::Other)?;
    let versions = if is_aws_managed(arn) {
        let mut only = aws_version(aws_policy_named(s.partition, arn)?, s.partition);
        only.document = None;
        vec![only]
    } else {
        s.store
            .list_policy_versions(s.acct(), arn)
            .await?
            .into_iter()
            .map(|v| version_shape(v, false))
            .collect()
    };
    let listed = paging::paginate(versions, input.marker.as_deref(), input.max_items)?;
    Ok(ListPolicyVersionsResponse {
        versions: Some(listed.items),
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn delete_policy_version(
    s: &Scope<'_>,
    input: DeletePolicyVersionRequest,
) -> Result<()> {
    let (arn, version) = (&input.policy_arn, &input.version_id);
    check_policy_arn(arn, ArnUse::Other)?;
    s.store
        .delete_policy_version(s.acct(), arn, version_id(arn, version)?)
        .await
        .map_err(version_error(arn, version))
}

pub(crate) async fn set_default_policy_version(
    s: &Scope<'_>,
    input: SetDefaultPolicyVersionRequest,
) -> Result<()> {
    let (arn, version) = (&input.policy_arn, &input.version_id);
    check_policy_arn(arn, ArnUse::Other)?;
    s.store
        .set_default_policy_version(s.acct(), arn, version_id(arn, version)?)
        .await
        .map_err(version_error(arn, version))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS wrote every AWS managed policy and IAM holds them, so the validator must accept
    /// each one as written (the catalogue is a recording of documents AWS accepts).
    #[test]
    fn every_aws_managed_policy_passes_the_validator() {
        let refused: Vec<String> = catalogue::all()
            .iter()
            .filter_map(|policy| {
                Policy::parse(&policy.document, PolicyKind::Identity)
                    .err()
                    .map(|err| format!("{}: {err}", policy.arn))
            })
            .collect();
        assert!(refused.is_empty(), "{}", refused.join("\n"));
    }

    #[test]
    fn managed_documents_are_validated_then_sized() {
        let small = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
        assert!(check_managed_document(small).is_ok());
        assert!(matches!(
            check_managed_document("{not json"),
            Err(IamError::MalformedPolicyDocument(_))
        ));
        let resources: Vec<String> = (0..400)
            .map(|i| format!("\"arn:aws:s3:::bucket-{i}\""))
            .collect();
        let big = format!(
            r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":"s3:*","Resource":[{}]}}]}}"#,
            resources.join(",")
        );
        match check_managed_document(&big) {
            Err(IamError::LimitExceeded(message)) => {
                assert_eq!(message, "Cannot exceed quota for PolicySize: 6144");
            }
            other => panic!("expected LimitExceeded, got {other:?}"),
        }
    }

    #[test]
    fn policy_arns_that_are_no_arns_are_refused_in_aws_words() {
        // (value, use, message or None when accepted); sources beside the Python table.
        let rows = [
            ("arn:aws:iam::123456789012:policy/p", ArnUse::Attach, None),
            (
                "arn:aws:iam::aws:policy/ReadOnlyAccess",
                ArnUse::Other,
                None,
            ),
            (
                "longpolicynamebutnoarn",
                ArnUse::Attach,
                Some("ARN longpolicynamebutnoarn is not valid."),
            ),
            (
                "service-role/SomePolicyName",
                ArnUse::Other,
                Some("Invalid ARN:  Could not be parsed!"),
            ),
            (
                "arn:aws:iam::123456789012",
                ArnUse::Other,
                Some("Invalid ARN:  Could not be parsed!"),
            ),
        ];
        for (arn, usage, refusal) in rows {
            match (check_policy_arn(arn, usage), refusal) {
                (Ok(()), None) => {}
                (Err(IamError::Validation(message)), Some(expected)) => {
                    assert_eq!(message, expected, "{arn}");
                }
                (other, _) => panic!("{arn}: {other:?}"),
            }
        }
    }

    #[test]
    fn boundaries_must_name_policies() {
        let rows = [
            ("arn:aws:iam::123456789012:policy/p", true),
            ("arn:aws:iam::123456789012:policy/team/p", true),
            ("arn:aws:iam::aws:policy/ReadOnlyAccess", true),
            ("arn:aws:iam::123456789012:not_a_policy/invalid", false),
            ("arn:aws:iam::123456789012:role/r", false),
            ("arn:aws:s3:::policy/p", false),
            ("arn:aws:iam::123456789012:policy", false),
        ];
        for (arn, policy) in rows {
            assert_eq!(names_a_policy(arn), policy, "{arn}");
        }
    }

    #[test]
    fn aws_policies_are_recognised_by_arn() {
        assert!(is_aws_managed(
            "arn:aws:iam::aws:policy/AdministratorAccess"
        ));
        assert!(!is_aws_managed("arn:aws:iam::123456789012:policy/mine"));
    }

    #[test]
    fn usage_filters_apply_to_aws_policies() {
        let used = AwsPolicyUsage {
            arn: "a".into(),
            attachments: 0,
            boundary_uses: 1,
        };
        let mut filter = PolicyListFilter {
            only_attached: true,
            ..PolicyListFilter::default()
        };
        assert!(aws_policy_in_use(Some(&used), &filter));
        assert!(!aws_policy_in_use(None, &filter));
        filter.usage = Some(PolicyUsage::PermissionsPolicy);
        assert!(!aws_policy_in_use(Some(&used), &filter));
        filter.only_attached = false;
        assert!(aws_policy_in_use(None, &filter));
    }
}
