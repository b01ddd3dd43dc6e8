//! `gatehouse health`: asks a running gatehouse whether it serves (`GET /_gatehouse/health`),
//! for container health checks and scripts that wait for a start. Prints the answer; exits 0
//! when the server answered, 1 otherwise.

use clap::Args;

use crate::admin_client::Endpoint;

/// `gatehouse health`.
#[derive(Debug, Args)]
pub struct HealthArgs {
    /// The running gatehouse to ask (plain HTTP).
    #[arg(
        long,
        env = "GATEHOUSE_ENDPOINT",
        default_value = "http://127.0.0.1:4566"
    )]
    endpoint: String,
}

/// Prints the server's health answer.
pub fn run(args: &HealthArgs) -> Result<(), String> {
    let answer = Endpoint::parse(&args.endpoint, None)?.get("/_gatehouse/health")?;
    println!("{answer}");
    Ok(())
}
