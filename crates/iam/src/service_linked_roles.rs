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
use gatehouse_token::arn;
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::convert::{self, Detail};
use crate::error::{IamError, Result};
use crate::new_ids::create_under_new_id;
use crate::permission::Target;
use crate::scope::Scope;

/// What every service principal ends with.
const SERVICE_DOMAIN: &str = ".amazonaws.com";
/// The start of every service-linked role name.
const ROLE_PREFIX: &str = "AWSServiceRoleFor";
/// The start of every deletion task id.
const TASK_PREFIX: &str = "task/aws-service-role/";
/// The longest role name.
const MAX_ROLE_NAME: usize = 64;
/// The session duration of service-linked roles.
const MAX_SESSION_DURATION: i64 = 3600;

/// A service with a documented service-linked role: its principal, its role name after
/// `AWSServiceRoleFor`, whether it accepts `CustomSuffix`, and the AWS managed policy
/// (under `/aws-service-role/`) that AWS attaches to the role.
struct KnownService {
    principal: &'static str,
    role: &'static str,
    custom_suffix: bool,
    policy: &'static str,
}

const fn known(
    principal: &'static str,
    role: &'static str,
    custom_suffix: bool,
    policy: &'static str,
) -> KnownService {
    KnownService {
        principal,
        role,
        custom_suffix,
        policy,
    }
}

/// The services whose service-linked role gatehouse knows by name (IAM User Guide, the
/// service-linked role page of each service).
const KNOWN_SERVICES: &[KnownService] = &[
    known(
        "autoscaling.amazonaws.com",
        "AutoScaling",
        true,
        "AutoScalingServiceRolePolicy",
    ),
    known(
        "elasticbeanstalk.amazonaws.com",
        "ElasticBeanstalk",
        false,
        "AWSElasticBeanstalkServiceRolePolicy",
    ),
    known(
        "ecs.amazonaws.com",
        "ECS",
        false,
        "AmazonECSServiceRolePolicy",
    ),
    known(
        "es.amazonaws.com",
        "AmazonElasticsearchService",
        false,
        "AmazonElasticsearchServiceRolePolicy",
    ),
    known(
        "opensearchservice.amazonaws.com",
        "AmazonOpenSearchService",
        false,
        "AmazonOpenSearchServiceRolePolicy",
    ),
    known(
        "elasticloadbalancing.amazonaws.com",
        "ElasticLoadBalancing",
        false,
        "AWSElasticLoadBalancingServiceRolePolicy",
    ),
    known(
        "rds.amazonaws.com",
        "RDS",
        false,
        "AmazonRDSServiceRolePolicy",
    ),
    known(
        "spot.amazonaws.com",
        "EC2Spot",
        false,
        "AWSEC2SpotServiceRolePolicy",
    ),
    known(
        "spotfleet.amazonaws.com",
        "EC2SpotFleet",
        false,
        "AWSEC2SpotFleetServiceRolePolicy",
    ),
    known(
        "organizations.amazonaws.com",
        "Organizations",
        false,
        "AWSOrganizationsServiceTrustPolicy",
    ),
    known(
        "support.amazonaws.com",
        "Support",
        false,
        "AWSSupportServiceRolePolicy",
    ),
    known(
        "trustedadvisor.amazonaws.com",
        "TrustedAdvisor",
        false,
        "AWSTrustedAdvisorServiceRolePolicy",
    ),
    known(
        "guardduty.amazonaws.com",
        "AmazonGuardDuty",
        false,
        "AmazonGuardDutyServiceRolePolicy",
    ),
    known(
        "config.amazonaws.com",
        "Config",
        false,
        "AWSConfigServiceRolePolicy",
    ),
    known(
        "eks.amazonaws.com",
        "AmazonEKS",
        false,
        "AmazonEKSServiceRolePolicy",
    ),
    known(
        "eks-nodegroup.amazonaws.com",
        "AmazonEKSNodegroup",
        false,
        "AWSServiceRoleForAmazonEKSNodegroup",
    ),
    known(
        "elasticache.amazonaws.com",
        "ElastiCache",
        false,
        "ElastiCacheServiceRolePolicy",
    ),
    known(
        "ssm.amazonaws.com",
        "AmazonSSM",
        false,
        "AmazonSSMServiceRolePolicy",
    ),
    known(
        "securityhub.amazonaws.com",
        "SecurityHub",
        false,
        "AWSSecurityHubServiceRolePolicy",
    ),
    known(
        "cloudtrail.amazonaws.com",
        "CloudTrail",
        false,
        "CloudTrailServiceRolePolicy",
    ),
];

/// The service-linked role a request creates.
#[derive(Debug, Clone, PartialEq, Eq)]
struct LinkedRole {
    name: String,
    path: String,
    policy: Option<String>,
}

fn invalid(message: String) -> IamError {
    IamError::InvalidInput(message)
}

/// `AWSServiceRoleFor` and the capitalised labels of a service AWS's table does not list
/// (`my-svc.amazonaws.com` → `AWSServiceRoleForMySvc`).
fn derived_role_name(service_label: &str) -> String {
    let mut name = ROLE_PREFIX.to_owned();
    for part in service_label.split(['-', '.']) {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            name.extend(first.to_uppercase());
            name.push_str(chars.as_str());
        }
    }
    name
}

/// The role that `CreateServiceLinkedRole` makes for `service` (with `suffix`), or AWS's
/// `InvalidInput`.
fn linked_role(service: &str, suffix: Option<&str>) -> Result<LinkedRole> {
    let label = service
        .strip_suffix(SERVICE_DOMAIN)
        .filter(|label| !label.is_empty() && !label.starts_with('.'))
        .ok_or_else(|| invalid(format!("Invalid service name: {service}")))?;
    let known = KNOWN_SERVICES.iter().find(|k| k.principal == service);
    let (mut name, accepts_suffix, policy) = match known {
        Some(known) => (
            format!("{ROLE_PREFIX}{}", known.role),
            known.custom_suffix,
            Some(format!(
                "arn:aws:iam::aws:policy/aws-service-role/{}",
                known.policy
            )),
        ),
        None => (derived_role_name(label), true, None),
    };
    if let Some(suffix) = suffix {
        if !accepts_suffix {
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
        policy,
    })
}

/// The trust policy AWS gives a service-linked role.
fn trust_policy(service: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":["{service}"]}},"Action":["sts:AssumeRole"]}}]}}"#
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
        Ok(Some(_)) => Err(protected(&s.store.get_role(s.acct(), role).await?.name)),
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
                linked.policy.as_deref(),
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
    let role = s.store.get_role(s.acct(), &input.role_name).await?;
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
    use super::*;
    use gatehouse_managed_policies as catalogue;

    #[test]
    fn known_services_get_aws_names_paths_and_policies() {
        let role = linked_role("elasticbeanstalk.amazonaws.com", None).ok();
        let role = role.unwrap_or_else(|| unreachable!());
        assert_eq!(role.name, "AWSServiceRoleForElasticBeanstalk");
        assert_eq!(
            role.path,
            "/aws-service-role/elasticbeanstalk.amazonaws.com/"
        );
        assert_eq!(
            role.policy.as_deref(),
            Some("arn:aws:iam::aws:policy/aws-service-role/AWSElasticBeanstalkServiceRolePolicy")
        );
        let custom = linked_role("autoscaling.amazonaws.com", Some("blue")).ok();
        assert_eq!(
            custom.map(|r| r.name).as_deref(),
            Some("AWSServiceRoleForAutoScaling_blue")
        );
    }

    #[test]
    fn every_known_policy_is_an_aws_service_role_policy() {
        for service in KNOWN_SERVICES {
            let arn = format!(
                "arn:aws:iam::aws:policy/aws-service-role/{}",
                service.policy
            );
            let policy = catalogue::get(&arn);
            assert!(policy.is_some(), "{arn} is not in the catalogue");
            assert!(service.principal.ends_with(SERVICE_DOMAIN));
        }
    }

    #[test]
    fn bad_names_and_refused_suffixes_are_invalid_input() {
        for bad in [
            "elasticbeanstalk",
            "amazonaws.com",
            ".amazonaws.com",
            "x.example.com",
        ] {
            assert!(
                matches!(linked_role(bad, None), Err(IamError::InvalidInput(_))),
                "{bad}"
            );
        }
        match linked_role("es.amazonaws.com", Some("x")) {
            Err(IamError::InvalidInput(message)) => {
                assert_eq!(message, "Custom suffix is not allowed for es.amazonaws.com");
            }
            other => panic!("expected InvalidInput, got {other:?}"),
        }
        let long = "x".repeat(60);
        assert!(linked_role("autoscaling.amazonaws.com", Some(&long)).is_err());
    }

    #[test]
    fn unlisted_services_get_a_derived_name() {
        assert_eq!(derived_role_name("my-svc"), "AWSServiceRoleForMySvc");
        assert_eq!(derived_role_name("a.b"), "AWSServiceRoleForAB");
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

    #[test]
    fn trust_policies_name_the_service() {
        let policy = trust_policy("ecs.amazonaws.com");
        assert!(
            gatehouse_policy::Policy::parse(&policy, gatehouse_policy::PolicyKind::Trust).is_ok()
        );
        assert!(policy.contains("\"Service\":[\"ecs.amazonaws.com\"]"));
    }
}
