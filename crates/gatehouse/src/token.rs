//! `gatehouse token oidc|saml`: asks a running gatehouse's built-in identity providers for a
//! signed OIDC ID token or SAML response and prints it. The providers' keys live in the server,
//! so the command is a client of its `/_gatehouse/oidc/token` and `/_gatehouse/saml/response`
//! routes (README, "Federation").

use std::io::{IsTerminal, Write};

use clap::{Args, Subcommand};
use gatehouse_server::admin_access::AdminToken;
use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::admin_client::Endpoint;

/// `gatehouse token …`.
#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(subcommand)]
    kind: TokenKind,
    /// The running gatehouse to ask (plain HTTP).
    #[arg(
        long,
        global = true,
        env = "GATEHOUSE_ENDPOINT",
        default_value = "http://127.0.0.1:4566"
    )]
    endpoint: String,
    /// The server's admin token (`serve --admin-token`), sent as `Authorization: Bearer`:
    /// needed when the server has one, and always in strict mode.
    #[arg(
        long,
        global = true,
        env = "GATEHOUSE_ADMIN_TOKEN",
        hide_env_values = true,
        value_parser = AdminToken::parse
    )]
    admin_token: Option<AdminToken>,
}

#[derive(Debug, Subcommand)]
enum TokenKind {
    /// An ID token from the built-in OIDC issuer, for AssumeRoleWithWebIdentity.
    Oidc(OidcArgs),
    /// A signed SAML response from the built-in IdP, for AssumeRoleWithSAML.
    Saml(SamlArgs),
}

#[derive(Debug, Args)]
struct OidcArgs {
    /// The `sub` claim.
    #[arg(long)]
    sub: String,
    /// The `aud` claim (repeat for several); `sts.amazonaws.com` when absent.
    #[arg(long)]
    aud: Vec<String>,
    /// More claims, as a JSON object (e.g. `{"https://aws.amazon.com/tags": …}`).
    #[arg(long)]
    claims: Option<String>,
    /// Lifetime in seconds, on the server's clock (one hour when absent).
    #[arg(long)]
    ttl: Option<i64>,
}

#[derive(Debug, Args)]
struct SamlArgs {
    /// The role to offer in the `https://aws.amazon.com/SAML/Attributes/Role` attribute.
    #[arg(long)]
    role_arn: String,
    /// The SAML provider (CreateSAMLProvider with the IdP's metadata) paired with the role.
    #[arg(long)]
    provider_arn: String,
    /// The subject's NameID.
    #[arg(long, default_value = "gatehouse-user")]
    subject: String,
    /// The `RoleSessionName` attribute (the subject when absent).
    #[arg(long)]
    session_name: Option<String>,
    /// More attributes, as a JSON object of name → list of values.
    #[arg(long)]
    attributes: Option<String>,
}

/// Runs `gatehouse token …`, printing the token on standard output: with a line break on a
/// terminal, and without one otherwise, so that `> token-file` holds the token alone (AWS SDKs
/// send a web identity token file's content as it is, and a trailing line break makes the
/// token fail to verify).
pub fn run(args: TokenArgs) -> Result<(), String> {
    let endpoint = Endpoint::parse(&args.endpoint, args.admin_token)?;
    let token = match args.kind {
        TokenKind::Oidc(oidc) => oidc_token(&endpoint, oidc)?,
        TokenKind::Saml(saml) => saml_response(&endpoint, saml)?,
    };
    let mut stdout = std::io::stdout().lock();
    let end = if stdout.is_terminal() { "\n" } else { "" };
    write!(stdout, "{token}{end}")
        .and_then(|()| stdout.flush())
        .map_err(|error| format!("cannot write the token: {error}"))
}

fn oidc_token(endpoint: &Endpoint, args: OidcArgs) -> Result<String, String> {
    let mut claims = match args.claims.as_deref() {
        Some(text) => json_object(text, "--claims")?,
        None => Map::new(),
    };
    claims.insert("sub".to_owned(), Value::String(args.sub));
    match args.aud.as_slice() {
        [] => {}
        [one] => {
            claims.insert("aud".to_owned(), json!(one));
        }
        many => {
            claims.insert("aud".to_owned(), json!(many));
        }
    }
    if let Some(ttl) = args.ttl {
        if ttl <= 0 {
            return Err("--ttl must be a positive number of seconds".to_owned());
        }
        let now = server_now(endpoint)?.unix_timestamp();
        claims.insert("iat".to_owned(), json!(now));
        claims.insert("exp".to_owned(), json!(now.saturating_add(ttl)));
    }
    let answer = endpoint.post("/_gatehouse/oidc/token", &Value::Object(claims))?;
    string_field(&answer, "token")
}

fn saml_response(endpoint: &Endpoint, args: SamlArgs) -> Result<String, String> {
    let mut request = Map::new();
    request.insert("subject".to_owned(), Value::String(args.subject));
    request.insert(
        "roles".to_owned(),
        json!([format!("{},{}", args.role_arn, args.provider_arn)]),
    );
    if let Some(name) = args.session_name {
        request.insert("session_name".to_owned(), Value::String(name));
    }
    if let Some(text) = args.attributes.as_deref() {
        let attributes = json_object(text, "--attributes")?;
        request.insert("attributes".to_owned(), Value::Object(attributes));
    }
    let answer = endpoint.post("/_gatehouse/saml/response", &Value::Object(request))?;
    string_field(&answer, "SAMLResponse")
}

/// The server's clock (which `POST /_gatehouse/clock` may have moved).
fn server_now(endpoint: &Endpoint) -> Result<OffsetDateTime, String> {
    let answer = endpoint.get("/_gatehouse/clock")?;
    let now = string_field(&answer, "now")?;
    OffsetDateTime::parse(&now, &Rfc3339).map_err(|e| format!("the server's clock answer: {e}"))
}

fn json_object(text: &str, flag: &str) -> Result<Map<String, Value>, String> {
    match serde_json::from_str(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(format!("{flag} must be a JSON object")),
        Err(e) => Err(format!("{flag} is not valid JSON: {e}")),
    }
}

fn string_field(answer: &Value, key: &str) -> Result<String, String> {
    answer
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or_else(|| format!("the server's answer has no {key}: {answer}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_claims_must_be_a_json_object() {
        assert!(json_object(r#"{"team":"red"}"#, "--claims").is_ok());
        assert!(
            json_object("[1]", "--claims")
                .unwrap_err()
                .contains("JSON object")
        );
        assert!(
            json_object("{", "--claims")
                .unwrap_err()
                .contains("not valid JSON")
        );
    }
}
