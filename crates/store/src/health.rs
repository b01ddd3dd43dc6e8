//! Whether a store's database is whole: a fast check when a store opens, SQLite's full
//! integrity check on demand, and consistent copies of a live store.
//!
//! The check at open must stay within start-up's budget (milliseconds), and SQLite's
//! `quick_check` reads every page (90 ms for 100,000 users). So every store gets the checks
//! that read a few bytes: the main file's header against its length (a main file cut short,
//! its write-ahead log kept, is the damage a bad copy or a full disk leaves; the log is read
//! only when the file is shorter than its header says) and the schema; only a small store also
//! gets `quick_check`.

use std::fs::File;
use std::io::{self, Read};
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
    let mut verdict = check_header(&header, len, &Log::default());
    if verdict.is_err() {
        // Only a file shorter than its header says needs the log read (most opens read none):
        // a checkpoint cut short by a crash leaves such a file too, the missing pages in the log.
        let logged = match File::open(&wal) {
            Ok(log) => read_log(io::BufReader::new(log)).map_err(|err| unreadable(&wal, err))?,
            Err(err) if err.kind() == io::ErrorKind::NotFound => Log::default(),
            Err(err) => return Err(unreadable(&wal, err)),
        };
        verdict = check_header(&header, len, &logged);
    }
    verdict.map_err(|problem| {
        StoreError::Damaged(format!("the database file {} {problem}", path.display()))
    })
}

/// What a write-ahead log holds that SQLite would read: the frames up to its last valid commit.
#[derive(Debug, Default)]
struct Log {
    page_size: u64,
    /// The pages those frames hold.
    pages: std::collections::HashSet<u32>,
    /// The database's size in pages after the last commit, if the log holds one.
    size: Option<u32>,
}

/// Reads a write-ahead log as SQLite recovers it: frames count while their salts match the
/// header's and their checksums chain; pages count once a commit frame ends their transaction.
fn read_log(mut log: impl Read) -> io::Result<Log> {
    let mut header = [0u8; 32];
    if let Err(err) = log.read_exact(&mut header) {
        // Empty or cut inside its header: SQLite ignores such a log.
        return if err.kind() == io::ErrorKind::UnexpectedEof {
            Ok(Log::default())
        } else {
            Err(err)
        };
    }
    let word = |bytes: &[u8], at: usize| -> u32 {
        bytes
            .get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, u32::from_be_bytes)
    };
    let magic = word(&header, 0);
    if magic & !1 != 0x377f_0682 {
        return Ok(Log::default());
    }
    let big_endian = magic & 1 == 1;
    let page_size = u64::from(word(&header, 8));
    let Ok(page_len) = usize::try_from(page_size) else {
        return Ok(Log::default());
    };
    if !(512..=65_536).contains(&page_size) || !page_size.is_power_of_two() {
        return Ok(Log::default());
    }
    let sum = |mut s: (u32, u32), bytes: &[u8]| {
        for pair in bytes.chunks_exact(8) {
            let (a, b) = pair.split_at(4);
            let read = |w: &[u8]| {
                let w = <[u8; 4]>::try_from(w).unwrap_or_default();
                if big_endian {
                    u32::from_be_bytes(w)
                } else {
                    u32::from_le_bytes(w)
                }
            };
            s.0 = s.0.wrapping_add(read(a)).wrapping_add(s.1);
            s.1 = s.1.wrapping_add(read(b)).wrapping_add(s.0);
        }
        s
    };
    let mut checksum = sum((0, 0), header.get(..24).unwrap_or_default());
    if checksum != (word(&header, 24), word(&header, 28)) {
        return Ok(Log::default());
    }
    let mut found = Log {
        page_size,
        ..Log::default()
    };
    let mut pending = Vec::new();
    let mut frame = [0u8; 24];
    let mut page = vec![0u8; page_len];
    while log.read_exact(&mut frame).is_ok() && log.read_exact(&mut page).is_ok() {
        if frame.get(8..16) != header.get(16..24) {
            break;
        }
        checksum = sum(sum(checksum, frame.get(..8).unwrap_or_default()), &page);
        if checksum != (word(&frame, 16), word(&frame, 20)) {
            break;
        }
        pending.push(word(&frame, 0));
        let size = word(&frame, 4);
        if size != 0 {
            found.pages.extend(pending.drain(..));
            found.size = Some(size);
        }
    }
    Ok(found)
}

/// What is wrong with a database file of `len` bytes that starts with `header`, beside the
/// write-ahead log `logged`, if anything: a page of the database in neither.
fn check_header(header: &[u8; HEADER_LEN], len: u64, logged: &Log) -> Result<(), String> {
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
    // The database's size: the log's last commit says it, else the header's page count (at
    // offset 28), which holds when the change counter (24) matches the version-valid-for
    // number (92), as SQLite has kept it since 3.7.0.
    let logged_size = logged.size.filter(|_| logged.page_size == page_size);
    let counted = field(28);
    let size = match logged_size {
        Some(size) => size,
        None if counted != 0 && field(24) == field(92) => counted,
        None => return Ok(()),
    };
    // Pages past the file's end must come from the log. (A checkpoint cut short by a crash
    // leaves the header's new count in a file not yet grown to it, the pages in the log.)
    let held = u32::try_from(len / page_size).unwrap_or(u32::MAX);
    let logged_pages = if logged_size.is_some() {
        &logged.pages
    } else {
        &std::collections::HashSet::new()
    };
    if let Some(missing) = (held.saturating_add(1)..=size).find(|p| !logged_pages.contains(p)) {
        return Err(format!(
            "is cut short: it holds {held} pages of {page_size} bytes, its write-ahead log does \
             not hold page {missing}, and the database has {size}"
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
        let conn = crate::sqlite::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
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
    let source = crate::sqlite::connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
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
    use rusqlite::config::DbConfig;

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
    async fn a_checkpoint_cut_short_by_a_crash_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let store = Store::open(&path).await.unwrap();
        Conn::open(&path)
            .unwrap()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")
            .unwrap();
        let before = std::fs::metadata(&path).unwrap().len();
        add_users(&store, "111111111111", 3000).await;
        let crashed = dir.path().join("crashed");
        crash_copy(&path, &crashed);
        // The checkpoint copies the log's pages into the file (page 1 with the new page count
        // first); the crash stops it before the file has grown to that count, the log intact.
        let conn = Conn::open(&crashed).unwrap();
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(PASSIVE)")
            .unwrap();
        drop(conn);
        let grown = std::fs::metadata(&crashed).unwrap().len();
        assert!(grown > before + 8 * 4096, "{before} → {grown}");
        File::options()
            .write(true)
            .open(&crashed)
            .unwrap()
            .set_len(before + 4096)
            .unwrap();

        drop(Store::open(&crashed).await.unwrap());
        assert_eq!(users(&crashed), 3000);
        assert_eq!(integrity_check(&crashed).unwrap(), Vec::<String>::new());
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
        let none = Log::default();
        let mut header = [0u8; HEADER_LEN];
        header[..16].copy_from_slice(MAGIC);
        header[16..18].copy_from_slice(&4096u16.to_be_bytes());
        header[28..32].copy_from_slice(&10u32.to_be_bytes());
        assert_eq!(check_header(&header, 10 * 4096, &none), Ok(()));
        assert!(
            check_header(&header, 9 * 4096, &none)
                .unwrap_err()
                .contains("cut short")
        );
        // Pages past the end are fine when the log holds them (a checkpoint cut short).
        let logged = Log {
            page_size: 4096,
            pages: [10, 11].into_iter().collect(),
            size: Some(11),
        };
        assert_eq!(check_header(&header, 9 * 4096, &logged), Ok(()));
        assert!(
            check_header(&header, 8 * 4096, &logged)
                .unwrap_err()
                .contains("page 9")
        );
        // A page count SQLite itself would not trust is not held against the file.
        header[24..28].copy_from_slice(&7u32.to_be_bytes());
        assert_eq!(check_header(&header, 4096, &none), Ok(()));
        header[16..18].copy_from_slice(&1000u16.to_be_bytes());
        assert!(
            check_header(&header, 4096, &none)
                .unwrap_err()
                .contains("page size")
        );
        header[0] = b'X';
        assert!(
            check_header(&header, 4096, &none)
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
