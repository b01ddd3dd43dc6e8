//! The `Principal` / `NotPrincipal` element and how a caller is matched against it.

use crate::context::{PrincipalInfo, PrincipalKind};
use crate::error::PolicyError;
use crate::json::{Node, Value};

/// How a statement's principal element matched the caller. The evaluation rules differ:
/// an allow naming the caller specifically is enough on its own in the same account, an allow
/// naming the caller's role is still limited by boundary and session policies, and an allow to
/// the caller's account only delegates to the account's identity policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PrincipalMatch {
    /// The statement has no principal element: the policy is attached to the caller.
    Implicit,
    /// The caller's account (`"123456789012"`, `arn:aws:iam::A:root`), or `NotPrincipal`.
    Account,
    /// The role whose session the caller is (role ARN or `AROA…` unique id).
    Role,
    /// The caller itself: `*`, user ARN, session ARN, federated-user ARN, unique id, provider, service.
    Specific,
}

/// The listed principals, by type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Principals {
    /// `"Principal": "*"` (everyone, including anonymous callers).
    everyone: bool,
    aws: Vec<String>,
    federated: Vec<String>,
    service: Vec<String>,
}

fn strings(node: &Node) -> Result<Vec<String>, PolicyError> {
    let as_string = |node: &Node| match &node.value {
        Value::String(text) => Ok(text.clone()),
        _ => Err(PolicyError::Syntax),
    };
    match &node.value {
        Value::Array(items) => items.iter().map(as_string).collect(),
        _ => Ok(vec![as_string(node)?]),
    }
}

fn is_account_id(value: &str) -> bool {
    value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit())
}

/// `AIDA…`, `AROA…` and the other IAM unique-id forms: four letters then upper-case/digits.
fn is_unique_id(value: &str) -> bool {
    value.len() >= 16
        && value.starts_with('A')
        && value
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn valid_aws_value(value: &str) -> bool {
    if value == "*" {
        return true;
    }
    if value.contains('*') || value.contains('?') {
        return false;
    }
    is_account_id(value)
        || is_unique_id(value)
        || value.split(':').count() >= 6 && value.starts_with("arn:")
}

impl Principals {
    /// How many values are listed (`*` counts as one).
    pub(crate) fn len(&self) -> usize {
        usize::from(self.everyone) + self.aws.len() + self.federated.len() + self.service.len()
    }

    /// Reads a `Principal` or `NotPrincipal` value.
    pub(crate) fn parse(node: &Node) -> Result<Self, PolicyError> {
        let mut principals = Self::default();
        // S3 canonical user ids are accepted but never match an STS/IAM caller.
        let mut canonical_users = Vec::new();
        match &node.value {
            Value::String(text) if text == "*" => principals.everyone = true,
            Value::Object(types) => {
                for (kind, values) in types {
                    let values = strings(values)?;
                    let invalid = |value: &str| PolicyError::InvalidPrincipal {
                        kind: kind.clone(),
                        value: value.to_owned(),
                    };
                    let target = match kind.as_str() {
                        "AWS" => {
                            if let Some(bad) = values.iter().find(|value| !valid_aws_value(value)) {
                                return Err(invalid(bad));
                            }
                            &mut principals.aws
                        }
                        "Federated" => &mut principals.federated,
                        "Service" => &mut principals.service,
                        "CanonicalUser" => &mut canonical_users,
                        _ => {
                            return Err(invalid(
                                values.first().map(String::as_str).unwrap_or_default(),
                            ));
                        }
                    };
                    if let Some(empty) = values.iter().find(|value| value.is_empty()) {
                        return Err(invalid(empty));
                    }
                    target.extend(values);
                }
            }
            _ => return Err(PolicyError::Syntax),
        }
        Ok(principals)
    }

    /// The `AWS` principal values, without `*`.
    pub(crate) fn aws_values(&self) -> impl Iterator<Item = &str> {
        self.aws
            .iter()
            .map(String::as_str)
            .filter(|value| *value != "*")
    }

    /// How `caller` matches, or `None` if it is not listed. `None` for `caller` is anonymous.
    pub(crate) fn matches(&self, caller: Option<&PrincipalInfo>) -> Option<PrincipalMatch> {
        if self.everyone || self.aws.iter().any(|value| value == "*") {
            return Some(PrincipalMatch::Specific);
        }
        let caller = caller?;
        let best_aws = self
            .aws
            .iter()
            .filter_map(|value| match_aws(value, caller))
            .max();
        let other = match &caller.kind {
            PrincipalKind::WebIdentity { provider } | PrincipalKind::Saml { provider } => {
                self.federated.contains(provider)
            }
            PrincipalKind::Service { name } => self.service.contains(name),
            _ => false,
        };
        best_aws.or(other.then_some(PrincipalMatch::Specific))
    }
}

impl Principals {
    /// Whether a `Deny` statement's `NotPrincipal` leaves `caller` out. AWS checks the caller's
    /// account, then (for a role session) its role, then the caller itself, and denies unless
    /// the account is listed and so is the caller or its role (IAM User Guide, "AWS JSON policy
    /// elements: NotPrincipal", key points). `*` leaves everyone out; web identity, SAML and
    /// service callers are left out when their provider or service is listed.
    pub(crate) fn exempts(&self, caller: Option<&PrincipalInfo>) -> bool {
        if self.everyone || self.aws.iter().any(|value| value == "*") {
            return true;
        }
        let Some(caller) = caller else {
            return false;
        };
        match &caller.kind {
            PrincipalKind::WebIdentity { provider } | PrincipalKind::Saml { provider } => {
                return self.federated.contains(provider);
            }
            PrincipalKind::Service { name } => return self.service.contains(name),
            PrincipalKind::Anonymous => return false,
            PrincipalKind::Root
            | PrincipalKind::User
            | PrincipalKind::FederatedUser
            | PrincipalKind::AssumedRole { .. } => {}
        }
        let matches: Vec<PrincipalMatch> = self
            .aws
            .iter()
            .filter_map(|value| match_aws(value, caller))
            .collect();
        let account = matches.contains(&PrincipalMatch::Account);
        let caller_or_role = matches.contains(&PrincipalMatch::Specific)
            || matches.contains(&PrincipalMatch::Role)
            || caller.kind == PrincipalKind::Root;
        account && caller_or_role
    }
}

/// Matches one `AWS` principal value against an IAM/STS caller.
fn match_aws(value: &str, caller: &PrincipalInfo) -> Option<PrincipalMatch> {
    let role_arn = match &caller.kind {
        PrincipalKind::Root | PrincipalKind::User | PrincipalKind::FederatedUser => None,
        PrincipalKind::AssumedRole { role_arn } => Some(role_arn.as_str()),
        PrincipalKind::WebIdentity { .. }
        | PrincipalKind::Saml { .. }
        | PrincipalKind::Service { .. }
        | PrincipalKind::Anonymous => return None,
    };
    if is_account_id(value) {
        return (value == caller.account).then_some(PrincipalMatch::Account);
    }
    if let Some(rest) = value.strip_prefix("arn:") {
        let mut parts = rest.splitn(5, ':');
        let (_partition, service, _region, account, resource) = (
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
            parts.next()?,
        );
        if service == "iam" && resource == "root" {
            return (account == caller.account).then_some(PrincipalMatch::Account);
        }
        if service == "iam" && resource.starts_with("role/") {
            return (role_arn == Some(value)).then_some(PrincipalMatch::Role);
        }
        return (value == caller.arn).then_some(PrincipalMatch::Specific);
    }
    // A unique id: the user's id, or the role part of a role session's `AROA…:session` id.
    let caller_id = caller.unique_id.as_deref()?;
    let (id, session) = match caller_id.split_once(':') {
        Some((id, session)) => (id, Some(session)),
        None => (caller_id, None),
    };
    if id != value {
        return None;
    }
    Some(if role_arn.is_some() && session.is_some() {
        PrincipalMatch::Role
    } else {
        PrincipalMatch::Specific
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn principals(text: &str) -> Principals {
        Principals::parse(&json::parse(text).unwrap()).unwrap()
    }

    fn user() -> PrincipalInfo {
        PrincipalInfo {
            arn: "arn:aws:iam::111122223333:user/dev/alice".into(),
            account: "111122223333".into(),
            unique_id: Some("AIDAEXAMPLEUSERID0001".into()),
            kind: PrincipalKind::User,
        }
    }

    fn session() -> PrincipalInfo {
        PrincipalInfo {
            arn: "arn:aws:sts::111122223333:assumed-role/ops/s1".into(),
            account: "111122223333".into(),
            unique_id: Some("AROAEXAMPLEROLEID0001:s1".into()),
            kind: PrincipalKind::AssumedRole {
                role_arn: "arn:aws:iam::111122223333:role/team/ops".into(),
            },
        }
    }

    #[test]
    fn everyone() {
        assert_eq!(
            principals(r#""*""#).matches(None),
            Some(PrincipalMatch::Specific)
        );
        assert_eq!(
            principals(r#"{"AWS":"*"}"#).matches(Some(&user())),
            Some(PrincipalMatch::Specific)
        );
        assert_eq!(principals(r#"{"AWS":"111122223333"}"#).matches(None), None);
    }

    #[test]
    fn account_forms() {
        for form in [
            r#"{"AWS":"111122223333"}"#,
            r#"{"AWS":"arn:aws:iam::111122223333:root"}"#,
        ] {
            let p = principals(form);
            assert_eq!(p.matches(Some(&user())), Some(PrincipalMatch::Account));
            assert_eq!(p.matches(Some(&session())), Some(PrincipalMatch::Account));
        }
        assert_eq!(
            principals(r#"{"AWS":"444455556666"}"#).matches(Some(&user())),
            None
        );
    }

    #[test]
    fn user_role_session_and_ids() {
        let by_user = principals(r#"{"AWS":["arn:aws:iam::111122223333:user/dev/alice"]}"#);
        assert_eq!(
            by_user.matches(Some(&user())),
            Some(PrincipalMatch::Specific)
        );
        assert_eq!(by_user.matches(Some(&session())), None);
        let by_role = principals(r#"{"AWS":"arn:aws:iam::111122223333:role/team/ops"}"#);
        assert_eq!(
            by_role.matches(Some(&session())),
            Some(PrincipalMatch::Role)
        );
        assert_eq!(by_role.matches(Some(&user())), None);
        let by_session = principals(r#"{"AWS":"arn:aws:sts::111122223333:assumed-role/ops/s1"}"#);
        assert_eq!(
            by_session.matches(Some(&session())),
            Some(PrincipalMatch::Specific)
        );
        let by_ids = principals(r#"{"AWS":["AIDAEXAMPLEUSERID0001","AROAEXAMPLEROLEID0001"]}"#);
        assert_eq!(
            by_ids.matches(Some(&user())),
            Some(PrincipalMatch::Specific)
        );
        assert_eq!(by_ids.matches(Some(&session())), Some(PrincipalMatch::Role));
        let both = principals(
            r#"{"AWS":["111122223333","arn:aws:sts::111122223333:assumed-role/ops/s1"]}"#,
        );
        assert_eq!(
            both.matches(Some(&session())),
            Some(PrincipalMatch::Specific),
            "the strongest match wins"
        );
        let fed = PrincipalInfo {
            arn: "arn:aws:sts::111122223333:federated-user/bob".into(),
            account: "111122223333".into(),
            unique_id: None,
            kind: PrincipalKind::FederatedUser,
        };
        let by_fed = principals(r#"{"AWS":"arn:aws:sts::111122223333:federated-user/bob"}"#);
        assert_eq!(by_fed.matches(Some(&fed)), Some(PrincipalMatch::Specific));
    }

    #[test]
    fn federated_and_service() {
        let web = PrincipalInfo {
            arn: String::new(),
            account: String::new(),
            unique_id: None,
            kind: PrincipalKind::WebIdentity {
                provider: "arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com".into(),
            },
        };
        let p = principals(
            r#"{"Federated":["accounts.google.com","arn:aws:iam::1:oidc-provider/token.actions.githubusercontent.com"]}"#,
        );
        assert_eq!(p.matches(Some(&web)), Some(PrincipalMatch::Specific));
        assert_eq!(p.matches(Some(&user())), None);
        let saml = PrincipalInfo {
            kind: PrincipalKind::Saml {
                provider: "arn:aws:iam::1:saml-provider/Okta".into(),
            },
            ..web.clone()
        };
        assert_eq!(
            principals(r#"{"Federated":"arn:aws:iam::1:saml-provider/Okta"}"#).matches(Some(&saml)),
            Some(PrincipalMatch::Specific)
        );
        let ec2 = PrincipalInfo {
            kind: PrincipalKind::Service {
                name: "ec2.amazonaws.com".into(),
            },
            ..web
        };
        assert_eq!(
            principals(r#"{"Service":["ec2.amazonaws.com"]}"#).matches(Some(&ec2)),
            Some(PrincipalMatch::Specific)
        );
        assert_eq!(
            principals(r#"{"AWS":"111122223333"}"#).matches(Some(&ec2)),
            None
        );
    }

    #[test]
    fn refuses_invalid_principals() {
        let parse = |text: &str| Principals::parse(&json::parse(text).unwrap());
        assert_eq!(
            parse(r#"{"AWS":"arn:aws:iam::111122223333:role/*"}"#),
            Err(PolicyError::InvalidPrincipal {
                kind: "AWS".into(),
                value: "arn:aws:iam::111122223333:role/*".into()
            })
        );
        assert!(matches!(
            parse(r#"{"AWS":"alice"}"#),
            Err(PolicyError::InvalidPrincipal { .. })
        ));
        assert!(matches!(
            parse(r#"{"Bogus":"x"}"#),
            Err(PolicyError::InvalidPrincipal { .. })
        ));
        assert!(matches!(
            parse(r#"{"Service":""}"#),
            Err(PolicyError::InvalidPrincipal { .. })
        ));
        assert_eq!(parse(r#""alice""#), Err(PolicyError::Syntax));
        assert_eq!(parse(r#"{"AWS":5}"#), Err(PolicyError::Syntax));
        let p = principals(r#"{"AWS":["*","111122223333"],"Service":"s"}"#);
        assert_eq!(p.aws_values().collect::<Vec<_>>(), ["111122223333"]);
    }
}
