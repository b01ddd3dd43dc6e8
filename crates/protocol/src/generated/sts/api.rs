//! STS handler trait and dispatcher: one method per operation, and `dispatch`.
//!
//! Generated from `models/sts-2011-06-15.json` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

use super::shapes::*;
use crate::decode::decode_input;
use crate::encode::json_response;
use crate::encode::xml_response;
use crate::{Api, AwsError, Encoded, QueryParams, ResponseFormat};

/// The STS operations. Every method defaults to `NotImplemented` (501); implement the ones
/// the service supports.
pub trait StsApi: Sync {
    /// Per-request context (caller identity, clock, …).
    type Context: Sync;

    /// Handles `AssumeRole`.
    fn assume_role(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRoleRequest,
    ) -> impl Future<Output = Result<AssumeRoleResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRole")) }
    }

    /// Handles `AssumeRoleWithSAML`.
    fn assume_role_with_saml(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRoleWithSAMLRequest,
    ) -> impl Future<Output = Result<AssumeRoleWithSAMLResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRoleWithSAML")) }
    }

    /// Handles `AssumeRoleWithWebIdentity`.
    fn assume_role_with_web_identity(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRoleWithWebIdentityRequest,
    ) -> impl Future<Output = Result<AssumeRoleWithWebIdentityResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRoleWithWebIdentity")) }
    }

    /// Handles `AssumeRoot`.
    fn assume_root(
        &self,
        _ctx: &Self::Context,
        _input: AssumeRootRequest,
    ) -> impl Future<Output = Result<AssumeRootResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("AssumeRoot")) }
    }

    /// Handles `DecodeAuthorizationMessage`.
    fn decode_authorization_message(
        &self,
        _ctx: &Self::Context,
        _input: DecodeAuthorizationMessageRequest,
    ) -> impl Future<Output = Result<DecodeAuthorizationMessageResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("DecodeAuthorizationMessage")) }
    }

    /// Handles `GetAccessKeyInfo`.
    fn get_access_key_info(
        &self,
        _ctx: &Self::Context,
        _input: GetAccessKeyInfoRequest,
    ) -> impl Future<Output = Result<GetAccessKeyInfoResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetAccessKeyInfo")) }
    }

    /// Handles `GetCallerIdentity`.
    fn get_caller_identity(
        &self,
        _ctx: &Self::Context,
        _input: GetCallerIdentityRequest,
    ) -> impl Future<Output = Result<GetCallerIdentityResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetCallerIdentity")) }
    }

    /// Handles `GetCertificate`.
    fn get_certificate(
        &self,
        _ctx: &Self::Context,
        _input: GetCertificateRequest,
    ) -> impl Future<Output = Result<GetCertificateResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetCertificate")) }
    }

    /// Handles `GetDelegatedAccessToken`.
    fn get_delegated_access_token(
        &self,
        _ctx: &Self::Context,
        _input: GetDelegatedAccessTokenRequest,
    ) -> impl Future<Output = Result<GetDelegatedAccessTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetDelegatedAccessToken")) }
    }

    /// Handles `GetFederationToken`.
    fn get_federation_token(
        &self,
        _ctx: &Self::Context,
        _input: GetFederationTokenRequest,
    ) -> impl Future<Output = Result<GetFederationTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetFederationToken")) }
    }

    /// Handles `GetScopedCredentials`.
    fn get_scoped_credentials(
        &self,
        _ctx: &Self::Context,
        _input: GetScopedCredentialsRequest,
    ) -> impl Future<Output = Result<GetScopedCredentialsResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetScopedCredentials")) }
    }

    /// Handles `GetSessionToken`.
    fn get_session_token(
        &self,
        _ctx: &Self::Context,
        _input: GetSessionTokenRequest,
    ) -> impl Future<Output = Result<GetSessionTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetSessionToken")) }
    }

    /// Handles `GetTrustBundles`.
    fn get_trust_bundles(
        &self,
        _ctx: &Self::Context,
        _input: GetTrustBundlesRequest,
    ) -> impl Future<Output = Result<GetTrustBundlesResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetTrustBundles")) }
    }

    /// Handles `GetWebIdentityToken`.
    fn get_web_identity_token(
        &self,
        _ctx: &Self::Context,
        _input: GetWebIdentityTokenRequest,
    ) -> impl Future<Output = Result<GetWebIdentityTokenResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("GetWebIdentityToken")) }
    }

    /// Handles `IssueWorkloadIdentityContext`.
    fn issue_workload_identity_context(
        &self,
        _ctx: &Self::Context,
        _input: IssueWorkloadIdentityContextRequest,
    ) -> impl Future<Output = Result<IssueWorkloadIdentityContextResponse, AwsError>> + Send {
        async { Err(AwsError::not_implemented("IssueWorkloadIdentityContext")) }
    }
}

/// Decodes and validates the input for the request's action, calls the handler and encodes
/// its output in the success envelope (XML or JSON per `format`).
pub async fn dispatch<H: StsApi>(
    handler: &H,
    ctx: &H::Context,
    params: &QueryParams,
    request_id: &str,
    format: ResponseFormat,
) -> Result<Encoded, AwsError> {
    match Api::Sts.action(params)? {
        "AssumeRole" => {
            let input = decode_input(params, AssumeRoleRequest::decode_members)?;
            let output = handler.assume_role(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "AssumeRole", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("AssumeRole", request_id, Some(&output)),
            })
        }
        "AssumeRoleWithSAML" => {
            let input = decode_input(params, AssumeRoleWithSAMLRequest::decode_members)?;
            let output = handler.assume_role_with_saml(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "AssumeRoleWithSAML", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("AssumeRoleWithSAML", request_id, Some(&output))
                }
            })
        }
        "AssumeRoleWithWebIdentity" => {
            let input = decode_input(params, AssumeRoleWithWebIdentityRequest::decode_members)?;
            let output = handler.assume_role_with_web_identity(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Api::Sts,
                    "AssumeRoleWithWebIdentity",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("AssumeRoleWithWebIdentity", request_id, Some(&output))
                }
            })
        }
        "AssumeRoot" => {
            let input = decode_input(params, AssumeRootRequest::decode_members)?;
            let output = handler.assume_root(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "AssumeRoot", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("AssumeRoot", request_id, Some(&output)),
            })
        }
        "DecodeAuthorizationMessage" => {
            let input = decode_input(params, DecodeAuthorizationMessageRequest::decode_members)?;
            let output = handler.decode_authorization_message(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Api::Sts,
                    "DecodeAuthorizationMessage",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("DecodeAuthorizationMessage", request_id, Some(&output))
                }
            })
        }
        "GetAccessKeyInfo" => {
            let input = decode_input(params, GetAccessKeyInfoRequest::decode_members)?;
            let output = handler.get_access_key_info(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetAccessKeyInfo", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetAccessKeyInfo", request_id, Some(&output))
                }
            })
        }
        "GetCallerIdentity" => {
            let input = decode_input(params, GetCallerIdentityRequest::decode_members)?;
            let output = handler.get_caller_identity(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetCallerIdentity", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetCallerIdentity", request_id, Some(&output))
                }
            })
        }
        "GetCertificate" => {
            let input = decode_input(params, GetCertificateRequest::decode_members)?;
            let output = handler.get_certificate(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetCertificate", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("GetCertificate", request_id, Some(&output)),
            })
        }
        "GetDelegatedAccessToken" => {
            let input = decode_input(params, GetDelegatedAccessTokenRequest::decode_members)?;
            let output = handler.get_delegated_access_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Api::Sts,
                    "GetDelegatedAccessToken",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("GetDelegatedAccessToken", request_id, Some(&output))
                }
            })
        }
        "GetFederationToken" => {
            let input = decode_input(params, GetFederationTokenRequest::decode_members)?;
            let output = handler.get_federation_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetFederationToken", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetFederationToken", request_id, Some(&output))
                }
            })
        }
        "GetScopedCredentials" => {
            let input = decode_input(params, GetScopedCredentialsRequest::decode_members)?;
            let output = handler.get_scoped_credentials(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetScopedCredentials", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetScopedCredentials", request_id, Some(&output))
                }
            })
        }
        "GetSessionToken" => {
            let input = decode_input(params, GetSessionTokenRequest::decode_members)?;
            let output = handler.get_session_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetSessionToken", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("GetSessionToken", request_id, Some(&output)),
            })
        }
        "GetTrustBundles" => {
            let input = decode_input(params, GetTrustBundlesRequest::decode_members)?;
            let output = handler.get_trust_bundles(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetTrustBundles", request_id, Some(&output))
                }
                ResponseFormat::Json => json_response("GetTrustBundles", request_id, Some(&output)),
            })
        }
        "GetWebIdentityToken" => {
            let input = decode_input(params, GetWebIdentityTokenRequest::decode_members)?;
            let output = handler.get_web_identity_token(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => {
                    xml_response(Api::Sts, "GetWebIdentityToken", request_id, Some(&output))
                }
                ResponseFormat::Json => {
                    json_response("GetWebIdentityToken", request_id, Some(&output))
                }
            })
        }
        "IssueWorkloadIdentityContext" => {
            let input = decode_input(params, IssueWorkloadIdentityContextRequest::decode_members)?;
            let output = handler.issue_workload_identity_context(ctx, input).await?;
            Ok(match format {
                ResponseFormat::Xml => xml_response(
                    Api::Sts,
                    "IssueWorkloadIdentityContext",
                    request_id,
                    Some(&output),
                ),
                ResponseFormat::Json => {
                    json_response("IssueWorkloadIdentityContext", request_id, Some(&output))
                }
            })
        }
        other => Err(AwsError::invalid_action(other, Api::Sts.version())),
    }
}
