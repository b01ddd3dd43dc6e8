//! Where simulated policies come from: the request's inputs, or a user's, group's or role's
//! stored policies.

use gatehouse_core::State;
use gatehouse_policy::{PrincipalInfo, PrincipalKind};
use gatehouse_protocol::iam::PolicySourceType;
use gatehouse_store::{ManagedDocument, PolicyOwner, StoreError};
use gatehouse_token::AccountId;
use gatehouse_token::arn::Arn;

use crate::error::SimulatorError;

/// One policy document with the identity the simulator reports for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SourcedPolicy {
    /// `SourcePolicyId`: `PolicyInputList.N`, the inline policy's name or the managed
    /// policy's name.
    pub(crate) id: String,
    /// `SourcePolicyType`; `None` for request inputs (the model has no value for them).
    pub(crate) source_type: Option<PolicySourceType>,
    /// The document.
    pub(crate) document: String,
}

impl SourcedPolicy {
    /// The `index`-th (0-based) document of the request parameter `list`, reported as
    /// `list.N` (1-based) like IAM does.
    pub(crate) fn input(list: &str, index: usize, document: &str) -> Self {
        Self {
            id: format!("{list}.{}", index.saturating_add(1)),
            source_type: None,
            document: document.to_owned(),
        }
    }

    /// Every document of the request parameter `list`.
    pub(crate) fn inputs(list: &str, documents: &[String]) -> Vec<Self> {
        documents
            .iter()
            .enumerate()
            .map(|(index, document)| Self::input(list, index, document))
            .collect()
    }
}

/// The entity kinds `PolicySourceArn` can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntityKind {
    User,
    Group,
    Role,
}

impl EntityKind {
    fn name(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Role => "role",
        }
    }

    fn source_type(self) -> PolicySourceType {
        match self {
            Self::User => PolicySourceType::User,
            Self::Group => PolicySourceType::Group,
            Self::Role => PolicySourceType::Role,
        }
    }
}

/// A user, group or role named by an IAM ARN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entity<'a> {
    kind: EntityKind,
    account: &'a str,
    path: &'a str,
    name: &'a str,
    arn: &'a str,
}

impl<'a> Entity<'a> {
    /// Parses `arn:aws:iam::ACCOUNT:{user,group,role}/PATH/NAME`.
    ///
    /// # Errors
    /// `InvalidInput` for anything else, in AWS's words as recorded for an assumed-role ARN
    /// given as `PolicySourceArn` ("Invalid Entity Arn: arn:aws:sts::…:assumed-role/…",
    /// newrelic/newrelic-lambda-cli issue 96, 2020); the same words for other ARNs are ours.
    pub(crate) fn parse(arn: &'a str) -> Result<Self, SimulatorError> {
        let invalid = || SimulatorError::invalid(format!("Invalid Entity Arn: {arn}"));
        let parts = Arn::parse(arn).filter(|parts| parts.service == "iam");
        let parts = parts.ok_or_else(invalid)?;
        let (kind, path, name) = parts.path_resource().ok_or_else(invalid)?;
        let kind = match kind {
            "user" => EntityKind::User,
            "group" => EntityKind::Group,
            "role" => EntityKind::Role,
            _ => return Err(invalid()),
        };
        if name.is_empty() {
            return Err(invalid());
        }
        Ok(Self {
            kind,
            account: parts.account,
            path,
            name,
            arn,
        })
    }

    /// Whether this is an IAM user.
    pub(crate) fn is_user(&self) -> bool {
        self.kind == EntityKind::User
    }

    /// The principal requests by this entity act as, for matching `Principal` elements: the
    /// user itself, a session of the role, or (for a group, which cannot sign requests) an
    /// unnamed principal of its account.
    pub(crate) fn principal(&self) -> PrincipalInfo {
        let kind = match self.kind {
            EntityKind::User | EntityKind::Group => PrincipalKind::User,
            EntityKind::Role => PrincipalKind::AssumedRole {
                role_arn: self.arn.to_owned(),
            },
        };
        PrincipalInfo {
            arn: self.arn.to_owned(),
            account: self.account.to_owned(),
            unique_id: None,
            kind,
        }
    }

    fn not_found(&self) -> SimulatorError {
        SimulatorError::NoSuchEntity {
            kind: self.kind.name(),
            name: self.name.to_owned(),
        }
    }
}

/// The stored policies of an entity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EntityPolicies {
    /// Inline policies (the entity's, then its groups'), then attached managed policies.
    pub(crate) identity: Vec<SourcedPolicy>,
    /// The permissions boundary (users and roles).
    pub(crate) boundary: Option<SourcedPolicy>,
}

/// Reads the policies of `entity`, which must live in `account` (the caller's) with the
/// path its ARN gives.
///
/// # Errors
/// `NoSuchEntity` when it does not exist there; `ServiceFailure` when the store fails.
pub(crate) async fn entity_policies(
    state: &State,
    account: AccountId,
    entity: &Entity<'_>,
) -> Result<EntityPolicies, SimulatorError> {
    if AccountId::parse(entity.account) != Some(account) {
        return Err(entity.not_found());
    }
    let store = state.store();
    let found = |err: StoreError| match err {
        StoreError::NotFound { .. } => entity.not_found(),
        other => SimulatorError::Store(other),
    };
    let (path, set) = match entity.kind {
        EntityKind::User => (
            store
                .get::<gatehouse_store::User>(account, entity.name)
                .await
                .map_err(found)?
                .path,
            store
                .user_policies(account, entity.name)
                .await
                .map_err(found)?,
        ),
        EntityKind::Role => (
            store
                .get::<gatehouse_store::Role>(account, entity.name)
                .await
                .map_err(found)?
                .path,
            store
                .role_policies(account, entity.name)
                .await
                .map_err(found)?,
        ),
        EntityKind::Group => {
            let group = store
                .get::<gatehouse_store::Group>(account, entity.name)
                .await
                .map_err(found)?;
            if group.path != entity.path {
                return Err(entity.not_found());
            }
            return group_policies(state, account, &group.name).await;
        }
    };
    if path != entity.path {
        return Err(entity.not_found());
    }
    let mut identity: Vec<SourcedPolicy> = set
        .inline
        .into_iter()
        .map(|inline| SourcedPolicy {
            id: inline.name,
            source_type: Some(match inline.group {
                Some(_) => PolicySourceType::Group,
                None => entity.kind.source_type(),
            }),
            document: inline.document,
        })
        .collect();
    for managed in set.managed {
        identity.push(managed_policy(managed)?);
    }
    let boundary = set.boundary.map(managed_policy).transpose()?;
    Ok(EntityPolicies { identity, boundary })
}

/// A group's inline policies, then its attached policies (resolved like the request path
/// resolves managed policies: one that cannot be found is an error, not left out).
async fn group_policies(
    state: &State,
    account: AccountId,
    group: &str,
) -> Result<EntityPolicies, SimulatorError> {
    let store = state.store();
    let owner = PolicyOwner::Group(group);
    let mut identity = Vec::new();
    for name in store
        .list_inline_policies(account, owner)
        .await
        .map_err(SimulatorError::Store)?
    {
        let inline = store
            .get_inline_policy(account, owner, &name)
            .await
            .map_err(SimulatorError::Store)?;
        identity.push(SourcedPolicy {
            id: inline.name,
            source_type: Some(PolicySourceType::Group),
            document: inline.document,
        });
    }
    for arn in store
        .list_attached_policies(account, owner)
        .await
        .map_err(SimulatorError::Store)?
    {
        let document = state
            .managed_policy_document(&arn)
            .await
            .map_err(SimulatorError::Core)?;
        // A policy the group's decisions depend on that cannot be found fails the simulation,
        // as it denies the group's members on the request path: it is never left out.
        let Some(document) = document else {
            return Err(SimulatorError::Store(StoreError::Corrupt {
                detail: format!("policy {arn} attached to group {group} does not exist"),
            }));
        };
        identity.push(managed_policy(ManagedDocument {
            arn,
            document: Some(document),
        })?);
    }
    Ok(EntityPolicies {
        identity,
        boundary: None,
    })
}

/// A managed policy: its name as id, `aws-managed` (document from the catalogue when the
/// store has none) or `user-managed`.
fn managed_policy(managed: ManagedDocument) -> Result<SourcedPolicy, SimulatorError> {
    let name = managed
        .arn
        .rsplit('/')
        .next()
        .unwrap_or(managed.arn.as_str())
        .to_owned();
    let source_type = if gatehouse_managed_policies::get_attached(&managed.arn).is_some() {
        PolicySourceType::AwsManaged
    } else {
        PolicySourceType::UserManaged
    };
    let document = match managed.document {
        Some(document) => document,
        None => gatehouse_managed_policies::attached_document(&managed.arn)
            .map(std::borrow::Cow::into_owned)
            .ok_or_else(|| {
                SimulatorError::Store(StoreError::Corrupt {
                    detail: format!("unknown AWS managed policy {}", managed.arn),
                })
            })?,
    };
    Ok(SourcedPolicy {
        id: name,
        source_type: Some(source_type),
        document,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_entity_arns() {
        let user = Entity::parse("arn:aws:iam::111122223333:user/dev/alice").unwrap();
        assert_eq!(
            (user.kind, user.account, user.path, user.name),
            (EntityKind::User, "111122223333", "/dev/", "alice")
        );
        assert!(user.is_user());
        let role = Entity::parse("arn:aws:iam::111122223333:role/r").unwrap();
        assert_eq!((role.kind, role.path), (EntityKind::Role, "/"));
        assert_eq!(
            role.principal().kind,
            PrincipalKind::AssumedRole {
                role_arn: "arn:aws:iam::111122223333:role/r".into()
            }
        );
        for bad in [
            "arn:aws:iam::111122223333:policy/p",
            "arn:aws:s3:::bucket/user/x",
            "arn:aws:iam::111122223333:user/",
            "not an arn",
        ] {
            assert!(
                matches!(Entity::parse(bad), Err(SimulatorError::InvalidInput(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn managed_policies_are_named_and_typed() {
        let aws = managed_policy(ManagedDocument {
            arn: "arn:aws:iam::aws:policy/ReadOnlyAccess".into(),
            document: None,
        })
        .unwrap();
        assert_eq!(aws.id, "ReadOnlyAccess");
        assert_eq!(aws.source_type, Some(PolicySourceType::AwsManaged));
        assert!(aws.document.contains("Statement"));
        let mine = managed_policy(ManagedDocument {
            arn: "arn:aws:iam::111122223333:policy/team/mine".into(),
            document: Some("{}".into()),
        })
        .unwrap();
        assert_eq!(
            (mine.id.as_str(), mine.source_type),
            ("mine", Some(PolicySourceType::UserManaged))
        );
    }
}
