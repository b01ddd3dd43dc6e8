//! Strict mode's root credentials. Strict mode has no well-known key, so when the default
//! account has no active root access key at start (a new data directory, an ephemeral
//! instance, or after its keys were deleted), one is made: `AKIA…` with a random secret,
//! stored as a real root access key, written to `root-credentials` in the data directory
//! (mode 0600, in the AWS shared-credentials format) and shown once in the banner. Keys given
//! by `--init` count: with them, none is made. The default account's active root keys at start
//! are kept across `POST /_gatehouse/reset`.

use std::io::Write;
use std::path::{Path, PathBuf};

use gatehouse_core::State;
use gatehouse_store::{AccessKey, AccessKeyStatus, KeyOwner, NewAccessKey, SecretAccessKey};
use gatehouse_token::ids::{IdPrefix, new_access_key_id, new_secret_access_key};

/// The file in the data directory that holds the generated key.
pub const FILE_NAME: &str = "root-credentials";

/// Makes sure the default account of `service` (in strict mode) has an active root access
/// key, and has [`State::reset`] keep its active root keys. `data_dir` is `None` for an
/// ephemeral instance. Returns the banner line that says where the credentials are.
pub async fn prepare(state: &mut State, data_dir: Option<&Path>) -> Result<String, String> {
    let account = state.config().default_account;
    let file = data_dir.map(|dir| dir.join(FILE_NAME));
    let mut line = if active_root_keys(state).await?.is_empty() {
        let id = new_access_key_id(IdPrefix::AccessKey, account);
        let secret = SecretAccessKey::new(new_secret_access_key());
        // The file first: a stored key whose secret was never written down would lock
        // the instance out, as the next start would see an active key and make none.
        if let Some(path) = &file {
            write_file(path, &account.to_string(), &id, &secret)?;
        }
        let key = NewAccessKey {
            id: id.clone(),
            secret: secret.clone(),
            created: state.clock().now(),
        };
        state
            .store()
            .create_access_key(account, KeyOwner::Root, key)
            .await
            .map_err(|e| format!("cannot store the generated root access key: {e}"))?;
        let kept = match &file {
            Some(path) => format!("saved in {}", path.display()),
            None => "ephemeral: kept in memory only".to_owned(),
        };
        format!(
            "  root credentials: AWS_ACCESS_KEY_ID={id} AWS_SECRET_ACCESS_KEY={} (root of account {account}; {kept}; shown only now)",
            secret.expose()
        )
    } else {
        match file.filter(|path| path.exists()) {
            Some(path) => format!(
                "  root credentials: in {} (root of account {account})",
                path.display()
            ),
            None => {
                format!("  root credentials: the root access keys account {account} already has")
            }
        }
    };
    line.push('\n');
    let kept = active_root_keys(state).await?;
    state.keep_on_reset(kept);
    Ok(line)
}

async fn active_root_keys(state: &State) -> Result<Vec<AccessKey>, String> {
    let account = state.config().default_account;
    let keys = state
        .store()
        .list_access_keys(account, KeyOwner::Root)
        .await
        .map_err(|e| format!("cannot read the root access keys of account {account}: {e}"))?;
    Ok(keys
        .into_iter()
        .filter(|key| key.status == AccessKeyStatus::Active)
        .collect())
}

/// Writes the key to `path` in the AWS shared-credentials format, replacing the file
/// atomically: a new file created with mode 0600 (never readable by others, not even for a
/// moment), then renamed over `path`.
fn write_file(
    path: &Path,
    account: &str,
    id: &str,
    secret: &SecretAccessKey,
) -> Result<(), String> {
    let failed = |e: std::io::Error| format!("cannot write {}: {e}", path.display());
    let tmp = PathBuf::from(format!("{}.tmp", path.display()));
    match std::fs::remove_file(&tmp) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(failed(e)),
        _ => {}
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut out = options.open(&tmp).map_err(failed)?;
    let text = format!(
        "# The root access key of account {account}, made by gatehouse in strict mode.\n\
         # An AWS shared credentials file: AWS_SHARED_CREDENTIALS_FILE={}\n\
         [default]\n\
         aws_access_key_id = {id}\n\
         aws_secret_access_key = {}\n",
        path.display(),
        secret.expose()
    );
    out.write_all(text.as_bytes()).map_err(failed)?;
    out.sync_all().map_err(failed)?;
    drop(out);
    std::fs::rename(&tmp, path).map_err(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_is_private_from_its_creation_and_replaced_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "an older key").unwrap();
        // A leftover temporary file (a crash between create and rename) is replaced, not reused.
        std::fs::write(dir.path().join("root-credentials.tmp"), "junk").unwrap();
        let secret = SecretAccessKey::new("s3cr3t/+");
        write_file(&path, "000000000000", "AKIAEXAMPLEEXAMPLE23", &secret).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("[default]\naws_access_key_id = AKIAEXAMPLEEXAMPLE23\naws_secret_access_key = s3cr3t/+\n"), "{text}");
        assert!(!dir.path().join("root-credentials.tmp").exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
