//! The `--init` seed file of `gatehouse serve`: its TOML grammar, and the IAM calls and access
//! keys it stands for ([`plan`]). Pure: applying the plan is the binary's job
//! (`crates/gatehouse/src/seed.rs`).

use std::collections::BTreeMap;

use gatehouse_token::AccountId;
use serde::Deserialize;
use toml::Spanned;

/// A commented example of every table and field, which `gatehouse init` prints and the README
/// shows.
pub const EXAMPLE: &str = include_str!("../example.toml");

/// A seed file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    #[serde(default, rename = "account")]
    accounts: Vec<Spanned<AccountSeed>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccountSeed {
    id: String,
    alias: Option<String>,
    #[serde(default)]
    root_access_keys: Vec<Spanned<AccessKeySeed>>,
    #[serde(default, rename = "policy")]
    policies: Vec<Spanned<PolicySeed>>,
    #[serde(default, rename = "group")]
    groups: Vec<Spanned<GroupSeed>>,
    #[serde(default, rename = "user")]
    users: Vec<Spanned<UserSeed>>,
    #[serde(default, rename = "role")]
    roles: Vec<Spanned<RoleSeed>>,
    #[serde(default, rename = "oidc_provider")]
    oidc_providers: Vec<Spanned<OidcProviderSeed>>,
    #[serde(default, rename = "saml_provider")]
    saml_providers: Vec<Spanned<SamlProviderSeed>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AccessKeySeed {
    id: String,
    secret: String,
}

/// A policy document: JSON text, or a TOML table written as the JSON object it stands for.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Document {
    Text(String),
    Table(toml::Table),
}

impl Document {
    fn to_json(&self) -> String {
        match self {
            Document::Text(text) => text.clone(),
            Document::Table(table) => serde_json::to_string(table).unwrap_or_default(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InlinePolicySeed {
    name: String,
    document: Document,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicySeed {
    name: String,
    path: Option<String>,
    description: Option<String>,
    document: Document,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupSeed {
    name: String,
    path: Option<String>,
    #[serde(default)]
    attached_policies: Vec<String>,
    #[serde(default)]
    inline_policies: Vec<InlinePolicySeed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UserSeed {
    name: String,
    path: Option<String>,
    permissions_boundary: Option<String>,
    #[serde(default)]
    tags: BTreeMap<String, String>,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    attached_policies: Vec<String>,
    #[serde(default)]
    inline_policies: Vec<InlinePolicySeed>,
    #[serde(default)]
    access_keys: Vec<Spanned<AccessKeySeed>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RoleSeed {
    name: String,
    path: Option<String>,
    description: Option<String>,
    max_session_duration: Option<u32>,
    permissions_boundary: Option<String>,
    trust_policy: Document,
    #[serde(default)]
    tags: BTreeMap<String, String>,
    #[serde(default)]
    attached_policies: Vec<String>,
    #[serde(default)]
    inline_policies: Vec<InlinePolicySeed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct OidcProviderSeed {
    url: String,
    #[serde(default)]
    client_ids: Vec<String>,
    #[serde(default)]
    thumbprints: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SamlProviderSeed {
    name: String,
    metadata: String,
}

/// One IAM call of the seed: its action and parameters, and the line it comes from.
pub struct Call {
    /// The line of the file it comes from.
    pub line: usize,
    /// The IAM action, e.g. `CreateUser`.
    pub action: &'static str,
    /// Its parameters, in query-protocol form (`Tags.member.1.Key`, …).
    pub params: Vec<(String, String)>,
}

impl Call {
    fn new(line: usize, action: &'static str) -> Self {
        Call {
            line,
            action,
            params: Vec::new(),
        }
    }

    fn param(mut self, name: &str, value: impl Into<String>) -> Self {
        self.params.push((name.to_owned(), value.into()));
        self
    }

    fn optional(self, name: &str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(value) => self.param(name, value),
            None => self,
        }
    }

    fn list(mut self, name: &str, values: &[String]) -> Self {
        for (i, value) in values.iter().enumerate() {
            self.params
                .push((format!("{name}.member.{}", i + 1), value.clone()));
        }
        self
    }

    fn tags(mut self, tags: &BTreeMap<String, String>) -> Self {
        for (i, (key, value)) in tags.iter().enumerate() {
            self.params
                .push((format!("Tags.member.{}.Key", i + 1), key.clone()));
            self.params
                .push((format!("Tags.member.{}.Value", i + 1), value.clone()));
        }
        self
    }
}

/// An access key to store with its given id and secret.
pub struct KeyPlacement {
    /// The line of the file it comes from.
    pub line: usize,
    /// The user owning it; `None` for the account root.
    pub user: Option<String>,
    /// The id and secret.
    pub key: NewAccessKeyText,
}

pub struct NewAccessKeyText {
    /// The access key id (`AKIA…`, checked).
    pub id: String,
    /// The secret access key.
    pub secret: String,
}

/// What one account's seed becomes.
pub struct AccountPlan {
    /// The account.
    pub account: AccountId,
    /// The IAM calls, in dependency order.
    pub calls: Vec<Call>,
    /// The access keys to store.
    pub keys: Vec<KeyPlacement>,
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(1, |before| {
        before.bytes().filter(|&b| b == b'\n').count() + 1
    })
}

/// What the seed file `text` stands for, account by account.
///
/// # Errors
/// A message naming the line of the first problem: TOML syntax, an unknown or missing field,
/// a malformed account or access key id.
pub fn plan(text: &str) -> Result<Vec<AccountPlan>, String> {
    let file: SeedFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |span| line_of(text, span.start));
        format!("line {line}: {}", e.message())
    })?;
    file.accounts
        .iter()
        .map(|account| plan_account(text, account))
        .collect()
}

/// A long-term access key id is `AKIA` and 16 Base32 characters (`A`–`Z`, `2`–`7`), as AWS
/// issues them.
fn check_access_key_id(line: usize, id: &str) -> Result<(), String> {
    let well_formed = id.len() == 20
        && id.starts_with("AKIA")
        && id
            .bytes()
            .skip(4)
            .all(|b| b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b));
    if well_formed {
        Ok(())
    } else {
        Err(format!(
            "line {line}: access key id `{id}` is not AKIA followed by 16 Base32 characters (A-Z, 2-7)"
        ))
    }
}

fn plan_account(text: &str, spanned: &Spanned<AccountSeed>) -> Result<AccountPlan, String> {
    let line = |span: std::ops::Range<usize>| line_of(text, span.start);
    let seed = spanned.get_ref();
    let account = AccountId::parse(&seed.id).ok_or_else(|| {
        format!(
            "line {}: account id `{}` is not 12 digits",
            line(spanned.span()),
            seed.id
        )
    })?;
    let mut calls = Vec::new();
    let mut keys = Vec::new();
    if let Some(alias) = &seed.alias {
        calls.push(
            Call::new(line(spanned.span()), "CreateAccountAlias").param("AccountAlias", alias),
        );
    }
    for key in &seed.root_access_keys {
        check_access_key_id(line(key.span()), &key.get_ref().id)?;
        keys.push(KeyPlacement {
            line: line(key.span()),
            user: None,
            key: NewAccessKeyText {
                id: key.get_ref().id.clone(),
                secret: key.get_ref().secret.clone(),
            },
        });
    }
    for policy in &seed.policies {
        let (at, p) = (line(policy.span()), policy.get_ref());
        calls.push(
            Call::new(at, "CreatePolicy")
                .param("PolicyName", &p.name)
                .param("PolicyDocument", p.document.to_json())
                .optional("Path", p.path.as_deref())
                .optional("Description", p.description.as_deref()),
        );
    }
    for group in &seed.groups {
        let (at, g) = (line(group.span()), group.get_ref());
        calls.push(
            Call::new(at, "CreateGroup")
                .param("GroupName", &g.name)
                .optional("Path", g.path.as_deref()),
        );
        policy_calls(
            &mut calls,
            at,
            ("AttachGroupPolicy", "PutGroupPolicy", "GroupName"),
            &g.name,
            &g.attached_policies,
            &g.inline_policies,
        );
    }
    for user in &seed.users {
        let (at, u) = (line(user.span()), user.get_ref());
        calls.push(
            Call::new(at, "CreateUser")
                .param("UserName", &u.name)
                .optional("Path", u.path.as_deref())
                .optional("PermissionsBoundary", u.permissions_boundary.as_deref())
                .tags(&u.tags),
        );
        for group in &u.groups {
            calls.push(
                Call::new(at, "AddUserToGroup")
                    .param("GroupName", group)
                    .param("UserName", &u.name),
            );
        }
        policy_calls(
            &mut calls,
            at,
            ("AttachUserPolicy", "PutUserPolicy", "UserName"),
            &u.name,
            &u.attached_policies,
            &u.inline_policies,
        );
        for key in &u.access_keys {
            let key_line = line(key.span());
            let key = key.get_ref();
            check_access_key_id(key_line, &key.id)?;
            keys.push(KeyPlacement {
                line: key_line,
                user: Some(u.name.clone()),
                key: NewAccessKeyText {
                    id: key.id.clone(),
                    secret: key.secret.clone(),
                },
            });
        }
    }
    for role in &seed.roles {
        let (at, r) = (line(role.span()), role.get_ref());
        calls.push(
            Call::new(at, "CreateRole")
                .param("RoleName", &r.name)
                .param("AssumeRolePolicyDocument", r.trust_policy.to_json())
                .optional("Path", r.path.as_deref())
                .optional("Description", r.description.as_deref())
                .optional(
                    "MaxSessionDuration",
                    r.max_session_duration.map(|d| d.to_string()),
                )
                .optional("PermissionsBoundary", r.permissions_boundary.as_deref())
                .tags(&r.tags),
        );
        policy_calls(
            &mut calls,
            at,
            ("AttachRolePolicy", "PutRolePolicy", "RoleName"),
            &r.name,
            &r.attached_policies,
            &r.inline_policies,
        );
    }
    for provider in &seed.oidc_providers {
        let (at, p) = (line(provider.span()), provider.get_ref());
        calls.push(
            Call::new(at, "CreateOpenIDConnectProvider")
                .param("Url", &p.url)
                .list("ClientIDList", &p.client_ids)
                .list("ThumbprintList", &p.thumbprints),
        );
    }
    for provider in &seed.saml_providers {
        let (at, p) = (line(provider.span()), provider.get_ref());
        calls.push(
            Call::new(at, "CreateSAMLProvider")
                .param("Name", &p.name)
                .param("SAMLMetadataDocument", &p.metadata),
        );
    }
    Ok(AccountPlan {
        account,
        calls,
        keys,
    })
}

/// The calls that attach managed policies to, and put inline policies on, one group, user or
/// role: `actions` are its attach action, its put action and the parameter naming it.
fn policy_calls(
    calls: &mut Vec<Call>,
    line: usize,
    actions: (&'static str, &'static str, &str),
    name: &str,
    attached: &[String],
    inline: &[InlinePolicySeed],
) {
    let (attach, put, name_param) = actions;
    for arn in attached {
        calls.push(
            Call::new(line, attach)
                .param(name_param, name)
                .param("PolicyArn", arn),
        );
    }
    for policy in inline {
        calls.push(
            Call::new(line, put)
                .param(name_param, name)
                .param("PolicyName", &policy.name)
                .param("PolicyDocument", policy.document.to_json()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_a_valid_seed_file() {
        let accounts = plan(EXAMPLE).unwrap();
        assert_eq!(accounts.len(), 1);
    }

    const SEED: &str = r#"
[[account]]
id = "111122223333"
alias = "dev"

[[account.policy]]
name = "AllowAssume"
document = '''{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}'''

[[account.user]]
name = "alice"
attached_policies = ["arn:aws:iam::111122223333:policy/AllowAssume"]
access_keys = [{ id = "AKIAALICEEXAMPLE2345", secret = "alice-secret" }]

[[account.role]]
name = "deployer"
trust_policy = { Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:user/alice" }, Action = "sts:AssumeRole" }] }
"#;

    #[test]
    fn plans_calls_in_dependency_order_with_lines() {
        let plans = plan(SEED).unwrap();
        assert_eq!(plans.len(), 1);
        let actions: Vec<_> = plans[0].calls.iter().map(|c| c.action).collect();
        assert_eq!(
            actions,
            [
                "CreateAccountAlias",
                "CreatePolicy",
                "CreateUser",
                "AttachUserPolicy",
                "CreateRole"
            ]
        );
        assert_eq!(plans[0].calls[2].line, 10, "the line of `[[account.user]]`");
        assert_eq!(plans[0].keys.len(), 1);
        let trust = &plans[0].calls[4].params[1].1;
        assert!(
            trust.contains(r#""Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"}"#),
            "{trust}"
        );
    }

    #[test]
    fn malformed_files_name_the_line() {
        let err = plan("[[account]]\nid = \"1\"\n").err().unwrap();
        assert!(err.starts_with("line 1:"), "{err}");
        let err = plan("[[account]]\nid = \"111122223333\"\n\n[[account.user]]\nnmae = \"x\"\n")
            .err()
            .unwrap();
        assert!(
            err.starts_with("line 5:") || err.starts_with("line 4:"),
            "{err}"
        );
        assert!(err.contains("nmae"), "{err}");
        let err = plan("[[account]\n").err().unwrap();
        assert!(err.starts_with("line 1:"), "{err}");
    }

    #[test]
    fn access_key_ids_must_be_akia_and_base32() {
        for bad in [
            "AKIAALICEEXAMPLE0001",
            "ASIAALICEEXAMPLE2345",
            "AKIAALICEEXAMPLE234",
            "AKIAALICEEXAMPLE23456",
            "akiaalICEEXAMPLE2345",
            "AKIAalicEEXAMPLE2345",
            "AKIAALICE-XAMPLE2345",
            "",
        ] {
            let user = format!(
                "[[account]]\nid = \"111122223333\"\n\n[[account.user]]\nname = \"a\"\naccess_keys = [\n  {{ id = \"AKIAALICEEXAMPLE2345\", secret = \"s\" }},\n  {{ id = \"{bad}\", secret = \"s\" }},\n]\n"
            );
            let err = plan(&user).err().unwrap();
            assert_eq!(
                err,
                format!(
                    "line 8: access key id `{bad}` is not AKIA followed by 16 Base32 characters (A-Z, 2-7)"
                )
            );
            let root = format!(
                "[[account]]\nid = \"111122223333\"\nroot_access_keys = [{{ id = \"{bad}\", secret = \"s\" }}]\n"
            );
            let err = plan(&root).err().unwrap();
            assert!(err.starts_with("line 3: access key id"), "{err}");
        }
        assert!(check_access_key_id(1, "AKIAIOSFODNN7EXAMPLE").is_ok());
        assert!(check_access_key_id(1, "AKIAZZZZ222277777777").is_ok());
    }
}
