//! AWS partitions: the separate AWS worlds (`aws`, China, GovCloud, the isolated regions, the
//! European Sovereign Cloud), each with its own regions, IAM and ARNs (`arn:PARTITION:…`).
//!
//! Facts from `botocore/data/endpoints.json` of botocore 1.43.11: the partitions, the keys of
//! each one's `regions`, and the credential scope of its global IAM endpoint
//! (`services.iam.endpoints[partitionEndpoint].credentialScope.region`; where a partition has no
//! global IAM endpoint, its one region).

use std::fmt;

/// One AWS partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Partition {
    /// `aws`: the commercial regions.
    #[default]
    Aws,
    /// `aws-cn`: China (Beijing, Ningxia).
    AwsCn,
    /// `aws-us-gov`: AWS GovCloud (US).
    AwsUsGov,
    /// `aws-iso`.
    AwsIso,
    /// `aws-iso-b`.
    AwsIsoB,
    /// `aws-iso-e`.
    AwsIsoE,
    /// `aws-iso-f`.
    AwsIsoF,
    /// `aws-eusc`: the AWS European Sovereign Cloud.
    AwsEusc,
}

/// The regions of the `aws` partition.
const AWS_REGIONS: &[&str] = &[
    "af-south-1",
    "ap-east-1",
    "ap-east-2",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-6",
    "ap-southeast-7",
    "ca-central-1",
    "ca-west-1",
    "eu-central-1",
    "eu-central-2",
    "eu-north-1",
    "eu-south-1",
    "eu-south-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "il-central-1",
    "me-central-1",
    "me-south-1",
    "mx-central-1",
    "sa-east-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
];

impl Partition {
    /// Every partition.
    pub const ALL: [Partition; 8] = [
        Partition::Aws,
        Partition::AwsCn,
        Partition::AwsUsGov,
        Partition::AwsIso,
        Partition::AwsIsoB,
        Partition::AwsIsoE,
        Partition::AwsIsoF,
        Partition::AwsEusc,
    ];

    /// The name in ARNs.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Partition::Aws => "aws",
            Partition::AwsCn => "aws-cn",
            Partition::AwsUsGov => "aws-us-gov",
            Partition::AwsIso => "aws-iso",
            Partition::AwsIsoB => "aws-iso-b",
            Partition::AwsIsoE => "aws-iso-e",
            Partition::AwsIsoF => "aws-iso-f",
            Partition::AwsEusc => "aws-eusc",
        }
    }

    /// The partition named `name`.
    #[must_use]
    pub fn parse(name: &str) -> Option<Partition> {
        Self::ALL
            .into_iter()
            .find(|partition| partition.name() == name)
    }

    /// The partition's regions.
    #[must_use]
    pub fn regions(self) -> &'static [&'static str] {
        match self {
            Partition::Aws => AWS_REGIONS,
            Partition::AwsCn => &["cn-north-1", "cn-northwest-1"],
            Partition::AwsUsGov => &["us-gov-east-1", "us-gov-west-1"],
            Partition::AwsIso => &["us-iso-east-1", "us-iso-west-1"],
            Partition::AwsIsoB => &["us-isob-east-1", "us-isob-west-1"],
            Partition::AwsIsoE => &["eu-isoe-west-1"],
            Partition::AwsIsoF => &["us-isof-east-1", "us-isof-south-1"],
            Partition::AwsEusc => &["eusc-de-east-1"],
        }
    }

    /// The partition `region` belongs to.
    #[must_use]
    pub fn of_region(region: &str) -> Option<Partition> {
        Self::ALL
            .into_iter()
            .find(|partition| partition.regions().contains(&region))
    }

    /// The region IAM's endpoint signs with.
    #[must_use]
    pub fn iam_region(self) -> &'static str {
        match self {
            Partition::Aws => "us-east-1",
            Partition::AwsCn => "cn-north-1",
            Partition::AwsUsGov => "us-gov-west-1",
            Partition::AwsIso => "us-iso-east-1",
            Partition::AwsIsoB => "us-isob-east-1",
            Partition::AwsIsoE => "eu-isoe-west-1",
            Partition::AwsIsoF => "us-isof-south-1",
            Partition::AwsEusc => "eusc-de-east-1",
        }
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_regions() {
        for partition in Partition::ALL {
            assert_eq!(Partition::parse(partition.name()), Some(partition));
            assert!(partition.regions().contains(&partition.iam_region()));
            for region in partition.regions() {
                assert_eq!(Partition::of_region(region), Some(partition));
            }
        }
        assert_eq!(Partition::of_region("cn-north-1"), Some(Partition::AwsCn));
        assert_eq!(
            Partition::of_region("us-gov-west-1"),
            Some(Partition::AwsUsGov)
        );
        assert_eq!(Partition::of_region("us-east-1"), Some(Partition::Aws));
        assert_eq!(Partition::of_region("moon-1"), None);
        assert_eq!(Partition::parse("aws-mars"), None);
        assert_eq!(Partition::default().to_string(), "aws");
    }
}
