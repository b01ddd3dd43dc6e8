//! Policy documents: grammar, validation per policy kind, and the compiled form.

use crate::condition::Condition;
use crate::context::RequestContext;
use crate::error::PolicyError;
use crate::json::{self, Position};
use crate::pattern::{ArnPattern, NoVariables, Pattern, Syntax};
use crate::principal::{PrincipalMatch, Principals};
use crate::validate::{self, Document, StatementText, Values};

/// Where a policy is used; decides which elements are required or prohibited.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicyKind {
    /// Inline or managed policy attached to a user, group or role.
    Identity,
    /// A resource-based policy (needs a principal).
    Resource,
    /// A role's trust policy (needs a principal, no resource).
    Trust,
    /// A session policy passed to AssumeRole*/GetFederationToken.
    Session,
    /// A managed policy used as a permissions boundary.
    PermissionsBoundary,
    /// An Organizations service control policy.
    ServiceControl,
}

/// The policy language version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicyVersion {
    /// `2012-10-17`: policy variables are substituted.
    V2012_10_17,
    /// `2008-10-17` or no `Version`: `${…}` is literal text.
    V2008_10_17,
}

/// A statement's effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Effect {
    /// `"Effect": "Allow"`.
    Allow,
    /// `"Effect": "Deny"`.
    Deny,
}

/// A list of patterns, or the complement of one (`NotAction`, `NotResource`, `NotPrincipal`).
#[derive(Debug, Clone, PartialEq)]
struct Listed<T> {
    negated: bool,
    items: T,
}

/// One compiled statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    sid: Option<String>,
    effect: Effect,
    /// Lower-cased action patterns.
    actions: Listed<Vec<Pattern>>,
    /// `None`: no resource element (trust policies; optional in resource policies and SCPs).
    resources: Option<Listed<Vec<ArnPattern>>>,
    /// `None`: no principal element (identity-side policies).
    principals: Option<Listed<Principals>>,
    condition: Condition,
    start: Position,
    end: Position,
}

impl Statement {
    /// The `Sid`, if any.
    #[must_use]
    pub fn sid(&self) -> Option<&str> {
        self.sid.as_deref()
    }

    /// The effect.
    #[must_use]
    pub fn effect(&self) -> Effect {
        self.effect
    }

    /// Where the statement's `{` is.
    #[must_use]
    pub fn start(&self) -> Position {
        self.start
    }

    /// The position just after the statement's `}`.
    #[must_use]
    pub fn end(&self) -> Position {
        self.end
    }

    /// How many values the statement lists: its action, resource and principal patterns and
    /// its condition values. Deciding one request tests each at most once (a condition value
    /// once per value of its key), so this bounds the work the statement costs a request, for
    /// callers that must bound the work of many evaluations (the policy simulator).
    #[must_use]
    pub fn values(&self) -> usize {
        self.actions.items.len()
            + self
                .resources
                .as_ref()
                .map_or(0, |resources| resources.items.len())
            + self
                .principals
                .as_ref()
                .map_or(0, |principals| principals.items.len())
            + self.condition.values()
    }

    /// Whether the statement applies to `request`: action, resource, principal and conditions.
    /// Returns how the principal matched. `on_missing` receives each condition key that the
    /// request lacks, for statements whose action and resource matched.
    ///
    /// `NotPrincipal` follows AWS: with `Allow` it grants everyone not listed; with `Deny` it
    /// denies everyone it does not leave out ([`Principals::exempts`]), and always denies a
    /// caller with a permissions boundary (`caller_has_boundary`; IAM User Guide, "AWS JSON
    /// policy elements: NotPrincipal").
    pub(crate) fn applies(
        &self,
        request: &RequestContext,
        caller_has_boundary: bool,
        on_missing: &mut dyn FnMut(&str),
    ) -> Option<PrincipalMatch> {
        let action_listed = self
            .actions
            .items
            .iter()
            .any(|pattern| pattern.matches(&request.action, &NoVariables, true));
        if action_listed == self.actions.negated {
            return None;
        }
        if let Some(resources) = &self.resources {
            let listed = resources
                .items
                .iter()
                .any(|pattern| pattern.matches(&request.resource, &request.keys));
            if listed == resources.negated {
                return None;
            }
        }
        let principal_match = match &self.principals {
            None => PrincipalMatch::Implicit,
            Some(Listed {
                negated: false,
                items,
            }) => items.matches(request.principal.as_ref())?,
            Some(Listed {
                negated: true,
                items,
            }) => match self.effect {
                Effect::Allow => match items.matches(request.principal.as_ref()) {
                    Some(_) => return None,
                    None => PrincipalMatch::Specific,
                },
                Effect::Deny => {
                    if !caller_has_boundary && items.exempts(request.principal.as_ref()) {
                        return None;
                    }
                    PrincipalMatch::Account
                }
            },
        };
        self.condition
            .evaluate(&request.keys, on_missing)
            .then_some(principal_match)
    }
}

/// A parsed, validated and compiled policy document.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    source: String,
    kind: PolicyKind,
    version: PolicyVersion,
    id: Option<String>,
    label: String,
    statements: Vec<Statement>,
}

/// Counts a document's size as IAM does for its quotas: every character except whitespace.
#[must_use]
pub fn size_without_whitespace(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

fn compile_actions(actions: &Values<'_>) -> Listed<Vec<Pattern>> {
    Listed {
        negated: actions.negated,
        items: actions
            .items
            .iter()
            .map(|action| {
                Pattern::compile(
                    &action.to_lowercase(),
                    Syntax {
                        wildcards: true,
                        variables: false,
                    },
                )
            })
            .collect(),
    }
}

impl Policy {
    /// Parses and validates `text` as a policy of `kind`, the way IAM validates a document
    /// given to it as an inline, trust, session or resource policy.
    ///
    /// # Errors
    /// [`PolicyError`] with the message IAM gives for the first problem found.
    pub fn parse(text: &str, kind: PolicyKind) -> Result<Self, PolicyError> {
        Self::read(text, kind, false)
    }

    /// Parses and validates `text` as a customer managed policy (CreatePolicy,
    /// CreatePolicyVersion), which must also be `"Version": "2012-10-17"`.
    ///
    /// # Errors
    /// [`PolicyError`] with the message IAM gives for the first problem found.
    pub fn parse_managed(text: &str) -> Result<Self, PolicyError> {
        Self::read(text, PolicyKind::Identity, true)
    }

    fn read(text: &str, kind: PolicyKind, managed: bool) -> Result<Self, PolicyError> {
        let root = json::parse(text).map_err(|err| match kind {
            PolicyKind::Trust => PolicyError::InvalidJson,
            _ => err,
        })?;
        let document = Document::read(&root)?;
        validate::check(&document, kind, managed)?;
        let version = match document.version {
            Some("2012-10-17") => PolicyVersion::V2012_10_17,
            _ => PolicyVersion::V2008_10_17,
        };
        let variables = version == PolicyVersion::V2012_10_17;
        let statements = document
            .statements
            .into_iter()
            .map(|statement| compile_statement(statement, variables))
            .collect::<Result<_, _>>()?;
        let id = document.id.map(str::to_owned);
        Ok(Self {
            source: text.to_owned(),
            kind,
            version,
            label: id.clone().unwrap_or_default(),
            id,
            statements,
        })
    }

    /// The document exactly as submitted.
    #[must_use]
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The kind it was validated as.
    #[must_use]
    pub fn kind(&self) -> PolicyKind {
        self.kind
    }

    /// The language version.
    #[must_use]
    pub fn version(&self) -> PolicyVersion {
        self.version
    }

    /// The `Id` element.
    #[must_use]
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The caller-chosen label reported in [`crate::MatchedStatement::policy_id`]
    /// (defaults to the `Id` element, or empty).
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Sets the label.
    pub fn set_label(&mut self, label: impl Into<String>) {
        self.label = label.into();
    }

    /// Builder form of [`Policy::set_label`].
    #[must_use]
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.set_label(label);
        self
    }

    /// The statements in document order.
    #[must_use]
    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    /// Every `AWS` principal value named in `Principal`/`NotPrincipal` (account ids, ARNs,
    /// unique ids; `*` left out), for checking that they exist.
    #[must_use]
    pub fn principal_arns(&self) -> Vec<String> {
        let mut arns: Vec<String> = Vec::new();
        for principals in self
            .statements
            .iter()
            .filter_map(|statement| statement.principals.as_ref())
        {
            for value in principals.items.aws_values() {
                if !arns.iter().any(|known| known == value) {
                    arns.push(value.to_owned());
                }
            }
        }
        arns
    }

    /// Every condition key and policy variable the policy uses, each once (compared without
    /// case), in order of appearance — what `GetContextKeysForPolicy` reports.
    #[must_use]
    pub fn context_keys(&self) -> Vec<String> {
        let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
        let mut keys: Vec<String> = Vec::new();
        let mut add = |key: &str| {
            if seen.insert(key.to_ascii_lowercase()) {
                keys.push(key.to_owned());
            }
        };
        for statement in &self.statements {
            for resource in statement
                .resources
                .iter()
                .flat_map(|listed| listed.items.iter())
            {
                resource
                    .pattern()
                    .variables()
                    .for_each(|variable| add(&variable.key));
            }
            statement.condition.keys().for_each(&mut add);
            statement
                .condition
                .variables()
                .for_each(|variable| add(&variable.key));
        }
        keys
    }
}

/// Compiles a statement that [`validate::check`] accepted.
fn compile_statement(
    statement: StatementText<'_>,
    variables: bool,
) -> Result<Statement, PolicyError> {
    let effect = if statement.effect == "Deny" {
        Effect::Deny
    } else {
        Effect::Allow
    };
    let principals = statement
        .principal
        .map(|(negated, node)| {
            Ok::<_, PolicyError>(Listed {
                negated,
                items: Principals::parse(node)?,
            })
        })
        .transpose()?;
    let actions = compile_actions(statement.actions.as_ref().ok_or(PolicyError::NoActions)?);
    let resources = statement.resources.map(|resources| Listed {
        negated: resources.negated,
        items: resources
            .items
            .into_iter()
            .map(|resource| ArnPattern::compile(resource, variables))
            .collect(),
    });
    Ok(Statement {
        sid: statement.sid.map(str::to_owned),
        effect,
        actions,
        resources,
        principals,
        condition: statement.condition,
        start: statement.node.start,
        end: statement.node.end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::ContextKeys;

    fn identity(statement: &str) -> Result<Policy, PolicyError> {
        Policy::parse(
            &format!(r#"{{"Version":"2012-10-17","Statement":{statement}}}"#),
            PolicyKind::Identity,
        )
    }

    #[test]
    fn parses_statement_object_or_array_and_keeps_source() {
        let text = r#"{"Version":"2012-10-17","Id":"p1","Statement":{"Sid":"A","Effect":"Allow","Action":"s3:Get*","Resource":"*"}}"#;
        let policy = Policy::parse(text, PolicyKind::Identity).unwrap();
        assert_eq!(policy.source(), text);
        assert_eq!(policy.id(), Some("p1"));
        assert_eq!(policy.label(), "p1");
        assert_eq!(policy.kind(), PolicyKind::Identity);
        assert_eq!(policy.version(), PolicyVersion::V2012_10_17);
        assert_eq!(policy.statements()[0].sid(), Some("A"));
        assert_eq!(policy.statements()[0].effect(), Effect::Allow);
        let policy = policy.with_label("user/alice/inline");
        assert_eq!(policy.label(), "user/alice/inline");
        let array = identity(r#"[{"Effect":"Deny","Action":["a:b","c:*"],"Resource":["arn:aws:s3:::x","arn:aws:s3:::y"]},{"Effect":"Allow","NotAction":"a:b","NotResource":"arn:aws:s3:::z"}]"#).unwrap();
        assert_eq!(array.statements().len(), 2);
        let legacy = Policy::parse(
            r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#,
            PolicyKind::Identity,
        )
        .unwrap();
        assert_eq!(legacy.version(), PolicyVersion::V2008_10_17);
    }

    #[test]
    fn statement_values_count_every_listed_value() {
        let policy = Policy::parse(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["a:b","c:*"],"NotResource":["arn:aws:s3:::x","arn:aws:s3:::y","arn:aws:s3:::z"],"Condition":{"StringLike":{"k:a":["1","2"]},"Bool":{"k:b":"true"}}},{"Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:iam::111122223333:root"],"Service":"s.amazonaws.com"},"Action":"a:b","Resource":"*"}]}"#,
            PolicyKind::Resource,
        )
        .unwrap();
        let values: Vec<usize> = policy.statements().iter().map(Statement::values).collect();
        assert_eq!(values, [1 + 2 + 3 + 2 + 1, 3 + 1 + 1]);
    }

    #[test]
    fn statement_positions() {
        let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    },\n    {\"Effect\": \"Deny\", \"Action\": \"iam:*\", \"Resource\": \"*\"}\n  ]\n}";
        let policy = Policy::parse(text, PolicyKind::Identity).unwrap();
        let first = &policy.statements()[0];
        assert_eq!(
            (first.start(), first.end()),
            (
                Position { line: 4, column: 5 },
                Position { line: 8, column: 6 }
            )
        );
        let second = &policy.statements()[1];
        assert_eq!(
            (second.start(), second.end()),
            (
                Position { line: 9, column: 5 },
                Position {
                    line: 9,
                    column: 59
                }
            )
        );
    }

    #[test]
    fn messages_per_kind() {
        let cases: &[(&str, PolicyKind, &str)] = &[
            ("not json", PolicyKind::Identity, "Syntax errors in policy."),
            ("[]", PolicyKind::Identity, "Syntax errors in policy."),
            (
                r#"{"Version":"2013-01-01","Statement":[]}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Version":"2012-10-17"}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Version":"2012-10-17","Foo":1,"Statement":[]}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Foo":1}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*"}}"#,
                PolicyKind::Identity,
                "Policy statement must contain resources.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*"}}"#,
                PolicyKind::Session,
                "Policy statement must contain resources.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Policy statement must contain actions.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":[],"Resource":"*"}}"#,
                PolicyKind::Identity,
                "Policy statement must contain actions.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":[]}}"#,
                PolicyKind::Identity,
                "Policy statement must contain resources.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"GetObject","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Principal":"*"}}"#,
                PolicyKind::Identity,
                "Policy document should not specify a principal.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","NotPrincipal":{"AWS":"*"}}}"#,
                PolicyKind::PermissionsBoundary,
                "Policy document should not specify a principal.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"sts:AssumeRole"}}"#,
                PolicyKind::Trust,
                "The passed in policy has a statement with no principals!",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Principal":"*","Resource":"*"}}"#,
                PolicyKind::Trust,
                "Has prohibited field Resource",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"sts:AssumeRole","Principal":"*","NotResource":"*"}}"#,
                PolicyKind::Trust,
                "Has prohibited field NotResource",
            ),
            (
                r#"{"Statement":{"Effect":"Permit","Action":"s3:*","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Action":"s3:*","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"StringEqualz":{"a:b":"c"}}}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","NotAction":"s3:x","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Sid":1}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
            (
                r#"{"Statement":{"Effect":"deny","Action":"s3:*","Resource":"*"}}"#,
                PolicyKind::Session,
                "The policy failed legacy parsing",
            ),
            ("{", PolicyKind::Trust, "This policy contains invalid Json"),
            ("{", PolicyKind::Session, "Syntax errors in policy."),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:GetObject","Principal":"*"}}"#,
                PolicyKind::Trust,
                "AssumeRole policy may only specify STS AssumeRole actions.",
            ),
            (
                r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#,
                PolicyKind::Identity,
                "Policy document must be version 2012-10-17 or greater.",
            ),
            (
                r#"{"Statement":"x"}"#,
                PolicyKind::Identity,
                "Syntax errors in policy.",
            ),
        ];
        for (text, kind, message) in cases {
            // The version rule is for managed policies only.
            let err = if *message == PolicyError::VersionTooOld.to_string() {
                assert!(Policy::parse(text, *kind).is_ok());
                Policy::parse_managed(text).unwrap_err()
            } else {
                Policy::parse(text, *kind).unwrap_err()
            };
            assert_eq!(err.to_string(), *message, "{text}");
        }
    }

    #[test]
    fn kinds_accept_what_they_should() {
        let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":["arn:aws:iam::111122223333:root","arn:aws:iam::111122223333:user/a"],"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"},{"Effect":"Deny","NotPrincipal":{"AWS":"111122223333"},"Action":"sts:AssumeRole"}]}"#;
        let policy = Policy::parse(trust, PolicyKind::Trust).unwrap();
        assert_eq!(
            policy.principal_arns(),
            [
                "arn:aws:iam::111122223333:root",
                "arn:aws:iam::111122223333:user/a",
                "111122223333"
            ]
        );
        let scp = r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"*"}}"#;
        assert!(Policy::parse(scp, PolicyKind::ServiceControl).is_ok());
        let resource = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3:*"}}"#;
        assert!(Policy::parse(resource, PolicyKind::Resource).is_ok());
        assert!(identity(r#"{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":true},"NumericLessThan":{"aws:MultiFactorAuthAge":3600}}}"#).is_ok());
    }

    #[test]
    fn context_keys_lists_conditions_and_variables() {
        let policy = identity(r#"[{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}/*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"${aws:PrincipalTag/team}","AWS:USERNAME":"x"}}},{"Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]"#).unwrap();
        assert_eq!(
            policy.context_keys(),
            [
                "aws:username",
                "aws:PrincipalTag/team",
                "aws:SecureTransport"
            ]
        );
        let legacy = Policy::parse(r#"{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::b/${aws:username}"}}"#, PolicyKind::Identity).unwrap();
        assert!(
            legacy.context_keys().is_empty(),
            "no variables before 2012-10-17"
        );
    }

    #[test]
    fn statement_applies() {
        let policy = identity(r#"[{"Effect":"Allow","Action":"S3:get*","Resource":"arn:aws:s3:::b/${aws:username}/*"},{"Effect":"Allow","NotAction":"iam:*","NotResource":"arn:aws:s3:::secret*"}]"#).unwrap();
        let keys = ContextKeys::new().with_string("aws:username", "alice");
        let request = |action: &str, resource: &str| {
            RequestContext::new(action, resource).with_keys(keys.clone())
        };
        let [first, second] = policy.statements() else {
            panic!("two statements")
        };
        let mut ignore = |_: &str| {};
        assert_eq!(
            first.applies(
                &request("s3:GetObject", "arn:aws:s3:::b/alice/k"),
                false,
                &mut ignore
            ),
            Some(PrincipalMatch::Implicit)
        );
        assert_eq!(
            first.applies(
                &request("s3:GetObject", "arn:aws:s3:::b/bob/k"),
                false,
                &mut ignore
            ),
            None
        );
        assert_eq!(
            first.applies(
                &request("s3:PutObject", "arn:aws:s3:::b/alice/k"),
                false,
                &mut ignore
            ),
            None
        );
        assert!(
            second
                .applies(
                    &request("s3:PutObject", "arn:aws:s3:::public"),
                    false,
                    &mut ignore
                )
                .is_some()
        );
        assert!(
            second
                .applies(
                    &request("iam:GetUser", "arn:aws:s3:::public"),
                    false,
                    &mut ignore
                )
                .is_none()
        );
        assert!(
            second
                .applies(
                    &request("s3:PutObject", "arn:aws:s3:::secret-b"),
                    false,
                    &mut ignore
                )
                .is_none()
        );
    }

    #[test]
    fn size_ignores_whitespace() {
        assert_eq!(size_without_whitespace("{ \"a\" :\n\t\"b c\" }"), 10);
    }

    proptest::proptest! {
        #[test]
        fn parse_never_panics(text in ".{0,300}") {
            for kind in [PolicyKind::Identity, PolicyKind::Trust, PolicyKind::Resource] {
                let _ = Policy::parse(&text, kind);
            }
        }

        #[test]
        fn parse_never_panics_on_policy_like_input(
            effect in "(Allow|Deny|x)",
            action in r#"[a-z:*?${}]{0,12}"#,
            op in "(StringLike|ForAnyValue:StringEquals|NumericLessThan|DateEqualsIfExists|Null|Bogus)",
            value in r#"[a-z0-9:*${}' ,/-]{0,20}"#,
        ) {
            let text = format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"{effect}","Action":"{action}","Resource":"{value}","Condition":{{"{op}":{{"a:b":["{value}"]}}}}}}]}}"#);
            let _ = Policy::parse(&text, PolicyKind::Identity);
        }
    }
}
