//! The botocore service model (`service-2.json`), read into types.
//!
//! Only what the generator uses is read; every other key (documentation, deprecation notes,
//! endpoint rules) is ignored. A shape of a type the generator does not know reads as
//! [`Shape::Unsupported`], refused only if an operation reaches it.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};

/// A whole service model.
#[derive(Debug, Deserialize)]
pub struct ServiceModel {
    /// What the service is and how it is called.
    pub metadata: Metadata,
    /// The operations, by name (sorted).
    pub operations: BTreeMap<String, Operation>,
    /// The shapes, by name (sorted).
    pub shapes: BTreeMap<String, Shape>,
}

/// The model's `metadata`.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata {
    /// The API version the `Version` parameter carries: `2011-06-15`.
    pub api_version: String,
    /// The wire protocol: `query` (STS, IAM) or `json` (AWS JSON, Organizations).
    pub protocol: String,
    /// The `X-Amz-Target` prefix of an AWS JSON service: `AWSOrganizationsV20161128`.
    pub target_prefix: Option<String>,
    /// The AWS JSON protocol's version, `1.0` or `1.1`, for an AWS JSON service.
    pub json_version: Option<String>,
    /// The endpoint prefix and signing name: `sts`, `iam`.
    pub endpoint_prefix: String,
    /// The service's full name: `AWS Security Token Service`.
    pub service_full_name: String,
}

/// One operation.
#[derive(Debug, Deserialize)]
pub struct Operation {
    /// The input structure, if the operation takes one.
    pub input: Option<ShapeRef>,
    /// The output structure, if the operation answers one.
    pub output: Option<OutputRef>,
    /// The error shapes the operation declares.
    #[serde(default)]
    pub errors: Vec<ShapeRef>,
    /// `none` for an operation called without signing (the older trait).
    pub authtype: Option<String>,
    /// The auth schemes, `smithy.api#noAuth` for an operation called without signing.
    #[serde(default)]
    pub auth: Vec<String>,
}

impl Operation {
    /// Whether the operation is called without signing.
    pub fn unsigned(&self) -> bool {
        self.authtype.as_deref() == Some("none")
            || self.auth.iter().any(|scheme| scheme == "smithy.api#noAuth")
    }
}

/// A reference to a shape by name.
#[derive(Debug, Deserialize)]
pub struct ShapeRef {
    /// The shape's name.
    pub shape: String,
}

/// An operation's output: its shape and the element the query protocol wraps it in.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutputRef {
    /// The shape's name.
    pub shape: String,
    /// The wrapping element, `{Operation}Result` in the query protocol.
    pub result_wrapper: Option<String>,
}

/// The wire protocols the generator writes code for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// The AWS query protocol: form parameters in, XML (or STS's JSON) out.
    Query,
    /// The AWS JSON 1.1 protocol: a JSON object in and out, the operation in `X-Amz-Target`.
    AwsJson11,
}

impl Metadata {
    /// The protocol of the model, if the generator writes code for it.
    pub fn wire_protocol(&self) -> Option<Protocol> {
        match (self.protocol.as_str(), self.json_version.as_deref()) {
            ("query", _) => Some(Protocol::Query),
            ("json", Some("1.1")) if self.target_prefix.is_some() => Some(Protocol::AwsJson11),
            _ => None,
        }
    }
}

/// A structure member, or a list's member, or a map's key or value: the shape it holds and
/// the serialisation traits it carries.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberRef {
    /// The shape's name.
    pub shape: String,
    /// A wire name other than the member's.
    pub location_name: Option<String>,
    /// An XML element name other than the member's.
    pub xml_name: Option<String>,
    /// A list or map written without its wrapping element.
    pub flattened: Option<bool>,
    /// A member written as an XML attribute.
    pub xml_attribute: Option<bool>,
    /// An XML namespace of the member's own.
    pub xml_namespace: Option<XmlNamespace>,
}

impl MemberRef {
    /// The first serialisation trait the generator does not implement, if the member carries
    /// one: a model using one on a reachable shape is refused rather than mis-encoded.
    pub fn unsupported_trait(&self) -> Option<&'static str> {
        [
            ("flattened", self.flattened.is_some()),
            ("locationName", self.location_name.is_some()),
            ("xmlName", self.xml_name.is_some()),
            ("xmlAttribute", self.xml_attribute.is_some()),
            ("xmlNamespace", self.xml_namespace.is_some()),
        ]
        .into_iter()
        .find_map(|(name, present)| present.then_some(name))
    }
}

/// The `xmlNamespace` trait.
#[derive(Debug, Deserialize)]
pub struct XmlNamespace {
    /// The namespace URI.
    pub uri: String,
}

/// A shape, by its `type`.
#[derive(Debug, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Shape {
    /// A structure (inputs, outputs, nested records, errors).
    Structure(StructureShape),
    /// A list.
    List(ListShape),
    /// A map.
    Map(MapShape),
    /// A string, possibly an enumeration.
    String(StringShape),
    /// A 32-bit integer.
    Integer(NumberShape),
    /// A 64-bit integer.
    Long(NumberShape),
    /// A boolean.
    Boolean(PlainShape),
    /// A point in time.
    Timestamp(PlainShape),
    /// Bytes (base64 on the wire).
    Blob(PlainShape),
    /// Any other type (`double`, `float`, …): the generator supports none.
    #[serde(other)]
    Unsupported,
}

impl Shape {
    /// The model's name for the shape's type.
    pub fn kind(&self) -> &'static str {
        match self {
            Shape::Structure(_) => "structure",
            Shape::List(_) => "list",
            Shape::Map(_) => "map",
            Shape::String(_) => "string",
            Shape::Integer(_) => "integer",
            Shape::Long(_) => "long",
            Shape::Boolean(_) => "boolean",
            Shape::Timestamp(_) => "timestamp",
            Shape::Blob(_) => "blob",
            Shape::Unsupported => "an unsupported type",
        }
    }

    /// Whether values of the shape are kept out of logs and messages.
    pub fn sensitive(&self) -> bool {
        match self {
            Shape::Structure(s) => s.sensitive,
            Shape::List(s) => s.sensitive,
            Shape::Map(s) => s.sensitive,
            Shape::String(s) => s.sensitive,
            Shape::Integer(s) | Shape::Long(s) => s.sensitive,
            Shape::Boolean(s) | Shape::Timestamp(s) | Shape::Blob(s) => s.sensitive,
            Shape::Unsupported => false,
        }
    }

    /// The string shape, if it is an enumeration.
    pub fn as_enum(&self) -> Option<&[String]> {
        match self {
            Shape::String(s) => s.values.as_deref(),
            _ => None,
        }
    }
}

/// A structure.
#[derive(Debug, Deserialize)]
pub struct StructureShape {
    /// The members, in model order.
    #[serde(default)]
    pub members: Ordered<MemberRef>,
    /// The names of the required members.
    #[serde(default)]
    pub required: Vec<String>,
    /// Whether exactly one member is to be set.
    #[serde(default)]
    pub union: bool,
    /// Whether the structure is an error.
    #[serde(default)]
    pub exception: bool,
    /// The error's wire code and status, for an error.
    pub error: Option<ErrorTrait>,
    /// Whether values are kept out of logs.
    #[serde(default)]
    pub sensitive: bool,
}

impl StructureShape {
    /// Whether `member` is required.
    pub fn is_required(&self, member: &str) -> bool {
        self.required.iter().any(|r| r == member)
    }
}

/// The `error` trait of an error structure (awsQueryError).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorTrait {
    /// The wire `Code`, when it is not the shape's name.
    pub code: Option<String>,
    /// The HTTP status.
    pub http_status_code: Option<u16>,
    /// Whether the caller is at fault (`Sender`) rather than the service (`Receiver`).
    #[serde(default)]
    pub sender_fault: bool,
}

/// A list.
#[derive(Debug, Deserialize)]
pub struct ListShape {
    /// The elements' shape.
    pub member: MemberRef,
    /// The fewest elements allowed.
    pub min: Option<i64>,
    /// The most elements allowed.
    pub max: Option<i64>,
    /// Whether the list is written without its wrapping element.
    pub flattened: Option<bool>,
    /// Whether values are kept out of logs.
    #[serde(default)]
    pub sensitive: bool,
}

/// A map.
#[derive(Debug, Deserialize)]
pub struct MapShape {
    /// The keys' shape.
    pub key: MemberRef,
    /// The values' shape.
    pub value: MemberRef,
    /// The fewest entries allowed.
    pub min: Option<i64>,
    /// The most entries allowed.
    pub max: Option<i64>,
    /// Whether the map is written without its wrapping element.
    pub flattened: Option<bool>,
    /// Whether values are kept out of logs.
    #[serde(default)]
    pub sensitive: bool,
}

/// A string.
#[derive(Debug, Deserialize)]
pub struct StringShape {
    /// The allowed values, for an enumeration, in model order.
    #[serde(rename = "enum")]
    pub values: Option<Vec<String>>,
    /// The Java regular expression values must match.
    pub pattern: Option<String>,
    /// The shortest length allowed.
    pub min: Option<i64>,
    /// The longest length allowed.
    pub max: Option<i64>,
    /// Whether values are kept out of logs and validation messages.
    #[serde(default)]
    pub sensitive: bool,
}

/// An integer or a long.
#[derive(Debug, Deserialize)]
pub struct NumberShape {
    /// The smallest value allowed.
    pub min: Option<i64>,
    /// The largest value allowed.
    pub max: Option<i64>,
    /// Whether values are kept out of logs.
    #[serde(default)]
    pub sensitive: bool,
}

/// A boolean, timestamp or blob: no constraint the generator reads.
#[derive(Debug, Deserialize)]
pub struct PlainShape {
    /// Whether values are kept out of logs.
    #[serde(default)]
    pub sensitive: bool,
}

/// A JSON object read as `(key, value)` pairs in document order (structure members are
/// written and decoded in model order).
#[derive(Debug)]
pub struct Ordered<V>(pub Vec<(String, V)>);

impl<V> Default for Ordered<V> {
    fn default() -> Self {
        Self(Vec::new())
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for Ordered<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OrderedVisitor<V>(PhantomData<V>);

        impl<'de, V: Deserialize<'de>> Visitor<'de> for OrderedVisitor<V> {
            type Value = Ordered<V>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Ordered(entries))
            }
        }

        deserializer.deserialize_map(OrderedVisitor(PhantomData))
    }
}

impl ServiceModel {
    /// Reads a model from its JSON text.
    pub fn parse(text: &str) -> Result<Self, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The error shapes, in name order, as they go on the wire.
    pub fn errors(&self) -> impl Iterator<Item = ModelledError<'_>> {
        self.shapes.iter().filter_map(|(name, shape)| match shape {
            Shape::Structure(s) if s.exception => Some(ModelledError::new(name, s.error.as_ref())),
            _ => None,
        })
    }
}

/// An error shape as it goes on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelledError<'m> {
    /// The shape's name: `ServiceFailureException`.
    pub shape: &'m str,
    /// The wire `Code`: the `error` trait's `code`, else the shape's name.
    pub code: &'m str,
    /// The HTTP status: the `error` trait's `httpStatusCode`, else 400.
    pub status: u16,
    /// Whether the caller is at fault: the `error` trait's `senderFault`; a shape without
    /// an `error` trait answers 400, a client error, so the sender's.
    pub sender_fault: bool,
}

impl<'m> ModelledError<'m> {
    fn new(shape: &'m str, error: Option<&'m ErrorTrait>) -> Self {
        match error {
            Some(e) => Self {
                shape,
                code: e.code.as_deref().unwrap_or(shape),
                status: e.http_status_code.unwrap_or(400),
                sender_fault: e.sender_fault,
            },
            None => Self {
                shape,
                code: shape,
                status: 400,
                sender_fault: true,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_shapes_by_type_with_their_traits() {
        let model = ServiceModel::parse(
            r#"{
              "metadata": {"apiVersion": "2011-06-15", "protocol": "query",
                           "endpointPrefix": "sts", "serviceFullName": "X", "uid": "x"},
              "operations": {
                "Op": {"name": "Op", "input": {"shape": "In"},
                       "output": {"shape": "Out", "resultWrapper": "OpResult"},
                       "errors": [{"shape": "Oops"}], "auth": ["smithy.api#noAuth"]}
              },
              "shapes": {
                "In": {"type": "structure", "required": ["B"],
                       "members": {"B": {"shape": "s"}, "A": {"shape": "n", "documentation": "x"}}},
                "Out": {"type": "structure", "members": {}},
                "Oops": {"type": "structure", "members": {"message": {"shape": "s", "locationName": "Message"}},
                         "exception": true,
                         "error": {"code": "Oops", "httpStatusCode": 409, "senderFault": true}},
                "s": {"type": "string", "min": 1, "max": 5, "pattern": "[a-z]*", "sensitive": true},
                "e": {"type": "string", "enum": ["b", "a"]},
                "n": {"type": "integer", "min": 0},
                "l": {"type": "list", "member": {"shape": "s"}, "max": 3},
                "m": {"type": "map", "key": {"shape": "s"}, "value": {"shape": "s"}},
                "d": {"type": "double"}
              }
            }"#,
        )
        .unwrap();
        assert_eq!(model.metadata.api_version, "2011-06-15");
        let op = &model.operations["Op"];
        assert!(op.unsigned());
        assert_eq!(
            op.output.as_ref().unwrap().result_wrapper.as_deref(),
            Some("OpResult")
        );
        let Shape::Structure(input) = &model.shapes["In"] else {
            panic!("In is a structure");
        };
        let names: Vec<&str> = input.members.0.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["B", "A"], "members keep model order");
        assert!(input.is_required("B") && !input.is_required("A"));
        let Shape::Structure(oops) = &model.shapes["Oops"] else {
            panic!("Oops is a structure");
        };
        assert!(oops.exception);
        let error = oops.error.clone().unwrap();
        assert_eq!(
            (
                error.code.as_deref(),
                error.http_status_code,
                error.sender_fault
            ),
            (Some("Oops"), Some(409), true)
        );
        assert_eq!(
            oops.members.0[0].1.unsupported_trait(),
            Some("locationName")
        );
        assert!(model.shapes["s"].sensitive());
        assert_eq!(
            model.shapes["e"].as_enum(),
            Some(&["b".to_owned(), "a".to_owned()][..])
        );
        assert!(matches!(
            model.shapes["n"],
            Shape::Integer(NumberShape {
                min: Some(0),
                max: None,
                ..
            })
        ));
        assert!(matches!(&model.shapes["l"], Shape::List(l) if l.max == Some(3)));
        assert_eq!(model.shapes["m"].kind(), "map");
        assert!(matches!(model.shapes["d"], Shape::Unsupported));
    }
}
