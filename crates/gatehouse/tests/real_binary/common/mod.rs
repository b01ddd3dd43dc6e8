//! Starts the real gatehouse binary on a loopback port and builds AWS SDK clients for it.

#![allow(
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::string_slice,
    reason = "test harness: a server that cannot start or answer fails the test that needed it"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use aws_credential_types::Credentials;
use aws_sdk_sts::config::{BehaviorVersion, Region};

/// A running gatehouse process, killed on drop.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    /// The start-up banner, up to its credentials line.
    #[allow(dead_code, reason = "not every test binary reads the banner")]
    pub banner: String,
    /// The root credentials the banner shows (`test`/`test` when it shows none).
    root: (String, String),
    /// The `--admin-token` it was started with, sent by [`http`].
    admin_token: Option<String>,
}

impl Server {
    /// Starts `gatehouse serve --ephemeral --listen 127.0.0.1:0` with extra flags.
    #[allow(dead_code, reason = "not every test binary starts an ephemeral server")]
    pub fn start(extra: &[&str]) -> Server {
        Self::start_serving(&[&["--ephemeral"], extra].concat())
    }

    /// Starts `gatehouse serve --listen 127.0.0.1:0` with `args` (not ephemeral unless asked).
    pub fn start_serving(args: &[&str]) -> Server {
        Self::launch(args, Stdio::inherit(), None)
    }

    /// Starts an ephemeral server with extra flags that logs everything
    /// (`GATEHOUSE_LOG=trace`) into `log`.
    #[allow(dead_code, reason = "not every test binary reads the log")]
    pub fn start_logging(extra: &[&str], log: std::fs::File) -> Server {
        let args = [&["--ephemeral"], extra].concat();
        Self::launch(&args, Stdio::from(log), Some("trace"))
    }

    fn launch(args: &[&str], stderr: Stdio, log: Option<&str>) -> Server {
        let mut command = Command::new(env!("CARGO_BIN_EXE_gatehouse"));
        if let Some(filter) = log {
            command.env("GATEHOUSE_LOG", filter);
        }
        let mut child = command
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("start gatehouse");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut banner = String::new();
        // The banner ends with the line about credentials.
        while !banner.contains("credentials:") {
            let read = stdout.read_line(&mut banner).expect("read banner");
            assert!(read > 0, "the banner ended early: {banner}");
        }
        let url = banner
            .lines()
            .next()
            .and_then(|first| first.split("listening on ").nth(1))
            .expect("banner names the address")
            .trim()
            .to_owned();
        let shown = |name: &str| {
            banner
                .split(&format!("{name}="))
                .nth(1)
                .map(|rest| rest.split_whitespace().next().expect("a value").to_owned())
        };
        let root = (
            shown("AWS_ACCESS_KEY_ID").unwrap_or_else(|| "test".to_owned()),
            shown("AWS_SECRET_ACCESS_KEY").unwrap_or_else(|| "test".to_owned()),
        );
        let admin_token = args
            .iter()
            .position(|arg| *arg == "--admin-token")
            .map(|at| args[at + 1].to_owned());
        Server {
            child,
            url,
            banner,
            root,
            admin_token,
        }
    }

    /// The root credentials of the default account: `test`/`test` in lenient mode, the
    /// generated key the banner showed in strict mode.
    #[allow(dead_code, reason = "not every test binary signs as the root")]
    pub fn root(&self) -> (&str, &str) {
        (&self.root.0, &self.root.1)
    }

    /// The server's process id.
    #[allow(dead_code, reason = "not every test binary needs it")]
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn sdk_config(
        &self,
        access_key: &str,
        secret: &str,
        token: Option<&str>,
    ) -> aws_sdk_sts::config::Builder {
        let credentials =
            Credentials::new(access_key, secret, token.map(str::to_owned), None, "test");
        aws_sdk_sts::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("eu-west-1"))
            .endpoint_url(&self.url)
            .credentials_provider(credentials)
            .http_client(aws_smithy_http_client::Builder::new().build_http())
    }

    /// An STS client signing with the given credentials.
    pub fn sts(&self, access_key: &str, secret: &str, token: Option<&str>) -> aws_sdk_sts::Client {
        aws_sdk_sts::Client::from_conf(self.sdk_config(access_key, secret, token).build())
    }

    /// An IAM client signing with the given credentials.
    #[allow(dead_code, reason = "not every test binary uses IAM")]
    pub fn iam(&self, access_key: &str, secret: &str, token: Option<&str>) -> aws_sdk_iam::Client {
        let credentials =
            Credentials::new(access_key, secret, token.map(str::to_owned), None, "test");
        let config = aws_sdk_iam::Config::builder()
            .behavior_version(aws_sdk_iam::config::BehaviorVersion::latest())
            .region(aws_sdk_iam::config::Region::new("us-east-1"))
            .endpoint_url(&self.url)
            .credentials_provider(credentials)
            .http_client(aws_smithy_http_client::Builder::new().build_http())
            .build();
        aws_sdk_iam::Client::from_conf(config)
    }
}

impl Server {
    /// Registers gatehouse's built-in OIDC test issuer as an OIDC provider (audience
    /// `sts.amazonaws.com`); returns the provider's ARN and the issuer's host/path, the prefix of
    /// its condition keys.
    #[allow(dead_code, reason = "not every test binary federates")]
    pub async fn register_builtin_oidc(&self) -> (String, String) {
        let issuer = format!("{}/_gatehouse/oidc", self.url);
        let created = self
            .iam(self.root().0, self.root().1, None)
            .create_open_id_connect_provider()
            .url(&issuer)
            .client_id_list("sts.amazonaws.com")
            .send()
            .await
            .expect("CreateOpenIDConnectProvider");
        let arn = created
            .open_id_connect_provider_arn()
            .expect("provider ARN")
            .to_owned();
        (arn, issuer.trim_start_matches("http://").to_owned())
    }
}

impl Server {
    /// Creates, as the default root, a role with the trust policy `trust`; returns its ARN.
    #[allow(dead_code, reason = "not every test binary makes roles")]
    pub async fn create_role(&self, name: &str, trust: &str) -> String {
        let created = self
            .iam(self.root().0, self.root().1, None)
            .create_role()
            .role_name(name)
            .assume_role_policy_document(trust)
            .send()
            .await
            .expect("CreateRole");
        created.role().expect("role").arn().to_owned()
    }

    /// Registers gatehouse's built-in SAML IdP (its metadata) as the SAML provider `name`;
    /// returns the provider's ARN.
    #[allow(dead_code, reason = "not every test binary federates")]
    pub async fn register_builtin_saml(&self, name: &str) -> String {
        let metadata = http(self, "GET", "/_gatehouse/saml/metadata", "");
        let created = self
            .iam(self.root().0, self.root().1, None)
            .create_saml_provider()
            .name(name)
            .saml_metadata_document(metadata)
            .send()
            .await
            .expect("CreateSAMLProvider");
        created
            .saml_provider_arn()
            .expect("provider ARN")
            .to_owned()
    }
}

/// A trust policy letting the federated principal `provider` call `action`; `condition` is
/// either empty or `,"Condition":{…}`.
#[allow(dead_code, reason = "not every test binary federates")]
pub fn federated_trust(provider: &str, action: &str, condition: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Federated":"{provider}"}},"Action":"{action}"{condition}}}]}}"#
    )
}

impl Server {
    /// Sends SIGTERM and returns how the process ended, or `None` if it was still running
    /// fifteen seconds later (it is then killed on drop): a loaded machine can take seconds to
    /// sync the store on the way out.
    #[allow(dead_code, reason = "not every test binary stops the server")]
    pub fn terminate(&mut self) -> Option<std::process::ExitStatus> {
        let sent = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(sent.success(), "kill -TERM failed");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
        while std::time::Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().expect("wait for gatehouse") {
                return Some(status);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        None
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[allow(dead_code, reason = "not every test binary calls the admin routes")]
/// One plain HTTP/1.1 exchange with the server, with the admin token it was started with;
/// returns the body of a 200 response.
pub fn http(server: &Server, method: &str, path: &str, body: &str) -> String {
    let (status, body) = exchange(server, method, path, server.admin_token.as_deref(), body);
    assert_eq!(status, 200, "{body}");
    body
}

#[allow(dead_code, reason = "not every test binary calls the admin routes")]
/// One plain HTTP/1.1 exchange with the server, with `Authorization: Bearer TOKEN` when a
/// token is given; returns the status and the body.
pub fn exchange(
    server: &Server,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> (u16, String) {
    let authority = server.url.trim_start_matches("http://");
    let authorization = token
        .map(|token| format!("Authorization: Bearer {token}\r\n"))
        .unwrap_or_default();
    let mut stream = TcpStream::connect(authority).expect("answer");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {authority}\r\n{authorization}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("answer");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("answer");
    let (head, body) = response.split_once("\r\n\r\n").expect("answer");
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    (status, body.to_owned())
}

#[allow(dead_code, reason = "not every test binary reads JSON answers")]
/// The string value of `"key": "value"` in a flat JSON object.
pub fn json_field(json: &str, key: &str) -> String {
    let start = json.find(&format!("\"{key}\":\"")).expect("answer") + key.len() + 4;
    let rest = &json[start..];
    rest[..rest.find('"').expect("answer")].to_owned()
}
