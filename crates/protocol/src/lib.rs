//! The AWS query protocol for STS (2011-06-15) and IAM (2010-05-08), and the AWS JSON 1.1
//! protocol for Organizations (2016-11-28).
//!
//! Query requests (GET query strings and POST form bodies) are parsed into [`QueryParams`],
//! decoded into typed inputs with AWS's validation, handed to an [`sts::StsApi`] or
//! [`iam::IamApi`] handler, and the typed outputs or [`AwsError`]s are encoded as AWS's XML (or
//! JSON for STS). An AWS JSON request's body is read as a [`JsonInput`], decoded by the same
//! generated decoders and answered as a JSON object ([`organizations::dispatch`],
//! [`encode_aws_json_error`]). The shapes, handler traits and dispatchers in [`sts`], [`iam`]
//! and [`organizations`] are generated from the pinned botocore models by `gatehouse-codegen`.

pub mod decode;
pub mod encode;
mod error;
mod generated;
mod query;

pub use decode::JsonInput;
pub use encode::{Encoded, ResponseFormat, encode_aws_json_error, encode_error};
pub use error::AwsError;
pub use generated::{iam, organizations, sts};
pub use query::QueryParams;

/// An operation of a service model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OperationInfo {
    /// The operation (and `Action`) name, e.g. `AssumeRole`.
    pub name: &'static str,
    /// Whether the operation is called without signing (`authtype: none` / `smithy.api#noAuth`).
    pub unsigned: bool,
}

/// The two query APIs gatehouse answers (what their requests and responses look like on the
/// wire; the core names the same two as `gatehouse_core::authentication::Endpoint`, for the
/// credential scope).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Api {
    /// AWS Security Token Service.
    Sts,
    /// AWS Identity and Access Management.
    Iam,
}

impl Api {
    /// The SigV4 signing name and endpoint prefix: `sts` or `iam`.
    pub fn signing_name(self) -> &'static str {
        match self {
            Api::Sts => "sts",
            Api::Iam => "iam",
        }
    }

    /// The API version the `Version` parameter must carry.
    pub fn version(self) -> &'static str {
        match self {
            Api::Sts => "2011-06-15",
            Api::Iam => "2010-05-08",
        }
    }

    /// The XML namespace of responses.
    pub fn namespace(self) -> &'static str {
        match self {
            Api::Sts => "https://sts.amazonaws.com/doc/2011-06-15/",
            Api::Iam => "https://iam.amazonaws.com/doc/2010-05-08/",
        }
    }

    /// The action of `params` if it names an operation of this service in its version:
    /// `MissingAction` without `Action`, `InvalidAction` for a `Version` other than this
    /// service's (a missing `Version` is accepted) or an unknown action.
    pub fn action(self, params: &QueryParams) -> Result<&str, AwsError> {
        let action = params.action().ok_or_else(AwsError::missing_action)?;
        let version = params.version().unwrap_or(self.version());
        let known = match self {
            Api::Sts => sts::operation(action).is_some(),
            Api::Iam => iam::operation(action).is_some(),
        };
        if version != self.version() || !known {
            return Err(AwsError::invalid_action(action, version));
        }
        Ok(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_checks() {
        let ok =
            QueryParams::from_pairs([("Action", "GetCallerIdentity"), ("Version", "2011-06-15")]);
        assert_eq!(Api::Sts.action(&ok), Ok("GetCallerIdentity"));
        assert_eq!(
            Api::Iam.action(&ok).map_err(|e| e.message),
            Err("Could not find operation GetCallerIdentity for version 2011-06-15".to_owned())
        );
        let bad_version =
            QueryParams::from_pairs([("Action", "GetCallerIdentity"), ("Version", "2011-06-16")]);
        assert_eq!(
            Api::Sts.action(&bad_version).map_err(|e| e.message),
            Err("Could not find operation GetCallerIdentity for version 2011-06-16".to_owned())
        );
        let unknown = QueryParams::from_pairs([("Action", "Foo")]);
        assert_eq!(
            Api::Sts.action(&unknown).map_err(|e| (e.code, e.status)),
            Err(("InvalidAction".into(), 400))
        );
        let missing = QueryParams::default();
        assert_eq!(
            Api::Sts.action(&missing).map_err(|e| e.code),
            Err("MissingAction".into())
        );
    }
}
