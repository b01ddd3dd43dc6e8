//! Service-linked roles: created for an AWS service with the service's policy attached, and
//! deleted only through a deletion task whose outcome can be read back.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::db::{AccountKey, Conn, Resource, all, epoch, execute, from_epoch, optional};
use crate::error::{Result, StoreError};
use crate::pathed;
use crate::roles::{self, NewRole, Role};
use crate::{Store, tags};

/// The outcome of a service-linked role deletion task.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeletionStatus {
    /// The role is gone.
    Succeeded,
    /// The role is still in use and was kept.
    Failed,
}

impl DeletionStatus {
    fn code(self) -> &'static str {
        match self {
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
        }
    }

    fn from_code(code: &str) -> Result<Self> {
        match code {
            "SUCCEEDED" => Ok(Self::Succeeded),
            "FAILED" => Ok(Self::Failed),
            other => Err(StoreError::Corrupt {
                detail: format!("deletion task status {other}"),
            }),
        }
    }
}

/// A deletion task (`DeleteServiceLinkedRole`, `GetServiceLinkedRoleDeletionStatus`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletionTask {
    /// The task id the caller chose (`task/aws-service-role/<service>/<role>/<uuid>`).
    pub id: String,
    /// How it ended.
    pub status: DeletionStatus,
    /// Why it failed.
    pub reason: Option<String>,
    /// When it was submitted.
    pub created: OffsetDateTime,
}

/// What a service-linked role deletion request did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SlrDeletion {
    /// The role exists but is an ordinary role: nothing was done.
    NotServiceLinked,
    /// The task was recorded (and, when it succeeded, the role deleted).
    Submitted(DeletionTask),
}

/// The service a role (by id) is linked to.
fn linked_service(conn: &Conn, role_id: &str) -> Result<Option<String>> {
    Ok(optional(
        conn,
        "SELECT linked_service FROM roles WHERE id = ?1",
        [role_id],
        |row| row.get::<_, Option<String>>(0),
    )?
    .flatten())
}

impl Store {
    /// The service principal the role called `name` is linked to, `None` for an ordinary
    /// role; `NotFound` when there is no such role.
    pub async fn role_linked_service(
        &self,
        account: AccountId,
        name: &str,
    ) -> Result<Option<String>> {
        let account = &AccountKey::from(account);
        self.read_tx(|conn| {
            let id = Resource::Role.id(conn, account, name)?;
            linked_service(conn, &id)
        })
    }

    /// Creates a service-linked role for `service`, with `policy` (an AWS managed policy ARN)
    /// attached (`CreateServiceLinkedRole`). `AlreadyExists` if the name is taken.
    pub async fn create_service_linked_role(
        &self,
        account: AccountId,
        role: NewRole,
        service: &str,
        policy: Option<&str>,
    ) -> Result<Role> {
        let (account, service) = (AccountKey::from(account), service.to_owned());
        let policy = policy.map(str::to_owned);
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| {
            let created = roles::insert(tx, &account, role, Some(&service), max_tags)?;
            if let Some(arn) = &policy {
                execute(
                    tx,
                    "INSERT INTO policy_attachments (owner_kind, owner_id, account, policy_arn) VALUES (?1, ?2, ?3, ?4)",
                    (Resource::Role.code(), &created.id, &account, arn),
                )?;
            }
            Ok(created)
        })
        .await
    }

    /// Submits the deletion of a service-linked role as task `task_id`
    /// (`DeleteServiceLinkedRole`). The role goes with its policies and tags, unless an
    /// instance profile still holds it: then the task fails and the role stays.
    pub async fn delete_service_linked_role(
        &self,
        account: AccountId,
        name: &str,
        task_id: &str,
        now: OffsetDateTime,
    ) -> Result<SlrDeletion> {
        let (account, name, task_id) = (
            AccountKey::from(account),
            name.to_owned(),
            task_id.to_owned(),
        );
        self.write(move |tx| {
            let role: Role = pathed::get(tx, &account, &name)?;
            if linked_service(tx, &role.id)?.is_none() {
                return Ok(SlrDeletion::NotServiceLinked);
            }
            let profiles: Vec<String> = all(
                tx,
                "SELECT p.name FROM instance_profiles p JOIN instance_profile_roles ipr ON ipr.profile_id = p.id \
                 WHERE ipr.role_id = ?1 ORDER BY p.name_key",
                [&role.id],
                |row| row.get(0),
            )?;
            let (status, reason) = if profiles.is_empty() {
                for sql in [
                    "DELETE FROM inline_policies WHERE owner_kind = ?1 AND owner_id = ?2",
                    "DELETE FROM policy_attachments WHERE owner_kind = ?1 AND owner_id = ?2",
                ] {
                    execute(tx, sql, (Resource::Role.code(), &role.id))?;
                }
                tags::clear(tx, Resource::Role, &role.id)?;
                execute(tx, "DELETE FROM roles WHERE id = ?1", [&role.id])?;
                (DeletionStatus::Succeeded, None)
            } else {
                (
                    DeletionStatus::Failed,
                    Some(format!(
                        "The role is in use by instance profiles: {}",
                        profiles.join(", ")
                    )),
                )
            };
            execute(
                tx,
                "INSERT INTO slr_deletion_tasks (id, account, status, reason, created) VALUES (?1, ?2, ?3, ?4, ?5)",
                (&task_id, &account, status.code(), &reason, epoch(now)),
            )?;
            Ok(SlrDeletion::Submitted(DeletionTask {
                id: task_id,
                status,
                reason,
                created: now,
            }))
        })
        .await
    }

    /// The deletion task `task_id` of the account, if there is one
    /// (`GetServiceLinkedRoleDeletionStatus`).
    pub async fn service_linked_role_deletion(
        &self,
        account: AccountId,
        task_id: &str,
    ) -> Result<Option<DeletionTask>> {
        let account = &AccountKey::from(account);
        let row: Option<(String, String, Option<String>, i64)> = self.read(|conn| {
            optional(
                conn,
                "SELECT id, status, reason, created FROM slr_deletion_tasks WHERE account = ?1 AND id = ?2",
                (account, task_id),
                |row| row.try_into(),
            )
        })?;
        row.map(|(id, status, reason, created)| {
            Ok(DeletionTask {
                id,
                status: DeletionStatus::from_code(&status)?,
                reason,
                created: from_epoch(created)?,
            })
        })
        .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NewInstanceProfile, PolicyOwner};

    const ACCOUNT: AccountId = crate::test_account(111_111_111_111);
    const POLICY: &str = "arn:aws:iam::aws:policy/aws-service-role/AmazonECSServiceRolePolicy";

    fn role(name: &str) -> NewRole {
        NewRole {
            id: format!("AROA{name}"),
            name: name.into(),
            path: "/aws-service-role/ecs.amazonaws.com/".into(),
            created: OffsetDateTime::UNIX_EPOCH,
            trust_policy: "{}".into(),
            description: None,
            max_session_duration: 3600,
            permissions_boundary: None,
            tags: vec![],
        }
    }

    #[tokio::test]
    async fn linked_roles_are_marked_and_deleted_through_tasks() {
        let store = Store::in_memory().await.unwrap();
        let created = store
            .create_service_linked_role(
                ACCOUNT,
                role("AWSServiceRoleForECS"),
                "ecs.amazonaws.com",
                Some(POLICY),
            )
            .await
            .unwrap();
        assert_eq!(created.name, "AWSServiceRoleForECS");
        assert_eq!(
            store
                .role_linked_service(ACCOUNT, "awsserviceroleforecs")
                .await
                .unwrap()
                .as_deref(),
            Some("ecs.amazonaws.com")
        );
        assert_eq!(
            store
                .list_attached_policies(ACCOUNT, PolicyOwner::Role("AWSServiceRoleForECS"))
                .await
                .unwrap(),
            vec![POLICY.to_owned()]
        );
        let now = OffsetDateTime::UNIX_EPOCH;
        let deletion = store
            .delete_service_linked_role(ACCOUNT, "AWSServiceRoleForECS", "task/1", now)
            .await
            .unwrap();
        assert!(matches!(
            deletion,
            SlrDeletion::Submitted(DeletionTask {
                status: DeletionStatus::Succeeded,
                ..
            })
        ));
        assert!(
            store
                .get::<crate::Role>(ACCOUNT, "AWSServiceRoleForECS")
                .await
                .is_err()
        );
        assert!(store.aws_policy_usage(ACCOUNT).await.unwrap().is_empty());
        let task = store
            .service_linked_role_deletion(ACCOUNT, "task/1")
            .await
            .unwrap();
        assert_eq!(task.map(|t| t.status), Some(DeletionStatus::Succeeded));
        assert_eq!(
            store
                .service_linked_role_deletion(crate::test_account(222_222_222_222), "task/1")
                .await
                .unwrap(),
            None
        );
    }

    #[tokio::test]
    async fn ordinary_roles_are_not_deleted_and_held_roles_fail() {
        let store = Store::in_memory().await.unwrap();
        store.create_role(ACCOUNT, role("plain")).await.unwrap();
        assert_eq!(
            store.role_linked_service(ACCOUNT, "plain").await.unwrap(),
            None
        );
        let now = OffsetDateTime::UNIX_EPOCH;
        assert_eq!(
            store
                .delete_service_linked_role(ACCOUNT, "plain", "task/x", now)
                .await
                .unwrap(),
            SlrDeletion::NotServiceLinked
        );
        assert!(store.get::<crate::Role>(ACCOUNT, "plain").await.is_ok());
        assert!(matches!(
            store.role_linked_service(ACCOUNT, "missing").await,
            Err(StoreError::NotFound { .. })
        ));

        store
            .create_service_linked_role(ACCOUNT, role("linked"), "ecs.amazonaws.com", None)
            .await
            .unwrap();
        store
            .create_instance_profile(
                ACCOUNT,
                NewInstanceProfile {
                    id: "AIPA1".into(),
                    name: "holder".into(),
                    path: "/".into(),
                    created: now,
                    tags: vec![],
                },
            )
            .await
            .unwrap();
        store
            .add_role_to_instance_profile(ACCOUNT, "holder", "linked")
            .await
            .unwrap();
        let deletion = store
            .delete_service_linked_role(ACCOUNT, "linked", "task/2", now)
            .await
            .unwrap();
        let SlrDeletion::Submitted(task) = deletion else {
            panic!("expected a task");
        };
        assert_eq!(task.status, DeletionStatus::Failed);
        assert!(task.reason.unwrap_or_default().contains("holder"));
        assert!(store.get::<crate::Role>(ACCOUNT, "linked").await.is_ok());
    }
}
