//! Instance profiles and the role each may hold.

use gatehouse_protocol::iam::{
    AddRoleToInstanceProfileRequest, CreateInstanceProfileRequest, CreateInstanceProfileResponse,
    DeleteInstanceProfileRequest, GetInstanceProfileRequest, GetInstanceProfileResponse,
    ListInstanceProfilesForRoleRequest, ListInstanceProfilesForRoleResponse,
    ListInstanceProfilesRequest, ListInstanceProfilesResponse,
    RemoveRoleFromInstanceProfileRequest,
};
use gatehouse_store::{NewInstanceProfile, TagTarget};
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::convert::{self, DEFAULT_PATH, Detail};
use crate::error::Result;
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::scope::Scope;
use crate::service_linked_roles::check_modifiable;

pub(crate) async fn create_instance_profile(
    s: &Scope<'_>,
    input: CreateInstanceProfileRequest,
) -> Result<CreateInstanceProfileResponse> {
    let tags = convert::tags_in(
        TagTarget::InstanceProfile(&input.instance_profile_name),
        input.tags,
    )?;
    let new = NewInstanceProfile {
        id: String::new(),
        name: input.instance_profile_name,
        path: input.path.unwrap_or_else(|| DEFAULT_PATH.to_owned()),
        created: s.now,
        tags,
    };
    let profile = create_under_new_id(
        || new_unique_id(IdPrefix::InstanceProfile, s.account),
        |id| {
            s.store
                .create_instance_profile(s.acct(), NewInstanceProfile { id, ..new.clone() })
        },
    )
    .await?;
    Ok(CreateInstanceProfileResponse {
        instance_profile: convert::instance_profile(
            s.partition,
            s.account,
            profile,
            Detail::Created,
        ),
    })
}

pub(crate) async fn get_instance_profile(
    s: &Scope<'_>,
    input: GetInstanceProfileRequest,
) -> Result<GetInstanceProfileResponse> {
    let profile = s
        .store
        .get::<gatehouse_store::InstanceProfile>(s.acct(), &input.instance_profile_name)
        .await?;
    Ok(GetInstanceProfileResponse {
        instance_profile: convert::instance_profile(s.partition, s.account, profile, Detail::Full),
    })
}

pub(crate) async fn list_instance_profiles(
    s: &Scope<'_>,
    input: ListInstanceProfilesRequest,
) -> Result<ListInstanceProfilesResponse> {
    let page = s
        .store
        .list::<gatehouse_store::InstanceProfile>(
            s.acct(),
            input.path_prefix.as_deref(),
            &paging::request(input.marker, input.max_items),
        )
        .await?;
    let listed = paging::from_store(page, |p| {
        convert::instance_profile(s.partition, s.account, p, Detail::Listed)
    });
    Ok(ListInstanceProfilesResponse {
        instance_profiles: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn list_instance_profiles_for_role(
    s: &Scope<'_>,
    input: ListInstanceProfilesForRoleRequest,
) -> Result<ListInstanceProfilesForRoleResponse> {
    let profiles = s
        .store
        .instance_profiles_for_role(s.acct(), &input.role_name)
        .await?
        .into_iter()
        .map(|p| convert::instance_profile(s.partition, s.account, p, Detail::Listed))
        .collect();
    let listed = paging::paginate(profiles, input.marker.as_deref(), input.max_items)?;
    Ok(ListInstanceProfilesForRoleResponse {
        instance_profiles: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn delete_instance_profile(
    s: &Scope<'_>,
    input: DeleteInstanceProfileRequest,
) -> Result<()> {
    s.store
        .delete::<gatehouse_store::InstanceProfile>(s.acct(), &input.instance_profile_name)
        .await?;
    Ok(())
}

pub(crate) async fn add_role_to_instance_profile(
    s: &Scope<'_>,
    input: AddRoleToInstanceProfileRequest,
) -> Result<()> {
    check_modifiable(s, &input.role_name).await?;
    s.store
        .add_role_to_instance_profile(s.acct(), &input.instance_profile_name, &input.role_name)
        .await?;
    Ok(())
}

pub(crate) async fn remove_role_from_instance_profile(
    s: &Scope<'_>,
    input: RemoveRoleFromInstanceProfileRequest,
) -> Result<()> {
    check_modifiable(s, &input.role_name).await?;
    s.store
        .remove_role_from_instance_profile(s.acct(), &input.instance_profile_name, &input.role_name)
        .await?;
    Ok(())
}
