//! The data directory: where it is, the files it holds, and the lock that keeps it to one
//! server process.
//!
//! A server holds an exclusive advisory lock (`flock`) on `gatehouse.lock` for as long as it
//! runs, and writes its pid, address and start time into the file, so that a second server on
//! the same directory (which would never see the first one's writes in its caches) is refused
//! with a line naming the first. The kernel drops the lock when the process ends, however it
//! ends; the file stays. `gatehouse check` and `gatehouse backup` take no lock: they only read.

use std::fs::{File, TryLockError};
use std::io::{Read as _, Seek as _, Write as _};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::exit::{Exit, Failure};

/// The store's database file in the data directory.
pub(crate) const STORE_FILE: &str = "gatehouse.sqlite3";
/// The session-token keyring in the data directory (when no `--token-key` is given).
pub(crate) const KEYRING_FILE: &str = "token-keyring";
/// The lock file of the server using the data directory.
const LOCK_FILE: &str = "gatehouse.lock";

/// The `--data-dir` flag of the commands that work on a data directory.
#[derive(Debug, Args)]
pub struct DataDirArg {
    /// The data directory [default: a `gatehouse` folder in the user's data directory].
    #[arg(long, env = "GATEHOUSE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
}

/// The data directory given, else `$XDG_DATA_HOME/gatehouse`, else `~/.local/share/gatehouse`.
pub(crate) fn resolve(given: Option<PathBuf>) -> Result<PathBuf, Failure> {
    if let Some(dir) = given {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("gatehouse"));
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .ok_or_else(|| {
            Failure::new(
                Exit::DataDir,
                "cannot find a data directory: set --data-dir or HOME",
            )
        })?;
    Ok(PathBuf::from(home).join(".local/share/gatehouse"))
}

/// The lock on a data directory, held until dropped (or the process ends).
pub(crate) struct DataDirLock {
    file: File,
}

impl DataDirLock {
    /// Takes the lock on `dir`, or fails naming the process that holds it.
    pub(crate) fn acquire(dir: &Path) -> Result<Self, Failure> {
        let path = dir.join(LOCK_FILE);
        let unusable = |e: std::io::Error| {
            Failure::new(
                Exit::DataDir,
                format!(
                    "cannot lock the data directory with {}: {e}",
                    path.display()
                ),
            )
        };
        let mut file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(unusable)?;
        match file.try_lock() {
            Ok(()) => Ok(Self { file }),
            Err(TryLockError::WouldBlock) => {
                let mut recorded = String::new();
                // Unreadable or half-written: the holder is then named less precisely.
                let _ = file.read_to_string(&mut recorded);
                Err(Failure::new(
                    Exit::Locked,
                    format!(
                        "the data directory {} is in use by {}; stop it or choose another --data-dir",
                        dir.display(),
                        holder(&recorded)
                    ),
                ))
            }
            Err(TryLockError::Error(e)) => Err(unusable(e)),
        }
    }

    /// Records this process as the holder: its pid, where it listens, when it started.
    pub(crate) fn record(&mut self, listening: SocketAddr) -> Result<(), Failure> {
        let started = time::OffsetDateTime::now_utc()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default();
        let text = format!(
            "pid={}\nlisten=http://{listening}\nstarted={started}\n",
            std::process::id()
        );
        self.file
            .set_len(0)
            .and_then(|()| self.file.rewind())
            .and_then(|()| self.file.write_all(text.as_bytes()))
            .map_err(|e| {
                Failure::new(
                    Exit::DataDir,
                    format!("cannot write the data directory's lock file: {e}"),
                )
            })
    }
}

/// Names the holder recorded in a lock file's `text`.
fn holder(text: &str) -> String {
    let field = |name: &str| {
        text.lines()
            .find_map(|line| line.strip_prefix(name)?.strip_prefix('='))
            .map(str::trim)
            .filter(|value| !value.is_empty())
    };
    match (field("pid"), field("listen"), field("started")) {
        (Some(pid), Some(listen), Some(started)) => {
            format!("gatehouse pid {pid} (listening on {listen}, started {started})")
        }
        (Some(pid), Some(listen), None) => format!("gatehouse pid {pid} (listening on {listen})"),
        _ => "another gatehouse process (starting up)".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_a_directory_is_refused_naming_the_holder() {
        let dir = std::env::temp_dir().join(format!("gatehouse-lock-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut first = DataDirLock::acquire(&dir).unwrap();
        let starting = DataDirLock::acquire(&dir).err().unwrap();
        assert!(
            format!("{starting:?}").contains("starting up"),
            "{starting:?}"
        );
        first.record("127.0.0.1:4566".parse().unwrap()).unwrap();
        let refused = format!("{:?}", DataDirLock::acquire(&dir).err().unwrap());
        assert!(refused.contains("Locked"), "{refused}");
        assert!(
            refused.contains(&format!(
                "gatehouse pid {} (listening on http://127.0.0.1:4566, started ",
                std::process::id()
            )),
            "{refused}"
        );
        drop(first);
        drop(DataDirLock::acquire(&dir).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
