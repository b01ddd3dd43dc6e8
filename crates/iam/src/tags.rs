//! Tag*, Untag* and List*Tags for every taggable IAM resource.

use gatehouse_protocol::iam::Tag;
use gatehouse_store::TagTarget;

use crate::convert;
use crate::error::Result;
use crate::paging::{self, Listed};
use crate::policies::{ArnUse, check_policy_arn};
use crate::scope::Scope;

/// Refuses a policy ARN that is not an ARN, as the other policy operations do.
fn check_target(target: TagTarget<'_>) -> Result<()> {
    match target {
        TagTarget::Policy(arn) => check_policy_arn(arn, ArnUse::Other),
        _ => Ok(()),
    }
}

/// Adds or replaces tags on a resource (at most 50 in all).
pub(crate) async fn tag(s: &Scope<'_>, target: TagTarget<'_>, tags: Vec<Tag>) -> Result<()> {
    check_target(target)?;
    let tags = convert::tags_in(target, Some(tags))?;
    s.store.tag_resource(s.acct(), target, &tags).await?;
    Ok(())
}

/// Removes tags by key; keys that are not there are ignored.
pub(crate) async fn untag(s: &Scope<'_>, target: TagTarget<'_>, keys: &[String]) -> Result<()> {
    check_target(target)?;
    s.store.untag_resource(s.acct(), target, keys).await?;
    Ok(())
}

/// One page of a resource's tags.
pub(crate) async fn list(
    s: &Scope<'_>,
    target: TagTarget<'_>,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Result<Listed<Tag>> {
    check_target(target)?;
    let tags = s.store.list_tags(s.acct(), target).await?;
    paging::paginate(convert::tag_list(tags), marker, max_items)
}

/// The typed Tag*/Untag*/List*Tags operations for one resource kind.
macro_rules! tag_operations {
    ($target:ident, $key:ident, $tag:ident($tag_req:ident), $untag:ident($untag_req:ident),
     $list:ident($list_req:ident) -> $list_resp:ident) => {
        pub(crate) async fn $tag(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$tag_req,
        ) -> Result<()> {
            tag(s, TagTarget::$target(&input.$key), input.tags).await
        }

        pub(crate) async fn $untag(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$untag_req,
        ) -> Result<()> {
            untag(s, TagTarget::$target(&input.$key), &input.tag_keys).await
        }

        pub(crate) async fn $list(
            s: &Scope<'_>,
            input: gatehouse_protocol::iam::$list_req,
        ) -> Result<gatehouse_protocol::iam::$list_resp> {
            let listed = list(
                s,
                TagTarget::$target(&input.$key),
                input.marker.as_deref(),
                input.max_items,
            )
            .await?;
            Ok(gatehouse_protocol::iam::$list_resp {
                tags: listed.items,
                is_truncated: listed.is_truncated,
                marker: listed.marker,
            })
        }
    };
}

tag_operations!(User, user_name, tag_user(TagUserRequest), untag_user(UntagUserRequest),
    list_user_tags(ListUserTagsRequest) -> ListUserTagsResponse);
tag_operations!(Role, role_name, tag_role(TagRoleRequest), untag_role(UntagRoleRequest),
    list_role_tags(ListRoleTagsRequest) -> ListRoleTagsResponse);
tag_operations!(Policy, policy_arn, tag_policy(TagPolicyRequest), untag_policy(UntagPolicyRequest),
    list_policy_tags(ListPolicyTagsRequest) -> ListPolicyTagsResponse);
tag_operations!(OidcProvider, open_id_connect_provider_arn,
    tag_open_id_connect_provider(TagOpenIDConnectProviderRequest),
    untag_open_id_connect_provider(UntagOpenIDConnectProviderRequest),
    list_open_id_connect_provider_tags(ListOpenIDConnectProviderTagsRequest) -> ListOpenIDConnectProviderTagsResponse);
tag_operations!(SamlProvider, saml_provider_arn,
    tag_saml_provider(TagSAMLProviderRequest),
    untag_saml_provider(UntagSAMLProviderRequest),
    list_saml_provider_tags(ListSAMLProviderTagsRequest) -> ListSAMLProviderTagsResponse);
tag_operations!(MfaDevice, serial_number, tag_mfa_device(TagMFADeviceRequest),
    untag_mfa_device(UntagMFADeviceRequest),
    list_mfa_device_tags(ListMFADeviceTagsRequest) -> ListMFADeviceTagsResponse);
tag_operations!(InstanceProfile, instance_profile_name,
    tag_instance_profile(TagInstanceProfileRequest),
    untag_instance_profile(UntagInstanceProfileRequest),
    list_instance_profile_tags(ListInstanceProfileTagsRequest) -> ListInstanceProfileTagsResponse);
