//! The storage engine boundary: what a [`Store`](crate::Store) needs from the database under
//! it.
//!
//! The store's operations are closures over a connection: a read runs on the asking thread,
//! a write is handed to the engine, which decides how it reaches the database. What differs
//! between engines sits behind this trait:
//!
//! - connections: which one a read gets (SQLite: one read-only connection per thread, or
//!   the one connection of a database in memory) and which one a write gets;
//! - transactions: a read that must see one state runs in one read transaction; a write
//!   runs in a write transaction, or a savepoint of one, and fails alone;
//! - batching and durability: when a write is answered (SQLite: the writer thread commits
//!   every write waiting in one transaction and one fsync, `src/writer.rs`), and the
//!   generation that counts commits, which caches of derived state compare;
//! - the SQL dialect: the statements a closure runs are those its `Conn` understands.
//!
//! SQLite (`src/sqlite.rs`) is the first engine; its two configurations, a file and memory,
//! both run the conformance suite (`tests/conformance.rs`).

use std::future::Future;

use gatehouse_metrics::HistogramSnapshot;

use crate::error::Result;

/// A storage engine.
pub trait Engine: Send + Sync + 'static {
    /// The connection that read and write closures get.
    type Conn;

    /// Runs `write` in a write transaction (its own, or a savepoint of one shared with other
    /// writes) and returns its result once it is durable. If `write` fails, its changes are
    /// rolled back and no other write's are.
    fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Self::Conn) -> Result<T> + Send + 'static,
    ) -> impl Future<Output = Result<T>> + Send;

    /// Runs `read` on this thread's read connection.
    fn read<T>(&self, read: impl FnOnce(&Self::Conn) -> Result<T>) -> Result<T>;

    /// Runs `read` in one read transaction, for reads that must see one consistent state.
    fn read_tx<T>(&self, read: impl FnOnce(&Self::Conn) -> Result<T>) -> Result<T>;

    /// The number of write transactions committed since the engine started: it changes
    /// whenever the state may have changed.
    fn generation(&self) -> u64;

    /// How long write transactions have taken and how many writes each held, since the
    /// engine started.
    fn write_stats(&self) -> WriteStats;

    /// Finishes the writes already made and refuses later ones with
    /// [`StoreError::Closed`](crate::StoreError::Closed). Reads go on working.
    fn close(&self) -> impl Future<Output = ()> + Send;
}

/// What the store's writes have cost so far, for the server's metrics.
#[derive(Debug, Clone)]
pub struct WriteStats {
    /// How long each write transaction took, from `BEGIN` to the end of its durable `COMMIT`
    /// (or its failure), in nanoseconds.
    pub commit_nanos: HistogramSnapshot,
    /// How many writes each transaction held (the group commit's batch size).
    pub batch_writes: HistogramSnapshot,
}
