//! nullsts: answers every STS/IAM query-protocol request with a fixed, well-formed answer for
//! its `Action`, checking nothing and keeping nothing. It measures what the benchmark harness
//! (signed-request replay over keep-alive connections) can drive on this machine: the ceiling
//! that gatehouse is compared with. One thread per connection, HTTP/1.1 keep-alive.
//!
//! Usage: `nullsts PORT` (listens on 127.0.0.1 only).

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::thread;

const STS_NS: &str = "https://sts.amazonaws.com/doc/2011-06-15/";
const IAM_NS: &str = "https://iam.amazonaws.com/doc/2010-05-08/";
/// Bodies larger than this are refused (the connection is closed).
const MAX_BODY: usize = 1 << 20;

/// The result element for the actions the harness's setup reads; other actions get an empty
/// `…Response` envelope.
fn result_for(action: &str) -> Option<&'static str> {
    Some(match action {
        "GetCallerIdentity" => {
            "<Arn>arn:aws:iam::000000000000:root</Arn><UserId>000000000000</UserId><Account>000000000000</Account>"
        }
        "AssumeRole" => {
            "<Credentials><AccessKeyId>ASIAQAAAAAAAAAAAAAAA</AccessKeyId><SecretAccessKey>nullsts</SecretAccessKey><SessionToken>nullsts</SessionToken><Expiration>2030-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><AssumedRoleId>AROAQAAAAAAAAAAAAAAA:bench</AssumedRoleId><Arn>arn:aws:sts::000000000000:assumed-role/bench/bench</Arn></AssumedRoleUser><PackedPolicySize>6</PackedPolicySize>"
        }
        "CreateUser" => {
            "<User><Path>/</Path><UserName>u</UserName><UserId>AIDAQAAAAAAAAAAAAAAA</UserId><Arn>arn:aws:iam::000000000000:user/u</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate></User>"
        }
        "CreateRole" => {
            "<Role><Path>/</Path><RoleName>r</RoleName><RoleId>AROAQAAAAAAAAAAAAAAA</RoleId><Arn>arn:aws:iam::000000000000:role/r</Arn><CreateDate>2026-01-01T00:00:00Z</CreateDate><AssumeRolePolicyDocument>%7B%7D</AssumeRolePolicyDocument></Role>"
        }
        "CreateAccessKey" => {
            "<AccessKey><UserName>u</UserName><AccessKeyId>AKIAQAAAAAAAAAAAAAAA</AccessKeyId><Status>Active</Status><SecretAccessKey>nullsts</SecretAccessKey><CreateDate>2026-01-01T00:00:00Z</CreateDate></AccessKey>"
        }
        _ => return None,
    })
}

/// The full HTTP response for one request body.
fn respond(body: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(body);
    let action = text
        .split('&')
        .find_map(|pair| pair.strip_prefix("Action="))
        .unwrap_or("Unknown");
    let namespace = if matches!(action, "GetCallerIdentity" | "AssumeRole") {
        STS_NS
    } else {
        IAM_NS
    };
    let result = result_for(action)
        .map(|inner| format!("<{action}Result>{inner}</{action}Result>"))
        .unwrap_or_default();
    let xml = format!(
        "<{action}Response xmlns=\"{namespace}\">{result}<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata></{action}Response>"
    );
    format!(
        "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n{xml}",
        xml.len()
    )
    .into_bytes()
}

/// Serves one connection until the client closes it.
fn serve(stream: TcpStream) -> io::Result<()> {
    stream.set_nodelay(true)?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    let mut body = Vec::new();
    loop {
        let mut content_length = 0usize;
        let mut close = false;
        let mut first = true;
        loop {
            line.clear();
            if reader.read_line(&mut line)? == 0 {
                return Ok(());
            }
            let header = line.trim_end();
            if header.is_empty() {
                if first {
                    continue;
                }
                break;
            }
            first = false;
            if let Some((name, value)) = header.split_once(':') {
                let value = value.trim();
                if name.eq_ignore_ascii_case("content-length") {
                    content_length = value.parse().unwrap_or(0);
                } else if name.eq_ignore_ascii_case("connection") {
                    close = value.eq_ignore_ascii_case("close");
                }
            }
        }
        if content_length > MAX_BODY {
            return Ok(());
        }
        body.resize(content_length, 0);
        reader.read_exact(&mut body)?;
        writer.write_all(&respond(&body))?;
        if close {
            return Ok(());
        }
    }
}

fn main() -> io::Result<()> {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(5099);
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    for stream in listener.incoming().flatten() {
        thread::spawn(move || serve(stream));
    }
    Ok(())
}
