//! UploadSSHPublicKey, GetSSHPublicKey, ListSSHPublicKeys, UpdateSSHPublicKey,
//! DeleteSSHPublicKey: users' SSH public keys, for CodeCommit.

use gatehouse_protocol::iam::{
    DeleteSSHPublicKeyRequest, EncodingType, GetSSHPublicKeyRequest, GetSSHPublicKeyResponse,
    ListSSHPublicKeysRequest, ListSSHPublicKeysResponse, SSHPublicKey, SSHPublicKeyMetadata,
    UpdateSSHPublicKeyRequest, UploadSSHPublicKeyRequest, UploadSSHPublicKeyResponse,
};
use gatehouse_ssh_key::{KeyError, MIN_BITS, SshRsaKey};
use gatehouse_store::{NewSshPublicKey, SshPublicKey, StoreError};
use gatehouse_token::ids::{IdPrefix, new_access_key_id};

use crate::access_keys::{status_in, status_out};
use crate::error::{IamError, Result};
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::scope::{Myself, Scope};

/// AWS's answer to a body that is no key it accepts. The words of the first two are the API
/// reference's descriptions of the errors (AWS's own messages are not recorded); the words for
/// a key too short are ours.
fn refused(error: KeyError) -> IamError {
    match error {
        KeyError::Unrecognized => IamError::UnrecognizedPublicKeyEncoding(
            "The public key encoding format is unsupported or unrecognized.".to_owned(),
        ),
        KeyError::Malformed => IamError::InvalidPublicKey(
            "The public key is malformed or otherwise invalid.".to_owned(),
        ),
        KeyError::TooShort => IamError::InvalidPublicKey(format!(
            "The public key must be at least {MIN_BITS} bits long."
        )),
    }
}

/// A stored key that cannot be read back: the store's data, not the caller's input.
fn corrupt(error: impl std::fmt::Display) -> IamError {
    IamError::Store(StoreError::Corrupt {
        detail: format!("SSH public key: {error}"),
    })
}

/// A stored key as AWS answers it, its body in `encoding`.
fn key_out(key: SshPublicKey, encoding: EncodingType) -> Result<SSHPublicKey> {
    let body = SshRsaKey::from_stored(&key.key_blob).map_err(corrupt)?;
    let ssh_public_key_body = match encoding {
        EncodingType::Ssh => body.openssh(),
        EncodingType::Pem => body.pem().map_err(corrupt)?,
    };
    Ok(SSHPublicKey {
        user_name: key.user_name,
        ssh_public_key_id: key.id,
        fingerprint: key.fingerprint,
        ssh_public_key_body,
        status: status_out(key.status),
        upload_date: Some(key.uploaded),
    })
}

pub(crate) async fn upload_ssh_public_key(
    s: &Scope<'_>,
    input: UploadSSHPublicKeyRequest,
) -> Result<UploadSSHPublicKeyResponse> {
    let body = SshRsaKey::parse(&input.ssh_public_key_body).map_err(refused)?;
    let new = NewSshPublicKey {
        id: String::new(),
        key_blob: body.stored(),
        fingerprint: body.fingerprint(),
        uploaded: s.now,
    };
    let key = create_under_new_id(
        || new_access_key_id(IdPrefix::SshPublicKey, s.account),
        |id| {
            s.store.upload_ssh_public_key(
                s.acct(),
                &input.user_name,
                NewSshPublicKey { id, ..new.clone() },
            )
        },
    )
    .await?;
    // Upload answers the key in OpenSSH's form, whatever form it came in.
    Ok(UploadSSHPublicKeyResponse {
        ssh_public_key: Some(key_out(key, EncodingType::Ssh)?),
    })
}

pub(crate) async fn get_ssh_public_key(
    s: &Scope<'_>,
    input: GetSSHPublicKeyRequest,
) -> Result<GetSSHPublicKeyResponse> {
    let key = s
        .store
        .ssh_public_key(s.acct(), &input.user_name, &input.ssh_public_key_id)
        .await?;
    Ok(GetSSHPublicKeyResponse {
        ssh_public_key: Some(key_out(key, input.encoding)?),
    })
}

pub(crate) async fn list_ssh_public_keys(
    s: &Scope<'_>,
    input: ListSSHPublicKeysRequest,
) -> Result<ListSSHPublicKeysResponse> {
    // Without UserName, the keys of the user the request's credentials belong to; the
    // account root holds none.
    let keys = match s.user_or_myself(input.user_name)? {
        Myself::User(name) => s.store.list_ssh_public_keys(s.acct(), &name).await?,
        Myself::Root => Vec::new(),
    };
    let listed = paging::paginate(keys, input.marker.as_deref(), input.max_items)?;
    Ok(ListSSHPublicKeysResponse {
        ssh_public_keys: Some(
            listed
                .items
                .into_iter()
                .map(|key| SSHPublicKeyMetadata {
                    user_name: key.user_name,
                    ssh_public_key_id: key.id,
                    status: status_out(key.status),
                    upload_date: key.uploaded,
                })
                .collect(),
        ),
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn update_ssh_public_key(
    s: &Scope<'_>,
    input: UpdateSSHPublicKeyRequest,
) -> Result<()> {
    s.store
        .update_ssh_public_key_status(
            s.acct(),
            &input.user_name,
            &input.ssh_public_key_id,
            status_in(input.status),
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_ssh_public_key(
    s: &Scope<'_>,
    input: DeleteSSHPublicKeyRequest,
) -> Result<()> {
    s.store
        .delete_ssh_public_key(s.acct(), &input.user_name, &input.ssh_public_key_id)
        .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_protocol::AwsError;

    #[test]
    fn refusals_are_aws_codes_with_their_words() {
        let cases = [
            (
                KeyError::Unrecognized,
                "UnrecognizedPublicKeyEncoding",
                "The public key encoding format is unsupported or unrecognized.",
            ),
            (
                KeyError::Malformed,
                "InvalidPublicKey",
                "The public key is malformed or otherwise invalid.",
            ),
            (
                KeyError::TooShort,
                "InvalidPublicKey",
                "The public key must be at least 2048 bits long.",
            ),
        ];
        for (error, code, message) in cases {
            let aws = AwsError::from(refused(error));
            assert_eq!((aws.code.as_ref(), aws.message.as_ref()), (code, message));
        }
    }
}
