//! CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey, GetAccessKeyLastUsed.

use gatehouse_protocol::iam::{
    AccessKey, AccessKeyLastUsed, AccessKeyMetadata, CreateAccessKeyRequest,
    CreateAccessKeyResponse, DeleteAccessKeyRequest, GetAccessKeyLastUsedRequest,
    GetAccessKeyLastUsedResponse, ListAccessKeysRequest, ListAccessKeysResponse, StatusType,
    UpdateAccessKeyRequest,
};
use gatehouse_store::{AccessKeyStatus, KeyHolder, NewAccessKey, SecretAccessKey};
use gatehouse_token::ids::{IdPrefix, new_access_key_id, new_secret_access_key};

use crate::error::{IamError, Result};
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::scope::{Myself, Scope};

/// What AWS reports for a key that was never used.
const NOT_USED: &str = "N/A";

/// AWS's `statusType` of a stored status (access keys' and SSH public keys').
pub(crate) fn status_out(status: AccessKeyStatus) -> StatusType {
    match status {
        AccessKeyStatus::Active => StatusType::Active,
        AccessKeyStatus::Inactive => StatusType::Inactive,
        AccessKeyStatus::Expired => StatusType::Expired,
    }
}

/// The stored status of AWS's `statusType`.
pub(crate) fn status_in(status: StatusType) -> AccessKeyStatus {
    match status {
        StatusType::Active => AccessKeyStatus::Active,
        StatusType::Inactive => AccessKeyStatus::Inactive,
        StatusType::Expired => AccessKeyStatus::Expired,
    }
}

/// The `UserName` AWS reports for a key holder (the account id for the root's keys).
fn holder_name(s: &Scope<'_>, holder: &KeyHolder) -> String {
    match holder {
        KeyHolder::User { name, .. } => name.clone(),
        KeyHolder::Root => s.account.to_string(),
    }
}

fn no_such_key(id: &str) -> IamError {
    IamError::NoSuchEntity(format!("The Access Key with id {id} cannot be found."))
}

pub(crate) async fn create_access_key(
    s: &Scope<'_>,
    input: CreateAccessKeyRequest,
) -> Result<CreateAccessKeyResponse> {
    let owner = s.user_or_myself(input.user_name)?;
    let new = NewAccessKey {
        id: String::new(),
        secret: SecretAccessKey::new(new_secret_access_key()),
        created: s.now,
    };
    let holder = owner.key_owner();
    let key = create_under_new_id(
        || new_access_key_id(IdPrefix::AccessKey, s.account),
        |id| {
            s.store
                .create_access_key(s.acct(), holder, NewAccessKey { id, ..new.clone() })
        },
    )
    .await?;
    Ok(CreateAccessKeyResponse {
        access_key: AccessKey {
            user_name: holder_name(s, &key.holder),
            access_key_id: key.id,
            status: status_out(key.status),
            secret_access_key: key.secret.expose().to_owned(),
            create_date: Some(key.created),
        },
    })
}

pub(crate) async fn list_access_keys(
    s: &Scope<'_>,
    input: ListAccessKeysRequest,
) -> Result<ListAccessKeysResponse> {
    let owner = s.user_or_myself(input.user_name)?;
    if let Myself::User(name) = &owner {
        s.store.get::<gatehouse_store::User>(s.acct(), name).await?;
    }
    let keys = s
        .store
        .list_access_keys(s.acct(), owner.key_owner())
        .await?;
    let listed = paging::paginate(keys, input.marker.as_deref(), input.max_items)?;
    Ok(ListAccessKeysResponse {
        access_key_metadata: listed
            .items
            .into_iter()
            .map(|key| AccessKeyMetadata {
                user_name: Some(holder_name(s, &key.holder)),
                access_key_id: Some(key.id),
                status: Some(status_out(key.status)),
                create_date: Some(key.created),
            })
            .collect(),
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn update_access_key(s: &Scope<'_>, input: UpdateAccessKeyRequest) -> Result<()> {
    let owner = s.user_or_myself(input.user_name)?;
    s.store
        .update_access_key_status(
            s.acct(),
            owner.key_owner(),
            &input.access_key_id,
            status_in(input.status),
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_access_key(s: &Scope<'_>, input: DeleteAccessKeyRequest) -> Result<()> {
    let owner = s.user_or_myself(input.user_name)?;
    s.store
        .delete_access_key(s.acct(), owner.key_owner(), &input.access_key_id)
        .await?;
    Ok(())
}

pub(crate) async fn get_access_key_last_used(
    s: &Scope<'_>,
    input: GetAccessKeyLastUsedRequest,
) -> Result<GetAccessKeyLastUsedResponse> {
    let key = s
        .store
        .access_key(&input.access_key_id)
        .await?
        .filter(|key| key.account == s.account)
        .ok_or_else(|| no_such_key(&input.access_key_id))?;
    let last_used = key.last_used.as_ref().map_or_else(
        || AccessKeyLastUsed {
            last_used_date: None,
            service_name: NOT_USED.to_owned(),
            region: NOT_USED.to_owned(),
        },
        |used| AccessKeyLastUsed {
            last_used_date: Some(used.date),
            service_name: used.service.clone(),
            region: used.region.clone(),
        },
    );
    Ok(GetAccessKeyLastUsedResponse {
        user_name: Some(holder_name(s, &key.holder)),
        access_key_last_used: Some(last_used),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_both_ways() {
        for status in StatusType::ALL {
            assert_eq!(status_out(status_in(status)), status);
        }
    }
}
