//! Decoding the compressed catalogue into an indexed, name-ordered list.

use std::borrow::Cow;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::io::Read;

use flate2::read::GzDecoder;
use serde::Deserialize;
use time::OffsetDateTime;

use crate::CatalogueError;

/// One AWS managed policy with its default version.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ManagedPolicy {
    /// The policy name, e.g. `AdministratorAccess`.
    pub name: String,
    /// The IAM path, e.g. `/`, `/service-role/`, `/job-function/`.
    pub path: String,
    /// The ARN, `arn:aws:iam::aws:policy` + path + name.
    pub arn: String,
    /// The policy id (`ANPA…`); derived from the ARN, see the crate README.
    pub policy_id: String,
    /// The id of the default version, e.g. `v3`.
    pub default_version_id: String,
    /// When AWS created the policy.
    #[serde(with = "time::serde::rfc3339")]
    pub create_date: OffsetDateTime,
    /// When AWS last changed the policy (the default version's date).
    #[serde(with = "time::serde::rfc3339")]
    pub update_date: OffsetDateTime,
    /// The description, where the source has one.
    #[serde(default)]
    pub description: Option<String>,
    /// The default version's policy document, as JSON text.
    pub document: String,
}

impl ManagedPolicy {
    /// The default version's document as the IAM of `partition` (`aws`, `aws-cn`, …) has it:
    /// the catalogue holds the `aws` partition's text, and AWS writes the same policy in another
    /// partition with that partition's ARNs (`"arn:aws-cn:iam::*:role/aws-service-role/…"` for
    /// `"arn:aws:iam::*:role/aws-service-role/…"`), service principals and names unchanged, as
    /// AWS's documentation prints the China Regions' versions of its managed policies (Amazon
    /// MemoryDB Developer Guide, "Using service-linked roles"; AWS Compute Optimizer User
    /// Guide, "Policy to opt in").
    pub fn document_in(&self, partition: &str) -> Cow<'_, str> {
        if partition == "aws" {
            return Cow::Borrowed(&self.document);
        }
        Cow::Owned(
            self.document
                .replace("\"arn:aws:", &format!("\"arn:{partition}:")),
        )
    }
}

/// The decoded catalogue: policies sorted by name, and an index by ARN.
#[derive(Debug)]
pub(crate) struct Catalogue {
    policies: Vec<ManagedPolicy>,
    by_arn: HashMap<String, usize>,
}

impl Catalogue {
    /// Decodes a gzip-compressed JSON array of [`ManagedPolicy`] records.
    pub(crate) fn decode(compressed: &[u8]) -> Result<Self, CatalogueError> {
        let mut json = Vec::new();
        GzDecoder::new(compressed)
            .read_to_end(&mut json)
            .map_err(CatalogueError::Decompress)?;
        let mut policies: Vec<ManagedPolicy> =
            serde_json::from_slice(&json).map_err(CatalogueError::Parse)?;
        policies.sort_by(|a, b| a.name.cmp(&b.name));

        let mut by_arn = HashMap::with_capacity(policies.len());
        for (index, policy) in policies.iter().enumerate() {
            match by_arn.entry(policy.arn.clone()) {
                Entry::Occupied(_) => {
                    return Err(CatalogueError::DuplicateArn {
                        arn: policy.arn.clone(),
                    });
                }
                Entry::Vacant(slot) => {
                    slot.insert(index);
                }
            }
        }
        Ok(Self { policies, by_arn })
    }

    /// All policies, sorted by name.
    pub(crate) fn policies(&self) -> &[ManagedPolicy] {
        &self.policies
    }

    /// The policy with this exact ARN.
    pub(crate) fn get(&self, arn: &str) -> Option<&ManagedPolicy> {
        self.by_arn
            .get(arn)
            .and_then(|&index| self.policies.get(index))
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use flate2::Compression;
    use flate2::write::GzEncoder;
    use proptest::prelude::*;
    use serde_json::{Value, json};
    use time::format_description::well_known::Rfc3339;

    use super::*;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn record(name: &str, path: &str, seconds: i64) -> Value {
        let date = OffsetDateTime::from_unix_timestamp(seconds)
            .unwrap()
            .format(&Rfc3339)
            .unwrap();
        json!({
            "name": name,
            "path": path,
            "arn": format!("arn:aws:iam::aws:policy{path}{name}"),
            "policy_id": "ANPAAAAAAAAAAAAAAAAAA",
            "default_version_id": "v1",
            "create_date": date,
            "update_date": date,
            "document": "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
        })
    }

    #[test]
    fn rejects_data_that_is_not_gzip() {
        let error = Catalogue::decode(b"not gzip at all").unwrap_err();
        assert!(matches!(error, CatalogueError::Decompress(_)), "{error}");
    }

    #[test]
    fn rejects_gzip_that_is_not_the_expected_json() {
        let error = Catalogue::decode(&gzip(b"{\"name\": 1}")).unwrap_err();
        assert!(matches!(error, CatalogueError::Parse(_)), "{error}");
    }

    #[test]
    fn rejects_a_malformed_date() {
        let mut entry = record("A", "/", 0);
        entry["create_date"] = json!("2015-02-06 18:39:46");
        let error = Catalogue::decode(&gzip(json!([entry]).to_string().as_bytes())).unwrap_err();
        assert!(matches!(error, CatalogueError::Parse(_)), "{error}");
    }

    #[test]
    fn rejects_a_duplicate_arn() {
        let data = json!([record("A", "/", 0), record("A", "/", 1)]).to_string();
        let error = Catalogue::decode(&gzip(data.as_bytes())).unwrap_err();
        match error {
            CatalogueError::DuplicateArn { arn } => {
                assert_eq!(arn, "arn:aws:iam::aws:policy/A");
            }
            other => panic!("unexpected error {other}"),
        }
    }

    #[test]
    fn documents_take_the_partition_of_their_arn() {
        let mut policy: ManagedPolicy = serde_json::from_value(record("P", "/", 0)).unwrap();
        policy.document = r#"{"Statement":[{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"arn:aws:iam::*:role/aws-service-role/memorydb.amazonaws.com/AWSServiceRoleForMemoryDB","Condition":{"StringLike":{"iam:AWSServiceName":"memorydb.amazonaws.com"}}}]}"#.into();
        assert_eq!(policy.document_in("aws"), policy.document);
        assert_eq!(
            policy.document_in("aws-cn"),
            r#"{"Statement":[{"Effect":"Allow","Action":"iam:CreateServiceLinkedRole","Resource":"arn:aws-cn:iam::*:role/aws-service-role/memorydb.amazonaws.com/AWSServiceRoleForMemoryDB","Condition":{"StringLike":{"iam:AWSServiceName":"memorydb.amazonaws.com"}}}]}"#
        );
    }

    #[test]
    fn reads_an_optional_description() {
        let mut entry = record("A", "/", 0);
        entry["description"] = json!("Provides everything.");
        let catalogue = Catalogue::decode(&gzip(json!([entry]).to_string().as_bytes())).unwrap();
        let policy = catalogue.get("arn:aws:iam::aws:policy/A").unwrap();
        assert_eq!(policy.description.as_deref(), Some("Provides everything."));
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = Catalogue::decode(&bytes);
            let _ = Catalogue::decode(&gzip(&bytes));
        }

        #[test]
        fn decodes_sorts_and_indexes_any_catalogue(
            entries in proptest::collection::btree_map(
                "[A-Za-z0-9+=,.@_-]{1,64}",
                ("(/[a-z-]{1,12})*/", 0_i64..4_102_444_800),
                0..24,
            )
        ) {
            // Feed the records in reverse name order to prove decode sorts them.
            let records: Vec<Value> = entries
                .iter()
                .rev()
                .map(|(name, (path, seconds))| record(name, path, *seconds))
                .collect();
            let catalogue = Catalogue::decode(&gzip(Value::Array(records).to_string().as_bytes())).unwrap();

            let names: Vec<&str> = catalogue.policies().iter().map(|p| p.name.as_str()).collect();
            let expected: Vec<&str> = entries.keys().map(String::as_str).collect();
            prop_assert_eq!(names, expected);
            for (name, (path, seconds)) in &entries {
                let arn = format!("arn:aws:iam::aws:policy{path}{name}");
                let policy = catalogue.get(&arn).unwrap();
                prop_assert_eq!(&policy.name, name);
                prop_assert_eq!(&policy.path, path);
                prop_assert_eq!(policy.create_date.unix_timestamp(), *seconds);
                prop_assert_eq!(policy.description.as_deref(), None);
            }
        }
    }
}
