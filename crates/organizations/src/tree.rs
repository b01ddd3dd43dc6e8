//! An organization's tree as the API shows it: ARNs, paths and the shapes of roots, OUs and
//! accounts (the AWS Organizations API reference: `Root`, `OrganizationalUnit`, `Account`).

use std::collections::HashMap;

use gatehouse_protocol::organizations::{
    Account, AccountJoinedMethod, AccountState, AccountStatus, OrganizationalUnit, Root,
};
use gatehouse_store::{JoinedMethod, OrgAccount, OrgParent, Organization};
use gatehouse_token::{Partition, arn};

/// The roots and OUs of one organization, by id.
pub struct Tree<'a> {
    organization: &'a Organization,
    partition: Partition,
    parents: HashMap<&'a str, &'a OrgParent>,
}

impl<'a> Tree<'a> {
    /// The tree of `organization` made of `parents` (all of its roots and OUs).
    pub fn new(
        organization: &'a Organization,
        partition: Partition,
        parents: &'a [OrgParent],
    ) -> Self {
        Self {
            organization,
            partition,
            parents: parents.iter().map(|p| (p.id.as_str(), p)).collect(),
        }
    }

    /// The root or OU `id`, if the organization has it.
    pub fn parent(&self, id: &str) -> Option<&'a OrgParent> {
        self.parents.get(id).copied()
    }

    /// The OU `id` (not the root), if the organization has it.
    pub fn unit(&self, id: &str) -> Option<&'a OrgParent> {
        self.parent(id).filter(|p| p.parent.is_some())
    }

    /// The path of a root or OU: `o-…/r-…/ou-…/`, from the organization down.
    pub fn path(&self, id: &str) -> String {
        let mut ids = Vec::new();
        let mut next = Some(id);
        // At most as many steps as there are parents: a stored cycle cannot loop.
        while let Some(current) = next.filter(|_| ids.len() <= self.parents.len()) {
            ids.push(current);
            next = self.parent(current).and_then(|p| p.parent.as_deref());
        }
        let mut path = format!("{}/", self.organization.id);
        for id in ids.iter().rev() {
            path.push_str(id);
            path.push('/');
        }
        path
    }

    /// The ARN of an organization entity of `kind` (`root`, `ou`, `account`).
    pub fn arn(&self, kind: &str, id: &str) -> String {
        arn::organization_entity(
            self.partition,
            self.organization.management_account,
            kind,
            &self.organization.id,
            id,
        )
    }

    /// The ARN of a root or OU.
    pub fn parent_arn(&self, parent: &OrgParent) -> String {
        let kind = if parent.parent.is_some() {
            "ou"
        } else {
            "root"
        };
        self.arn(kind, &parent.id)
    }

    /// A root as the API shows it; its policy types come with the policies.
    pub fn root(&self, root: &OrgParent) -> Root {
        Root {
            id: Some(root.id.clone()),
            arn: Some(self.parent_arn(root)),
            name: Some(root.name.clone()),
            policy_types: Some(Vec::new()),
        }
    }

    /// An OU as the API shows it.
    pub fn unit_shape(&self, unit: &OrgParent) -> OrganizationalUnit {
        OrganizationalUnit {
            id: Some(unit.id.clone()),
            arn: Some(self.parent_arn(unit)),
            name: Some(unit.name.clone()),
            path: Some(self.path(&unit.id)),
        }
    }

    /// An account as the API shows it: active, with its one path.
    pub fn account(&self, account: &OrgAccount) -> Account {
        let id = account.account.to_string();
        Account {
            arn: Some(self.arn("account", &id)),
            email: Some(account.email.clone()),
            name: Some(account.name.clone()),
            status: Some(AccountStatus::Active),
            state: Some(AccountState::Active),
            paths: Some(vec![format!("{}{id}/", self.path(&account.parent))]),
            joined_method: Some(match account.joined_method {
                JoinedMethod::Invited => AccountJoinedMethod::Invited,
                JoinedMethod::Created => AccountJoinedMethod::Created,
            }),
            joined_timestamp: Some(account.joined),
            id: Some(id),
        }
    }
}
