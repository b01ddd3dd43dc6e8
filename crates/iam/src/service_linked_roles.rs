//! Service-linked roles: CreateServiceLinkedRole, DeleteServiceLinkedRole,
//! GetServiceLinkedRoleDeletionStatus, and the protection that keeps the ordinary role
//! operations from changing a role that belongs to an AWS service.

use gatehouse_protocol::iam::{
    CreateServiceLinkedRoleRequest, CreateServiceLinkedRoleResponse,
    DeleteServiceLinkedRoleRequest, DeleteServiceLinkedRoleResponse, DeletionTaskFailureReasonType,
    DeletionTaskStatusType, GetServiceLinkedRoleDeletionStatusRequest,
    GetServiceLinkedRoleDeletionStatusResponse,
};
use gatehouse_store::{DeletionStatus, EntityKind, NewRole, PolicyOwner, SlrDeletion, StoreError};
use gatehouse_token::ids::{IdPrefix, new_unique_id};
use gatehouse_token::{Partition, arn};

use crate::convert::{self, Detail};
use crate::error::{IamError, Result};
use crate::new_ids::create_under_new_id;
use crate::permission::Target;
use crate::scope::Scope;

/// What every service principal ends with.
const SERVICE_DOMAIN: &str = ".amazonaws.com";
/// The start of every deletion task id.
const TASK_PREFIX: &str = "task/aws-service-role/";
/// The longest role name.
const MAX_ROLE_NAME: usize = 64;
/// The session duration of service-linked roles.
const MAX_SESSION_DURATION: i64 = 3600;

/// The services that have a service-linked role, one tab-separated row each: principal, role
/// name, the AWS managed policy attached (under `/aws-service-role/`), whether `CustomSuffix`
/// is accepted, whether the row was read on an AWS documentation page, and its source. The
/// header of the file says where and when it was compiled.
const TABLE: &str = include_str!("../data/service-linked-roles.tsv");

/// One row of [`TABLE`]: what `CreateServiceLinkedRole` makes for one service principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LinkedService<'a> {
    principal: &'a str,
    role: &'a str,
    policy: &'a str,
    custom_suffix: bool,
}

/// A `yes`/`no` column.
fn yes_no(value: &str) -> Option<bool> {
    match value {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// The row a line of [`TABLE`] holds; `None` for comments, the column header, and a line
/// that is not a well-formed row (the unit tests keep there being none).
fn parse_row(line: &str) -> Option<LinkedService<'_>> {
    let mut columns = line.split('\t');
    let row = LinkedService {
        principal: columns.next()?,
        role: columns.next()?,
        policy: columns.next()?,
        custom_suffix: yes_no(columns.next()?)?,
    };
    yes_no(columns.next()?)?;
    let source = columns.next()?;
    let well_formed = columns.next().is_none()
        && row.principal.ends_with(SERVICE_DOMAIN)
        && !row.role.is_empty()
        && !row.policy.is_empty()
        && !source.is_empty();
    well_formed.then_some(row)
}

/// The rows of [`TABLE`].
fn linked_services() -> impl Iterator<Item = LinkedService<'static>> {
    TABLE.lines().filter_map(parse_row)
}

/// The service-linked role a request creates.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LinkedRole {
    name: String,
    path: String,
    /// The AWS managed policy attached to it, by name (under `/aws-service-role/`).
    policy: String,
}

impl LinkedRole {
    /// The ARN of its AWS managed policy in `partition`.
    fn policy_arn(&self, partition: Partition) -> String {
        arn::aws_managed_policy(partition, &format!("aws-service-role/{}", self.policy))
    }
}

fn invalid(message: String) -> IamError {
    IamError::InvalidInput(message)
}

/// The role that `CreateServiceLinkedRole` makes for `service` (with `suffix`), or AWS's
/// refusal: `AccessDenied` for a principal that has no service-linked role, `InvalidInput`
/// for a suffix the service does not accept.
fn linked_role(service: &str, suffix: Option<&str>) -> Result<LinkedRole> {
    let linked = linked_services()
        .find(|linked| linked.principal == service)
        .ok_or_else(|| {
            IamError::Denied(gatehouse_error::Error::new(
                gatehouse_error::ErrorCode::AccessDenied,
                format!("Cannot find Service Linked Role template for {service}"),
            ))
        })?;
    let mut name = linked.role.to_owned();
    if let Some(suffix) = suffix {
        if !linked.custom_suffix {
            return Err(invalid(format!(
                "Custom suffix is not allowed for {service}"
            )));
        }
        name.push('_');
        name.push_str(suffix);
    }
    if name.len() > MAX_ROLE_NAME {
        return Err(invalid(format!(
            "The role name {name} is longer than {MAX_ROLE_NAME} characters."
        )));
    }
    Ok(LinkedRole {
        name,
        path: format!("/aws-service-role/{service}/"),
        policy: linked.policy.to_owned(),
    })
}

/// The trust policy AWS gives a service-linked role, in the very text AWS writes.
fn trust_policy(service: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"{service}"}},"Action":"sts:AssumeRole"}}]}}"#
    )
}

/// `UnmodifiableEntity` for a service-linked role, in AWS's words.
fn protected(role: &str) -> IamError {
    IamError::UnmodifiableEntity(format!(
        "Cannot perform the operation on the protected role '{role}' - this role is only modifiable by AWS"
    ))
}

/// Fails with `UnmodifiableEntity` when `role` is a service-linked role. A missing role
/// passes: the operation then reports it in its own words.
pub(crate) async fn check_modifiable(s: &Scope<'_>, role: &str) -> Result<()> {
    match s.store.role_linked_service(s.acct(), role).await {
        Ok(Some(_)) => Err(protected(
            &s.store
                .get::<gatehouse_store::Role>(s.acct(), role)
                .await?
                .name,
        )),
        Ok(None) | Err(StoreError::NotFound { .. }) => Ok(()),
        Err(other) => Err(other.into()),
    }
}

/// [`check_modifiable`] for the role among policy owners.
pub(crate) async fn check_owner_modifiable(s: &Scope<'_>, owner: PolicyOwner<'_>) -> Result<()> {
    match owner {
        PolicyOwner::Role(role) => check_modifiable(s, role).await,
        PolicyOwner::User(_) | PolicyOwner::Group(_) => Ok(()),
    }
}

impl Target for CreateServiceLinkedRoleRequest {
    fn resource(&self, scope: &Scope<'_>) -> String {
        match linked_role(&self.aws_service_name, self.custom_suffix.as_deref()) {
            Ok(role) => arn::role(scope.partition, scope.account, &role.path, &role.name),
            Err(_) => arn::role(scope.partition, scope.account, "/aws-service-role/", "*"),
        }
    }
}

impl Target for DeleteServiceLinkedRoleRequest {
    fn resource(&self, scope: &Scope<'_>) -> String {
        arn::role(scope.partition, scope.account, "/", &self.role_name)
    }
}

impl Target for GetServiceLinkedRoleDeletionStatusRequest {
    fn resource(&self, scope: &Scope<'_>) -> String {
        match task_role(&self.deletion_task_id) {
            Some((service, role)) => arn::role(
                scope.partition,
                scope.account,
                &format!("/aws-service-role/{service}/"),
                role,
            ),
            None => arn::role(scope.partition, scope.account, "/", "*"),
        }
    }
}

/// The `(service, role name)` a deletion task id names, if it is well-formed.
fn task_role(task_id: &str) -> Option<(&str, &str)> {
    let mut parts = task_id.strip_prefix(TASK_PREFIX)?.split('/');
    let (service, role, uuid) = (parts.next()?, parts.next()?, parts.next()?);
    let well_formed = parts.next().is_none()
        && service.ends_with(SERVICE_DOMAIN)
        && !role.is_empty()
        && !uuid.is_empty();
    well_formed.then_some((service, role))
}

pub(crate) async fn create_service_linked_role(
    s: &Scope<'_>,
    input: CreateServiceLinkedRoleRequest,
) -> Result<CreateServiceLinkedRoleResponse> {
    let service = input.aws_service_name;
    let linked = linked_role(&service, input.custom_suffix.as_deref())?;
    let policy_arn = linked.policy_arn(s.partition);
    let new = NewRole {
        id: String::new(),
        name: linked.name.clone(),
        path: linked.path,
        created: s.now,
        trust_policy: trust_policy(&service),
        description: input.description,
        max_session_duration: MAX_SESSION_DURATION,
        permissions_boundary: None,
        tags: Vec::new(),
    };
    let role = create_under_new_id(
        || new_unique_id(IdPrefix::Role, s.account),
        |id| {
            s.store.create_service_linked_role(
                s.acct(),
                NewRole { id, ..new.clone() },
                &service,
                Some(&policy_arn),
            )
        },
    )
    .await
    .map_err(|err| match err {
        StoreError::AlreadyExists {
            kind: EntityKind::Role,
            ..
        } => invalid(format!(
            "Service role name {} has been taken in this account, please try a different suffix.",
            linked.name
        )),
        other => other.into(),
    })?;
    let mut role = convert::role(s.partition, s.account, role, Detail::Full);
    role.role_last_used = None;
    Ok(CreateServiceLinkedRoleResponse { role: Some(role) })
}

pub(crate) async fn delete_service_linked_role(
    s: &Scope<'_>,
    input: DeleteServiceLinkedRoleRequest,
) -> Result<DeleteServiceLinkedRoleResponse> {
    let role = s
        .store
        .get::<gatehouse_store::Role>(s.acct(), &input.role_name)
        .await?;
    let Some(service) = s.store.role_linked_service(s.acct(), &role.name).await? else {
        return Err(IamError::NoSuchEntity(format!(
            "The role with name {} is not a service-linked role.",
            role.name
        )));
    };
    let task_id = format!(
        "{TASK_PREFIX}{service}/{}/{}",
        role.name,
        uuid::Uuid::new_v4()
    );
    match s
        .store
        .delete_service_linked_role(s.acct(), &role.name, &task_id, s.now)
        .await?
    {
        SlrDeletion::Submitted(task) => Ok(DeleteServiceLinkedRoleResponse {
            deletion_task_id: task.id,
        }),
        SlrDeletion::NotServiceLinked => Err(IamError::NoSuchEntity(format!(
            "The role with name {} is not a service-linked role.",
            role.name
        ))),
    }
}

pub(crate) async fn get_service_linked_role_deletion_status(
    s: &Scope<'_>,
    input: GetServiceLinkedRoleDeletionStatusRequest,
) -> Result<GetServiceLinkedRoleDeletionStatusResponse> {
    let id = input.deletion_task_id;
    if task_role(&id).is_none() {
        return Err(invalid(format!("Invalid deletion task id: {id}")));
    }
    let task = s
        .store
        .service_linked_role_deletion(s.acct(), &id)
        .await?
        .ok_or_else(|| IamError::NoSuchEntity(format!("Deletion task {id} does not exist.")))?;
    Ok(match task.status {
        DeletionStatus::Succeeded => GetServiceLinkedRoleDeletionStatusResponse {
            status: DeletionTaskStatusType::Succeeded,
            reason: None,
        },
        DeletionStatus::Failed => GetServiceLinkedRoleDeletionStatusResponse {
            status: DeletionTaskStatusType::Failed,
            reason: Some(DeletionTaskFailureReasonType {
                reason: task.reason,
                role_usage_list: None,
            }),
        },
    })
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Where AWS keeps the managed policies it attaches to service-linked roles (in `aws`).
    const POLICY_ARN_PREFIX: &str = "arn:aws:iam::aws:policy/aws-service-role/";
    use gatehouse_managed_policies as catalogue;

    /// The column header of the table.
    const HEADER: &str = "principal\trole\tpolicy\tcustom_suffix\tverified\tsource";

    /// The lines of the table that are rows (not comments, not the column header).
    fn data_lines() -> impl Iterator<Item = &'static str> {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && *line != HEADER)
    }

    /// The last two columns of a row: verified, source.
    fn provenance(line: &str) -> (&str, &str) {
        let mut columns = line.rsplit('\t');
        let source = columns.next().unwrap_or_default();
        (columns.next().unwrap_or_default(), source)
    }

    #[test]
    fn every_line_is_a_comment_the_header_or_a_row() {
        assert!(TABLE.lines().any(|line| line == HEADER));
        for line in data_lines() {
            assert!(parse_row(line).is_some(), "malformed row: {line:?}");
        }
        assert!(linked_services().count() >= 180);
        assert_eq!(parse_row(HEADER), None);
        for bad in [
            "",
            "# a comment",
            "x.amazonaws.com\tR\tP\tno\tno",
            "x.amazonaws.com\tR\tP\tmaybe\tno\ts",
            "x.amazonaws.com\tR\tP\tno\tno\ts\textra",
            "x.example.com\tR\tP\tno\tno\ts",
            "x.amazonaws.com\t\tP\tno\tno\ts",
            "x.amazonaws.com\tR\tP\tno\tno\t",
        ] {
            assert_eq!(parse_row(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_header_says_when_and_where_the_table_was_compiled() {
        let header: Vec<&str> = TABLE.lines().take_while(|l| l.starts_with('#')).collect();
        let text = header.join("\n");
        for needle in [
            "Compiled on 2026-12-07",
            "localstack",
            "cdk-slr-map",
            "gatehouse",
            "managed-policy:",
        ] {
            assert!(
                text.contains(needle),
                "the header does not explain {needle}"
            );
        }
    }

    #[test]
    fn every_policy_is_an_aws_service_role_policy_in_the_catalogue() {
        for row in linked_services() {
            let arn = format!("{POLICY_ARN_PREFIX}{}", row.policy);
            let policy = catalogue::get(&arn);
            assert!(
                policy.is_some(),
                "{}: {arn} is not in the catalogue",
                row.principal
            );
            assert_eq!(policy.map(|p| p.path.as_str()), Some("/aws-service-role/"));
        }
    }

    #[test]
    fn names_are_aws_service_role_names_and_rows_are_unique_and_sorted() {
        let (mut principals, mut names) = (HashSet::new(), HashSet::new());
        for row in linked_services() {
            assert!(row.role.starts_with("AWSServiceRoleFor"), "{}", row.role);
            assert!(row.role.len() <= MAX_ROLE_NAME, "{}", row.role);
            assert!(principals.insert(row.principal), "{} twice", row.principal);
            assert!(names.insert(row.role), "{} twice", row.role);
        }
        let principals: Vec<&str> = linked_services().map(|row| row.principal).collect();
        assert!(principals.is_sorted(), "rows are kept sorted by principal");
    }

    /// A row read on an AWS page names that page; every other row names where it came from,
    /// and a `managed-policy:NAME` source is checked here: that AWS managed policy lets its
    /// holder create this very role (its ARN, or the ARN up to a `*`).
    #[test]
    fn every_row_names_its_source() {
        for line in data_lines() {
            let row = parse_row(line).expect("a row");
            match provenance(line) {
                ("yes", url) => assert!(url.starts_with("https://docs.aws.amazon.com/"), "{line}"),
                ("no", "localstack" | "cdk-slr-map" | "gatehouse") => {}
                ("no", url) if url.starts_with("https://docs.aws.amazon.com/") => {}
                ("no", source) => {
                    let name = source.strip_prefix("managed-policy:");
                    let arns = name.map(|n| {
                        [
                            format!("arn:aws:iam::aws:policy/{n}"),
                            format!("arn:aws:iam::aws:policy/aws-service-role/{n}"),
                        ]
                    });
                    let document = arns
                        .iter()
                        .flatten()
                        .find_map(|arn| catalogue::get(arn))
                        .map(|p| p.document.as_str());
                    let document = document.unwrap_or_else(|| panic!("unknown source {source}"));
                    let marker = format!("role/aws-service-role/{}/", row.principal);
                    let granted = document.match_indices(&marker).any(|(at, _)| {
                        let rest = document.get(at + marker.len()..).unwrap_or_default();
                        let prefix = rest.split(['*', '"']).next().unwrap_or_default();
                        !prefix.is_empty() && format!("{}_", row.role).starts_with(prefix)
                    });
                    assert!(granted, "{source} does not name {}", row.role);
                }
                (verified, _) => panic!("verified is yes or no, not {verified}"),
            }
        }
    }

    /// `CreateServiceLinkedRole`'s answers, one row per case, each with where AWS says so.
    #[test]
    fn lookups_answer_as_aws_does() {
        type Expected = std::result::Result<(&'static str, &'static str), &'static str>;
        let cases: &[(&str, Option<&str>, Expected)] = &[
            // docs.aws.amazon.com/acm/latest/userguide/acm-slr.html
            (
                "acm.amazonaws.com",
                None,
                Ok((
                    "AWSServiceRoleForCertificateManager",
                    "CertificateManagerServiceRolePolicy",
                )),
            ),
            // docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html
            (
                "autoscaling.amazonaws.com",
                Some("blue"),
                Ok((
                    "AWSServiceRoleForAutoScaling_blue",
                    "AutoScalingServiceRolePolicy",
                )),
            ),
            // docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-edge-permissions.html
            (
                "replicator.lambda.amazonaws.com",
                None,
                Ok(("AWSServiceRoleForLambdaReplicator", "AWSLambdaReplicator")),
            ),
            // Observed: "Custom suffix is not allowed for es.amazonaws.com" (CloudFormation)
            (
                "es.amazonaws.com",
                Some("x"),
                Err("InvalidInput: Custom suffix is not allowed for es.amazonaws.com"),
            ),
            // Observed: "AccessDenied: Cannot find Service Linked Role template for account.amazonaws.com"
            (
                "account.amazonaws.com",
                None,
                Err(
                    "AccessDenied: Cannot find Service Linked Role template for account.amazonaws.com",
                ),
            ),
            // Principals are case-sensitive (CreateServiceLinkedRole's AWSServiceName)
            (
                "OpenSearch.amazonaws.com",
                None,
                Err(
                    "AccessDenied: Cannot find Service Linked Role template for OpenSearch.amazonaws.com",
                ),
            ),
            (
                "elasticbeanstalk",
                None,
                Err("AccessDenied: Cannot find Service Linked Role template for elasticbeanstalk"),
            ),
        ];
        for (service, suffix, expected) in cases {
            let got = match linked_role(service, *suffix) {
                Ok(role) => {
                    assert_eq!(role.path, format!("/aws-service-role/{service}/"));
                    let policy = role.policy_arn(Partition::Aws);
                    assert_eq!(policy, format!("{POLICY_ARN_PREFIX}{}", role.policy));
                    Ok((role.name, role.policy))
                }
                Err(IamError::InvalidInput(message)) => Err(format!("InvalidInput: {message}")),
                Err(IamError::Denied(aws)) => {
                    assert_eq!(aws.status(), 403);
                    Err(format!("{}: {}", aws.code.as_str(), aws.message))
                }
                Err(other) => Err(format!("{other:?}")),
            };
            let expected = expected
                .map(|(name, policy)| (name.to_owned(), policy.to_owned()))
                .map_err(str::to_owned);
            assert_eq!(got, expected, "{service} {suffix:?}");
        }
        let long = "x".repeat(60);
        assert!(matches!(
            linked_role("autoscaling.amazonaws.com", Some(&long)),
            Err(IamError::InvalidInput(_))
        ));
    }

    #[test]
    fn task_ids_name_their_role() {
        assert_eq!(
            task_role("task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS/abc"),
            Some(("ecs.amazonaws.com", "AWSServiceRoleForECS"))
        );
        for bad in [
            "",
            "task/aws-service-role/",
            "task/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
            "task/aws-service-role/ecs/AWSServiceRoleForECS/abc",
            "task/aws-service-role/ecs.amazonaws.com/R/abc/extra",
        ] {
            assert_eq!(task_role(bad), None, "{bad}");
        }
    }

    /// The text AWS writes, as a recorded `ListRoles` shows it (scalar `Service` and `Action`).
    #[test]
    fn trust_policies_are_awss_text() {
        let policy = trust_policy("ecs.amazonaws.com");
        assert_eq!(
            policy,
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ecs.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
        );
        assert!(
            gatehouse_policy::Policy::parse(&policy, gatehouse_policy::PolicyKind::Trust).is_ok()
        );
    }
}
