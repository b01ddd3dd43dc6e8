//! What a connection may cost: how long it may take, how many may be open at once, and the
//! file descriptors they need.
//!
//! - A connection that waits for a request's head longer than the idle timeout is closed:
//!   hyper's header-read timer starts when the connection is ready for its next request, so it
//!   bounds an idle keep-alive connection and a half-sent head alike.
//! - A request body must arrive within the body timeout
//!   ([`gatehouse_server::body::TimedBody`]).
//! - Past the connection cap, new connections are closed as soon as they are accepted, which
//!   costs an `accept` and a `close`, no task.
//! - At start, the soft limit on open files is raised to the hard one, and the default cap is
//!   set below it, so that connections cannot use up the descriptors the store needs.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use clap::Args;

/// The flags of `gatehouse serve` that bound connections.
#[derive(Debug, Args)]
pub struct ConnectionArgs {
    /// Seconds a connection may wait before a request's head is in, counted from when it may
    /// start one: an idle keep-alive connection, or one sending its head slowly, is closed
    /// after this long.
    #[arg(long, env = "GATEHOUSE_IDLE_TIMEOUT", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    idle_timeout: u64,
    /// Seconds a request's body may take to arrive; a request whose body is late is answered
    /// `RequestTimeout` and its connection closed.
    #[arg(long, env = "GATEHOUSE_BODY_TIMEOUT", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_timeout: u64,
    /// The most connections open at once; more are closed as soon as they are accepted
    /// [default: the open-file limit less a reserve for the store, at most 16384].
    #[arg(long, env = "GATEHOUSE_MAX_CONNECTIONS", value_parser = clap::value_parser!(u32).range(1..))]
    max_connections: Option<u32>,
}

/// The most connections open at once when `--max-connections` is not given and descriptors
/// allow more: hyper keeps a read buffer of a few KiB for each connection, so this many idle
/// connections hold some 100 MiB.
const DEFAULT_MAX_CONNECTIONS: usize = 16_384;

/// Descriptors kept for what is not a connection: standard streams, the listener, the
/// runtimes' event queues, the store's database, journal and shared-memory files, the keyring.
const RESERVED_DESCRIPTORS: usize = 64;

/// Descriptors kept for each thread (serving and IAM): its runtime's wakers and its own
/// read-only connection to the store.
const RESERVED_PER_THREAD: usize = 8;

/// How connections are bounded, as the serving threads apply it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub(crate) idle_timeout: Duration,
    pub(crate) body_timeout: Duration,
    pub(crate) max_connections: usize,
}

impl ConnectionArgs {
    /// The limits for a server of `threads` threads, after raising the open-file limit.
    pub(crate) fn limits(&self, threads: usize) -> Limits {
        let asked = self
            .max_connections
            .map(|asked| usize::try_from(asked).unwrap_or(usize::MAX));
        Limits {
            idle_timeout: Duration::from_secs(self.idle_timeout),
            body_timeout: Duration::from_secs(self.body_timeout),
            max_connections: connection_cap(asked, raise_descriptor_limit(), threads),
        }
    }
}

/// The most connections to keep open: what was `asked`, or [`DEFAULT_MAX_CONNECTIONS`], but
/// never more than the open-file limit `descriptors` leaves once the reserve for `threads`
/// threads is set aside.
fn connection_cap(asked: Option<usize>, descriptors: Option<usize>, threads: usize) -> usize {
    let reserve = RESERVED_DESCRIPTORS + RESERVED_PER_THREAD * threads;
    let allowed = descriptors.map_or(usize::MAX, |limit| limit.saturating_sub(reserve).max(1));
    match asked {
        Some(asked) if asked > allowed => {
            tracing::warn!(
                asked,
                allowed,
                "--max-connections is more than the open-file limit allows; using {allowed}"
            );
            allowed
        }
        Some(asked) => asked,
        None => allowed.min(DEFAULT_MAX_CONNECTIONS),
    }
}

/// Raises the soft limit on open files to the hard one, and returns the soft limit then in
/// force (`None`: unlimited, or not known on this platform). A refusal leaves the limit as
/// it was.
#[cfg(unix)]
fn raise_descriptor_limit() -> Option<usize> {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    if limit.current != limit.maximum && limit.maximum.is_some() {
        let raised = Rlimit {
            current: limit.maximum,
            maximum: limit.maximum,
        };
        if let Err(error) = setrlimit(Resource::Nofile, raised) {
            tracing::debug!(%error, "could not raise the open-file limit");
        }
    }
    getrlimit(Resource::Nofile)
        .current
        .map(|current| usize::try_from(current).unwrap_or(usize::MAX))
}

#[cfg(not(unix))]
fn raise_descriptor_limit() -> Option<usize> {
    None
}

/// The count of open connections, shared by the acceptor (which claims a slot for each new
/// connection) and the serving threads (whose connections give theirs back when they end).
pub(crate) struct OpenConnections {
    open: Arc<AtomicUsize>,
    max: usize,
}

impl OpenConnections {
    pub(crate) fn new(max: usize) -> Self {
        Self {
            open: Arc::new(AtomicUsize::new(0)),
            max,
        }
    }

    /// A slot for one more connection, or `None` when `max` are open. Only the acceptor
    /// claims, so the count cannot pass `max` between the check and the claim.
    pub(crate) fn claim(&self) -> Option<Slot> {
        if self.open.load(Ordering::Acquire) >= self.max {
            return None;
        }
        self.open.fetch_add(1, Ordering::AcqRel);
        Some(Slot(Arc::clone(&self.open)))
    }

    pub(crate) fn max(&self) -> usize {
        self.max
    }

    /// The count itself, for the metrics route to read.
    pub(crate) fn gauge(&self) -> gatehouse_server::Connections {
        gatehouse_server::Connections {
            open: Arc::clone(&self.open),
            max: self.max,
        }
    }
}

/// One open connection's place in [`OpenConnections`], given back when dropped.
pub(crate) struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A condition reported once when it begins and once when it ends, however often it is met in
/// between (the acceptor meets "too many open files" every 100 ms while it lasts).
#[derive(Debug, Default)]
pub(crate) struct Episode {
    ongoing: bool,
}

impl Episode {
    /// Whether this meeting begins an episode (and should be reported).
    pub(crate) fn begin(&mut self) -> bool {
        !std::mem::replace(&mut self.ongoing, true)
    }

    /// Whether an episode was ongoing and has now ended (and should be reported).
    pub(crate) fn end(&mut self) -> bool {
        std::mem::replace(&mut self.ongoing, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_refused_past_the_cap_and_given_back() {
        let open = OpenConnections::new(2);
        let first = open.claim();
        let second = open.claim();
        assert!(first.is_some() && second.is_some());
        assert!(open.claim().is_none());
        drop(first);
        let third = open.claim();
        assert!(third.is_some());
        assert!(open.claim().is_none());
    }

    #[test]
    fn an_episode_is_reported_once_each_way() {
        let mut episode = Episode::default();
        assert!(!episode.end());
        assert!(episode.begin());
        assert!(!episode.begin());
        assert!(!episode.begin());
        assert!(episode.end());
        assert!(!episode.end());
        assert!(episode.begin());
    }

    #[cfg(unix)]
    #[test]
    fn the_soft_descriptor_limit_is_raised_to_the_hard_one() {
        use rustix::process::{Resource, getrlimit};
        let soft = raise_descriptor_limit();
        let now = getrlimit(Resource::Nofile);
        assert_eq!(now.current, now.maximum);
        assert_eq!(soft.map(|s| s as u64), now.current);
    }

    #[test]
    fn the_cap_leaves_descriptors_for_the_store() {
        let reserve = RESERVED_DESCRIPTORS + 2 * RESERVED_PER_THREAD;
        assert_eq!(connection_cap(None, Some(1024), 2), 1024 - reserve);
        assert_eq!(connection_cap(Some(4000), Some(1024), 2), 1024 - reserve);
        assert_eq!(connection_cap(Some(3), Some(1024), 2), 3);
        assert_eq!(
            connection_cap(None, Some(1 << 20), 2),
            DEFAULT_MAX_CONNECTIONS
        );
        assert_eq!(connection_cap(Some(100_000), Some(1 << 20), 2), 100_000);
        assert_eq!(connection_cap(None, None, 2), DEFAULT_MAX_CONNECTIONS);
        assert_eq!(connection_cap(None, Some(10), 2), 1, "never none at all");
    }
}
