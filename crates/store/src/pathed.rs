//! The pathed, named entities: users, groups, roles and instance profiles, described once.
//!
//! Each lives in a table of its own whose rows start with the same six columns (`name_key`,
//! `account`, `id`, `name`, `path`, `created`): unique per account by `name_key`, the
//! lower-cased name (IAM names are unique whatever their case, and keep the case they were
//! given), found by name or by unique id, and listed by path prefix in `name_key` order, a page
//! at a time. A [`Table`] describes one such table (its name, the `SELECT` of its rows, what
//! keeps a row from being deleted, whether it has tags); [`Pathed`] ties an entity type to its
//! table and reads the columns that are its own. The lookups, listings, renames and deletes
//! below then serve every one of them.

use std::sync::OnceLock;

use gatehouse_token::AccountId;
use rusqlite::{OptionalExtension as _, ToSql};

use crate::Store;
use crate::db::{AccountKey, Conn, Resource, all, execute, name_key, optional};
use crate::error::{ConflictReason, EntityKind, Result, StoreError};
use crate::page::{Page, PageRequest};
use crate::tags::{self, Tag};

/// One table of pathed, named entities.
pub struct Table {
    /// What `NotFound`, `AlreadyExists` and `DeleteConflict` name.
    pub(crate) kind: EntityKind,
    /// What its tags, inline policies and attachments hang from.
    pub(crate) resource: Resource,
    /// The table's name.
    name: &'static str,
    /// The alias that `select` gives the table.
    alias: &'static str,
    /// `SELECT` of a row, `FROM` the table under `alias`: the six common columns, then the
    /// entity's own ([`Pathed::read_own`] reads them).
    select: &'static str,
    /// What keeps a row from being deleted, in the order reported: an `EXISTS` test over the
    /// row `o` (`?3` is the owner kind code of [`Resource::code`]) and the reason it gives.
    blockers: &'static [(&'static str, ConflictReason)],
    /// Whether rows carry tags: read with the entity by name, cleared when it is deleted.
    tagged: bool,
    /// The statements, made from the above on first use.
    sql: OnceLock<Sql>,
}

/// The statements of a [`Table`].
struct Sql {
    by_name: String,
    by_id: String,
    in_account: String,
    page: String,
    id: String,
    set_path: String,
    set_name: String,
    set_boundary: String,
    delete_check: String,
    delete: String,
}

/// Blocks the deletion of a user, group or role that has inline policies.
pub(crate) const INLINE_POLICIES: (&str, ConflictReason) = (
    "EXISTS (SELECT 1 FROM inline_policies WHERE owner_kind = ?3 AND owner_id = o.id)",
    ConflictReason::InlinePolicies,
);

/// Blocks the deletion of a user, group or role that has managed policies attached.
pub(crate) const ATTACHED_POLICIES: (&str, ConflictReason) = (
    "EXISTS (SELECT 1 FROM policy_attachments WHERE owner_kind = ?3 AND owner_id = o.id)",
    ConflictReason::AttachedPolicies,
);

impl Table {
    /// Describes a table; see the fields for what each argument is.
    pub(crate) const fn new(
        kind: EntityKind,
        resource: Resource,
        name: &'static str,
        alias: &'static str,
        select: &'static str,
        blockers: &'static [(&'static str, ConflictReason)],
        tagged: bool,
    ) -> Self {
        Self {
            kind,
            resource,
            name,
            alias,
            select,
            blockers,
            tagged,
            sql: OnceLock::new(),
        }
    }

    fn sql(&self) -> &Sql {
        self.sql.get_or_init(|| {
            let Self {
                name,
                alias: a,
                select,
                ..
            } = *self;
            let blockers: String = self
                .blockers
                .iter()
                .map(|(test, _)| format!(", {test}"))
                .collect();
            Sql {
                by_name: format!("{select} WHERE {a}.account = ?1 AND {a}.name_key = ?2"),
                by_id: format!("{select} WHERE {a}.id = ?1"),
                in_account: format!("{select} WHERE {a}.account = ?1 ORDER BY {a}.name_key"),
                page: format!(
                    "{select} WHERE {a}.account = ?1 AND {a}.name_key > ?2 \
                     AND substr({a}.path, 1, length(?3)) = ?3 ORDER BY {a}.name_key LIMIT ?4"
                ),
                id: format!("SELECT id FROM {name} WHERE account = ?1 AND name_key = ?2"),
                set_path: format!("UPDATE {name} SET path = ?1 WHERE id = ?2"),
                set_name: format!("UPDATE {name} SET name = ?1, name_key = ?2 WHERE id = ?3"),
                set_boundary: format!("UPDATE {name} SET boundary_arn = ?1 WHERE id = ?2"),
                delete_check: format!(
                    "SELECT o.id{blockers} FROM {name} o WHERE o.account = ?1 AND o.name_key = ?2"
                ),
                delete: format!("DELETE FROM {name} WHERE id = ?1"),
            }
        })
    }
}

/// The six columns every pathed entity's row starts with.
pub struct Named {
    /// The lower-cased name: the sort key of listings and their markers.
    pub(crate) name_key: String,
    pub(crate) account: String,
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) path: String,
    /// Epoch seconds.
    pub(crate) created: i64,
}

/// A pathed, named entity: [`User`](crate::User), [`Group`](crate::Group),
/// [`Role`](crate::Role) or [`InstanceProfile`](crate::InstanceProfile), stored in a [`Table`]
/// of its own. Only the store implements it (a `Table` is made by the store alone).
pub trait Pathed: Sized + Send + 'static {
    /// The columns that are its own, as read.
    type Own;

    /// Its table.
    const TABLE: &'static Table;

    /// Reads its own columns, which follow the six common ones in [`Table`]'s `select`.
    fn read_own(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self::Own>;

    /// The entity from its row; `conn` reads what it keeps in other tables. Tags are left
    /// empty.
    fn assemble(conn: &Conn, named: Named, own: Self::Own) -> Result<Self>;

    /// Gives a tagged entity its tags.
    fn set_tags(&mut self, _tags: Vec<Tag>) {}

    /// Whether reading one reads other tables too (an instance profile's role), so that a
    /// listing must run in one read transaction.
    const READS_OTHER_TABLES: bool = false;
}

/// A pathed entity that IAM renames and moves (`UpdateUser`, `UpdateGroup`).
pub trait Renamed: Pathed {}

/// A pathed entity with a permissions boundary (users and roles: a `boundary_arn` column).
pub trait Bounded: Pathed {}

/// Changes for `UpdateUser` and `UpdateGroup`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rename {
    /// The new name.
    pub new_name: Option<String>,
    /// The new path.
    pub new_path: Option<String>,
}

impl Store {
    /// The user, group, role or instance profile called `name` (any case), with its tags
    /// and, for an instance profile, its role (`GetUser`, `GetGroup`, `GetRole`,
    /// `GetInstanceProfile`; AssumeRole's lookup).
    pub async fn get<E: Pathed>(&self, account: AccountId, name: &str) -> Result<E> {
        let account = &AccountKey::from(account);
        if E::TABLE.tagged || E::READS_OTHER_TABLES {
            self.read_tx(|conn| get(conn, account, name))
        } else {
            self.read(|conn| get(conn, account, name))
        }
    }

    /// The entity with this unique id, in whatever account, without its tags (trust policies
    /// name principals by id).
    pub async fn by_id<E: Pathed>(&self, id: &str) -> Result<Option<E>> {
        self.read(|conn| by_id(conn, id))
    }

    /// The entities whose path starts with `path_prefix`, ordered by name, without their tags
    /// (`ListUsers`, `ListGroups`, `ListRoles`, `ListInstanceProfiles`).
    pub async fn list<E: Pathed>(
        &self,
        account: AccountId,
        path_prefix: Option<&str>,
        page: &PageRequest,
    ) -> Result<Page<E>> {
        let account = &AccountKey::from(account);
        if E::READS_OTHER_TABLES {
            self.read_tx(|conn| list(conn, account, path_prefix, page))
        } else {
            self.read(|conn| list(conn, account, path_prefix, page))
        }
    }

    /// Renames and/or moves a user or group (`UpdateUser`, `UpdateGroup`); a new name taken
    /// in any case is `AlreadyExists`.
    pub async fn rename<E: Renamed>(
        &self,
        account: AccountId,
        name: &str,
        update: Rename,
    ) -> Result<E> {
        let (account, name) = (AccountKey::from(account), name.to_owned());
        self.write(move |tx| {
            rename(
                tx,
                &account,
                &name,
                update.new_name.as_deref(),
                update.new_path.as_deref(),
            )
        })
        .await
    }

    /// Sets or removes the permissions boundary of a user or role
    /// (`PutUserPermissionsBoundary`, `DeleteRolePermissionsBoundary`, …).
    pub async fn set_permissions_boundary<E: Bounded>(
        &self,
        account: AccountId,
        name: &str,
        boundary: Option<&str>,
    ) -> Result<()> {
        let (account, name) = (AccountKey::from(account), name.to_owned());
        let boundary = boundary.map(str::to_owned);
        self.write(move |tx| set_boundary::<E>(tx, &account, &name, boundary.as_deref()))
            .await
    }

    /// Deletes a user, group, role or instance profile with its tags (`DeleteUser`, …).
    /// Refused with `DeleteConflict` while anything its table lists as blocking holds: for a
    /// user access keys, a login profile, MFA devices, group memberships, inline or attached
    /// policies; for a group members, inline or attached policies; for a role instance
    /// profiles, inline or attached policies; for an instance profile its role.
    pub async fn delete<E: Pathed>(&self, account: AccountId, name: &str) -> Result<()> {
        let (account, name) = (AccountKey::from(account), name.to_owned());
        self.write(move |tx| delete::<E>(tx, &account, &name)).await
    }
}

/// A row of a pathed entity, as read.
pub(crate) struct Fetched<E: Pathed> {
    named: Named,
    own: E::Own,
}

impl<E: Pathed> Fetched<E> {
    /// Reads a row of the table's `select` (or of any query with its columns, in its order).
    pub(crate) fn from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            named: Named {
                name_key: row.get(0)?,
                account: row.get(1)?,
                id: row.get(2)?,
                name: row.get(3)?,
                path: row.get(4)?,
                created: row.get(5)?,
            },
            own: E::read_own(row)?,
        })
    }

    fn into_entity(self, conn: &Conn) -> Result<E> {
        E::assemble(conn, self.named, self.own)
    }
}

/// The entity called `name` (any case) in `account`, with its tags if it has any.
pub(crate) fn get<E: Pathed>(conn: &Conn, account: &str, name: &str) -> Result<E> {
    let table = E::TABLE;
    let row = optional(
        conn,
        &table.sql().by_name,
        (account, name_key(name)),
        Fetched::<E>::from_row,
    )?;
    let row = row.ok_or_else(|| StoreError::not_found(table.kind, name))?;
    let id = row.named.id.clone();
    let mut entity = row.into_entity(conn)?;
    if table.tagged {
        entity.set_tags(tags::load(conn, table.resource, &id)?);
    }
    Ok(entity)
}

/// The entity with this unique id, in whatever account, without its tags.
pub(crate) fn by_id<E: Pathed>(conn: &Conn, id: &str) -> Result<Option<E>> {
    let row = optional(conn, &E::TABLE.sql().by_id, [id], Fetched::<E>::from_row)?;
    row.map(|row| row.into_entity(conn)).transpose()
}

/// The unique id of the entity called `name` (any case) in `account`, or `NotFound`.
pub(crate) fn id<E: Pathed>(conn: &Conn, account: &str, name: &str) -> Result<String> {
    let table = E::TABLE;
    optional(conn, &table.sql().id, (account, name_key(name)), |row| {
        row.get(0)
    })?
    .ok_or_else(|| StoreError::not_found(table.kind, name))
}

/// Every entity of `account`, by name, without tags.
pub(crate) fn in_account<E: Pathed>(conn: &Conn, account: &str) -> Result<Vec<E>> {
    fetch(conn, &E::TABLE.sql().in_account, [account])
}

/// The entities of `account` whose path starts with `path_prefix` (`/` when absent), by name,
/// one page of them, without tags.
pub(crate) fn list<E: Pathed>(
    conn: &Conn,
    account: &str,
    path_prefix: Option<&str>,
    page: &PageRequest,
) -> Result<Page<E>> {
    let start = page.start_key()?;
    fetch_page(
        conn,
        &E::TABLE.sql().page,
        (
            account,
            start,
            path_prefix.unwrap_or("/"),
            page.fetch_limit(),
        ),
        page,
    )
}

/// The entities a query with the table's columns returns, in its order.
pub(crate) fn fetch<E: Pathed>(
    conn: &Conn,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<Vec<E>> {
    all(conn, sql, params, Fetched::<E>::from_row)?
        .into_iter()
        .map(|row| row.into_entity(conn))
        .collect()
}

/// One page of what a query with the table's columns returns, ordered by `name_key` and
/// limited to [`PageRequest::fetch_limit`] rows.
pub(crate) fn fetch_page<E: Pathed>(
    conn: &Conn,
    sql: &str,
    params: impl rusqlite::Params,
    page: &PageRequest,
) -> Result<Page<E>> {
    let rows = all(conn, sql, params, Fetched::<E>::from_row)?;
    Page::from_rows(rows, page, |row| row.named.name_key.as_str())
        .try_map(|row| row.into_entity(conn))
}

/// Moves and/or renames the entity called `name`; a new name taken in any case is
/// `AlreadyExists`. Returns the entity as it is then, with its tags.
pub(crate) fn rename<E: Pathed>(
    tx: &Conn,
    account: &str,
    name: &str,
    new_name: Option<&str>,
    new_path: Option<&str>,
) -> Result<E> {
    let table = E::TABLE;
    let sql = table.sql();
    let id = id::<E>(tx, account, name)?;
    if let Some(path) = new_path {
        execute(tx, &sql.set_path, (path, &id))?;
    }
    if let Some(new_name) = new_name {
        execute(tx, &sql.set_name, (new_name, name_key(new_name), &id))
            .map_err(|err| StoreError::on_insert(err, table.kind, new_name))?;
    }
    get(tx, account, new_name.unwrap_or(name))
}

/// Sets or removes the permissions boundary of the entity called `name` (users and roles:
/// the tables with a `boundary_arn` column).
pub(crate) fn set_boundary<E: Pathed>(
    tx: &Conn,
    account: &str,
    name: &str,
    boundary: Option<&str>,
) -> Result<()> {
    let id = id::<E>(tx, account, name)?;
    execute(tx, &E::TABLE.sql().set_boundary, (boundary, &id))?;
    Ok(())
}

/// Deletes the entity called `name`, with its tags: `NotFound` when there is none,
/// `DeleteConflict` with the first of its table's blockers that holds.
pub(crate) fn delete<E: Pathed>(tx: &Conn, account: &str, name: &str) -> Result<()> {
    let table = E::TABLE;
    let sql = table.sql();
    let mut statement = tx.prepare_cached(&sql.delete_check)?;
    let key = name_key(name);
    let code = table.resource.code();
    let params: [&dyn ToSql; 3] = [&account, &key, &code];
    // `?3` is bound only where a blocker asks for it.
    let bound = params.get(..statement.parameter_count()).unwrap_or(&params);
    let found = statement
        .query_row(bound, |row| {
            let id: String = row.get(0)?;
            let held = (1..=table.blockers.len())
                .map(|column| row.get::<_, i64>(column))
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            Ok((id, held))
        })
        .optional()?;
    let (id, held) = found.ok_or_else(|| StoreError::not_found(table.kind, name))?;
    StoreError::refuse_delete(
        table.kind,
        name,
        held.into_iter()
            .zip(table.blockers.iter().map(|(_, reason)| *reason)),
    )?;
    execute(tx, &sql.delete, [&id])?;
    if table.tagged {
        tags::clear(tx, table.resource, &id)?;
    }
    Ok(())
}
