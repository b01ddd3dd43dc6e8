//! The writer: one thread that owns the file store's write connection and commits writes in
//! batches (group commit).
//!
//! A write is a closure over the connection. Callers queue their closures; the writer takes
//! every closure waiting when it becomes free, opens one `BEGIN IMMEDIATE` transaction for all
//! of them, runs each inside a savepoint of its own (a closure that fails rolls back its own
//! changes and no one else's), and commits once. SQLite runs with `synchronous=FULL` in WAL
//! mode, so that commit returns only once the log is on stable storage; each caller is answered
//! after it. Concurrent writers thus share one commit and one fsync, and a write costs the
//! caller two hand-offs between threads (to the writer and back), not one per statement.
//!
//! Each committed batch advances the store's generation before any of its callers is answered,
//! so caches of derived state (compiled identities, roles) that compare generations see the
//! change as soon as the write returns.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::Instant;

use gatehouse_metrics::{BATCH_BOUNDS, DURATION_BOUNDS_NANOS, Histogram};
use tokio::sync::oneshot;

use crate::db::Conn;
use crate::engine::WriteStats;
use crate::error::{Result, StoreError};

/// The most writes one transaction takes, so that a long queue is answered in steps.
const MAX_BATCH: usize = 256;

/// Answers one queued write once its batch's fate is known: `None` when the batch committed,
/// else why it did not.
type Answer = Box<dyn FnOnce(Option<&StoreError>) + Send>;

/// A queued write.
trait Job: Send {
    /// Runs the write on the writer's connection (inside a savepoint); says whether it
    /// succeeded (its savepoint is kept) or not (rolled back), and how to answer its caller.
    fn run(self: Box<Self>, conn: &Conn) -> (bool, Answer);

    /// Answers the caller with `err` without running the write.
    fn refuse(self: Box<Self>, err: &StoreError);
}

/// A write closure and the channel its caller waits on.
struct Pending<W, T> {
    write: W,
    answer: oneshot::Sender<Result<T>>,
}

impl<W, T> Job for Pending<W, T>
where
    W: FnOnce(&Conn) -> Result<T> + Send,
    T: Send + 'static,
{
    fn run(self: Box<Self>, conn: &Conn) -> (bool, Answer) {
        let Self { write, answer } = *self;
        // A write that panics is a bug; it must not take the writer thread, and every later
        // write, down with it.
        let outcome = catch_unwind(AssertUnwindSafe(|| write(conn))).unwrap_or_else(|_| {
            Err(StoreError::Commit(
                "the write stopped unexpectedly".to_owned(),
            ))
        });
        let succeeded = outcome.is_ok();
        let answer: Answer = Box::new(move |failed_commit| {
            let result = match failed_commit {
                None => outcome,
                Some(err) => Err(StoreError::Commit(err.to_string())),
            };
            // The caller may have gone away (its request was cancelled): nothing to tell.
            let _ = answer.send(result);
        });
        (succeeded, answer)
    }

    fn refuse(self: Box<Self>, err: &StoreError) {
        let _ = self.answer.send(Err(StoreError::Commit(err.to_string())));
    }
}

/// How the store's write transactions went: how long each took to commit and how many writes
/// it held. Only the thread that commits records, so its atomics are never contended.
pub(crate) struct Commits {
    duration: Histogram,
    writes: Histogram,
}

impl Commits {
    pub(crate) fn new() -> Self {
        Self {
            duration: Histogram::new(DURATION_BOUNDS_NANOS),
            writes: Histogram::new(BATCH_BOUNDS),
        }
    }

    /// Records a transaction of `writes` writes, begun at `began` and now ended.
    pub(crate) fn record(&self, writes: usize, began: Instant) {
        let nanos = u64::try_from(began.elapsed().as_nanos()).unwrap_or(u64::MAX);
        self.duration.record(nanos);
        self.writes
            .record(u64::try_from(writes).unwrap_or(u64::MAX));
    }

    pub(crate) fn stats(&self) -> WriteStats {
        WriteStats {
            commit_nanos: self.duration.snapshot(),
            batch_writes: self.writes.snapshot(),
        }
    }
}

/// What the writer thread is asked to do.
enum Request {
    Write(Box<dyn Job>),
    /// Finish the writes queued before this and stop.
    Close(oneshot::Sender<()>),
}

/// The handle on the writer thread. The thread stops when every handle is dropped.
pub(crate) struct Writer {
    queue: mpsc::Sender<Request>,
}

impl Writer {
    /// Starts the writer thread on `conn`, counting committed batches in `generation` and
    /// recording each in `commits`.
    pub(crate) fn start(
        conn: Conn,
        generation: Arc<AtomicU64>,
        commits: Arc<Commits>,
    ) -> Result<Self> {
        let (queue, requests) = mpsc::channel();
        std::thread::Builder::new()
            .name("gatehouse-store-writer".to_owned())
            .spawn(move || run(&conn, &requests, &generation, &commits))
            .map_err(|err| StoreError::Commit(format!("cannot start the writer thread: {err}")))?;
        Ok(Self { queue })
    }

    /// Runs `write` in the next batch and returns its result once the batch is durable.
    pub(crate) async fn write<T: Send + 'static>(
        &self,
        write: impl FnOnce(&Conn) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        let (answer, answered) = oneshot::channel();
        self.queue
            .send(Request::Write(Box::new(Pending { write, answer })))
            .map_err(|_| StoreError::Closed)?;
        answered.await.map_err(|_| StoreError::Closed)?
    }

    /// Waits for the writes queued so far, then stops the thread; later writes fail `Closed`.
    pub(crate) async fn close(&self) {
        let (done, finished) = oneshot::channel();
        if self.queue.send(Request::Close(done)).is_ok() {
            let _ = finished.await;
        }
    }
}

/// The writer thread: batches until asked to close or every handle is gone.
fn run(conn: &Conn, requests: &mpsc::Receiver<Request>, generation: &AtomicU64, commits: &Commits) {
    let mut batch: Vec<Box<dyn Job>> = Vec::with_capacity(MAX_BATCH);
    while let Ok(first) = requests.recv() {
        let mut close = None;
        match first {
            Request::Write(job) => batch.push(job),
            Request::Close(done) => close = Some(done),
        }
        while close.is_none() && batch.len() < MAX_BATCH {
            match requests.try_recv() {
                Ok(Request::Write(job)) => batch.push(job),
                Ok(Request::Close(done)) => close = Some(done),
                Err(_) => break,
            }
        }
        if !batch.is_empty() {
            commit_batch(conn, batch.drain(..), generation, commits);
        }
        if let Some(done) = close {
            let _ = done.send(());
            return;
        }
    }
}

/// Runs one batch in one transaction, records it, and answers each of its writes.
fn commit_batch(
    conn: &Conn,
    batch: impl ExactSizeIterator<Item = Box<dyn Job>>,
    generation: &AtomicU64,
    commits: &Commits,
) {
    let (writes, started) = (batch.len(), Instant::now());
    let began = conn
        .execute_batch("BEGIN IMMEDIATE")
        .map_err(StoreError::from);
    let mut answers = Vec::with_capacity(writes);
    for job in batch {
        match &began {
            Ok(()) => answers.push(run_job(conn, job)),
            // No transaction: nothing runs, every write of the batch fails alike.
            Err(err) => job.refuse(err),
        }
    }
    let committed = began.and_then(|()| {
        conn.execute_batch("COMMIT").map_err(|err| {
            // A failed COMMIT leaves the transaction open: end it so the next batch can begin.
            let _ = conn.execute_batch("ROLLBACK");
            StoreError::from(err)
        })
    });
    if committed.is_ok() {
        generation.fetch_add(1, Ordering::AcqRel);
    }
    commits.record(writes, started);
    let failed = committed.err();
    for answer in answers {
        answer(failed.as_ref());
    }
}

/// Runs one write inside a savepoint, keeping its changes only if it succeeded.
fn run_job(conn: &Conn, job: Box<dyn Job>) -> Answer {
    if let Err(err) = conn.execute_batch("SAVEPOINT write") {
        let err = StoreError::from(err);
        job.refuse(&err);
        return Box::new(|_| {});
    }
    let (succeeded, answer) = job.run(conn);
    let ended = if succeeded {
        conn.execute_batch("RELEASE write")
    } else {
        conn.execute_batch("ROLLBACK TO write; RELEASE write")
    };
    match ended {
        Ok(()) => answer,
        Err(err) => {
            let err = StoreError::from(err);
            Box::new(move |_| answer(Some(&err)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(path: &std::path::Path) -> i64 {
        Conn::open(path)
            .unwrap()
            .query_row("SELECT COUNT(*) FROM t", [], |row| row.get(0))
            .unwrap()
    }

    #[tokio::test]
    async fn each_write_fails_alone_and_the_writer_outlives_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let conn = Conn::open(&path).unwrap();
        conn.execute_batch("PRAGMA journal_mode = wal; CREATE TABLE t (x INTEGER)")
            .unwrap();
        let generation = Arc::new(AtomicU64::new(0));
        let commits = Arc::new(Commits::new());
        let writer = Writer::start(conn, Arc::clone(&generation), Arc::clone(&commits)).unwrap();

        let panicked = writer.write(|_| -> Result<()> { panic!("a bug") }).await;
        assert!(
            matches!(panicked, Err(StoreError::Commit(_))),
            "{panicked:?}"
        );
        // A write that fails after changing something leaves nothing behind.
        let failed = writer
            .write(|conn| -> Result<()> {
                conn.execute("INSERT INTO t VALUES (1)", [])?;
                Err(StoreError::InvalidMarker)
            })
            .await;
        assert!(matches!(failed, Err(StoreError::InvalidMarker)));
        let written = writer
            .write(|conn| Ok(conn.execute("INSERT INTO t VALUES (2)", [])?))
            .await
            .unwrap();
        assert_eq!(written, 1);
        assert_eq!(rows(&path), 1);
        assert!(generation.load(Ordering::Acquire) >= 1);
        let stats = commits.stats();
        assert_eq!(
            stats.batch_writes.count(),
            3,
            "one batch per write awaited in turn"
        );
        assert_eq!(stats.batch_writes.sum(), 3);
        assert_eq!(stats.commit_nanos.count(), 3);

        writer.close().await;
        let closed = writer.write(|_| Ok(())).await;
        assert!(matches!(closed, Err(StoreError::Closed)), "{closed:?}");
    }
}
