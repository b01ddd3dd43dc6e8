//! Whether a store's database is whole: a fast check when a store opens, SQLite's full
//! integrity check on demand, and consistent copies of a live store.
//!
//! The check at open must stay within start-up's budget (milliseconds), and SQLite's
//! `quick_check` reads every page (90 ms for 100,000 users). So every store gets the checks
//! that read a few bytes: the main file's header against its length (a main file cut short,
//! its write-ahead log kept, is the damage a bad copy or a full disk leaves) and the schema;
//! only a small store also gets `quick_check`.

use std::fs::File;
use std::io::{self, Read as _};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{ErrorCode, OpenFlags};

use crate::db::{Conn, one};
use crate::error::{Result, StoreError};

/// The SQLite database header, as far as the checks read it.
const HEADER_LEN: usize = 100;
const MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// Stores of at most this many pages (1 MiB at the default 4 KiB page) also get `quick_check`
/// when they open: a few milliseconds at most.
const QUICK_CHECK_MAX_PAGES: i64 = 256;
/// How long a backup waits for a source that stays locked (a rollback-journal writer; a WAL
/// source never blocks it).
const BACKUP_PATIENCE: Duration = Duration::from_secs(30);

/// The write-ahead log beside the database file at `path`.
fn wal_path(path: &Path) -> PathBuf {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    PathBuf::from(wal)
}

fn unreadable(path: &Path, source: io::Error) -> StoreError {
    StoreError::Unreadable {
        path: path.to_owned(),
        source,
    }
}

/// Checks, reading only the header, that the database file at `path` is as long as its header
/// says, and that it is there if its write-ahead log is. A database that does not exist yet
/// (neither file) passes.
pub(crate) fn check_files(path: &Path) -> Result<()> {
    let wal = wal_path(path);
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            let wal_len = match std::fs::metadata(&wal) {
                Ok(meta) => meta.len(),
                Err(err) if err.kind() == io::ErrorKind::NotFound => 0,
                Err(err) => return Err(unreadable(&wal, err)),
            };
            if wal_len > 0 {
                return Err(StoreError::Damaged(format!(
                    "the database file {} is missing, but its write-ahead log is there",
                    path.display()
                )));
            }
            return Ok(());
        }
        Err(err) => return Err(unreadable(path, err)),
    };
    let len = file.metadata().map_err(|err| unreadable(path, err))?.len();
    if len == 0 {
        // A new database whose first writes are still all in the write-ahead log.
        return Ok(());
    }
    let mut header = [0u8; HEADER_LEN];
    if let Err(err) = file.read_exact(&mut header) {
        return Err(if err.kind() == io::ErrorKind::UnexpectedEof {
            StoreError::Damaged(format!(
                "the database file {} is cut short ({len} bytes, less than its header)",
                path.display()
            ))
        } else {
            unreadable(path, err)
        });
    }
    check_header(&header, len).map_err(|problem| {
        StoreError::Damaged(format!("the database file {} {problem}", path.display()))
    })
}

/// What is wrong with a database file of `len` bytes that starts with `header`, if anything.
fn check_header(header: &[u8; HEADER_LEN], len: u64) -> Result<(), String> {
    let field = |at: usize| -> u32 {
        header
            .get(at..at + 4)
            .and_then(|bytes| <[u8; 4]>::try_from(bytes).ok())
            .map_or(0, u32::from_be_bytes)
    };
    if header.get(..MAGIC.len()) != Some(MAGIC.as_slice()) {
        return Err("is not a SQLite database".to_owned());
    }
    let size_field = header
        .get(16..18)
        .and_then(|bytes| <[u8; 2]>::try_from(bytes).ok())
        .map_or(0, u16::from_be_bytes);
    let page_size = match size_field {
        1 => 65_536,
        size if size >= 512 && size.is_power_of_two() => u64::from(size),
        size => return Err(format!("has an impossible page size ({size})")),
    };
    // The page count at offset 28 holds when the change counter (24) matches the
    // version-valid-for number (92), as SQLite has kept it since 3.7.0.
    let pages = u64::from(field(28));
    if pages != 0 && field(24) == field(92) && pages * page_size > len {
        return Err(format!(
            "is cut short: its header counts {pages} pages of {page_size} bytes, the file holds {}",
            len / page_size
        ));
    }
    Ok(())
}

/// Checks what a damaged store's first reads would trip over: the schema, and for a small store
/// every page (`quick_check`).
pub(crate) fn check_contents(conn: &Conn) -> Result<()> {
    let pages: i64 = one(conn, "PRAGMA page_count", [], |row| row.get(0))?;
    one(conn, "SELECT COUNT(*) FROM sqlite_schema", [], |row| {
        row.get::<_, i64>(0)
    })?;
    if pages <= QUICK_CHECK_MAX_PAGES {
        let verdict: String = one(conn, "PRAGMA quick_check(1)", [], |row| row.get(0))?;
        if verdict != "ok" {
            return Err(StoreError::Damaged(verdict));
        }
    }
    Ok(())
}

/// SQLite's word that the database is damaged, as [`StoreError::Damaged`].
pub(crate) fn damaged_if_corrupt(err: StoreError) -> StoreError {
    match &err {
        StoreError::Backend(rusqlite::Error::SqliteFailure(failure, message))
            if matches!(
                failure.code,
                ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase
            ) =>
        {
            StoreError::Damaged(message.clone().unwrap_or_else(|| failure.to_string()))
        }
        _ => err,
    }
}

/// Runs SQLite's full `integrity_check` on the database at `path`, read-only (a running server
/// may keep writing): the problems found, none when the database is whole.
pub fn integrity_check(path: &Path) -> Result<Vec<String>> {
    match check_files(path).and_then(|()| existing(path)) {
        Ok(()) => {}
        Err(StoreError::Damaged(problem)) => return Ok(vec![problem]),
        Err(err) => return Err(err),
    }
    let checked = (|| {
        let conn = crate::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut statement = conn.prepare("PRAGMA integrity_check")?;
        let lines = statement
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(lines)
    })()
    .map_err(damaged_if_corrupt);
    match checked {
        Ok(lines) if lines.iter().all(|line| line == "ok") => Ok(Vec::new()),
        Ok(lines) => Ok(lines),
        Err(StoreError::Damaged(problem)) => Ok(vec![problem]),
        Err(err) => Err(err),
    }
}

/// Fails unless the database file at `path` exists: the checks and copies of a store must not
/// create an empty one.
fn existing(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(_) => Ok(()),
        Err(err) => Err(unreadable(path, err)),
    }
}

/// Copies the database at `path` to a new file `dest` with SQLite's online backup API: a
/// consistent snapshot, taken in one read transaction, while a running server keeps writing.
/// A damaged database is not copied; a failed copy leaves no `dest` behind.
pub fn backup(path: &Path, dest: &Path) -> Result<()> {
    check_files(path)?;
    existing(path)?;
    if dest.exists() {
        return Err(unreadable(
            dest,
            io::Error::new(io::ErrorKind::AlreadyExists, "it exists already"),
        ));
    }
    let copied = copy_database(path, dest);
    if copied.is_err() {
        let _ = std::fs::remove_file(dest);
    }
    copied
}

fn copy_database(path: &Path, dest: &Path) -> Result<()> {
    let source = crate::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let mut target = Conn::open_with_flags(
        dest,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )?;
    let copy = Backup::new(&source, &mut target)?;
    let started = Instant::now();
    loop {
        match copy
            .step(-1)
            .map_err(|err| damaged_if_corrupt(err.into()))?
        {
            StepResult::Done => return Ok(()),
            StepResult::More => {}
            _ if started.elapsed() < BACKUP_PATIENCE => {
                std::thread::sleep(Duration::from_millis(50));
            }
            _ => {
                return Err(unreadable(
                    path,
                    io::Error::new(io::ErrorKind::TimedOut, "it stayed locked; no copy made"),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    /// Adds `count` users to account `account`, in one write.
    async fn add_users(store: &Store, account: &'static str, count: usize) {
        store
            .write(move |conn| {
                for i in 0..count {
                    let name = format!("user-{i:06}-{}", "x".repeat(200));
                    conn.execute(
                        "INSERT INTO users (id, account, name, name_key, path, created)
                         VALUES (?1, ?2, ?3, ?3, '/', 0)",
                        (format!("AIDA{account}{i:08}"), account, name),
                    )?;
                }
                Ok(())
            })
            .await
            .unwrap();
    }

    fn users(path: &Path) -> i64 {
        Conn::open(path)
            .unwrap()
            .query_row("SELECT COUNT(*) FROM users", [], |row| row.get(0))
            .unwrap()
    }

    /// What a crash leaves of the open store at `from`: its database and write-ahead log,
    /// copied into `to`.
    fn crash_copy(from: &Path, to: &Path) {
        std::fs::copy(from, to).unwrap();
        std::fs::copy(wal_path(from), wal_path(to)).unwrap();
    }

    #[tokio::test]
    async fn a_database_cut_short_with_its_log_kept_does_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = Store::open(&path).await.unwrap();
        add_users(&store, "111111111111", 3000).await;
        // Fold the log into the database file, then leave more writes in the log only.
        Conn::open(&path)
            .unwrap()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        add_users(&store, "222222222222", 100).await;

        let whole = dir.path().join("whole");
        crash_copy(&path, &whole);
        let cut = dir.path().join("cut");
        crash_copy(&path, &cut);
        let len = std::fs::metadata(&cut).unwrap().len();
        assert!(len > 64 * 4096, "the database file holds {len} bytes");
        File::options()
            .write(true)
            .open(&cut)
            .unwrap()
            .set_len(len / 2)
            .unwrap();

        let opened = Store::open(&cut).await;
        assert!(
            matches!(&opened, Err(StoreError::Damaged(problem)) if problem.contains("cut short")),
            "{:?}",
            opened.err()
        );
        // Refused and left as found: the log is not folded into the damaged file.
        assert_eq!(std::fs::metadata(&cut).unwrap().len(), len / 2);
        assert!(!integrity_check(&cut).unwrap().is_empty());

        drop(Store::open(&whole).await.unwrap());
        assert_eq!(users(&whole), 3100);
        assert_eq!(integrity_check(&whole).unwrap(), Vec::<String>::new());
    }

    #[tokio::test]
    async fn a_small_database_with_a_garbled_page_does_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = Store::open(&path).await.unwrap();
        add_users(&store, "111111111111", 200).await;
        store.close().await;
        drop(store);
        Conn::open(&path)
            .unwrap()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        let root_page: i64 = Conn::open(&path)
            .unwrap()
            .query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'users'",
                [],
                |row| row.get(0),
            )
            .unwrap();
        let mut bytes = std::fs::read(&path).unwrap();
        let at = usize::try_from(root_page - 1).unwrap() * 4096;
        bytes[at..at + 4096].fill(0x5a);
        std::fs::write(&path, &bytes).unwrap();

        let opened = Store::open(&path).await;
        assert!(
            matches!(opened, Err(StoreError::Damaged(_))),
            "{:?}",
            opened.err()
        );
        assert!(!integrity_check(&path).unwrap().is_empty());
    }

    #[tokio::test]
    async fn a_log_without_its_database_does_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        std::fs::write(wal_path(&path), b"left over").unwrap();
        let opened = Store::open(&path).await;
        assert!(
            matches!(&opened, Err(StoreError::Damaged(problem)) if problem.contains("missing")),
            "{:?}",
            opened.err()
        );
        assert!(!path.exists());
    }

    #[test]
    fn a_header_is_checked_against_the_length() {
        let mut header = [0u8; HEADER_LEN];
        header[..16].copy_from_slice(MAGIC);
        header[16..18].copy_from_slice(&4096u16.to_be_bytes());
        header[28..32].copy_from_slice(&10u32.to_be_bytes());
        assert_eq!(check_header(&header, 10 * 4096), Ok(()));
        assert!(
            check_header(&header, 9 * 4096)
                .unwrap_err()
                .contains("cut short")
        );
        // A page count SQLite itself would not trust is not held against the file.
        header[24..28].copy_from_slice(&7u32.to_be_bytes());
        assert_eq!(check_header(&header, 4096), Ok(()));
        header[16..18].copy_from_slice(&1000u16.to_be_bytes());
        assert!(
            check_header(&header, 4096)
                .unwrap_err()
                .contains("page size")
        );
        header[0] = b'X';
        assert!(
            check_header(&header, 4096)
                .unwrap_err()
                .contains("not a SQLite")
        );
    }

    #[tokio::test]
    async fn a_backup_is_a_consistent_copy_taken_while_writes_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = Store::open(&path).await.unwrap();
        add_users(&store, "111111111111", 2000).await;
        let writing = {
            let store = store.clone();
            tokio::spawn(async move {
                for i in 0..200_u32 {
                    // Two users per transaction: a consistent copy holds an even number.
                    store
                        .write(move |conn| {
                            for half in ["a", "b"] {
                                conn.execute(
                                    "INSERT INTO users (id, account, name, name_key, path, created)
                                     VALUES (?1, '222222222222', ?1, ?1, '/', 0)",
                                    [format!("AIDA{half}{i:08}")],
                                )?;
                            }
                            Ok(())
                        })
                        .await
                        .unwrap();
                }
            })
        };
        let copy = dir.path().join("copy");
        let from = path.clone();
        let to = copy.clone();
        tokio::task::spawn_blocking(move || backup(&from, &to))
            .await
            .unwrap()
            .unwrap();
        writing.await.unwrap();
        let copied = users(&copy);
        assert!(copied >= 2000 && copied % 2 == 0, "{copied} users copied");
        assert_eq!(integrity_check(&copy).unwrap(), Vec::<String>::new());
        drop(Store::open(&copy).await.unwrap());
        // A second backup to the same place is refused rather than overwriting the first.
        assert!(matches!(
            backup(&path, &copy),
            Err(StoreError::Unreadable { .. })
        ));
        assert_eq!(users(&copy), copied);
    }
}
