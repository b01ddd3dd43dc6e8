//! `gatehouse serve`: open the state, bind the listener, serve until SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use clap::Args;
use gatehouse_core::{Config, Mode};
use gatehouse_server::AppState;
use gatehouse_server::admin_access::{self, AdminToken};
use gatehouse_server::request_metrics::RequestMetrics;
use gatehouse_token::{AccountId, Keyring, Partition};

use crate::connections::OpenConnections;
use crate::data_dir::{self, DataDirLock, KEYRING_FILE, STORE_FILE};
use crate::exit::{Exit, Failure};
use crate::logging::LogFormat;
use crate::serving_threads::{IamRuntime, ServingThreads};

/// Flags of `gatehouse serve`; each may also come from a `GATEHOUSE_…` environment variable.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "GATEHOUSE_LISTEN", default_value = "127.0.0.1:4566")]
    listen: SocketAddr,
    /// Where state is kept [default: a `gatehouse` folder in the user's data directory].
    #[arg(long, env = "GATEHOUSE_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// Keep everything in memory and write nothing.
    #[arg(long, env = "GATEHOUSE_EPHEMERAL")]
    ephemeral: bool,
    /// `lenient` accepts what local emulators accept; `strict` answers exactly as AWS.
    #[arg(long, env = "GATEHOUSE_MODE", default_value = "lenient")]
    mode: Mode,
    /// The account of lenient mode's `test` key and defaults, and of strict mode's generated
    /// root key.
    #[arg(long, env = "GATEHOUSE_DEFAULT_ACCOUNT", default_value = "000000000000", value_parser = parse_account)]
    default_account: AccountId,
    /// The AWS partition the endpoint stands for (`aws`, `aws-cn`, `aws-us-gov`, `aws-iso`,
    /// `aws-iso-b`, `aws-iso-e`, `aws-iso-f`, `aws-eusc`): its regions are the ones accepted,
    /// and every ARN is of it, as each partition is a separate AWS with its own IAM.
    #[arg(long, env = "GATEHOUSE_PARTITION", default_value = "aws", value_parser = parse_partition)]
    partition: Partition,
    /// A secret from which the session-token key is derived, so that several instances accept
    /// each other's temporary credentials [default: a random key kept in the data directory].
    #[arg(long, env = "GATEHOUSE_TOKEN_KEY", hide_env_values = true)]
    token_key: Option<String>,
    /// A TOML file of accounts, users, keys, groups, roles, policies and identity providers to
    /// create at startup (idempotent: what already exists is left as it is).
    #[arg(long, env = "GATEHOUSE_INIT")]
    init: Option<PathBuf>,
    /// Threads that serve requests, and threads that run IAM operations [default: one per CPU
    /// core each]. Fewer than the cores leaves room for other busy processes on the machine
    /// (a load generator, a test suite).
    #[arg(long, env = "GATEHOUSE_WORKERS", value_parser = clap::value_parser!(u16).range(1..=1024))]
    workers: Option<u16>,
    /// The token that `POST /_gatehouse/reset`, `/_gatehouse/clock` and the test identity
    /// providers' token routes then require as `Authorization: Bearer TOKEN` (16 to 1024
    /// visible ASCII characters) [default: none: those routes are open in lenient mode and
    /// off in strict mode].
    #[arg(long, env = "GATEHOUSE_ADMIN_TOKEN", hide_env_values = true, value_parser = AdminToken::parse)]
    admin_token: Option<AdminToken>,
    #[command(flatten)]
    connections: crate::connections::ConnectionArgs,
    /// How log lines on standard error are written: `text`, or `json` (one object per line)
    /// [default: text when standard error is a terminal, JSON otherwise].
    #[arg(long, env = "GATEHOUSE_LOG_FORMAT", value_enum)]
    log_format: Option<LogFormat>,
}

impl ServeArgs {
    /// The `--log-format` asked for, if any.
    pub(crate) fn log_format(&self) -> Option<LogFormat> {
        self.log_format
    }
}

fn parse_account(text: &str) -> Result<AccountId, String> {
    AccountId::parse(text).ok_or_else(|| format!("`{text}` is not a 12-digit account id"))
}

fn parse_partition(text: &str) -> Result<Partition, String> {
    Partition::parse(text).ok_or_else(|| {
        let known: Vec<&str> = Partition::ALL.iter().map(|p| p.name()).collect();
        format!("`{text}` is not a partition (one of {})", known.join(", "))
    })
}

/// Runs the server until a shutdown signal.
///
/// This thread opens the state, accepts connections and handles signals; requests are served
/// by [`ServingThreads`], and IAM operations run on an [`IamRuntime`]. Those runtimes start
/// and stop on this thread outside its own runtime: a runtime dropped inside an async context
/// panics, so a start that fails must not be holding one there.
pub fn run(args: ServeArgs) -> Result<(), Failure> {
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    let opened = runtime.block_on(open(&args))?;
    let workers = match args.workers {
        Some(workers) => usize::from(workers),
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let iam_runtime = IamRuntime::start(workers)?;
    let config = opened.state.config().clone();
    let admin = admin_access::describe(config.mode, args.admin_token.as_ref());
    let limits = args.connections.limits(2 * workers);
    let open = OpenConnections::new(limits.max_connections);
    let app = Arc::new(AppState {
        state: opened.state,
        started,
        iam_runtime: iam_runtime.handle(),
        admin_token: args.admin_token,
        requests: RequestMetrics::new(),
        connections: open.gauge(),
    });
    let address = opened.address;
    let threads = ServingThreads::start(workers, &gatehouse_server::router(app), limits, open)?;
    let mut banner = format!(
        "gatehouse {} listening on http://{address}\n  mode:      {}\n  partition: {}\n  data:      {}\n",
        env!("CARGO_PKG_VERSION"),
        config.mode,
        config.partition,
        opened.data_label
    );
    if let Some((path, count)) = &opened.seeded {
        banner.push_str(&format!(
            "  seed:      {} ({count} created)\n",
            path.display()
        ));
    }
    banner.push_str(&format!("  admin:     {admin}\n"));
    // The line to paste into a shell: AWS CLI v2, boto3 and the SDKs read it.
    banner.push_str(&format!(
        "  clients:   export AWS_ENDPOINT_URL=http://{address}\n"
    ));
    banner.push_str(&opened.credentials);
    // The handlers are registered before the banner says the server is up: a SIGTERM sent
    // as soon as it is read stops the server gracefully, not by the signal's default action.
    let shutdown = {
        let _runtime = runtime.enter();
        shutdown_signal()
    };
    print_banner(&banner);
    runtime.block_on(threads.serve(opened.listener, shutdown));
    iam_runtime.stop();
    tracing::info!("shut down");
    // The data directory stays locked until here.
    drop(opened.lock);
    Ok(())
}

/// What `serve` opens before it starts serving.
struct Opened {
    state: gatehouse_core::State,
    listener: tokio::net::TcpListener,
    address: SocketAddr,
    data_label: String,
    seeded: Option<(PathBuf, usize)>,
    /// The banner's lines about the default account's root credentials.
    credentials: String,
    /// The data directory's lock; none for an ephemeral server.
    lock: Option<DataDirLock>,
}

/// Locks the data directory, binds the listener, opens the state and applies `--init`.
async fn open(args: &ServeArgs) -> Result<Opened, Failure> {
    let config = Config {
        mode: args.mode,
        default_account: args.default_account,
        partition: args.partition,
    };
    let (store, keyring, data_dir, (listener, address), lock) = if args.ephemeral {
        let bound = listen(args.listen).await?;
        let store = gatehouse_store::Store::in_memory()
            .await
            .map_err(|e| format!("cannot open the in-memory store: {e}"))?;
        let keyring = match &args.token_key {
            Some(secret) => Keyring::from_shared_secret(secret),
            None => Keyring::generate(),
        };
        (store, keyring, None, bound, None)
    } else {
        let dir = data_dir::resolve(args.data_dir.clone())?;
        std::fs::create_dir_all(&dir).map_err(|e| {
            Failure::new(
                Exit::DataDir,
                format!("cannot create the data directory {}: {e}", dir.display()),
            )
        })?;
        let mut lock = DataDirLock::acquire(&dir)?;
        let bound = listen(args.listen).await?;
        lock.record(bound.1)?;
        let store = gatehouse_store::Store::open(&dir.join(STORE_FILE))
            .await
            .map_err(|err| Failure::store(&dir, &err))?;
        let keyring = match &args.token_key {
            Some(secret) => Keyring::from_shared_secret(secret),
            None => Keyring::load_or_create(&dir.join(KEYRING_FILE)).map_err(|e| {
                Failure::new(
                    Exit::DataDir,
                    format!("cannot open the token keyring in {}: {e}", dir.display()),
                )
            })?,
        };
        (store, keyring, Some(dir), bound, Some(lock))
    };
    let data_label = data_dir.as_ref().map_or_else(
        || "(ephemeral: in memory, nothing written)".to_owned(),
        |dir| dir.display().to_string(),
    );
    let mode = config.mode;
    let mut state = gatehouse_core::State::new(config, keyring, store);
    let seeded = match &args.init {
        Some(path) => {
            let count = crate::seed::apply_file(&state, path)
                .await
                .map_err(|message| Failure::new(Exit::Init, message))?;
            Some((path.clone(), count))
        }
        None => None,
    };
    let credentials = match mode {
        Mode::Lenient => format!(
            "  default credentials: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test (root of account {})\n",
            state.config().default_account
        ),
        Mode::Strict => crate::root_credentials::prepare(&mut state, data_dir.as_deref()).await?,
    };
    Ok(Opened {
        state,
        listener,
        address,
        data_label,
        seeded,
        credentials,
        lock,
    })
}

/// Binds the listener on `address`; the listener and the address it got.
async fn listen(address: SocketAddr) -> Result<(tokio::net::TcpListener, SocketAddr), Failure> {
    let cannot = |e: std::io::Error| {
        let hint = match e.kind() {
            std::io::ErrorKind::AddrInUse => {
                "; another process listens there: stop it or choose another --listen"
            }
            std::io::ErrorKind::AddrNotAvailable => {
                "; it is not an address of this host: choose another --listen"
            }
            _ => "",
        };
        Failure::new(
            Exit::Listen,
            format!("cannot listen on {address}: {e}{hint}"),
        )
    };
    let listener = tokio::net::TcpListener::bind(address)
        .await
        .map_err(cannot)?;
    let address = listener.local_addr().map_err(cannot)?;
    Ok((listener, address))
}

/// Writes the start-up banner. A closed stdout (a supervisor that read only the first line)
/// must not stop the server, so write errors are ignored.
fn print_banner(banner: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(banner.as_bytes());
    let _ = out.flush();
}

/// Registers handlers for SIGINT (Ctrl-C) and SIGTERM now, in the current runtime, and
/// resolves on the first of them.
fn shutdown_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let interrupt = signal(SignalKind::interrupt()).ok();
        let terminate = signal(SignalKind::terminate()).ok();
        async move {
            tokio::select! {
                () = received(interrupt) => {},
                () = received(terminate) => {},
            }
        }
    }
    #[cfg(not(unix))]
    async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// Completes when `signal` is next received; never, without a handler.
#[cfg(unix)]
async fn received(signal: Option<tokio::signal::unix::Signal>) {
    match signal {
        Some(mut signal) => {
            signal.recv().await;
        }
        None => std::future::pending::<()>().await,
    }
}
