//! AWS Organizations: organizations, their roots and organizational units, their accounts,
//! and the requests that created accounts.
//!
//! An organization is one tree: the root, organizational units under it or under each other
//! (the "parents", one table), and accounts in any of them. Every account belongs to at most
//! one organization, the management account included. Ids are made by the caller in AWS's
//! formats; the store keeps the tree's invariants inside the write (an account in one
//! organization, OU names unique under their parent, what blocks a deletion). Words and
//! error codes belong to the caller.

use gatehouse_token::AccountId;
use time::OffsetDateTime;

use crate::Store;
use crate::db::{
    AccountKey, Conn, Resource, all, as_stored, epoch, execute, from_epoch, from_epoch_opt,
    optional, stored_account,
};
use crate::error::{ConflictReason, EntityKind, Result, StoreError};
use crate::roles::{self, NewRole};

/// How an account came into its organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinedMethod {
    /// It accepted an invitation, or it made the organization (the management account).
    Invited,
    /// The organization created it.
    Created,
}

impl JoinedMethod {
    /// The stored and wire form: `INVITED`, `CREATED`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Invited => "INVITED",
            Self::Created => "CREATED",
        }
    }

    fn parse(text: &str) -> Result<Self> {
        match text {
            "INVITED" => Ok(Self::Invited),
            "CREATED" => Ok(Self::Created),
            other => Err(StoreError::Corrupt {
                detail: format!("joined method {other:?}"),
            }),
        }
    }
}

/// Where a CreateAccount request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateAccountState {
    /// The account exists.
    Succeeded,
    /// The account was not created; the request's failure reason says why.
    Failed,
}

impl CreateAccountState {
    /// The stored and wire form: `SUCCEEDED`, `FAILED`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Succeeded => "SUCCEEDED",
            Self::Failed => "FAILED",
        }
    }

    fn parse(text: &str) -> Result<Self> {
        match text {
            "SUCCEEDED" => Ok(Self::Succeeded),
            "FAILED" => Ok(Self::Failed),
            other => Err(StoreError::Corrupt {
                detail: format!("create account state {other:?}"),
            }),
        }
    }
}

/// An organization to create, with its root and its management account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganization {
    /// The organization's id (`o-…`).
    pub id: String,
    /// The root's id (`r-…`).
    pub root_id: String,
    /// The account creating it, its management account.
    pub management_account: AccountId,
    /// The management account's name, as the organization lists it.
    pub management_name: String,
    /// The management account's email, as the organization lists it.
    pub management_email: String,
    /// `ALL` or `CONSOLIDATED_BILLING`.
    pub feature_set: String,
    /// The creation time.
    pub created: OffsetDateTime,
}

/// A stored organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organization {
    /// The id (`o-…`).
    pub id: String,
    /// The management account.
    pub management_account: AccountId,
    /// The management account's email.
    pub management_email: String,
    /// `ALL` or `CONSOLIDATED_BILLING`.
    pub feature_set: String,
    /// The root's id.
    pub root_id: String,
    /// When it was created.
    pub created: OffsetDateTime,
}

/// A root (no parent) or an organizational unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgParent {
    /// The id (`r-…` or `ou-…`).
    pub id: String,
    /// The parent's id; `None` for the root.
    pub parent: Option<String>,
    /// The name (`Root` for the root).
    pub name: String,
    /// When it was created.
    pub created: OffsetDateTime,
}

/// An organizational unit to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewOrganizationalUnit {
    /// The id (`ou-…`).
    pub id: String,
    /// The id of the root or OU it goes under.
    pub parent: String,
    /// The name, unique among the parent's OUs.
    pub name: String,
    /// The creation time.
    pub created: OffsetDateTime,
}

/// An account of an organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgAccount {
    /// The account.
    pub account: AccountId,
    /// The id of the root or OU it is in.
    pub parent: String,
    /// Its name.
    pub name: String,
    /// Its email.
    pub email: String,
    /// How it joined.
    pub joined_method: JoinedMethod,
    /// When it joined.
    pub joined: OffsetDateTime,
}

/// An account for CreateAccount to make, with the request that asks for it and the role that
/// lets the management account in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMemberAccount {
    /// The request's id (`car-…`).
    pub request_id: String,
    /// The new account.
    pub account: AccountId,
    /// Its name.
    pub name: String,
    /// Its email, which no other account may have.
    pub email: String,
    /// The organization's root, where it goes.
    pub root_id: String,
    /// The time of the request.
    pub requested: OffsetDateTime,
    /// The role the new account gets, trusted by the management account.
    pub access_role: NewRole,
    /// The managed policy attached to that role.
    pub access_policy_arn: String,
}

/// A CreateAccount request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreateAccountRequest {
    /// The id (`car-…`).
    pub id: String,
    /// The account name asked for.
    pub account_name: String,
    /// Where it stands.
    pub state: CreateAccountState,
    /// When it was made.
    pub requested: OffsetDateTime,
    /// When it was done.
    pub completed: Option<OffsetDateTime>,
    /// The account made, when it succeeded.
    pub account: Option<AccountId>,
    /// Why it failed (`EMAIL_ALREADY_EXISTS`, …).
    pub failure_reason: Option<String>,
}

/// The failure reason of a request whose email another account has.
const EMAIL_ALREADY_EXISTS: &str = "EMAIL_ALREADY_EXISTS";

const SELECT_ORGANIZATION: &str = "SELECT o.id, o.management_account, m.email, o.feature_set, \
     r.id, o.created FROM organizations o \
     JOIN organization_accounts m ON m.account = o.management_account \
     JOIN organization_parents r ON r.organization = o.id AND r.parent IS NULL";

const SELECT_ACCOUNT: &str =
    "SELECT account, parent, name, email, joined_method, joined FROM organization_accounts";

const SELECT_PARENT: &str = "SELECT id, parent, name, created FROM organization_parents";

const SELECT_REQUEST: &str = "SELECT id, account_name, state, requested, completed, account, \
     failure_reason FROM create_account_requests";

type OrganizationRow = (String, String, String, String, String, i64);
type AccountRow = (String, String, String, String, String, i64);
type ParentRow = (String, Option<String>, String, i64);
type RequestRow = (
    String,
    String,
    String,
    i64,
    Option<i64>,
    Option<String>,
    Option<String>,
);

fn organization(row: OrganizationRow) -> Result<Organization> {
    let (id, management, email, feature_set, root_id, created) = row;
    Ok(Organization {
        id,
        management_account: stored_account(&management)?,
        management_email: email,
        feature_set,
        root_id,
        created: from_epoch(created)?,
    })
}

fn account(row: AccountRow) -> Result<OrgAccount> {
    let (account, parent, name, email, joined_method, joined) = row;
    Ok(OrgAccount {
        account: stored_account(&account)?,
        parent,
        name,
        email,
        joined_method: JoinedMethod::parse(&joined_method)?,
        joined: from_epoch(joined)?,
    })
}

fn parent(row: ParentRow) -> Result<OrgParent> {
    let (id, parent, name, created) = row;
    Ok(OrgParent {
        id,
        parent,
        name,
        created: from_epoch(created)?,
    })
}

fn request(row: RequestRow) -> Result<CreateAccountRequest> {
    let (id, account_name, state, requested, completed, account, failure_reason) = row;
    Ok(CreateAccountRequest {
        id,
        account_name,
        state: CreateAccountState::parse(&state)?,
        requested: from_epoch(requested)?,
        completed: from_epoch_opt(completed)?,
        account: account.as_deref().map(stored_account).transpose()?,
        failure_reason,
    })
}

/// The organization `account` belongs to, on `conn`.
fn organization_of(conn: &Conn, account: &AccountKey) -> Result<Option<Organization>> {
    optional(
        conn,
        &format!(
            "{SELECT_ORGANIZATION} WHERE o.id = \
             (SELECT organization FROM organization_accounts WHERE account = ?1)"
        ),
        [account],
        |row| row.try_into(),
    )?
    .map(organization)
    .transpose()
}

/// Whether `id` is a root or OU of `organization`.
fn parent_exists(conn: &Conn, organization: &str, id: &str) -> Result<bool> {
    Ok(optional(
        conn,
        "SELECT 1 FROM organization_parents WHERE organization = ?1 AND id = ?2",
        [organization, id],
        |_| Ok(()),
    )?
    .is_some())
}

/// Refuses `id` unless it is a root or OU of `organization`: `NotFound` naming it.
fn existing_parent(conn: &Conn, organization: &str, id: &str) -> Result<()> {
    if parent_exists(conn, organization, id)? {
        Ok(())
    } else {
        Err(StoreError::not_found(EntityKind::OrganizationParent, id))
    }
}

impl Store {
    /// The organization `account` belongs to, if any (as its management account or a member).
    pub async fn organization_of(&self, account: AccountId) -> Result<Option<Organization>> {
        let account = AccountKey::from(account);
        self.read(|conn| organization_of(conn, &account))
    }

    /// Creates an organization with its root (named `Root`) and its management account;
    /// `AlreadyExists` (organization) when the account already belongs to one.
    pub async fn create_organization(&self, new: NewOrganization) -> Result<Organization> {
        self.write(move |tx| {
            let management = AccountKey::from(new.management_account);
            if organization_of(tx, &management)?.is_some() {
                return Err(StoreError::already_exists(
                    EntityKind::Organization,
                    &management,
                ));
            }
            let created = epoch(new.created);
            execute(
                tx,
                "INSERT INTO organizations (id, management_account, feature_set, created) \
                 VALUES (?1, ?2, ?3, ?4)",
                (&new.id, &management, &new.feature_set, created),
            )
            .map_err(|err| {
                StoreError::on_create(err, EntityKind::Organization, &new.id, &management)
            })?;
            execute(
                tx,
                "INSERT INTO organization_parents (id, organization, parent, name, created) \
                 VALUES (?1, ?2, NULL, 'Root', ?3)",
                (&new.root_id, &new.id, created),
            )
            .map_err(|err| {
                StoreError::on_create(err, EntityKind::OrganizationParent, &new.root_id, "Root")
            })?;
            execute(
                tx,
                "INSERT INTO organization_accounts (account, organization, parent, name, email, \
                 email_key, joined_method, joined) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                (
                    &management,
                    &new.id,
                    &new.root_id,
                    &new.management_name,
                    &new.management_email,
                    new.management_email.to_lowercase(),
                    JoinedMethod::Invited.as_str(),
                    created,
                ),
            )
            .map_err(|err| {
                StoreError::on_insert(err, EntityKind::OrganizationAccount, &new.management_email)
            })?;
            Ok(Organization {
                id: new.id,
                management_account: new.management_account,
                management_email: new.management_email,
                feature_set: new.feature_set,
                root_id: new.root_id,
                created: as_stored(new.created)?,
            })
        })
        .await
    }

    /// Deletes the organization, its OUs and its record of requests; `DeleteConflict`
    /// (`MemberAccounts`) while it has accounts besides its management account.
    pub async fn delete_organization(&self, organization: &str) -> Result<()> {
        let organization = organization.to_owned();
        self.write(move |tx| {
            let members: i64 = optional(
                tx,
                "SELECT COUNT(*) FROM organization_accounts a JOIN organizations o \
                 ON o.id = a.organization WHERE o.id = ?1 AND a.account <> o.management_account",
                [&organization],
                |row| row.get(0),
            )?
            .unwrap_or(0);
            if members > 0 {
                return Err(StoreError::DeleteConflict {
                    kind: EntityKind::Organization,
                    name: organization,
                    reason: ConflictReason::MemberAccounts,
                });
            }
            for table in [
                "organization_accounts",
                "organization_parents",
                "create_account_requests",
            ] {
                execute(
                    tx,
                    &format!("DELETE FROM {table} WHERE organization = ?1"),
                    [&organization],
                )?;
            }
            if execute(
                tx,
                "DELETE FROM organizations WHERE id = ?1",
                [&organization],
            )? == 0
            {
                return Err(StoreError::not_found(
                    EntityKind::Organization,
                    &organization,
                ));
            }
            Ok(())
        })
        .await
    }

    /// Every root and OU of the organization, in id order.
    pub async fn organization_parents(&self, organization: &str) -> Result<Vec<OrgParent>> {
        self.read(|conn| {
            all(
                conn,
                &format!("{SELECT_PARENT} WHERE organization = ?1 ORDER BY id"),
                [organization],
                |row| row.try_into(),
            )?
            .into_iter()
            .map(parent)
            .collect()
        })
    }

    /// Creates an OU; `NotFound` (parent) when the parent is not a root or OU of the
    /// organization, `AlreadyExists` (parent, by name) when the parent has an OU of that name.
    pub async fn create_organizational_unit(
        &self,
        organization: &str,
        new: NewOrganizationalUnit,
    ) -> Result<OrgParent> {
        let organization = organization.to_owned();
        self.write(move |tx| {
            existing_parent(tx, &organization, &new.parent)?;
            execute(
                tx,
                "INSERT INTO organization_parents (id, organization, parent, name, created) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                (
                    &new.id,
                    &organization,
                    &new.parent,
                    &new.name,
                    epoch(new.created),
                ),
            )
            .map_err(|err| {
                StoreError::on_create(err, EntityKind::OrganizationParent, &new.id, &new.name)
            })?;
            Ok(OrgParent {
                id: new.id,
                parent: Some(new.parent),
                name: new.name,
                created: as_stored(new.created)?,
            })
        })
        .await
    }

    /// Deletes an OU; `NotFound` when it is not an OU of the organization, `DeleteConflict`
    /// (`OrganizationalUnitChildren`) while it holds accounts or OUs.
    pub async fn delete_organizational_unit(&self, organization: &str, id: &str) -> Result<()> {
        let (organization, id) = (organization.to_owned(), id.to_owned());
        self.write(move |tx| {
            let children: i64 = optional(
                tx,
                "SELECT (SELECT COUNT(*) FROM organization_parents WHERE parent = ?1) + \
                 (SELECT COUNT(*) FROM organization_accounts WHERE parent = ?1)",
                [&id],
                |row| row.get(0),
            )?
            .unwrap_or(0);
            let found = optional(
                tx,
                "SELECT 1 FROM organization_parents \
                 WHERE organization = ?1 AND id = ?2 AND parent IS NOT NULL",
                [&organization, &id],
                |_| Ok(()),
            )?;
            if found.is_none() {
                return Err(StoreError::not_found(EntityKind::OrganizationParent, &id));
            }
            if children > 0 {
                return Err(StoreError::DeleteConflict {
                    kind: EntityKind::OrganizationParent,
                    name: id,
                    reason: ConflictReason::OrganizationalUnitChildren,
                });
            }
            execute(tx, "DELETE FROM organization_parents WHERE id = ?1", [&id])?;
            Ok(())
        })
        .await
    }

    /// Every account of the organization, in account id order.
    pub async fn organization_accounts(&self, organization: &str) -> Result<Vec<OrgAccount>> {
        self.read(|conn| {
            all(
                conn,
                &format!("{SELECT_ACCOUNT} WHERE organization = ?1 ORDER BY account"),
                [organization],
                |row| row.try_into(),
            )?
            .into_iter()
            .map(account)
            .collect()
        })
    }

    /// Makes a member account in the organization's root, with its access role and that
    /// role's policy, and records the request as succeeded; when another account has the
    /// email, records it as failed (`EMAIL_ALREADY_EXISTS`) and makes nothing. Either way the
    /// request is returned.
    pub async fn create_member_account(
        &self,
        organization: &str,
        new: NewMemberAccount,
    ) -> Result<CreateAccountRequest> {
        let organization = organization.to_owned();
        let max_tags = self.limits().tags_per_resource;
        self.write(move |tx| {
            let email_key = new.email.to_lowercase();
            let taken = optional(
                tx,
                "SELECT 1 FROM organization_accounts WHERE email_key = ?1",
                [&email_key],
                |_| Ok(()),
            )?
            .is_some();
            let requested = epoch(new.requested);
            let (state, account, failure) = if taken {
                (CreateAccountState::Failed, None, Some(EMAIL_ALREADY_EXISTS))
            } else {
                let key = AccountKey::from(new.account);
                execute(
                    tx,
                    "INSERT INTO organization_accounts (account, organization, parent, name, \
                     email, email_key, joined_method, joined) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    (
                        &key,
                        &organization,
                        &new.root_id,
                        &new.name,
                        &new.email,
                        &email_key,
                        JoinedMethod::Created.as_str(),
                        requested,
                    ),
                )
                .map_err(|err| {
                    StoreError::on_create(err, EntityKind::OrganizationAccount, &key, &new.email)
                })?;
                let role = roles::insert(tx, &key, new.access_role, None, max_tags)?;
                execute(
                    tx,
                    "INSERT INTO policy_attachments (owner_kind, owner_id, account, policy_arn) \
                     VALUES (?1, ?2, ?3, ?4)",
                    (
                        Resource::Role.code(),
                        &role.id,
                        &key,
                        &new.access_policy_arn,
                    ),
                )?;
                (CreateAccountState::Succeeded, Some(new.account), None)
            };
            execute(
                tx,
                "INSERT INTO create_account_requests (id, organization, account_name, state, \
                 requested, completed, account, failure_reason) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)",
                (
                    &new.request_id,
                    &organization,
                    &new.name,
                    state.as_str(),
                    requested,
                    account.map(|id| AccountKey::from(id).to_string()),
                    failure,
                ),
            )
            .map_err(|err| {
                StoreError::on_create(
                    err,
                    EntityKind::CreateAccountRequest,
                    &new.request_id,
                    &new.request_id,
                )
            })?;
            let at = as_stored(new.requested)?;
            Ok(CreateAccountRequest {
                id: new.request_id,
                account_name: new.name,
                state,
                requested: at,
                completed: Some(at),
                account,
                failure_reason: failure.map(str::to_owned),
            })
        })
        .await
    }

    /// A CreateAccount request of the organization, if there is one with that id.
    pub async fn create_account_request(
        &self,
        organization: &str,
        id: &str,
    ) -> Result<Option<CreateAccountRequest>> {
        self.read(|conn| {
            optional(
                conn,
                &format!("{SELECT_REQUEST} WHERE organization = ?1 AND id = ?2"),
                [organization, id],
                |row| row.try_into(),
            )?
            .map(request)
            .transpose()
        })
    }

    /// Moves an account of the organization from `source` to `destination`. `NotFound`
    /// naming what is missing: the account (organization account), or the source or the
    /// destination (parent, by id); `NotFound` (organization account) too when the account
    /// is not in `source`; `AlreadyExists` (organization account) when it is already in
    /// `destination`.
    pub async fn move_account(
        &self,
        organization: &str,
        account: AccountId,
        source: &str,
        destination: &str,
    ) -> Result<()> {
        let (organization, source, destination) = (
            organization.to_owned(),
            source.to_owned(),
            destination.to_owned(),
        );
        let key = AccountKey::from(account);
        self.write(move |tx| {
            existing_parent(tx, &organization, &source)?;
            existing_parent(tx, &organization, &destination)?;
            let current: Option<String> = optional(
                tx,
                "SELECT parent FROM organization_accounts WHERE organization = ?1 AND account = ?2",
                (&organization, &key),
                |row| row.get(0),
            )?;
            match current {
                Some(parent) if parent == destination => Err(StoreError::already_exists(
                    EntityKind::OrganizationAccount,
                    &key,
                )),
                Some(parent) if parent == source => {
                    execute(
                        tx,
                        "UPDATE organization_accounts SET parent = ?2 WHERE account = ?1",
                        (&key, &destination),
                    )?;
                    Ok(())
                }
                _ => Err(StoreError::not_found(EntityKind::OrganizationAccount, &key)),
            }
        })
        .await
    }
}
