//! A client of a running gatehouse's `/_gatehouse/` routes, for the commands that ask one
//! (`gatehouse token`, `gatehouse health`): one plain HTTP/1.1 request per connection, JSON
//! answers.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use gatehouse_server::admin_access::AdminToken;
use serde_json::Value;

/// How long a command waits for the server.
const TIMEOUT: Duration = Duration::from_secs(10);

/// A plain-HTTP gatehouse address.
#[derive(Debug)]
pub(crate) struct Endpoint {
    /// `host:port`.
    authority: String,
    /// Sent with every request, when given.
    admin_token: Option<AdminToken>,
}

impl Endpoint {
    /// The server at `url` (`http://HOST[:PORT]`), sending `admin_token` with each request.
    pub(crate) fn parse(url: &str, admin_token: Option<AdminToken>) -> Result<Self, String> {
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

    /// `GET path`: the JSON body of a 200 answer.
    pub(crate) fn get(&self, path: &str) -> Result<Value, String> {
        self.exchange("GET", path, "")
    }

    /// `POST path` with a JSON body: the JSON body of a 200 answer.
    pub(crate) fn post(&self, path: &str, body: &Value) -> Result<Value, String> {
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
}
