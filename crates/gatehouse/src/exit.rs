//! How `gatehouse` ends when it cannot do what it was asked: one line on standard error, and an
//! exit code that names the failure's class, so that scripts and supervisors can tell them apart
//! (README.md, "Exit codes", lists them).

use std::path::Path;
use std::process::ExitCode;

use gatehouse_store::StoreError;

/// The exit codes of a failure. Clap exits with 2 on bad usage, before any of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// Anything not named below.
    Failed = 1,
    /// The listen address cannot be listened on: the port is taken, or the address is not
    /// one of this host's.
    Listen = 3,
    /// The data directory cannot be made, read or written, or holds a store this gatehouse
    /// cannot use (a newer schema, an unreadable keyring).
    DataDir = 4,
    /// Another gatehouse process serves from the data directory.
    Locked = 5,
    /// The store in the data directory is damaged.
    Damaged = 6,
    /// The `--init` file cannot be read or applied.
    Init = 7,
}

/// A failure: its class, and the one line that says what went wrong.
#[derive(Debug)]
pub(crate) struct Failure {
    exit: Exit,
    message: String,
}

impl Failure {
    pub(crate) fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
        }
    }

    /// A store in `dir` that cannot be opened (or checked, or copied).
    pub(crate) fn store(dir: &Path, err: &StoreError) -> Self {
        match err {
            StoreError::Damaged(problem) => Self::new(
                Exit::Damaged,
                format!(
                    "the store in {dir} is damaged ({problem}); restore the data directory from a \
                     copy made with `gatehouse backup`, or move {dir} aside to start empty \
                     (`gatehouse check --data-dir {dir}` lists the damage)",
                    dir = dir.display()
                ),
            ),
            _ => Self::new(
                Exit::DataDir,
                format!("cannot open the store in {}: {err}", dir.display()),
            ),
        }
    }

    /// Writes the failure's line to standard error; the code to exit with.
    pub(crate) fn report(&self) -> ExitCode {
        // One line, whatever the underlying error's text holds.
        let line = self
            .message
            .lines()
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        eprintln!("gatehouse: {line}");
        ExitCode::from(self.exit as u8)
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Self::new(Exit::Failed, message)
    }
}
