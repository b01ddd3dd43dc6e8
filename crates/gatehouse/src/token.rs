//! `gatehouse token oidc|saml`: asks a running gatehouse's built-in identity providers for a
//! signed OIDC ID token or SAML response and prints it. The providers' keys live in the server,
//! so the command is a client of its `/_gatehouse/oidc/token` and `/_gatehouse/saml/response`
//! routes (README, "Federation").

use std::io::{IsTerminal, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use clap::{Args, Subcommand};
use gatehouse_server::admin_access::AdminToken;
use serde_json::{Map, Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// How long the command waits for the server.
const TIMEOUT: Duration = Duration::from_secs(10);

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
    let answer = endpoint.exchange("GET", "/_gatehouse/clock", "")?;
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

/// A plain-HTTP gatehouse address.
#[derive(Debug)]
struct Endpoint {
    /// `host:port`.
    authority: String,
    /// Sent with every request, when given.
    admin_token: Option<AdminToken>,
}

impl Endpoint {
    fn parse(url: &str, admin_token: Option<AdminToken>) -> Result<Self, String> {
        let rest = url.strip_prefix("http://").ok_or_else(|| {
            format!("--endpoint must be an http:// address of a running gatehouse, not {url}")
        })?;
        let authority = rest.split('/').next().unwrap_or_default();
        if authority.is_empty() {
            return Err(format!("--endpoint has no host: {url}"));
        }
        let authority = if authority.contains(':') {
            authority.to_owned()
        } else {
            format!("{authority}:80")
        };
        Ok(Self {
            authority,
            admin_token,
        })
    }

    fn post(&self, path: &str, body: &Value) -> Result<Value, String> {
        self.exchange("POST", path, &body.to_string())
    }

    /// One HTTP/1.1 request on a fresh connection; the JSON body of a 200 answer.
    fn exchange(&self, method: &str, path: &str, body: &str) -> Result<Value, String> {
        let unreachable =
            |e: std::io::Error| format!("cannot reach gatehouse at {}: {e}", self.authority);
        let mut stream = TcpStream::connect(&self.authority).map_err(unreachable)?;
        stream
            .set_read_timeout(Some(TIMEOUT))
            .map_err(unreachable)?;
        stream
            .set_write_timeout(Some(TIMEOUT))
            .map_err(unreachable)?;
        let authorization = self
            .admin_token
            .as_ref()
            .map(|token| format!("Authorization: {}\r\n", token.authorization()))
            .unwrap_or_default();
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\n{authorization}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.authority,
            body.len()
        );
        stream.write_all(request.as_bytes()).map_err(unreachable)?;
        let mut response = String::new();
        stream.read_to_string(&mut response).map_err(unreachable)?;
        let (head, body) = response
            .split_once("\r\n\r\n")
            .ok_or_else(|| format!("gatehouse at {} gave no HTTP answer", self.authority))?;
        let status = head.lines().next().unwrap_or_default();
        if !status.starts_with("HTTP/1.1 200") {
            return Err(format!("{path}: {status}: {body}"));
        }
        serde_json::from_str(body)
            .map_err(|e| format!("{path} answered something other than JSON: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_plain_http_addresses() {
        assert_eq!(
            Endpoint::parse("http://127.0.0.1:4566", None)
                .unwrap()
                .authority,
            "127.0.0.1:4566"
        );
        assert_eq!(
            Endpoint::parse("http://localhost/", None)
                .unwrap()
                .authority,
            "localhost:80"
        );
        assert!(Endpoint::parse("https://127.0.0.1:4566", None).is_err());
        assert!(Endpoint::parse("http://", None).is_err());
    }

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
