//! `gatehouse check` and `gatehouse backup`: the store of a data directory, checked whole or
//! copied, while a server may be running on it (both only read, and take no lock).

use std::path::{Path, PathBuf};

use clap::Args;

use crate::data_dir::{self, DataDirArg, KEYRING_FILE, STORE_FILE};
use crate::exit::{Exit, Failure};

/// Flags of `gatehouse check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    dir: DataDirArg,
}

/// Flags of `gatehouse backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// A new directory to make the copy in; serve it with `--data-dir DEST`.
    dest: PathBuf,
    #[command(flatten)]
    dir: DataDirArg,
}

/// Runs SQLite's full integrity check on the store; prints `ok`, or each problem found.
pub fn check(args: CheckArgs) -> Result<(), Failure> {
    let dir = data_dir::resolve(args.dir.data_dir)?;
    let problems = gatehouse_store::integrity_check(&dir.join(STORE_FILE))
        .map_err(|err| Failure::store(&dir, &err))?;
    if problems.is_empty() {
        println!("ok: the store in {} is whole", dir.display());
        return Ok(());
    }
    for problem in &problems {
        println!("{problem}");
    }
    Err(Failure::new(
        Exit::Damaged,
        format!(
            "the store in {} is damaged ({} problem(s) listed above); restore the data directory \
             from a copy made with `gatehouse backup`, or move it aside to start empty",
            dir.display(),
            problems.len()
        ),
    ))
}

/// Copies the data directory's store (a consistent snapshot, taken while a server may be
/// writing) and its token keyring into the new directory `dest`.
pub fn backup(args: BackupArgs) -> Result<(), Failure> {
    let dir = data_dir::resolve(args.dir.data_dir)?;
    let dest = args.dest;
    let unusable_dest = |e: std::io::Error| {
        Failure::new(
            Exit::DataDir,
            format!("cannot make the backup directory {}: {e}", dest.display()),
        )
    };
    std::fs::create_dir(&dest).map_err(unusable_dest)?;
    let copied = copy_into(&dir, &dest);
    if copied.is_err() {
        // A backup is all or nothing: remove the new directory and what was copied into it.
        let _ = std::fs::remove_dir_all(&dest);
    }
    copied?;
    println!("backed up {} to {}", dir.display(), dest.display());
    Ok(())
}

fn copy_into(dir: &Path, dest: &Path) -> Result<(), Failure> {
    // The keyring opens the session tokens the server has handed out: without it, a restored
    // server would refuse them.
    let keyring = dir.join(KEYRING_FILE);
    if keyring.exists() {
        std::fs::copy(&keyring, dest.join(KEYRING_FILE)).map_err(|e| {
            Failure::new(
                Exit::DataDir,
                format!("cannot copy the token keyring {}: {e}", keyring.display()),
            )
        })?;
    }
    gatehouse_store::backup(&dir.join(STORE_FILE), &dest.join(STORE_FILE))
        .map_err(|err| Failure::store(dir, &err))
}
