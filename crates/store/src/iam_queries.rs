//! Queries the IAM operations need beyond the entity methods: how an account uses AWS
//! managed policies, which live outside the store.

use gatehouse_token::AccountId;

use crate::Store;
use crate::db::{AccountKey, all, is_aws_managed};
use crate::error::Result;

/// How one account uses one AWS managed policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsPolicyUsage {
    /// The policy ARN (`arn:aws:iam::aws:policy/…`).
    pub arn: String,
    /// Users, groups and roles it is attached to (`AttachmentCount`).
    pub attachments: i64,
    /// Users and roles it is the permissions boundary of (`PermissionsBoundaryUsageCount`).
    pub boundary_uses: i64,
}

impl Store {
    /// Every AWS managed policy the account attaches or uses as a boundary, with counts,
    /// ordered by ARN (`ListPolicies` with `Scope=AWS`, `GetPolicy` on AWS managed policies).
    pub async fn aws_policy_usage(&self, account: AccountId) -> Result<Vec<AwsPolicyUsage>> {
        let account = &AccountKey::from(account);
        let rows: Vec<(String, i64, i64)> = self.read(|conn| {
            all(
                conn,
                "SELECT arn, SUM(attached), SUM(bounded) FROM ( \
                   SELECT policy_arn AS arn, 1 AS attached, 0 AS bounded FROM policy_attachments WHERE account = ?1 \
                   UNION ALL SELECT boundary_arn, 0, 1 FROM users WHERE account = ?1 AND boundary_arn IS NOT NULL \
                   UNION ALL SELECT boundary_arn, 0, 1 FROM roles WHERE account = ?1 AND boundary_arn IS NOT NULL \
                 ) GROUP BY arn ORDER BY arn",
                [account],
                |row| row.try_into(),
            )
        })?;
        Ok(rows
            .into_iter()
            .filter(|(arn, _, _)| is_aws_managed(arn))
            .map(|(arn, attachments, boundary_uses)| AwsPolicyUsage {
                arn,
                attachments,
                boundary_uses,
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NewRole, NewUser, PolicyOwner};
    use time::OffsetDateTime;

    const ADMIN: &str = "arn:aws:iam::aws:policy/AdministratorAccess";
    const READ: &str = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    #[tokio::test]
    async fn counts_attachments_and_boundaries_per_account() {
        let store = Store::in_memory().await.unwrap();
        let now = OffsetDateTime::UNIX_EPOCH;
        store
            .create_user(
                crate::test_account(111_111_111_111),
                NewUser {
                    id: "AIDA1".into(),
                    name: "u".into(),
                    path: "/".into(),
                    created: now,
                    permissions_boundary: Some(READ.into()),
                    tags: vec![],
                },
            )
            .await
            .unwrap();
        store
            .create_role(
                crate::test_account(111_111_111_111),
                NewRole {
                    id: "AROA1".into(),
                    name: "r".into(),
                    path: "/".into(),
                    created: now,
                    trust_policy: "{}".into(),
                    description: None,
                    max_session_duration: 3600,
                    permissions_boundary: None,
                    tags: vec![],
                },
            )
            .await
            .unwrap();
        for owner in [PolicyOwner::User("u"), PolicyOwner::Role("r")] {
            store
                .attach_policy(crate::test_account(111_111_111_111), owner, ADMIN)
                .await
                .unwrap();
        }
        let usage = store
            .aws_policy_usage(crate::test_account(111_111_111_111))
            .await
            .unwrap();
        assert_eq!(
            usage,
            vec![
                AwsPolicyUsage {
                    arn: ADMIN.into(),
                    attachments: 2,
                    boundary_uses: 0
                },
                AwsPolicyUsage {
                    arn: READ.into(),
                    attachments: 0,
                    boundary_uses: 1
                },
            ]
        );
        assert!(
            store
                .aws_policy_usage(crate::test_account(222_222_222_222))
                .await
                .unwrap()
                .is_empty()
        );
    }
}
