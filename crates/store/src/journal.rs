//! Write transactions, their durability and the store's generation.
//!
//! Every write commits on the single writer connection and is then made durable by an
//! `fsync` of SQLite's write-ahead log before the caller is answered. The fsyncs are shared
//! (group commit): a writer whose commit is already covered by an fsync that started after
//! it committed returns at once, and one fsync covers every commit that finished before it
//! began. SQLite runs with `synchronous=NORMAL`, so it does not fsync each commit itself; it
//! still fsyncs the log before each checkpoint and the database after it, so data that has
//! left the log is durable in the database file.
//!
//! Each committed write also advances the store's generation, which caches of derived state
//! (compiled identities, roles) compare to know whether what they hold is still current.

use std::ops::{Deref, DerefMut};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::db::{Conn, Tx};
use crate::error::{Result, StoreError};

/// The state shared by all write transactions of one store.
pub(crate) struct Journal {
    /// Commits so far; also the store's generation.
    committed: AtomicU64,
    /// The write-ahead log to fsync, `None` for a store in memory.
    wal: Option<PathBuf>,
    /// The highest commit number known to be durable.
    durable: tokio::sync::Mutex<u64>,
}

impl Journal {
    /// A journal for a file store whose write-ahead log is `wal`, or for a store in memory.
    pub(crate) fn new(wal: Option<PathBuf>) -> Self {
        Self {
            committed: AtomicU64::new(0),
            wal,
            durable: tokio::sync::Mutex::new(0),
        }
    }

    /// The number of writes committed so far.
    pub(crate) fn generation(&self) -> u64 {
        self.committed.load(Ordering::Acquire)
    }

    /// Records a commit and returns once it is durable.
    async fn committed(&self) -> Result<()> {
        let ticket = self.committed.fetch_add(1, Ordering::AcqRel) + 1;
        let Some(wal) = &self.wal else {
            return Ok(());
        };
        let mut durable = self.durable.lock().await;
        if *durable >= ticket {
            return Ok(());
        }
        // Every commit numbered up to `covered` finished before this point, so the fsync
        // below makes all of them durable.
        let covered = self.committed.load(Ordering::Acquire);
        let wal = wal.clone();
        tokio::task::spawn_blocking(move || sync_log(&wal))
            .await
            .map_err(|join| StoreError::Durability(std::io::Error::other(join.to_string())))?
            .map_err(StoreError::Durability)?;
        *durable = covered;
        Ok(())
    }
}

/// Flushes the write-ahead log to stable storage. The log is opened afresh each time, so the
/// fsync reaches the file SQLite writes now even if it was removed and made again; a log
/// that does not exist has been checkpointed into the database, which SQLite synced.
fn sync_log(wal: &std::path::Path) -> std::io::Result<()> {
    match std::fs::File::open(wal) {
        Ok(file) => file.sync_data(),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(err) => Err(err),
    }
}

/// A write transaction holding the write lock. It derefs to the connection for queries;
/// [`WriteTx::commit`] returns once the write is durable. Dropped without commit, it rolls back.
pub(crate) struct WriteTx<'a> {
    tx: Tx,
    journal: &'a Journal,
}

impl<'a> WriteTx<'a> {
    pub(crate) fn new(tx: Tx, journal: &'a Journal) -> Self {
        Self { tx, journal }
    }

    /// Commits, then waits until the commit is durable.
    pub(crate) async fn commit(self) -> Result<()> {
        self.tx.commit().await?;
        self.journal.committed().await
    }
}

impl Deref for WriteTx<'_> {
    type Target = Conn;

    fn deref(&self) -> &Conn {
        &self.tx
    }
}

impl DerefMut for WriteTx<'_> {
    fn deref_mut(&mut self) -> &mut Conn {
        &mut self.tx
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_store_in_memory_counts_commits_without_syncing() {
        let journal = Journal::new(None);
        journal.committed().await.unwrap();
        journal.committed().await.unwrap();
        assert_eq!(journal.generation(), 2);
    }

    #[tokio::test]
    async fn one_sync_covers_the_commits_before_it() {
        let dir = std::env::temp_dir().join(format!("gatehouse-journal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let wal = dir.join("db-wal");
        std::fs::write(&wal, b"log").unwrap();
        let journal = Journal::new(Some(wal.clone()));
        journal.committed().await.unwrap();
        assert_eq!(*journal.durable.lock().await, 1);
        // A commit made while no sync runs is synced by its own writer.
        journal.committed.fetch_add(2, Ordering::AcqRel);
        journal.committed().await.unwrap();
        assert_eq!(*journal.durable.lock().await, 4);
        // A missing log has been checkpointed: nothing to sync, no error.
        std::fs::remove_file(&wal).unwrap();
        journal.committed().await.unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
