//! CreateUser, GetUser, ListUsers, UpdateUser, DeleteUser.

use gatehouse_protocol::iam::{
    CreateUserRequest, CreateUserResponse, DeleteUserRequest, GetUserRequest, GetUserResponse,
    ListUsersRequest, ListUsersResponse, UpdateUserRequest, User,
};
use gatehouse_store::{NewUser, TagTarget, UserUpdate};
use gatehouse_token::arn;
use gatehouse_token::ids::{IdPrefix, new_unique_id};

use crate::convert::{self, DEFAULT_PATH, Detail};
use crate::error::Result;
use crate::new_ids::create_under_new_id;
use crate::paging;
use crate::policies::check_boundary;
use crate::scope::{Myself, Scope};

pub(crate) async fn create_user(
    s: &Scope<'_>,
    input: CreateUserRequest,
) -> Result<CreateUserResponse> {
    if let Some(arn) = &input.permissions_boundary {
        check_boundary(s, arn).await?;
    }
    let tags = convert::tags_in(TagTarget::User(&input.user_name), input.tags)?;
    let new = NewUser {
        id: String::new(),
        name: input.user_name,
        path: input.path.unwrap_or_else(|| DEFAULT_PATH.to_owned()),
        created: s.now,
        permissions_boundary: input.permissions_boundary,
        tags,
    };
    let user = create_under_new_id(
        || new_unique_id(IdPrefix::User, s.account),
        |id| s.store.create_user(s.acct(), NewUser { id, ..new.clone() }),
    )
    .await?;
    Ok(CreateUserResponse {
        user: Some(convert::user(s.partition, s.account, user, Detail::Created)),
    })
}

pub(crate) async fn get_user(s: &Scope<'_>, input: GetUserRequest) -> Result<GetUserResponse> {
    let user = match s.user_or_myself(input.user_name)? {
        Myself::User(name) => convert::user(
            s.partition,
            s.account,
            s.store
                .get::<gatehouse_store::User>(s.acct(), &name)
                .await?,
            Detail::Full,
        ),
        // AWS answers for the root with the account id as UserId and the root ARN.
        Myself::Root => User {
            path: String::new(),
            user_name: String::new(),
            user_id: s.account.to_string(),
            arn: arn::root(s.partition, s.account),
            create_date: s.now,
            password_last_used: None,
            permissions_boundary: None,
            tags: None,
        },
    };
    Ok(GetUserResponse { user })
}

pub(crate) async fn list_users(
    s: &Scope<'_>,
    input: ListUsersRequest,
) -> Result<ListUsersResponse> {
    let page = s
        .store
        .list::<gatehouse_store::User>(
            s.acct(),
            input.path_prefix.as_deref(),
            &paging::request(input.marker, input.max_items),
        )
        .await?;
    let listed = paging::from_store(page, |u| {
        convert::user(s.partition, s.account, u, Detail::Listed)
    });
    Ok(ListUsersResponse {
        users: listed.items,
        is_truncated: listed.is_truncated,
        marker: listed.marker,
    })
}

pub(crate) async fn update_user(s: &Scope<'_>, input: UpdateUserRequest) -> Result<()> {
    s.store
        .rename::<gatehouse_store::User>(
            s.acct(),
            &input.user_name,
            UserUpdate {
                new_name: input.new_user_name,
                new_path: input.new_path,
            },
        )
        .await?;
    Ok(())
}

pub(crate) async fn delete_user(s: &Scope<'_>, input: DeleteUserRequest) -> Result<()> {
    s.store
        .delete::<gatehouse_store::User>(s.acct(), &input.user_name)
        .await?;
    Ok(())
}
