//! The `gatehouse` command: `gatehouse serve` starts the server; `gatehouse token oidc|saml`
//! prints a token from a running server's built-in identity providers; `gatehouse check` and
//! `gatehouse backup` check and copy a data directory's store.

mod connections;
mod data_dir;
mod exit;
mod logging;
mod root_credentials;
mod seed;
mod serve;
mod serving_threads;
mod store_commands;
mod token;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// mimalloc instead of the system allocator: a request makes many small, short-lived
/// allocations, which glibc's malloc serves at about a fifth of a request's CPU.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A faithful, self-hosted AWS Security Token Service with the IAM it stands on.
#[derive(Debug, Parser)]
#[command(name = "gatehouse", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start the server.
    Serve(serve::ServeArgs),
    /// Print a token from a running gatehouse's built-in identity providers.
    Token(token::TokenArgs),
    /// Check the whole store of a data directory (read-only; a server may be running on it).
    /// Exits 0 when it is whole, 6 when it is damaged.
    Check(store_commands::CheckArgs),
    /// Copy a data directory's store and token keyring into a new directory, consistently,
    /// while a server may be running on it.
    Backup(store_commands::BackupArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let format = match &cli.command {
        Command::Serve(args) => args.log_format(),
        _ => None,
    };
    logging::init(format);
    let result = match cli.command {
        Command::Serve(args) => serve::run(args),
        Command::Token(args) => token::run(args).map_err(exit::Failure::from),
        Command::Check(args) => store_commands::check(args),
        Command::Backup(args) => store_commands::backup(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}
