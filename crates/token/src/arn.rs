//! ARNs of the principals and resources gatehouse deals in (IAM User Guide, "IAM identifiers").

use crate::AccountId;
use crate::partition::Partition;

/// `arn:PARTITION:iam::ACCOUNT:root`.
pub fn root(partition: Partition, account: AccountId) -> String {
    format!("arn:{partition}:iam::{account}:root")
}

/// An IAM resource with a path: `arn:PARTITION:iam::ACCOUNT:KIND/PATH/NAME` (`path` starts and
/// ends with `/`).
pub fn iam_path_resource(
    partition: Partition,
    account: AccountId,
    kind: &str,
    path: &str,
    name: &str,
) -> String {
    format!("arn:{partition}:iam::{account}:{kind}{path}{name}")
}

/// `arn:PARTITION:iam::ACCOUNT:user/PATH/NAME`.
pub fn user(partition: Partition, account: AccountId, path: &str, name: &str) -> String {
    iam_path_resource(partition, account, "user", path, name)
}

/// `arn:PARTITION:iam::ACCOUNT:role/PATH/NAME`.
pub fn role(partition: Partition, account: AccountId, path: &str, name: &str) -> String {
    iam_path_resource(partition, account, "role", path, name)
}

/// `arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION` — the role's path is dropped, as AWS
/// does.
pub fn assumed_role(
    partition: Partition,
    account: AccountId,
    role_name: &str,
    session_name: &str,
) -> String {
    format!("arn:{partition}:sts::{account}:assumed-role/{role_name}/{session_name}")
}

/// `arn:PARTITION:sts::ACCOUNT:federated-user/NAME`.
pub fn federated_user(partition: Partition, account: AccountId, name: &str) -> String {
    format!("arn:{partition}:sts::{account}:federated-user/{name}")
}

/// `arn:PARTITION:iam::aws:policy/PATH/NAME`, an AWS managed policy as the partition names it.
pub fn aws_managed_policy(partition: Partition, path_and_name: &str) -> String {
    format!("arn:{partition}:iam::aws:policy/{path_and_name}")
}

/// `arn:PARTITION:organizations::MANAGEMENT:organization/ORG`.
pub fn organization(partition: Partition, management: AccountId, organization: &str) -> String {
    format!("arn:{partition}:organizations::{management}:organization/{organization}")
}

/// An entity of an organization: `arn:PARTITION:organizations::MANAGEMENT:KIND/ORG/ID`, where
/// `KIND` is `root`, `ou` or `account` (the AWS Organizations API reference, `Root`,
/// `OrganizationalUnit` and `Account`).
pub fn organization_entity(
    partition: Partition,
    management: AccountId,
    kind: &str,
    organization: &str,
    id: &str,
) -> String {
    format!("arn:{partition}:organizations::{management}:{kind}/{organization}/{id}")
}

/// The parts of an ARN: `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arn<'a> {
    /// `aws`, `aws-cn`, …
    pub partition: &'a str,
    /// `iam`, `sts`, …
    pub service: &'a str,
    /// Empty for IAM and STS.
    pub region: &'a str,
    /// The account id text, or `aws` for AWS managed policies.
    pub account: &'a str,
    /// Everything after the fifth colon.
    pub resource: &'a str,
}

impl<'a> Arn<'a> {
    /// Splits an ARN into its six parts; `None` when it has fewer than six or does not start with `arn`.
    pub fn parse(text: &'a str) -> Option<Arn<'a>> {
        let mut parts = text.splitn(6, ':');
        if parts.next()? != "arn" {
            return None;
        }
        Some(Arn {
            partition: parts.next()?,
            service: parts.next()?,
            region: parts.next()?,
            account: parts.next()?,
            resource: parts.next()?,
        })
    }

    /// For `KIND/PATH/NAME` resources: the kind, the path (`/` … `/`) and the name.
    pub fn path_resource(&self) -> Option<(&'a str, &'a str, &'a str)> {
        let (kind, rest) = self.resource.split_once('/')?;
        let slash = rest.rfind('/');
        let (path, name) = match slash {
            Some(i) => (
                self.resource.get(kind.len()..kind.len() + 2 + i)?,
                rest.get(i + 1..)?,
            ),
            None => ("/", rest),
        };
        Some((kind, path, name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_principals() {
        let a = AccountId::parse("123456789012").unwrap();
        let aws = Partition::Aws;
        assert_eq!(root(aws, a), "arn:aws:iam::123456789012:root");
        assert_eq!(
            user(aws, a, "/", "bob"),
            "arn:aws:iam::123456789012:user/bob"
        );
        assert_eq!(
            role(aws, a, "/ops/", "admin"),
            "arn:aws:iam::123456789012:role/ops/admin"
        );
        assert_eq!(
            assumed_role(aws, a, "admin", "s1"),
            "arn:aws:sts::123456789012:assumed-role/admin/s1"
        );
        assert_eq!(
            federated_user(aws, a, "f"),
            "arn:aws:sts::123456789012:federated-user/f"
        );
        let china = Partition::AwsCn;
        assert_eq!(root(china, a), "arn:aws-cn:iam::123456789012:root");
        assert_eq!(
            assumed_role(china, a, "admin", "s1"),
            "arn:aws-cn:sts::123456789012:assumed-role/admin/s1"
        );
        assert_eq!(
            aws_managed_policy(china, "ReadOnlyAccess"),
            "arn:aws-cn:iam::aws:policy/ReadOnlyAccess"
        );
    }

    #[test]
    fn parses_arns() {
        let arn = Arn::parse("arn:aws:iam::123456789012:role/a/b/name").unwrap();
        assert_eq!(arn.service, "iam");
        assert_eq!(arn.account, "123456789012");
        assert_eq!(arn.path_resource(), Some(("role", "/a/b/", "name")));
        let plain = Arn::parse("arn:aws:iam::123456789012:user/bob").unwrap();
        assert_eq!(plain.path_resource(), Some(("user", "/", "bob")));
        assert_eq!(Arn::parse("arn:aws:iam::1:root").unwrap().resource, "root");
        assert!(Arn::parse("arn:aws:iam").is_none());
        assert!(Arn::parse("nope:aws:iam::1:root").is_none());
    }
}
