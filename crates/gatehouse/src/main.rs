//! The `gatehouse` command: `gatehouse serve` starts the server; `gatehouse token oidc|saml`
//! prints a token from a running server's built-in identity providers; `gatehouse check` and
//! `gatehouse backup` check and copy a data directory's store; `gatehouse health` asks a
//! running server whether it serves; `gatehouse export` prints a data directory's accounts as
//! an `--init` file and `gatehouse init` an example one; `gatehouse completions` prints a
//! shell's completion script.

mod admin_client;
mod completions;
mod connections;
mod data_dir;
mod exit;
mod export;
mod health;
mod init_example;
mod root_credentials;
mod seed;
mod serve;
mod serving_threads;
mod store_commands;
mod token;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

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
    /// Print the accounts of a data directory as an `--init` file, to replay them elsewhere
    /// (a server may be running on it). Secrets only with `--with-secrets`.
    Export(export::ExportArgs),
    /// Ask a running gatehouse whether it serves (`GET /_gatehouse/health`); exits 0 when it
    /// answers, 1 otherwise. The container image's health check.
    Health(health::HealthArgs),
    /// Print a commented example `--init` file showing every table and field, or write it to
    /// a new FILE.
    Init(init_example::InitArgs),
    /// Print the completion script of SHELL, e.g. `gatehouse completions bash >
    /// ~/.local/share/bash-completion/completions/gatehouse`.
    Completions(completions::CompletionsArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("GATEHOUSE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn")),
        )
        .with_writer(std::io::stderr)
        .init();
    let result = match cli.command {
        Command::Serve(args) => serve::run(args),
        Command::Token(args) => token::run(args).map_err(exit::Failure::from),
        Command::Check(args) => store_commands::check(args),
        Command::Backup(args) => store_commands::backup(args),
        Command::Export(args) => export::run(args),
        Command::Health(args) => health::run(&args).map_err(exit::Failure::from),
        Command::Init(args) => init_example::run(&args).map_err(exit::Failure::from),
        Command::Completions(args) => {
            completions::run(args, &mut Cli::command());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => failure.report(),
    }
}
