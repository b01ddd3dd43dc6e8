//! Encoding of outputs and errors as AWS's XML (and, for STS, JSON), straight into one buffer.

use base64::Engine as _;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC};
use time::{
    OffsetDateTime, UtcOffset, format_description::BorrowedFormatItem, macros::format_description,
};

use crate::{Api, AwsError};

/// The response body format the client asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResponseFormat {
    /// `text/xml`, the query protocol's format.
    #[default]
    Xml,
    /// `application/json`, which STS answers with when the client sends `Accept: application/json`.
    Json,
}

/// An encoded response: HTTP status, content type and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Encoded {
    /// The HTTP status code.
    pub status: u16,
    /// The `Content-Type` header value.
    pub content_type: &'static str,
    /// The body bytes.
    pub body: Vec<u8>,
}

const XML_CONTENT_TYPE: &str = "text/xml";
const JSON_CONTENT_TYPE: &str = "application/json";
/// The content type of the AWS JSON 1.1 protocol, requests and responses alike.
pub const AWS_JSON_CONTENT_TYPE: &str = "application/x-amz-json-1.1";

/// ISO-8601 UTC with seconds precision and `Z`, e.g. `2026-11-22T10:00:00Z`.
const TIMESTAMP_FORMAT: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

/// What IAM percent-encodes in policy documents: everything but `A-Z a-z 0-9 - _ . ~`.
const POLICY_DOCUMENT_SET: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A structure that writes its members as XML elements.
pub trait XmlBody {
    /// Writes the members (not the enclosing element).
    fn write_xml(&self, w: &mut XmlWriter);
}

/// A structure that writes its members as JSON object fields.
pub trait JsonBody {
    /// Writes the members (not the enclosing braces).
    fn write_json(&self, w: &mut JsonWriter);
}

/// Writes XML elements into a byte buffer.
#[derive(Debug, Default)]
pub struct XmlWriter {
    buf: Vec<u8>,
}

impl XmlWriter {
    /// Opens `<name>`.
    pub fn open(&mut self, name: &str) {
        self.buf.push(b'<');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b'>');
    }

    /// Closes `</name>`.
    pub fn close(&mut self, name: &str) {
        self.buf.extend_from_slice(b"</");
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b'>');
    }

    /// `<name>text</name>` with the text XML-escaped.
    pub fn text(&mut self, name: &str, text: &str) {
        self.open(name);
        escape_xml(&mut self.buf, text);
        self.close(name);
    }

    /// `<name>n</name>`.
    pub fn integer(&mut self, name: &str, value: i64) {
        self.text(name, &value.to_string());
    }

    /// `<name>true|false</name>`.
    pub fn boolean(&mut self, name: &str, value: bool) {
        self.text(name, if value { "true" } else { "false" });
    }

    /// `<name>2026-11-22T10:00:00Z</name>`.
    pub fn timestamp(&mut self, name: &str, value: &OffsetDateTime) {
        self.open(name);
        write_timestamp(&mut self.buf, value);
        self.close(name);
    }

    /// `<name>base64</name>`.
    pub fn blob(&mut self, name: &str, value: &[u8]) {
        self.text(
            name,
            &base64::engine::general_purpose::STANDARD.encode(value),
        );
    }

    /// `<name>%7B%22Version…</name>`: a policy document URL-encoded as IAM returns it.
    pub fn policy_document(&mut self, name: &str, document: &str) {
        let encoded =
            percent_encoding::utf8_percent_encode(document, POLICY_DOCUMENT_SET).to_string();
        self.text(name, &encoded);
    }

    /// The bytes written so far.
    pub fn into_bytes(self) -> Vec<u8> {
        self.buf
    }
}

/// Writes a JSON object's fields into a byte buffer.
#[derive(Debug, Default)]
pub struct JsonWriter {
    buf: Vec<u8>,
    needs_comma: bool,
}

impl JsonWriter {
    fn key(&mut self, name: &str) {
        if self.needs_comma {
            self.buf.push(b',');
        }
        escape_json(&mut self.buf, name);
        self.buf.push(b':');
        self.needs_comma = true;
    }

    /// Opens the field `name` holding an object.
    pub fn open(&mut self, name: &str) {
        self.key(name);
        self.buf.push(b'{');
        self.needs_comma = false;
    }

    /// Closes the innermost object.
    pub fn close(&mut self) {
        self.buf.push(b'}');
        self.needs_comma = true;
    }

    /// Opens the field `name` holding an array.
    pub fn open_list(&mut self, name: &str) {
        self.key(name);
        self.buf.push(b'[');
        self.needs_comma = false;
    }

    /// Closes the innermost array.
    pub fn close_list(&mut self) {
        self.buf.push(b']');
        self.needs_comma = true;
    }

    /// Opens an object that is an element of the innermost array; [`JsonWriter::close`] ends it.
    pub fn open_item(&mut self) {
        if self.needs_comma {
            self.buf.push(b',');
        }
        self.buf.push(b'{');
        self.needs_comma = false;
    }

    /// A string that is an element of the innermost array.
    pub fn item_text(&mut self, value: &str) {
        if self.needs_comma {
            self.buf.push(b',');
        }
        escape_json(&mut self.buf, value);
        self.needs_comma = true;
    }

    /// A string field.
    pub fn text(&mut self, name: &str, value: &str) {
        self.key(name);
        escape_json(&mut self.buf, value);
    }

    /// A number field.
    pub fn integer(&mut self, name: &str, value: i64) {
        self.key(name);
        self.buf.extend_from_slice(value.to_string().as_bytes());
    }

    /// A boolean field.
    pub fn boolean(&mut self, name: &str, value: bool) {
        self.key(name);
        self.buf
            .extend_from_slice(if value { b"true" } else { b"false" });
    }

    /// A timestamp field as epoch seconds.
    pub fn timestamp(&mut self, name: &str, value: &OffsetDateTime) {
        self.integer(name, value.unix_timestamp());
    }
}

/// A success envelope in XML: `<OpResponse xmlns=…><OpResult>…</OpResult><ResponseMetadata>…`;
/// without `OpResult` when the operation has no output.
pub fn xml_response(
    service: Api,
    operation: &str,
    request_id: &str,
    body: Option<&dyn XmlBody>,
) -> Encoded {
    let mut w = XmlWriter {
        buf: Vec::with_capacity(2048),
    };
    open_root(&mut w, &format!("{operation}Response"), service);
    if let Some(body) = body {
        let result = format!("{operation}Result");
        w.open(&result);
        body.write_xml(&mut w);
        w.close(&result);
    }
    w.open("ResponseMetadata");
    w.text("RequestId", request_id);
    w.close("ResponseMetadata");
    w.close(&format!("{operation}Response"));
    Encoded {
        status: 200,
        content_type: XML_CONTENT_TYPE,
        body: w.buf,
    }
}

/// A success envelope in JSON: `{"OpResponse":{"OpResult":{…},"ResponseMetadata":{"RequestId":…}}}`.
pub fn json_response(operation: &str, request_id: &str, body: Option<&dyn JsonBody>) -> Encoded {
    let mut w = JsonWriter {
        buf: Vec::with_capacity(256),
        needs_comma: false,
    };
    w.buf.push(b'{');
    w.open(&format!("{operation}Response"));
    if let Some(body) = body {
        w.open(&format!("{operation}Result"));
        body.write_json(&mut w);
        w.close();
    }
    w.open("ResponseMetadata");
    w.text("RequestId", request_id);
    w.close();
    w.close();
    w.buf.push(b'}');
    Encoded {
        status: 200,
        content_type: JSON_CONTENT_TYPE,
        body: w.buf,
    }
}

/// An AWS JSON 1.1 answer: the output's members as one JSON object (`{}` without an output),
/// with no envelope.
pub fn aws_json_response(body: Option<&dyn JsonBody>) -> Encoded {
    let mut w = JsonWriter {
        buf: Vec::with_capacity(512),
        needs_comma: false,
    };
    w.buf.push(b'{');
    if let Some(body) = body {
        body.write_json(&mut w);
    }
    w.buf.push(b'}');
    Encoded {
        status: 200,
        content_type: AWS_JSON_CONTENT_TYPE,
        body: w.buf,
    }
}

/// The wire code of `code` in the AWS JSON protocols, where the errors every query service
/// answers have names of their own: an unknown access key is `UnrecognizedClientException`,
/// a bad signature `InvalidSignatureException`, a missing one
/// `MissingAuthenticationTokenException`, an expired session token `ExpiredTokenException`
/// and a denied call `AccessDeniedException` (the common errors of AWS's JSON services, e.g.
/// DynamoDB's "Common Errors" and AWS Organizations' `AccessDeniedException`).
fn aws_json_code(code: &str) -> &str {
    match code {
        "InvalidClientTokenId" => "UnrecognizedClientException",
        "SignatureDoesNotMatch" => "InvalidSignatureException",
        "MissingAuthenticationToken" => "MissingAuthenticationTokenException",
        "ExpiredToken" => "ExpiredTokenException",
        "AccessDenied" => "AccessDeniedException",
        other => other,
    }
}

/// An error in the AWS JSON 1.1 protocol: `{"__type":"Code","Message":"…"}`. botocore reads
/// the code from `__type` (after any `namespace#`) and the message from `message` or
/// `Message`; the models' error structures name the member `Message`, so it is written so.
pub fn encode_aws_json_error(err: &AwsError) -> Encoded {
    let mut w = JsonWriter {
        buf: Vec::with_capacity(256),
        needs_comma: false,
    };
    w.buf.push(b'{');
    w.text("__type", aws_json_code(&err.code));
    w.text("Message", &err.message);
    w.buf.push(b'}');
    Encoded {
        status: err.status,
        content_type: AWS_JSON_CONTENT_TYPE,
        body: w.buf,
    }
}

/// The error envelope: `<ErrorResponse xmlns=…><Error><Type/><Code/><Message/></Error><RequestId/>`,
/// or for STS in JSON mode `{"Error":{"Code":…,"Message":…,"Type":…},"RequestId":…}`.
/// IAM has no JSON mode and always answers in XML. An error AWS sends without a message (an
/// empty `message`, e.g. IAM's `ReportNotPresent`) has no `Message`: SDKs then show their word
/// for none (boto3 "Unknown"), where an empty element would read as an empty or null message.
pub fn encode_error(
    service: Api,
    err: &AwsError,
    request_id: &str,
    format: ResponseFormat,
) -> Encoded {
    if format == ResponseFormat::Json && service == Api::Sts {
        let mut w = JsonWriter {
            buf: Vec::with_capacity(256),
            needs_comma: false,
        };
        w.buf.push(b'{');
        w.open("Error");
        w.text("Code", &err.code);
        if !err.message.is_empty() {
            w.text("Message", &err.message);
        }
        w.text("Type", err.fault());
        w.close();
        w.text("RequestId", request_id);
        w.buf.push(b'}');
        return Encoded {
            status: err.status,
            content_type: JSON_CONTENT_TYPE,
            body: w.buf,
        };
    }
    let mut w = XmlWriter {
        buf: Vec::with_capacity(384),
    };
    open_root(&mut w, "ErrorResponse", service);
    w.open("Error");
    w.text("Type", err.fault());
    w.text("Code", &err.code);
    if !err.message.is_empty() {
        w.text("Message", &err.message);
    }
    w.close("Error");
    w.text("RequestId", request_id);
    w.close("ErrorResponse");
    Encoded {
        status: err.status,
        content_type: XML_CONTENT_TYPE,
        body: w.buf,
    }
}

fn open_root(w: &mut XmlWriter, name: &str, service: Api) {
    w.buf.push(b'<');
    w.buf.extend_from_slice(name.as_bytes());
    w.buf.extend_from_slice(b" xmlns=\"");
    w.buf.extend_from_slice(service.namespace().as_bytes());
    w.buf.extend_from_slice(b"\">");
}

fn write_timestamp(buf: &mut Vec<u8>, value: &OffsetDateTime) {
    let utc = value.to_offset(UtcOffset::UTC);
    if utc.format_into(buf, TIMESTAMP_FORMAT).is_err() {
        // Years outside 0..=9999 cannot be written in this form; fall back to epoch seconds.
        buf.extend_from_slice(utc.unix_timestamp().to_string().as_bytes());
    }
}

/// The bytes XML text must escape, as a bit set over 0..64 (all of them are below 64), so a run
/// of plain bytes is found with a shift and a mask per byte.
const XML_SPECIAL: u64 = 1 << b'&' | 1 << b'<' | 1 << b'>' | 1 << b'"' | 1 << b'\'' | 1 << b'\r';

fn is_xml_special(byte: u8) -> bool {
    XML_SPECIAL
        .checked_shr(u32::from(byte))
        .is_some_and(|bits| bits & 1 == 1)
}

fn escape_xml(buf: &mut Vec<u8>, text: &str) {
    let mut rest = text.as_bytes();
    // Runs of bytes that need no escaping are copied whole.
    while let Some(at) = rest.iter().position(|&byte| is_xml_special(byte)) {
        let (plain, tail) = rest.split_at(at);
        buf.extend_from_slice(plain);
        let Some((&special, tail)) = tail.split_first() else {
            return;
        };
        buf.extend_from_slice(match special {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&apos;",
            _ => b"&#xD;",
        });
        rest = tail;
    }
    buf.extend_from_slice(rest);
}

fn escape_json(buf: &mut Vec<u8>, text: &str) {
    buf.push(b'"');
    for byte in text.bytes() {
        match byte {
            b'"' => buf.extend_from_slice(b"\\\""),
            b'\\' => buf.extend_from_slice(b"\\\\"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            0..=0x1f => buf.extend_from_slice(format!("\\u{byte:04x}").as_bytes()),
            _ => buf.push(byte),
        }
    }
    buf.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Listed;

    impl JsonBody for Listed {
        fn write_json(&self, w: &mut JsonWriter) {
            w.text("Id", "o-a\"b");
            w.boolean("On", true);
            w.open_list("Paths");
            w.item_text("o-x/");
            w.close_list();
        }
    }

    #[test]
    fn aws_json_answers_are_bare_objects() {
        let encoded = aws_json_response(Some(&Listed));
        assert_eq!(
            (encoded.status, encoded.content_type),
            (200, "application/x-amz-json-1.1")
        );
        assert_eq!(
            String::from_utf8(encoded.body).unwrap(),
            r#"{"Id":"o-a\"b","On":true,"Paths":["o-x/"]}"#
        );
        assert_eq!(aws_json_response(None).body, b"{}");
    }

    #[test]
    fn aws_json_errors_carry_type_and_message_and_json_names() {
        let err = AwsError::new("AccountNotFoundException", 400, "gone");
        let encoded = encode_aws_json_error(&err);
        assert_eq!(encoded.content_type, "application/x-amz-json-1.1");
        assert_eq!(
            String::from_utf8(encoded.body).unwrap(),
            r#"{"__type":"AccountNotFoundException","Message":"gone"}"#
        );
        // The query protocols' common errors take the JSON services' names.
        for (query, json) in [
            ("InvalidClientTokenId", "UnrecognizedClientException"),
            ("SignatureDoesNotMatch", "InvalidSignatureException"),
            ("AccessDenied", "AccessDeniedException"),
            ("ExpiredToken", "ExpiredTokenException"),
        ] {
            let encoded = encode_aws_json_error(&AwsError::new(query, 403, "m"));
            let body = String::from_utf8(encoded.body).unwrap();
            assert!(
                body.starts_with(&format!(r#"{{"__type":"{json}""#)),
                "{body}"
            );
            assert_eq!(encoded.status, 403);
        }
    }
    use proptest::prelude::*;
    use time::macros::datetime;

    fn body(e: &Encoded) -> &str {
        std::str::from_utf8(&e.body).unwrap_or("<not utf-8>")
    }

    proptest! {
        #[test]
        fn xml_escaping_matches_a_character_by_character_reference(text in any::<String>()) {
            let mut escaped = Vec::new();
            escape_xml(&mut escaped, &text);
            let reference: String = text
                .chars()
                .map(|c| match c {
                    '&' => "&amp;".to_owned(),
                    '<' => "&lt;".to_owned(),
                    '>' => "&gt;".to_owned(),
                    '"' => "&quot;".to_owned(),
                    '\'' => "&apos;".to_owned(),
                    '\r' => "&#xD;".to_owned(),
                    other => other.to_string(),
                })
                .collect();
            prop_assert_eq!(escaped, reference.into_bytes());
        }
    }

    #[test]
    fn xml_error_envelope() {
        let err = AwsError::new("NoSuchEntity", 404, "The role with name x cannot be found.");
        let e = encode_error(Api::Iam, &err, "req-1", ResponseFormat::Xml);
        assert_eq!(e.status, 404);
        assert_eq!(e.content_type, "text/xml");
        assert_eq!(
            body(&e),
            "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>\
             <Code>NoSuchEntity</Code><Message>The role with name x cannot be found.</Message></Error>\
             <RequestId>req-1</RequestId></ErrorResponse>"
        );
    }

    /// AWS's `ReportNotPresent` has no message: boto3 shows "Unknown" for it
    /// (prowler-cloud/prowler#272), its word for an absent `Message`.
    #[test]
    fn an_error_without_a_message_has_no_message_element() {
        let err = AwsError::new("ReportNotPresent", 410, "");
        let e = encode_error(Api::Iam, &err, "req-1", ResponseFormat::Xml);
        assert_eq!(
            body(&e),
            "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>Sender</Type>\
             <Code>ReportNotPresent</Code></Error><RequestId>req-1</RequestId></ErrorResponse>"
        );
        let e = encode_error(Api::Sts, &err, "r", ResponseFormat::Json);
        assert_eq!(
            body(&e),
            r#"{"Error":{"Code":"ReportNotPresent","Type":"Sender"},"RequestId":"r"}"#
        );
    }

    #[test]
    fn json_error_envelope_sts_only() {
        let err = AwsError::new(
            "AccessDenied",
            403,
            "Roles may not be assumed by root accounts.",
        );
        let e = encode_error(Api::Sts, &err, "r", ResponseFormat::Json);
        assert_eq!(e.content_type, "application/json");
        assert_eq!(
            body(&e),
            r#"{"Error":{"Code":"AccessDenied","Message":"Roles may not be assumed by root accounts.","Type":"Sender"},"RequestId":"r"}"#
        );
        let iam = encode_error(Api::Iam, &err, "r", ResponseFormat::Json);
        assert_eq!(iam.content_type, "text/xml");
    }

    #[test]
    fn receiver_fault_for_5xx() {
        let err = AwsError::new("ServiceFailure", 500, "x");
        let e = encode_error(Api::Iam, &err, "r", ResponseFormat::Xml);
        assert!(body(&e).contains("<Type>Receiver</Type>"));
    }

    #[test]
    fn empty_output_envelope() {
        let e = xml_response(Api::Iam, "DeleteRole", "id", None);
        assert_eq!(
            body(&e),
            "<DeleteRoleResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><ResponseMetadata>\
             <RequestId>id</RequestId></ResponseMetadata></DeleteRoleResponse>"
        );
    }

    #[test]
    fn escaping_and_scalars() {
        let mut w = XmlWriter::default();
        w.text("M", "a<b>&\"c'\r");
        w.timestamp("T", &datetime!(2026-11-22 11:00:00.789 +01:00));
        w.blob("B", b"hi");
        w.boolean("F", false);
        w.integer("N", -3);
        w.policy_document("P", "{\"a\": \"b*\"}");
        assert_eq!(
            String::from_utf8(w.into_bytes()).unwrap_or_default(),
            "<M>a&lt;b&gt;&amp;&quot;c&apos;&#xD;</M><T>2026-11-22T10:00:00Z</T><B>aGk=</B><F>false</F><N>-3</N>\
             <P>%7B%22a%22%3A%20%22b%2A%22%7D</P>"
        );
    }

    #[test]
    fn json_escaping() {
        let mut buf = Vec::new();
        escape_json(&mut buf, "a\"\\\n\u{1}é");
        assert_eq!(
            String::from_utf8(buf).unwrap_or_default(),
            "\"a\\\"\\\\\\n\\u0001é\""
        );
    }
}
