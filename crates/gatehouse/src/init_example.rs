//! `gatehouse init [FILE]`: the commented example `--init` file (`gatehouse_seed::EXAMPLE`, the
//! one the README shows), on standard output or in a new file.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

/// `gatehouse init`.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The file to write; it must not exist yet. Without it, the example goes to standard
    /// output.
    file: Option<PathBuf>,
}

/// Writes the example where `args` says.
pub fn run(args: &InitArgs) -> Result<(), String> {
    let example = gatehouse_seed::EXAMPLE;
    match &args.file {
        None => std::io::stdout()
            .lock()
            .write_all(example.as_bytes())
            .map_err(|error| format!("cannot write the example: {error}")),
        Some(path) => {
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(path)
                .map_err(|error| match error.kind() {
                    std::io::ErrorKind::AlreadyExists => format!(
                        "{} exists already; gatehouse init writes only a new file",
                        path.display()
                    ),
                    _ => format!("cannot create {}: {error}", path.display()),
                })?;
            file.write_all(example.as_bytes())
                .map_err(|error| format!("cannot write {}: {error}", path.display()))
        }
    }
}
