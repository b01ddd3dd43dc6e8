//! Requests for services gatehouse does not serve, answered in the sender's own protocol.
//!
//! gatehouse's endpoint speaks the AWS query protocol of STS and IAM, and AWS JSON 1.1 for
//! Organizations (whose requests `crate::organizations` takes first). A client pointed at it
//! for another service (a DynamoDB or Lambda SDK, `aws s3 ls`) would get an STS-namespaced XML
//! error its SDK cannot parse. Such a request is recognised by what only other protocols send
//! (`X-Amz-Target` for the AWS JSON protocols) or by the service its signature is scoped to,
//! and answered in that protocol with an error naming the problem:
//!
//! - AWS JSON 1.0/1.1 (`X-Amz-Target`): 400 `UnknownOperationException`, what AWS's JSON
//!   services answer for a target they do not have, as `{"__type", "message"}`. Recorded
//!   answers of AWS carry only `__type` (CloudWatch Logs: `{"__type":"UnknownOperationException"}`,
//!   aws/aws-sdk-net issue 1536, 2020; DynamoDB, with a `com.amazon.coral.service#` prefix, in
//!   the dynalite tests run against AWS); gatehouse adds a `message` on purpose, saying which
//!   service it does not serve, since the client was pointed at the wrong emulator;
//! - REST-XML (S3): 501 `NotImplemented` as S3's `<Error>` document;
//! - REST-JSON (every other service signed for): 400 `UnknownOperationException` with the
//!   `x-amzn-ErrorType` header those SDKs read.
//!
//! Query-protocol requests (with an `Action`) are left to the endpoint: its XML errors are the
//! query protocol's, which those SDKs parse.

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use gatehouse_sigv4::HttpRequest;

/// The protocol a foreign request was sent in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Foreign {
    /// AWS JSON 1.0 or 1.1: the operation is in `X-Amz-Target`.
    AwsJson {
        /// The `X-Amz-Target` value (`DynamoDB_20120810.ListTables`).
        target: String,
        /// The request's content type, echoed in the answer.
        content_type: String,
    },
    /// REST-XML: Amazon S3 and its variants.
    RestXml {
        /// The service the request is signed for.
        service: String,
    },
    /// REST-JSON: any other service the request is signed for.
    RestJson {
        /// The service the request is signed for.
        service: String,
    },
}

impl Foreign {
    /// The error code the answer carries.
    pub fn code(&self) -> &'static str {
        match self {
            Foreign::AwsJson { .. } | Foreign::RestJson { .. } => "UnknownOperationException",
            Foreign::RestXml { .. } => "NotImplemented",
        }
    }
}

/// The services gatehouse answers on its endpoint.
const SERVED: [&str; 2] = ["sts", "iam"];

/// What a request is, if it is for a service gatehouse does not serve.
#[must_use]
pub fn classify(request: &HttpRequest<'_>, has_action: bool) -> Option<Foreign> {
    let header = |name: &str| {
        request
            .headers
            .get(name)
            .and_then(|value| value.to_str().ok())
    };
    if let Some(target) = header("x-amz-target") {
        let content_type = header("content-type")
            .filter(|value| value.starts_with("application/x-amz-json-"))
            .unwrap_or("application/x-amz-json-1.1");
        return Some(Foreign::AwsJson {
            target: target.to_owned(),
            content_type: content_type.to_owned(),
        });
    }
    if has_action {
        return None;
    }
    // The scope's service, read by the SigV4 parser; a request whose signature it cannot read
    // is left to the endpoint, which names the problem.
    let service = gatehouse_sigv4::parse(request).ok().flatten()?.service;
    if SERVED.contains(&service.as_str()) {
        return None;
    }
    Some(
        if service == "s3" || service.starts_with("s3-") || service == "s3express" {
            Foreign::RestXml { service }
        } else {
            Foreign::RestJson { service }
        },
    )
}

fn message(what: &str) -> String {
    format!(
        "gatehouse serves STS, IAM and Organizations on this endpoint; it does not serve {what}. \
         Point this client at the service's own endpoint."
    )
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn json_body(code: &str, message: &str) -> String {
    let mut body = serde_json::Map::new();
    body.insert("__type".to_owned(), code.into());
    body.insert("message".to_owned(), message.into());
    serde_json::Value::Object(body).to_string()
}

/// The answer to a foreign request, in its protocol.
#[must_use]
pub fn answer(foreign: &Foreign, request_id: &str) -> Response {
    let code = foreign.code();
    let (status, content_type, body) = match foreign {
        Foreign::AwsJson {
            target,
            content_type,
        } => (
            StatusCode::BAD_REQUEST,
            content_type.clone(),
            json_body(code, &message(&format!("the operation {target}"))),
        ),
        Foreign::RestJson { service } => (
            StatusCode::BAD_REQUEST,
            "application/json".to_owned(),
            json_body(code, &message(&format!("the service {service}"))),
        ),
        Foreign::RestXml { service } => (
            StatusCode::NOT_IMPLEMENTED,
            "application/xml".to_owned(),
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{code}</Code>\
                 <Message>{}</Message><RequestId>{}</RequestId></Error>",
                escape_xml(&message(&format!("the service {service}"))),
                escape_xml(request_id),
            ),
        ),
    };
    let mut response = (status, body).into_response();
    let headers: &mut HeaderMap = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert("x-amzn-errortype", HeaderValue::from_static(code));
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", value.clone());
        headers.insert("x-amz-request-id", value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request<'a>(headers: &'a HeaderMap, query: &'a str) -> HttpRequest<'a> {
        HttpRequest {
            method: "POST",
            path: "/",
            query,
            headers,
            body: b"",
        }
    }

    fn signed_for(service: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::AUTHORIZATION,
            HeaderValue::from_str(&format!(
                "AWS4-HMAC-SHA256 Credential=AKID/20250101/us-east-1/{service}/aws4_request, \
                 SignedHeaders=host;x-amz-date, Signature=00"
            ))
            .unwrap(),
        );
        headers.insert("x-amz-date", HeaderValue::from_static("20250101T000000Z"));
        headers
    }

    #[test]
    fn tells_protocols_apart() {
        let mut json = signed_for("dynamodb");
        json.insert(
            "x-amz-target",
            HeaderValue::from_static("DynamoDB_20120810.ListTables"),
        );
        json.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-amz-json-1.0"),
        );
        assert_eq!(
            classify(&request(&json, ""), false),
            Some(Foreign::AwsJson {
                target: "DynamoDB_20120810.ListTables".into(),
                content_type: "application/x-amz-json-1.0".into()
            })
        );
        let s3 = signed_for("s3");
        assert_eq!(
            classify(&request(&s3, ""), false),
            Some(Foreign::RestXml {
                service: "s3".into()
            })
        );
        let lambda = signed_for("lambda");
        assert_eq!(
            classify(&request(&lambda, ""), false),
            Some(Foreign::RestJson {
                service: "lambda".into()
            })
        );
        // STS and IAM, query-protocol requests and unsigned ones stay with the endpoint.
        assert_eq!(classify(&request(&signed_for("sts"), ""), false), None);
        assert_eq!(classify(&request(&signed_for("sns"), ""), true), None);
        assert_eq!(classify(&request(&HeaderMap::new(), ""), false), None);
        let presigned = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKID%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=60&X-Amz-SignedHeaders=host&X-Amz-Signature=00";
        assert_eq!(
            classify(&request(&HeaderMap::new(), presigned), false),
            Some(Foreign::RestXml {
                service: "s3".into()
            })
        );
    }

    #[test]
    fn answers_in_the_senders_protocol() {
        let json = answer(
            &Foreign::AwsJson {
                target: "DynamoDB_20120810.ListTables".into(),
                content_type: "application/x-amz-json-1.0".into(),
            },
            "id",
        );
        assert_eq!(json.status(), StatusCode::BAD_REQUEST);
        assert_eq!(json.headers()["content-type"], "application/x-amz-json-1.0");
        assert_eq!(
            json.headers()["x-amzn-errortype"],
            "UnknownOperationException"
        );
        let xml = answer(
            &Foreign::RestXml {
                service: "s3".into(),
            },
            "id",
        );
        assert_eq!(xml.status(), StatusCode::NOT_IMPLEMENTED);
        assert_eq!(xml.headers()["x-amz-request-id"], "id");
    }
}
