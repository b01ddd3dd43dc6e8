//! Policies: customer managed policies and their versions (`managed.rs`), the inline policies
//! of users, groups and roles (`inline.rs`), and the managed policies attached to them
//! (`attachments.rs`). This file holds what the last two share: the owner they hang from.

mod attachments;
mod inline;
mod managed;

pub use attachments::PolicyEntity;
pub use inline::InlinePolicy;
pub use managed::{
    InvalidVersionId, ManagedPolicy, NewManagedPolicy, PolicyListFilter, PolicyUsage,
    PolicyVersion, VersionId,
};
pub(crate) use managed::{PolicyRow, select_policies};

use gatehouse_token::AccountId;

use crate::db::{AccountKey, Conn, Resource};
use crate::error::{Limit, Result};
use crate::{Limits, Store};

/// The user, group or role that owns inline policies and has managed policies attached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyOwner<'a> {
    /// A user, by name.
    User(&'a str),
    /// A group, by name.
    Group(&'a str),
    /// A role, by name.
    Role(&'a str),
}

impl<'a> PolicyOwner<'a> {
    pub(super) fn resource(self) -> (Resource, &'a str) {
        match self {
            Self::User(name) => (Resource::User, name),
            Self::Group(name) => (Resource::Group, name),
            Self::Role(name) => (Resource::Role, name),
        }
    }

    pub(super) fn attachment_limit(self, limits: &Limits) -> (u32, Limit) {
        match self {
            Self::User(_) => (
                limits.attached_policies_per_user,
                Limit::AttachedPoliciesPerUser,
            ),
            Self::Group(_) => (
                limits.attached_policies_per_group,
                Limit::AttachedPoliciesPerGroup,
            ),
            Self::Role(_) => (
                limits.attached_policies_per_role,
                Limit::AttachedPoliciesPerRole,
            ),
        }
    }
}

impl Store {
    /// Runs `read`, in one read transaction, with the owner kind code and the unique id of
    /// `owner` (`NotFound` when there is no such owner).
    pub(super) fn read_owned<T>(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        read: impl FnOnce(&Conn, &'static str, &str) -> Result<T>,
    ) -> Result<T> {
        let account = &AccountKey::from(account);
        let (resource, owner_name) = owner.resource();
        self.read_tx(|conn| {
            let owner_id = resource.id(conn, account, owner_name)?;
            read(conn, resource.code(), &owner_id)
        })
    }

    /// Runs `change` in a write with the owner kind code and the unique id of `owner`
    /// (`NotFound` when there is no such owner).
    pub(super) async fn change_owned<T: Send + 'static>(
        &self,
        account: AccountId,
        owner: PolicyOwner<'_>,
        change: impl FnOnce(&Conn, &'static str, &str) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let account = AccountKey::from(account);
        let (resource, owner_name) = owner.resource();
        let owner_name = owner_name.to_owned();
        self.write(move |tx| {
            let owner_id = resource.id(tx, &account, &owner_name)?;
            change(tx, resource.code(), &owner_id)
        })
        .await
    }
}
