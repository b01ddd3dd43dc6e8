//! Groups and their members: CreateGroup, GetGroup, ListGroups, UpdateGroup, DeleteGroup,
//! AddUserToGroup, RemoveUserFromGroup, ListGroupsForUser.

use gatehouse_protocol::iam::{
    AddUserToGroupRequest, CreateGroupRequest, CreateGroupResponse, DeleteGroupRequest,
    GetGroupRequest, GetGroupResponse, ListGroupsForUserRequest, ListGroupsForUserResponse,
    ListGroupsRequest, ListGroupsResponse, RemoveUserFromGroupRequest, UpdateGroupRequest,
};
use gatehouse_store::{GroupUpdate, NewGroup};
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::convert::{self, DEFAULT_PATH, Detail};
use crate::error::Result;
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::scope::Scope;

pub(crate) async fn create_group(
    s: &Scope<'_>,
    input: CreateGroupRequest,
) -> Result<CreateGroupResponse> {
    let new = NewGroup {
        id: String::new(),
        name: input.group_name,
        path: input.path.unwrap_or_else(|| DEFAULT_PATH.to_owned()),
        created: s.now,
    };
    let group = create_under_new_id(
        || new_unique_id(IdPrefix::Group, s.account),
        |id| {
            s.store
                .create_group(s.acct(), NewGroup { id, ..new.clone() })
        },
    )
    .await?;
    Ok(CreateGroupResponse {
        group: convert::group(s.partition, s.account, group),
    })
}

pub(crate) async fn get_group(s: &Scope<'_>, input: GetGroupRequest) -> Result<GetGroupResponse> {
    let group = s
        .store
        .get::<gatehouse_store::Group>(s.acct(), &input.group_name)
        .await?;
    let members = s
        .store
        .list_group_members(
            s.acct(),
            &input.group_name,
            &paging::request(input.marker, input.max_items),
        )
        .await?;
    let listed = paging::from_store(members, |u| {
        convert::user(s.partition, s.account, u, Detail::Listed)
    });
    Ok(GetGroupResponse {
        group: convert::group(s.partition, s.account, group),
        users: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn list_groups(
    s: &Scope<'_>,
    input: ListGroupsRequest,
) -> Result<ListGroupsResponse> {
    let page = s
        .store
        .list::<gatehouse_store::Group>(
            s.acct(),
            input.path_prefix.as_deref(),
            &paging::request(input.marker, input.max_items),
        )
        .await?;
    let listed = paging::from_store(page, |g| convert::group(s.partition, s.account, g));
    Ok(ListGroupsResponse {
        groups: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn update_group(s: &Scope<'_>, input: UpdateGroupRequest) -> Result<()> {
    s.store
        .rename::<gatehouse_store::Group>(
            s.acct(),
            &input.group_name,
            GroupUpdate {
                new_name: input.new_group_name,
                new_path: input.new_path,
            },
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_group(s: &Scope<'_>, input: DeleteGroupRequest) -> Result<()> {
    s.store
        .delete::<gatehouse_store::Group>(s.acct(), &input.group_name)
        .await?;
    Ok(())
}

pub(crate) async fn add_user_to_group(s: &Scope<'_>, input: AddUserToGroupRequest) -> Result<()> {
    s.store
        .add_user_to_group(s.acct(), &input.group_name, &input.user_name)
        .await?;
    Ok(())
}

pub(crate) async fn remove_user_from_group(
    s: &Scope<'_>,
    input: RemoveUserFromGroupRequest,
) -> Result<()> {
    s.store
        .remove_user_from_group(s.acct(), &input.group_name, &input.user_name)
        .await?;
    Ok(())
}

pub(crate) async fn list_groups_for_user(
    s: &Scope<'_>,
    input: ListGroupsForUserRequest,
) -> Result<ListGroupsForUserResponse> {
    let groups = s.store.groups_for_user(s.acct(), &input.user_name).await?;
    let groups = groups
        .into_iter()
        .map(|g| convert::group(s.partition, s.account, g))
        .collect();
    let listed = paging::paginate(groups, input.marker.as_deref(), input.max_items)?;
    Ok(ListGroupsForUserResponse {
        groups: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}
