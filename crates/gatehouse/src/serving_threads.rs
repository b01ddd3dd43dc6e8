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
use axum::body::Body;
use axum::extract::ConnectInfo;
use gatehouse_server::body::TimedBody;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, watch};
use tower::Service;

use crate::connections::{Episode, Limits, OpenConnections, Slot};

/// A connection accepted on the acceptor's runtime, on its way to a serving thread, with its
/// place among the open connections.
type Handoff = (std::net::TcpStream, SocketAddr, Slot);

/// The running serving threads, and the way to hand them connections and stop them.
pub(crate) struct ServingThreads {
    inboxes: Vec<mpsc::UnboundedSender<Handoff>>,
    next: usize,
    open: OpenConnections,
    stop: watch::Sender<bool>,
    threads: Vec<JoinHandle<()>>,
}

impl ServingThreads {
    /// Starts `count` threads (at least one) that serve `app` within `limits`, counting the
    /// connections in `open`.
    ///
    /// When there are no more threads than cores this process may run on, each thread is kept
    /// on a core of its own: two busy serving threads left to share one core (which the
    /// scheduler does, beside a busy neighbour such as a load generator) make each other's
    /// connections wait a time slice, milliseconds.
    pub(crate) fn start(
        count: usize,
        app: &Router,
        limits: Limits,
        open: OpenConnections,
    ) -> Result<Self, String> {
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
            let (app, stopped) = (app.clone(), stopped.clone());
            let thread = std::thread::Builder::new()
                .name(format!("gatehouse-serve-{index}"))
                .spawn(move || {
                    if let Some(core) = core {
                        // Unpinned if refused: the thread then serves wherever it runs.
                        let _ = core_affinity::set_for_current(core);
                    }
                    runtime.block_on(serve_handed(handed, app, limits, stopped));
                })
                .map_err(|e| format!("cannot start a serving thread: {e}"))?;
            inboxes.push(inbox);
            threads.push(thread);
        }
        Ok(Self {
            inboxes,
            next: 0,
            open,
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
        let mut failing = Episode::default();
        let mut full = Episode::default();
        loop {
            let (stream, peer) = match listener.accept().await {
                Ok(accepted) => accepted,
                Err(error) => {
                    wait_after_accept_error(error, &mut failing).await;
                    continue;
                }
            };
            if failing.end() {
                tracing::info!("accepting connections again");
            }
            let Some(slot) = self.open.claim() else {
                // Closed at once, before any task or buffer is spent on it.
                drop(stream);
                if full.begin() {
                    tracing::warn!(
                        "{} connections are open, the most allowed (--max-connections); \
                         closing new ones until some end",
                        self.open.max()
                    );
                }
                continue;
            };
            if full.end() {
                tracing::info!("below the connection cap again; accepting connections");
            }
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
            if inbox.send((stream, peer, slot)).is_err() {
                tracing::error!("a serving thread has stopped; connection dropped");
            }
        }
    }
}

/// After a failed `accept`: a connection that went away before it was accepted is no concern;
/// anything else (out of file descriptors, say) is retried a little later rather than in a
/// busy loop, and logged when it starts failing, not at each retry.
async fn wait_after_accept_error(error: io::Error, failing: &mut Episode) {
    if matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::ConnectionRefused
    ) {
        return;
    }
    if failing.begin() {
        tracing::error!(%error, "accepting a connection failed; retrying every 100 ms until it succeeds");
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
}

/// One serving thread's work: serves each connection handed to it on a task of its own, until
/// told to stop; then lets each connection finish the request it is serving, and waits for
/// them all.
async fn serve_handed(
    mut handed: mpsc::UnboundedReceiver<Handoff>,
    app: Router,
    limits: Limits,
    mut stop: watch::Receiver<bool>,
) {
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.idle_timeout);
    // Each connection's task holds a receiver; all are gone once every connection has ended.
    let (all_ended, serving) = watch::channel(());
    loop {
        let (stream, peer, slot) = tokio::select! {
            handed = handed.recv() => match handed {
                Some(handoff) => handoff,
                None => break,
            },
            _ = stop.wait_for(|stop| *stop) => break,
        };
        let stream = match TcpStream::from_std(stream) {
            Ok(stream) => stream,
            Err(error) => {
                tracing::warn!(%error, "could not take over a connection");
                continue;
            }
        };
        // Answers are written whole, so Nagle's algorithm would only delay them.
        let _ = stream.set_nodelay(true);
        let app = app.clone();
        let body_timeout = limits.body_timeout;
        let service = hyper::service::service_fn(move |request: hyper::Request<_>| {
            let mut request = request.map(|body| Body::new(TimedBody::new(body, body_timeout)));
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().call(request)
        });
        let connection = http.serve_connection(TokioIo::new(stream), service);
        let (mut told, serving) = (stop.clone(), serving.clone());
        tokio::spawn(async move {
            let mut connection = std::pin::pin!(connection);
            let stopping = async move {
                let _ = told.wait_for(|stop| *stop).await;
            };
            tokio::select! {
                biased;
                _ = connection.as_mut() => {}
                () = stopping => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            drop((slot, serving));
        });
    }
    drop(serving);
    all_ended.closed().await;
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
