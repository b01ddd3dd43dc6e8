//! The threads that serve requests: the serving threads, and the runtime IAM operations run on.
//!
//! Each serving thread runs a single-threaded runtime and serves the connections handed to it,
//! so a request is read, answered and written on one thread without waking another (on a
//! multi-threaded runtime, those cross-thread wake-ups cost about a fifth of a short request's
//! CPU). One acceptor hands new connections to the threads in turn, which keeps their loads
//! even; sockets bound once per thread with `SO_REUSEPORT` would instead be spread by the
//! kernel by hash, and one thread could hold most of the connections.

use std::io;
use std::net::SocketAddr;
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use axum::serve::{Listener, ListenerExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};

/// A connection accepted on the acceptor's runtime, on its way to a serving thread.
type Handoff = (std::net::TcpStream, SocketAddr);

/// The running serving threads, and the way to hand them connections and stop them.
pub(crate) struct ServingThreads {
    inboxes: Vec<mpsc::UnboundedSender<Handoff>>,
    next: usize,
    stop: watch::Sender<bool>,
    threads: Vec<JoinHandle<()>>,
}

impl ServingThreads {
    /// Starts `count` threads (at least one) that serve `app` for connections to `local`.
    ///
    /// When there are no more threads than cores this process may run on, each thread is kept
    /// on a core of its own: two busy serving threads left to share one core (which the
    /// scheduler does, beside a busy neighbour such as a load generator) make each other's
    /// connections wait a time slice, milliseconds.
    pub(crate) fn start(count: usize, app: &Router, local: SocketAddr) -> Result<Self, String> {
        let count = count.max(1);
        let cores = core_affinity::get_core_ids().filter(|cores| count <= cores.len());
        let (stop, stopped) = watch::channel(false);
        let mut inboxes = Vec::new();
        let mut threads = Vec::new();
        for index in 0..count {
            let core = cores.as_ref().and_then(|cores| cores.get(index).copied());
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| format!("cannot start a serving thread's runtime: {e}"))?;
            let (inbox, handed) = mpsc::unbounded_channel();
            let listener = Handed { handed, local }.tap_io(|stream: &mut TcpStream| {
                // Answers are written whole, so Nagle's algorithm would only delay them.
                let _ = stream.set_nodelay(true);
            });
            let service = app
                .clone()
                .into_make_service_with_connect_info::<SocketAddr>();
            let mut stopped = stopped.clone();
            let thread = std::thread::Builder::new()
                .name(format!("gatehouse-serve-{index}"))
                .spawn(move || {
                    if let Some(core) = core {
                        // Unpinned if refused: the thread then serves wherever it runs.
                        let _ = core_affinity::set_for_current(core);
                    }
                    runtime.block_on(async move {
                        let shutdown = async move {
                            let _ = stopped.wait_for(|stop| *stop).await;
                        };
                        if let Err(error) = axum::serve(listener, service)
                            .with_graceful_shutdown(shutdown)
                            .await
                        {
                            tracing::error!(%error, "a serving thread stopped");
                        }
                    });
                })
                .map_err(|e| format!("cannot start a serving thread: {e}"))?;
            inboxes.push(inbox);
            threads.push(thread);
        }
        Ok(Self {
            inboxes,
            next: 0,
            stop,
            threads,
        })
    }

    /// Accepts connections on `listener` and hands each to the next thread, until `shutdown`
    /// resolves; then lets the threads finish the requests in flight and waits for them.
    pub(crate) async fn serve(mut self, listener: TcpListener, shutdown: impl Future<Output = ()>) {
        tokio::select! {
            () = self.accept_all(&listener) => {}
            () = shutdown => {}
        }
        drop(listener);
        let _ = self.stop.send(true);
        let threads = std::mem::take(&mut self.threads);
        let joined = tokio::task::spawn_blocking(move || {
            for thread in threads {
                let _ = thread.join();
            }
        });
        let _ = joined.await;
    }

    async fn accept_all(&mut self, listener: &TcpListener) {
        loop {
            let (stream, peer) = match listener.accept().await {
                Ok(accepted) => accepted,
                Err(error) => {
                    wait_after_accept_error(error).await;
                    continue;
                }
            };
            // A stream leaves the acceptor's runtime in non-blocking mode and joins the
            // serving thread's runtime there.
            let stream = match stream.into_std() {
                Ok(stream) => stream,
                Err(error) => {
                    tracing::warn!(%error, "could not hand over a connection");
                    continue;
                }
            };
            let Some(inbox) = self.inboxes.get(self.next) else {
                return;
            };
            self.next = (self.next + 1) % self.inboxes.len();
            if inbox.send((stream, peer)).is_err() {
                tracing::error!("a serving thread has stopped; connection dropped");
            }
        }
    }
}

/// After a failed `accept`: a connection that went away before it was accepted is no concern;
/// anything else (out of file descriptors, say) is logged and retried a little later rather
/// than in a busy loop.
async fn wait_after_accept_error(error: io::Error) {
    if matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionRefused
    ) {
        return;
    }
    tracing::error!(%error, "accepting a connection failed");
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// The connections handed to one serving thread, as the listener its server accepts from.
struct Handed {
    handed: mpsc::UnboundedReceiver<Handoff>,
    local: SocketAddr,
}

impl Listener for Handed {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (TcpStream, SocketAddr) {
        loop {
            let Some((stream, peer)) = self.handed.recv().await else {
                // The acceptor has stopped; the graceful shutdown ends this server.
                return std::future::pending().await;
            };
            match TcpStream::from_std(stream) {
                Ok(stream) => return (stream, peer),
                Err(error) => tracing::warn!(%error, "could not take over a connection"),
            }
        }
    }

    fn local_addr(&self) -> io::Result<SocketAddr> {
        Ok(self.local)
    }
}

/// The runtime IAM operations run on: a multi-threaded one of their own, beside the serving
/// threads. IAM reads run on the thread that asks (the store's reads are synchronous), and some
/// are long (`GetAccountAuthorizationDetails` over a large account, policy simulation); here
/// they cannot hold up the STS requests that share a serving thread. Measured on two cores at
/// 16 connections, CreateUser runs as fast here as on the serving threads (18,600/s against
/// 17,800/s), for 7 µs more CPU per call.
pub(crate) struct IamRuntime {
    runtime: tokio::runtime::Runtime,
}

impl IamRuntime {
    /// Starts `workers` threads (at least one), idle until operations are spawned on them.
    pub(crate) fn start(workers: usize) -> Result<Self, String> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(workers.max(1))
            .thread_name("gatehouse-iam")
            .enable_all()
            .build()
            .map_err(|e| format!("cannot start the IAM runtime: {e}"))?;
        Ok(Self { runtime })
    }

    /// Where to spawn IAM operations.
    pub(crate) fn handle(&self) -> tokio::runtime::Handle {
        self.runtime.handle().clone()
    }

    /// Stops the runtime, once no request can reach it any more. Called outside any async
    /// context: shutting a runtime down blocks.
    pub(crate) fn stop(self) {
        self.runtime.shutdown_timeout(Duration::from_secs(1));
    }
}
