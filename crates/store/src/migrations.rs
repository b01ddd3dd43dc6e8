//! The schema, brought up to date when a store opens.
//!
//! Migrations are the numbered SQL files of `migrations/`, applied in order, each in its own
//! transaction; SQLite's `user_version` records the last one applied.

use crate::db::{Conn, one};
use crate::error::{Result, StoreError};

/// Every migration, by version, in order.
const MIGRATIONS: [(i64, &str); 8] = [
    (1, include_str!("../migrations/0001_initial.sql")),
    (2, include_str!("../migrations/0002_iam_details.sql")),
    (
        3,
        include_str!("../migrations/0003_outbound_federation.sql"),
    ),
    (4, include_str!("../migrations/0004_login_profiles.sql")),
    (
        5,
        include_str!("../migrations/0005_policy_tag_key_case.sql"),
    ),
    (6, include_str!("../migrations/0006_credential_reports.sql")),
    (7, include_str!("../migrations/0007_ssh_public_keys.sql")),
    (8, include_str!("../migrations/0008_organizations.sql")),
];

/// Applies the migrations `conn`'s database has not had yet.
pub(crate) fn migrate(conn: &mut Conn) -> Result<()> {
    let mut applied = applied_version(conn)?;
    let latest = MIGRATIONS.last().map_or(0, |(version, _)| *version);
    if applied > latest {
        return Err(StoreError::Migration(format!(
            "the database is at schema version {applied}, newer than this gatehouse knows ({latest})"
        )));
    }
    for (version, sql) in MIGRATIONS {
        if version <= applied {
            continue;
        }
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .map_err(|err| StoreError::Migration(format!("migration {version}: {err}")))?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        applied = version;
    }
    Ok(())
}

/// The last migration applied. Databases made before the schema version was kept in
/// `user_version` list their applied migrations in a `_sqlx_migrations` table instead.
fn applied_version(conn: &Conn) -> Result<i64> {
    let version: i64 = one(conn, "PRAGMA user_version", [], |row| row.get(0))?;
    if version != 0 {
        return Ok(version);
    }
    let listed: bool = one(
        conn,
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations')",
        [],
        |row| row.get(0),
    )?;
    if !listed {
        return Ok(0);
    }
    one(
        conn,
        "SELECT COALESCE(MAX(version), 0) FROM _sqlx_migrations WHERE success",
        [],
        |row| row.get(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(conn: &Conn) -> i64 {
        one(
            conn,
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'",
            [],
            |row| row.get(0),
        )
        .unwrap()
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Conn::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let made = tables(&conn);
        assert!(made > 10);
        migrate(&mut conn).unwrap();
        assert_eq!(tables(&conn), made);
        assert_eq!(applied_version(&conn).unwrap(), 8);
    }

    #[test]
    fn a_database_listing_its_migrations_in_the_old_table_is_not_migrated_again() {
        let conn = Conn::open_in_memory().unwrap();
        for (_, sql) in &MIGRATIONS[..2] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "CREATE TABLE _sqlx_migrations (version BIGINT PRIMARY KEY, success BOOLEAN NOT NULL);
             INSERT INTO _sqlx_migrations VALUES (1, TRUE), (2, TRUE);",
        )
        .unwrap();
        let mut conn = conn;
        migrate(&mut conn).unwrap();
        assert_eq!(applied_version(&conn).unwrap(), 8);
    }

    #[test]
    fn policy_tag_keys_become_unique_with_their_case() {
        let mut conn = Conn::open_in_memory().unwrap();
        for (_, sql) in &MIGRATIONS[..4] {
            conn.execute_batch(sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
        conn.execute_batch(
            "INSERT INTO tags (resource_kind, resource_id, key_lower, tag_key, tag_value) VALUES
             ('policy', 'ANPA1', 'team', 'Team', 'a'), ('user', 'AIDA1', 'team', 'Team', 'b');",
        )
        .unwrap();
        migrate(&mut conn).unwrap();
        let key_of = |kind: &str| -> String {
            one(
                &conn,
                "SELECT key_lower FROM tags WHERE resource_kind = ?1",
                [kind],
                |row| row.get(0),
            )
            .unwrap()
        };
        assert_eq!(key_of("policy"), "Team");
        assert_eq!(key_of("user"), "team");
    }

    #[test]
    fn a_newer_schema_is_refused() {
        let mut conn = Conn::open_in_memory().unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        assert!(matches!(migrate(&mut conn), Err(StoreError::Migration(_))));
    }
}
