//! Outbound web identity federation through the AWS SDK for Rust: IAM switches the feature,
//! STS GetWebIdentityToken mints a JWT whose issuer gatehouse serves.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "a bad response fails the test loudly"
)]

use std::io::{Read, Write};
use std::net::TcpStream;

use crate::common::Server;
use aws_sdk_sts::error::ProvideErrorMetadata;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

/// One plain HTTP/1.1 GET; returns the status line and the body.
fn get(server: &Server, path: &str) -> (String, String) {
    let authority = server.url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(authority).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    (head.lines().next().unwrap().to_owned(), body.to_owned())
}

fn part(token: &str, index: usize) -> Value {
    let segment = token.split('.').nth(index).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(segment).unwrap()).unwrap()
}

#[tokio::test]
async fn enable_then_mint_a_token_the_issuer_publishes_keys_for() {
    let server = Server::start(&[]);
    let iam = server.iam("test", "test", None);
    let sts = server.sts("test", "test", None);
    let issuer = format!("{}/_gatehouse/outbound/000000000000", server.url);

    let disabled = sts
        .get_web_identity_token()
        .audience("https://api.example.com")
        .signing_algorithm("ES384")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        disabled.code(),
        Some("OutboundWebIdentityFederationDisabledException")
    );
    assert!(
        disabled
            .into_service_error()
            .is_outbound_web_identity_federation_disabled_exception()
    );

    let enabled = iam
        .enable_outbound_web_identity_federation()
        .send()
        .await
        .unwrap();
    assert_eq!(enabled.issuer_identifier(), Some(issuer.as_str()));
    let again = iam
        .enable_outbound_web_identity_federation()
        .send()
        .await
        .unwrap_err();
    assert!(again.into_service_error().is_feature_enabled_exception());

    let out = sts
        .get_web_identity_token()
        .audience("https://api.example.com")
        .signing_algorithm("RS256")
        .duration_seconds(600)
        .send()
        .await
        .unwrap();
    let token = out.web_identity_token().unwrap();
    let header = part(token, 0);
    let claims = part(token, 1);
    assert_eq!(header["alg"], "RS256");
    assert_eq!(claims["iss"], issuer.as_str());
    assert_eq!(claims["sub"], "arn:aws:iam::000000000000:root");
    assert_eq!(claims["aud"], "https://api.example.com");
    assert_eq!(
        claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
        600
    );
    assert_eq!(
        out.expiration().unwrap().secs(),
        claims["exp"].as_i64().unwrap()
    );

    let (status, body) = get(
        &server,
        "/_gatehouse/outbound/000000000000/.well-known/jwks.json",
    );
    assert!(status.contains("200"), "{status}");
    let jwks: Value = serde_json::from_str(&body).unwrap();
    let kids: Vec<&str> = jwks["keys"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["kid"].as_str().unwrap())
        .collect();
    assert!(kids.contains(&header["kid"].as_str().unwrap()), "{kids:?}");

    let info = iam
        .get_outbound_web_identity_federation_info()
        .send()
        .await
        .unwrap();
    assert!(info.jwt_vending_enabled());
    assert_eq!(info.issuer_identifier(), Some(issuer.as_str()));

    iam.disable_outbound_web_identity_federation()
        .send()
        .await
        .unwrap();
    let info = iam
        .get_outbound_web_identity_federation_info()
        .send()
        .await
        .unwrap();
    assert!(!info.jwt_vending_enabled());
    let twice = iam
        .disable_outbound_web_identity_federation()
        .send()
        .await
        .unwrap_err();
    assert!(twice.into_service_error().is_feature_disabled_exception());
}
