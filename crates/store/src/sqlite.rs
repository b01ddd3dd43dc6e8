//! The SQLite engine: the state in a SQLite file (WAL, `synchronous=FULL`, written by the
//! writer thread of `src/writer.rs`, read on each thread's own read-only connection), or in
//! memory for ephemeral runs (one connection behind a lock).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use rusqlite::OpenFlags;
use rusqlite::config::DbConfig;
use thread_local::ThreadLocal;

use crate::db::Conn;
use crate::engine::{Engine, WriteStats};
use crate::error::Result;
use crate::writer::{Commits, Writer};
use crate::{health, migrations};

/// The SQLite engine.
pub struct Sqlite {
    backend: Backend,
    /// Committed write transactions so far: the store's generation.
    generation: Arc<AtomicU64>,
    /// How long write transactions took, and how many writes each held.
    commits: Arc<Commits>,
}

/// Where the state lives.
#[expect(
    clippy::large_enum_variant,
    reason = "there is one per store, behind its Arc"
)]
enum Backend {
    /// A SQLite file in WAL mode.
    File {
        path: PathBuf,
        /// The writer thread, owner of the one write connection.
        writer: Writer,
        /// Each thread's read-only connection, opened on its first read.
        readers: ThreadLocal<Conn>,
    },
    /// A database in memory: one connection, for reads and writes alike.
    Memory(Mutex<Conn>),
}

/// How long a connection waits on a lock held by another process before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Prepared statements each connection keeps (the store runs about two hundred distinct ones).
const STATEMENT_CACHE: usize = 256;

impl Sqlite {
    /// Opens (creating it if needed) the SQLite database file at `path`, checks it (quickly:
    /// see `src/health.rs`) and migrates it. A damaged database fails with
    /// [`StoreError::Damaged`](crate::StoreError::Damaged) and is left as it was found.
    pub(crate) fn open(path: &Path) -> Result<Self> {
        health::check_files(path)?;
        let conn = open_checked(path).map_err(health::damaged_if_corrupt)?;
        let generation = Arc::new(AtomicU64::new(0));
        let commits = Arc::new(Commits::new());
        let writer = Writer::start(conn, Arc::clone(&generation), Arc::clone(&commits))?;
        Ok(Self {
            backend: Backend::File {
                path: path.to_owned(),
                writer,
                readers: ThreadLocal::new(),
            },
            generation,
            commits,
        })
    }

    /// A fresh database in memory.
    pub(crate) fn in_memory() -> Result<Self> {
        let mut conn = Conn::open_in_memory()?;
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        migrations::migrate(&mut conn)?;
        Ok(Self {
            backend: Backend::Memory(Mutex::new(conn)),
            generation: Arc::new(AtomicU64::new(0)),
            commits: Arc::new(Commits::new()),
        })
    }

    /// [`Engine::write`], as an inherent method: the store's SQLite operations await this
    /// future, whose type (unlike that of a trait method's) the compiler can see through to
    /// prove it `Send` for callers that spawn them.
    pub(crate) async fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Conn) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        match &self.backend {
            Backend::File { writer, .. } => writer.write(write).await,
            Backend::Memory(conn) => self.write_in_memory(conn, write),
        }
    }

    /// Runs `write` in its own transaction on the memory database's connection.
    fn write_in_memory<T>(
        &self,
        conn: &Mutex<Conn>,
        write: impl FnOnce(&Conn) -> Result<T>,
    ) -> Result<T> {
        let conn = lock(conn);
        let began = Instant::now();
        conn.execute_batch("BEGIN IMMEDIATE")?;
        let outcome = write(&conn);
        match outcome {
            Ok(_) => {
                conn.execute_batch("COMMIT")?;
                self.generation.fetch_add(1, Ordering::AcqRel);
            }
            Err(_) => conn.execute_batch("ROLLBACK")?,
        }
        // Recorded while the lock is held: one writer at a time, as on the writer thread.
        self.commits.record(1, began);
        outcome
    }
}

impl Engine for Sqlite {
    type Conn = Conn;

    async fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Conn) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        Sqlite::write(self, write).await
    }

    fn read<T>(&self, read: impl FnOnce(&Conn) -> Result<T>) -> Result<T> {
        match &self.backend {
            Backend::File { path, readers, .. } => {
                read(readers.get_or_try(|| connect(path, OpenFlags::SQLITE_OPEN_READ_ONLY))?)
            }
            Backend::Memory(conn) => read(&lock(conn)),
        }
    }

    fn read_tx<T>(&self, read: impl FnOnce(&Conn) -> Result<T>) -> Result<T> {
        self.read(|conn| {
            if !conn.is_autocommit() {
                // Already inside a transaction: it gives the consistency asked for.
                return read(conn);
            }
            conn.execute_batch("BEGIN")?;
            let outcome = read(conn);
            conn.execute_batch("COMMIT")?;
            outcome
        })
    }

    fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    fn write_stats(&self) -> WriteStats {
        self.commits.stats()
    }

    async fn close(&self) {
        if let Backend::File { writer, .. } = &self.backend {
            writer.close().await;
        }
    }
}

/// Opens the write connection, checks the database and brings its schema up to date. Until the
/// checks pass, closing the connection does not checkpoint: a damaged database's write-ahead
/// log is not folded into it.
fn open_checked(path: &Path) -> Result<Conn> {
    let mut conn = connect(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    health::check_contents(&conn)?;
    // WAL with synchronous=FULL: each commit returns once the log is on stable storage.
    conn.pragma_update(None, "journal_mode", "wal")?;
    conn.pragma_update(None, "synchronous", "full")?;
    migrations::migrate(&mut conn)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
    Ok(conn)
}

/// Opens a connection to the database file at `path` for the thread that will use it.
pub(crate) fn connect(path: &Path, flags: OpenFlags) -> Result<Conn> {
    let conn = Conn::open_with_flags(
        path,
        flags | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
    )?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

/// The memory store's connection. A thread that panicked while holding it left no partial
/// statement behind (SQLite statements are atomic); an open transaction is rolled back.
fn lock(conn: &Mutex<Conn>) -> MutexGuard<'_, Conn> {
    let guard = conn.lock().unwrap_or_else(PoisonError::into_inner);
    if !guard.is_autocommit() {
        let _ = guard.execute_batch("ROLLBACK");
    }
    guard
}
