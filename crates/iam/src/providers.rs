//! OpenID Connect and SAML identity providers.

use gatehouse_core::Mode;
use gatehouse_protocol::iam::{
    AddClientIDToOpenIDConnectProviderRequest, CreateOpenIDConnectProviderRequest,
    CreateOpenIDConnectProviderResponse, CreateSAMLProviderRequest, CreateSAMLProviderResponse,
    DeleteOpenIDConnectProviderRequest, DeleteSAMLProviderRequest, GetOpenIDConnectProviderRequest,
    GetOpenIDConnectProviderResponse, GetSAMLProviderRequest, GetSAMLProviderResponse,
    ListOpenIDConnectProvidersRequest, ListOpenIDConnectProvidersResponse,
    ListSAMLProvidersRequest, ListSAMLProvidersResponse, OpenIDConnectProviderListEntry,
    RemoveClientIDFromOpenIDConnectProviderRequest, SAMLProviderListEntry,
    UpdateOpenIDConnectProviderThumbprintRequest, UpdateSAMLProviderRequest,
    UpdateSAMLProviderResponse,
};
use gatehouse_store::{EntityKind, NewOidcProvider, NewSamlProvider, StoreError, TagTarget};

use crate::convert::{self, Detail};
use crate::error::{IamError, Result};
use crate::scope::Scope;

/// The scheme AWS requires of an OIDC issuer.
const HTTPS: &str = "https://";
/// The scheme lenient mode also accepts (local test IdPs).
const HTTP: &str = "http://";

/// The issuer URL without its scheme and trailing slash — what the provider ARN ends with
/// and what GetOpenIDConnectProvider reports as `Url`.
fn issuer_host_path(s: &Scope<'_>, url: &str) -> Result<String> {
    let rest = url
        .strip_prefix(HTTPS)
        .or_else(|| {
            (s.mode == Mode::Lenient)
                .then(|| url.strip_prefix(HTTP))
                .flatten()
        })
        .filter(|rest| !rest.is_empty() && !rest.contains('?') && !rest.contains('#'))
        .ok_or_else(|| IamError::InvalidInput("Invalid Open ID Connect Provider URL".to_owned()))?;
    Ok(rest.trim_end_matches('/').to_owned())
}

pub(crate) async fn create_open_id_connect_provider(
    s: &Scope<'_>,
    input: CreateOpenIDConnectProviderRequest,
) -> Result<CreateOpenIDConnectProviderResponse> {
    let host_path = issuer_host_path(s, &input.url)?;
    let arn = gatehouse_token::arn::iam_path_resource(
        s.partition,
        s.account,
        "oidc-provider",
        "/",
        &host_path,
    );
    let tags = convert::tags_in(TagTarget::OidcProvider(&arn), input.tags)?;
    let provider = s
        .store
        .create_oidc_provider(
            s.acct(),
            NewOidcProvider {
                arn,
                url: input.url.trim_end_matches('/').to_owned(),
                client_ids: input.client_id_list.unwrap_or_default(),
                thumbprints: input.thumbprint_list.unwrap_or_default(),
                created: s.now,
                tags,
            },
        )
        .await
        .map_err(|err| match err {
            StoreError::AlreadyExists {
                kind: EntityKind::OidcProvider,
                ..
            } => IamError::EntityAlreadyExists(format!(
                "Provider with url {} already exists.",
                input.url
            )),
            other => other.into(),
        })?;
    Ok(CreateOpenIDConnectProviderResponse {
        open_id_connect_provider_arn: Some(provider.arn),
        tags: convert::tags_out(provider.tags),
    })
}

pub(crate) async fn get_open_id_connect_provider(
    s: &Scope<'_>,
    input: GetOpenIDConnectProviderRequest,
) -> Result<GetOpenIDConnectProviderResponse> {
    let provider = s
        .store
        .get_provider::<gatehouse_store::OidcProvider>(
            s.acct(),
            &input.open_id_connect_provider_arn,
        )
        .await?;
    let url = provider
        .url
        .strip_prefix(HTTPS)
        .or_else(|| provider.url.strip_prefix(HTTP))
        .unwrap_or(&provider.url)
        .to_owned();
    Ok(GetOpenIDConnectProviderResponse {
        url: Some(url),
        client_id_list: Some(provider.client_ids),
        thumbprint_list: Some(provider.thumbprints),
        create_date: Some(provider.created),
        tags: convert::tags_shown(provider.tags, Detail::Full),
        // IAM Identity Center context providers are not emulated.
        context_provider: None,
        identity_center_instance_arn: None,
        identity_store_arn: None,
    })
}

pub(crate) async fn list_open_id_connect_providers(
    s: &Scope<'_>,
    _input: ListOpenIDConnectProvidersRequest,
) -> Result<ListOpenIDConnectProvidersResponse> {
    let providers = s
        .store
        .list_providers::<gatehouse_store::OidcProvider>(s.acct())
        .await?;
    Ok(ListOpenIDConnectProvidersResponse {
        open_id_connect_provider_list: Some(
            providers
                .into_iter()
                .map(|p| OpenIDConnectProviderListEntry {
                    arn: Some(p.arn),
                    is_trusted_identity_propagation_enabled: None,
                })
                .collect(),
        ),
    })
}

pub(crate) async fn delete_open_id_connect_provider(
    s: &Scope<'_>,
    input: DeleteOpenIDConnectProviderRequest,
) -> Result<()> {
    s.store
        .delete_provider::<gatehouse_store::OidcProvider>(
            s.acct(),
            &input.open_id_connect_provider_arn,
        )
        .await?;
    Ok(())
}

pub(crate) async fn add_client_id_to_open_id_connect_provider(
    s: &Scope<'_>,
    input: AddClientIDToOpenIDConnectProviderRequest,
) -> Result<()> {
    s.store
        .add_oidc_client_id(
            s.acct(),
            &input.open_id_connect_provider_arn,
            &input.client_id,
        )
        .await?;
    Ok(())
}

pub(crate) async fn remove_client_id_from_open_id_connect_provider(
    s: &Scope<'_>,
    input: RemoveClientIDFromOpenIDConnectProviderRequest,
) -> Result<()> {
    s.store
        .remove_oidc_client_id(
            s.acct(),
            &input.open_id_connect_provider_arn,
            &input.client_id,
        )
        .await?;
    Ok(())
}

pub(crate) async fn update_open_id_connect_provider_thumbprint(
    s: &Scope<'_>,
    input: UpdateOpenIDConnectProviderThumbprintRequest,
) -> Result<()> {
    s.store
        .update_oidc_thumbprints(
            s.acct(),
            &input.open_id_connect_provider_arn,
            &input.thumbprint_list,
        )
        .await?;
    Ok(())
}

pub(crate) async fn create_saml_provider(
    s: &Scope<'_>,
    input: CreateSAMLProviderRequest,
) -> Result<CreateSAMLProviderResponse> {
    let arn = gatehouse_token::arn::iam_path_resource(
        s.partition,
        s.account,
        "saml-provider",
        "/",
        &input.name,
    );
    let tags = convert::tags_in(TagTarget::SamlProvider(&arn), input.tags)?;
    let provider = s
        .store
        .create_saml_provider(
            s.acct(),
            NewSamlProvider {
                arn,
                name: input.name,
                metadata: input.saml_metadata_document,
                created: s.now,
                valid_until: None,
                tags,
            },
        )
        .await?;
    Ok(CreateSAMLProviderResponse {
        saml_provider_arn: Some(provider.arn),
        tags: convert::tags_out(provider.tags),
    })
}

pub(crate) async fn get_saml_provider(
    s: &Scope<'_>,
    input: GetSAMLProviderRequest,
) -> Result<GetSAMLProviderResponse> {
    let provider = s
        .store
        .get_provider::<gatehouse_store::SamlProvider>(s.acct(), &input.saml_provider_arn)
        .await?;
    Ok(GetSAMLProviderResponse {
        saml_metadata_document: Some(provider.metadata),
        create_date: Some(provider.created),
        valid_until: provider.valid_until,
        tags: convert::tags_shown(provider.tags, Detail::Full),
        ..GetSAMLProviderResponse::default()
    })
}

pub(crate) async fn list_saml_providers(
    s: &Scope<'_>,
    _input: ListSAMLProvidersRequest,
) -> Result<ListSAMLProvidersResponse> {
    let providers = s
        .store
        .list_providers::<gatehouse_store::SamlProvider>(s.acct())
        .await?;
    Ok(ListSAMLProvidersResponse {
        saml_provider_list: Some(
            providers
                .into_iter()
                .map(|p| SAMLProviderListEntry {
                    arn: Some(p.arn),
                    valid_until: p.valid_until,
                    create_date: Some(p.created),
                    is_trusted_identity_propagation_enabled: None,
                })
                .collect(),
        ),
    })
}

pub(crate) async fn update_saml_provider(
    s: &Scope<'_>,
    input: UpdateSAMLProviderRequest,
) -> Result<UpdateSAMLProviderResponse> {
    let provider = s
        .store
        .get_provider::<gatehouse_store::SamlProvider>(s.acct(), &input.saml_provider_arn)
        .await?;
    if let Some(metadata) = &input.saml_metadata_document {
        s.store
            .update_saml_metadata(s.acct(), &provider.arn, metadata, provider.valid_until)
            .await?;
    }
    Ok(UpdateSAMLProviderResponse {
        saml_provider_arn: Some(provider.arn),
    })
}

pub(crate) async fn delete_saml_provider(
    s: &Scope<'_>,
    input: DeleteSAMLProviderRequest,
) -> Result<()> {
    s.store
        .delete_provider::<gatehouse_store::SamlProvider>(s.acct(), &input.saml_provider_arn)
        .await?;
    Ok(())
}
