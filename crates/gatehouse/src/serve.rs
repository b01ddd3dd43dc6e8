//! `gatehouse serve`: open the state, bind the listener, serve until SIGINT or SIGTERM.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use clap::Args;
use gatehouse_server::AppState;
use gatehouse_service::{Config, Mode};
use gatehouse_token::{AccountId, Keyring};

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
    /// The account of the built-in `test` key and of lenient-mode defaults.
    #[arg(long, env = "GATEHOUSE_DEFAULT_ACCOUNT", default_value = "000000000000", value_parser = parse_account)]
    default_account: AccountId,
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
}

fn parse_account(text: &str) -> Result<AccountId, String> {
    AccountId::parse(text).ok_or_else(|| format!("`{text}` is not a 12-digit account id"))
}

/// The default data directory: `$XDG_DATA_HOME/gatehouse`, else `~/.local/share/gatehouse`.
fn default_data_dir() -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("gatehouse"));
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .ok_or("cannot find a data directory: set --data-dir or HOME")?;
    Ok(PathBuf::from(home).join(".local/share/gatehouse"))
}

/// Runs the server until a shutdown signal.
///
/// This thread opens the state, accepts connections and handles signals; requests are served
/// by [`ServingThreads`], and IAM operations run on an [`IamRuntime`].
pub fn run(args: ServeArgs) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(serve(args))
}

async fn serve(args: ServeArgs) -> Result<(), String> {
    let started = Instant::now();
    let config = Config {
        mode: args.mode,
        default_account: args.default_account,
    };
    let (store, keyring, data_label) = if args.ephemeral {
        let store = gatehouse_store::Store::in_memory()
            .await
            .map_err(|e| format!("cannot open the in-memory store: {e}"))?;
        let keyring = match &args.token_key {
            Some(secret) => Keyring::from_shared_secret(secret),
            None => Keyring::generate(),
        };
        (
            store,
            keyring,
            "(ephemeral: in memory, nothing written)".to_owned(),
        )
    } else {
        let dir = match args.data_dir {
            Some(dir) => dir,
            None => default_data_dir()?,
        };
        std::fs::create_dir_all(&dir)
            .map_err(|e| format!("cannot create the data directory {}: {e}", dir.display()))?;
        let store = gatehouse_store::Store::open(&dir.join("gatehouse.sqlite3"))
            .await
            .map_err(|e| format!("cannot open the store in {}: {e}", dir.display()))?;
        let keyring = match &args.token_key {
            Some(secret) => Keyring::from_shared_secret(secret),
            None => Keyring::load_or_create(&dir.join("token-keyring"))
                .map_err(|e| format!("cannot open the token keyring in {}: {e}", dir.display()))?,
        };
        (store, keyring, dir.display().to_string())
    };
    let service = gatehouse_service::Service::new(config.clone(), keyring, store);
    let seeded = match &args.init {
        Some(path) => Some((path, crate::seed::apply_file(&service, path).await?)),
        None => None,
    };
    let workers = match args.workers {
        Some(workers) => usize::from(workers),
        None => std::thread::available_parallelism().map_or(1, usize::from),
    };
    let iam_runtime = IamRuntime::start(workers)?;
    let state = Arc::new(AppState {
        service,
        started,
        iam_runtime: iam_runtime.handle(),
    });
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let address = listener
        .local_addr()
        .map_err(|e| format!("cannot read the listening address: {e}"))?;
    let threads = ServingThreads::start(workers, &gatehouse_server::router(state), address)?;
    let mut banner = format!(
        "gatehouse {} listening on http://{address}\n  mode:     {}\n  data:     {data_label}\n",
        env!("CARGO_PKG_VERSION"),
        config.mode
    );
    if let Some((path, count)) = seeded {
        banner.push_str(&format!(
            "  seed:     {} ({count} created)\n",
            path.display()
        ));
    }
    banner.push_str(&format!(
        "  default credentials: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test (root of account {})\n",
        config.default_account
    ));
    print_banner(&banner);
    threads.serve(listener, shutdown_signal()).await;
    iam_runtime.stop().await;
    tracing::info!("shut down");
    Ok(())
}

/// Writes the start-up banner. A closed stdout (a supervisor that read only the first line)
/// must not stop the server, so write errors are ignored.
fn print_banner(banner: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(banner.as_bytes());
    let _ = out.flush();
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM.
async fn shutdown_signal() {
    let interrupt = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
}
