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

use crate::Limits;
use crate::db::Resource;
use crate::error::Limit;

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
