//! The credential scope an endpoint accepts: its own service name, and a region of the
//! partition the endpoint stands for.
//!
//! AWS refuses a request scoped to another service or to a region it does not serve with
//! `SignatureDoesNotMatch` (403), and does so before it looks at the key: the answer is the same
//! whoever signed. When both are wrong, the two sentences follow each other, region first.
//!
//! Regions: gatehouse is one endpoint standing for every regional STS endpoint of its
//! partition (`--partition`, `aws` by default), so STS accepts any region of that partition
//! (opt-in ones included). IAM accepts the same set: AWS's own IAM endpoint wants the
//! partition's IAM region (`us-east-1` in `aws`), but an SDK pointed at gatehouse with an
//! endpoint URL signs IAM with its configured region (botocore, the AWS CLI and the SDK for
//! Rust all do), so holding IAM to one region would refuse every client configured for another.
//! Regions of the other partitions are refused, as each partition's endpoints refuse them.
//!
//! Organizations is global like IAM: AWS's endpoint (`organizations.us-east-1.amazonaws.com`
//! in `aws`) signs with `us-east-1`, and clients given an endpoint URL sign with their own
//! region, so it accepts the same regions as IAM, and words a wrong region as IAM does (its
//! own words for it are not recorded).

use gatehouse_error::{Error, ErrorCode};
use gatehouse_sigv4::SignedClaim;
use gatehouse_token::Partition;

/// The endpoint a request reached, which its credential scope must name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// STS, signing name `sts`.
    Sts,
    /// IAM, signing name `iam`.
    Iam,
    /// AWS Organizations, signing name `organizations`.
    Organizations,
}

impl Endpoint {
    /// The service name a credential scope for this endpoint carries.
    pub fn signing_name(self) -> &'static str {
        match self {
            Endpoint::Sts => "sts",
            Endpoint::Iam => "iam",
            Endpoint::Organizations => "organizations",
        }
    }
}

/// Refuses `claim` unless it is scoped to `service` and to a region of `partition`.
///
/// # Errors
/// `SignatureDoesNotMatch` (403) with AWS's sentence for each part of the scope that is wrong.
pub fn check(claim: &SignedClaim, service: Endpoint, partition: Partition) -> Result<(), Error> {
    let mut message = String::new();
    if !partition.regions().contains(&claim.region.as_str()) {
        message.push_str(&match service {
            Endpoint::Sts => "Credential should be scoped to a valid region. ".to_owned(),
            Endpoint::Iam | Endpoint::Organizations => format!(
                "Credential should be scoped to a valid region, not '{}'. ",
                claim.region
            ),
        });
    }
    if claim.service != service.signing_name() {
        message.push_str(&format!(
            "Credential should be scoped to correct service: '{}'. ",
            service.signing_name()
        ));
    }
    if message.is_empty() {
        Ok(())
    } else {
        Err(Error::new(ErrorCode::SignatureDoesNotMatch, message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use gatehouse_sigv4::{Carrier, Signature};
    use time::macros::datetime;

    fn claim(region: &str, service: &str) -> SignedClaim {
        SignedClaim {
            access_key_id: "AKIAIOSFODNN7EXAMPLE".into(),
            scope_date: "20150830".into(),
            region: region.into(),
            service: service.into(),
            signed_headers: vec!["host".into()],
            signature: Signature::from_hex("00"),
            timestamp: datetime!(2015-08-30 12:36 UTC),
            security_token: None,
            carrier: Carrier::Header,
            expires: None,
        }
    }

    /// What AWS answers for a scope, with where that was seen. `None`: the request goes on to
    /// the key and the signature.
    const CASES: &[(Endpoint, &str, &str, Option<&str>, &str)] = &[
        (
            Endpoint::Sts,
            "us-east-1",
            "sts",
            None,
            "the default region",
        ),
        (
            Endpoint::Sts,
            "eu-west-1",
            "sts",
            None,
            "botocore signs STS with the client's region",
        ),
        (
            Endpoint::Sts,
            "il-central-1",
            "sts",
            None,
            "an opt-in region (endpoints.json)",
        ),
        (
            Endpoint::Sts,
            "us-east-1",
            "s3",
            Some("Credential should be scoped to correct service: 'sts'. "),
            "403 SignatureDoesNotMatch from sts.REGION.amazonaws.com, recorded by a public live-AWS STS probe suite (its STS_WRONG_SERVICE_SCOPE_MESSAGE)",
        ),
        (
            Endpoint::Sts,
            "us-east-1",
            "iam",
            Some("Credential should be scoped to correct service: 'sts'. "),
            "same message for any other service, e.g. 'batch': github.com/cllunsford/aws-signing-proxy/issues/25",
        ),
        (
            Endpoint::Sts,
            "xx-fake-1",
            "sts",
            Some("Credential should be scoped to a valid region. "),
            "STS's XML error (and the probe suite's STS_WRONG_REGION_SCOPE_MESSAGE): github.com/namecheap/node-vault-client/issues/25, github.com/hashicorp/terraform-provider-aws/issues/34865",
        ),
        (
            Endpoint::Sts,
            "cn-north-1",
            "sts",
            Some("Credential should be scoped to a valid region. "),
            "a region of another partition (endpoints.json: aws-cn)",
        ),
        (
            Endpoint::Sts,
            "",
            "sts",
            Some("Credential should be scoped to a valid region. "),
            "an empty region is no region",
        ),
        (
            Endpoint::Sts,
            "xx-fake-1",
            "ec2",
            Some(
                "Credential should be scoped to a valid region. Credential should be scoped to correct service: 'sts'. ",
            ),
            "both wrong: region first, then service (the same probe suite's STS_WRONG_REGION_AND_SERVICE_SCOPE_MESSAGE; the same pair for execute-api in ServiceNow's AWS signing docs)",
        ),
        (
            Endpoint::Iam,
            "us-east-1",
            "iam",
            None,
            "the region AWS's IAM endpoint signs with (endpoints.json: iam.aws-global.credentialScope)",
        ),
        (
            Endpoint::Iam,
            "eu-west-1",
            "iam",
            None,
            "botocore with an endpoint URL signs IAM with the client's region",
        ),
        (
            Endpoint::Iam,
            "us-east-1",
            "sts",
            Some("Credential should be scoped to correct service: 'iam'. "),
            "the service sentence names the answering service (github.com/cllunsford/aws-signing-proxy/issues/25)",
        ),
        (
            Endpoint::Iam,
            "us-gov-west-1",
            "iam",
            Some("Credential should be scoped to a valid region, not 'us-gov-west-1'. "),
            "IAM's XML error names the region: github.com/rusoto/rusoto/issues/1870, github.com/JuliaCloud/AWS.jl/issues/565",
        ),
        (
            Endpoint::Organizations,
            "us-east-1",
            "organizations",
            None,
            "the region AWS's Organizations endpoint signs with (endpoints.json: organizations.aws-global.credentialScope)",
        ),
        (
            Endpoint::Organizations,
            "eu-west-1",
            "organizations",
            None,
            "botocore with an endpoint URL signs with the client's region, as for IAM",
        ),
        (
            Endpoint::Organizations,
            "us-east-1",
            "iam",
            Some("Credential should be scoped to correct service: 'organizations'. "),
            "the service sentence names the answering service, as STS's and IAM's do",
        ),
        (
            Endpoint::Iam,
            "",
            "s3",
            Some(
                "Credential should be scoped to a valid region, not ''. Credential should be scoped to correct service: 'iam'. ",
            ),
            "both wrong, in STS's order",
        ),
    ];

    #[test]
    fn scopes_are_answered_as_aws_answers_them() {
        for (service, region, scope_service, expected, source) in CASES {
            let result = check(&claim(region, scope_service), *service, Partition::Aws);
            match expected {
                None => assert!(
                    result.is_ok(),
                    "{service:?} {region}/{scope_service}: {source}"
                ),
                Some(message) => {
                    let error = result.unwrap_err();
                    assert_eq!(error.code, ErrorCode::SignatureDoesNotMatch, "{source}");
                    assert_eq!(error.status(), 403, "{source}");
                    assert_eq!(error.message, *message, "{source}");
                }
            }
        }
    }

    #[test]
    fn every_region_of_the_partition_is_accepted_by_both_services() {
        for partition in Partition::ALL {
            for region in partition.regions() {
                assert!(check(&claim(region, "sts"), Endpoint::Sts, partition).is_ok());
                assert!(check(&claim(region, "iam"), Endpoint::Iam, partition).is_ok());
            }
        }
        // An endpoint of `aws-cn` refuses the regions of `aws`, as `aws` refuses China's.
        let error = check(&claim("us-east-1", "sts"), Endpoint::Sts, Partition::AwsCn).unwrap_err();
        assert_eq!(
            error.message,
            "Credential should be scoped to a valid region. "
        );
    }
}
