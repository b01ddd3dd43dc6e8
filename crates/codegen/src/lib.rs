//! Generates `gatehouse-protocol`'s `sts` and `iam` modules from the pinned botocore models.
//!
//! For each service: one Rust type per structure and enum shape reachable from an operation,
//! the validation rules of every input shape, query decoders, XML (and for STS JSON) encoders,
//! the handler trait with one method per operation, the operation table, constructors for the
//! modelled errors, and `dispatch`.

mod names;
mod patterns;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::{Map, Value};

use names::{camel_lower, field_name, snake, type_name, upper_snake, variant_name};

/// Everything that can stop generation.
#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    /// A model or output file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A model is not valid JSON.
    #[error("model is not JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A model uses something this generator does not support.
    #[error("unsupported model: {0}")]
    Model(String),
    /// rustfmt failed on the generated code.
    #[error("rustfmt: {0}")]
    Rustfmt(String),
}

/// One service to generate.
#[derive(Debug, Clone, Copy)]
pub struct ServiceSpec {
    /// Module name in the protocol crate, also the model's file prefix: `sts`, `iam`.
    pub module: &'static str,
    /// The `Service` variant: `Sts`, `Iam`.
    pub variant: &'static str,
    /// The model file name under `models/`.
    pub model_file: &'static str,
    /// Whether responses can also be encoded as JSON.
    pub json: bool,
    /// String shapes whose values AWS leaves out of its validation messages although the
    /// model does not mark them sensitive.
    pub unechoed: &'static [&'static str],
}

/// The services gatehouse generates, in order.
pub const SERVICES: [ServiceSpec; 2] = [
    ServiceSpec {
        module: "sts",
        variant: "Sts",
        model_file: "sts-2011-06-15.json",
        json: true,
        unechoed: &[],
    },
    ServiceSpec {
        module: "iam",
        variant: "Iam",
        model_file: "iam-2010-05-08.json",
        json: false,
        // Tag keys and values: AWS's recorded CreateRole and TagRole refusals say "Value at
        // 'tags.1.member.key' failed to satisfy constraint: …" (LocalStack's
        // tests/aws/services/iam/test_iam_roles.snapshot.json, test_role_tag_errors).
        unechoed: &["tagKeyType", "tagValueType"],
    },
];

/// The workspace root (two levels above this crate).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Where the generated module of `spec` lives.
pub fn output_path(spec: &ServiceSpec) -> PathBuf {
    workspace_root()
        .join("crates/protocol/src/generated")
        .join(format!("{}.rs", spec.module))
}

/// Reads the model of `spec` and returns the formatted module source.
pub fn generate_service(spec: &ServiceSpec) -> Result<String, CodegenError> {
    let path = workspace_root().join("models").join(spec.model_file);
    let text =
        std::fs::read_to_string(&path).map_err(|source| CodegenError::Io { path, source })?;
    let source = generate(&text, spec)?;
    rustfmt(&source)
}

/// Formats Rust source with `rustfmt --edition 2024`.
pub fn rustfmt(source: &str) -> Result<String, CodegenError> {
    let mut child = Command::new("rustfmt")
        .current_dir(workspace_root())
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| CodegenError::Rustfmt(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(source.as_bytes())
            .map_err(|e| CodegenError::Rustfmt(e.to_string()))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| CodegenError::Rustfmt(e.to_string()))?;
    if !output.status.success() {
        return Err(CodegenError::Rustfmt(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| CodegenError::Rustfmt(e.to_string()))
}

/// Member traits of the query protocol this generator does not implement; a model using one
/// on a reachable shape is refused rather than mis-encoded.
const UNSUPPORTED_TRAITS: [&str; 5] = [
    "flattened",
    "locationName",
    "xmlName",
    "xmlAttribute",
    "xmlNamespace",
];

/// Shapes whose string values are policy documents, returned URL-encoded by IAM.
const POLICY_DOCUMENT_SHAPE: &str = "policyDocumentType";

struct Model<'a> {
    spec: &'a ServiceSpec,
    shapes: &'a Map<String, Value>,
    operations: Vec<(&'a String, &'a Value)>,
    /// Shapes reachable from operation inputs.
    input: BTreeSet<&'a str>,
    /// Shapes reachable from operation inputs as members, elements, keys or values.
    nested_input: BTreeSet<&'a str>,
    /// Shapes reachable from operation outputs.
    output: BTreeSet<&'a str>,
}

/// Generates the (unformatted) module source for `spec` from the model text.
pub fn generate(model_text: &str, spec: &ServiceSpec) -> Result<String, CodegenError> {
    let model: Value = serde_json::from_str(model_text)?;
    let shapes = model
        .get("shapes")
        .and_then(Value::as_object)
        .ok_or_else(|| CodegenError::Model("no shapes".into()))?;
    let mut operations: Vec<(&String, &Value)> = model
        .get("operations")
        .and_then(Value::as_object)
        .ok_or_else(|| CodegenError::Model("no operations".into()))?
        .iter()
        .collect();
    operations.sort_by(|a, b| a.0.cmp(b.0));
    let roots = |key: &str| -> Vec<&str> {
        operations
            .iter()
            .filter_map(|(_, op)| op.get(key)?.get("shape")?.as_str())
            .collect()
    };
    let input_roots = roots("input");
    let output_roots = roots("output");
    let mut m = Model {
        spec,
        shapes,
        operations: operations.clone(),
        input: BTreeSet::new(),
        nested_input: BTreeSet::new(),
        output: BTreeSet::new(),
    };
    m.input = m.reach(&input_roots)?;
    m.nested_input = m.reach(&m.children_of(&input_roots)?)?;
    m.output = m.reach(&output_roots)?;
    m.check_names()?;
    let mut out = String::new();
    m.emit(&mut out)?;
    Ok(out)
}

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(Value::as_str)
}

fn num_of(v: &Value, key: &str) -> Option<i64> {
    v.get(key).and_then(Value::as_i64)
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"))
}

impl<'a> Model<'a> {
    fn shape(&self, name: &str) -> Result<&'a Value, CodegenError> {
        self.shapes
            .get(name)
            .ok_or_else(|| CodegenError::Model(format!("unknown shape {name}")))
    }

    fn kind(&self, name: &str) -> Result<&'a str, CodegenError> {
        str_of(self.shape(name)?, "type")
            .ok_or_else(|| CodegenError::Model(format!("{name} has no type")))
    }

    fn is_enum(&self, name: &str) -> Result<bool, CodegenError> {
        Ok(self.shape(name)?.get("enum").is_some())
    }

    /// Structure members in model order: (member name, member definition, shape name).
    fn members(&self, name: &str) -> Result<Vec<(&'a str, &'a Value, &'a str)>, CodegenError> {
        let Some(members) = self.shape(name)?.get("members").and_then(Value::as_object) else {
            return Ok(Vec::new());
        };
        members
            .iter()
            .map(|(member, def)| {
                let target = str_of(def, "shape")
                    .ok_or_else(|| CodegenError::Model(format!("{name}.{member} has no shape")))?;
                Ok((member.as_str(), def, target))
            })
            .collect()
    }

    fn required(&self, name: &str) -> Result<BTreeSet<&'a str>, CodegenError> {
        Ok(self
            .shape(name)?
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default())
    }

    /// `member`, `key` and `value` targets of a list or map shape.
    fn target(&self, name: &str, key: &str) -> Result<&'a str, CodegenError> {
        self.shape(name)?
            .get(key)
            .and_then(|t| {
                if UNSUPPORTED_TRAITS.iter().any(|k| t.get(k).is_some()) {
                    None
                } else {
                    str_of(t, "shape")
                }
            })
            .ok_or_else(|| {
                CodegenError::Model(format!("{name}.{key} missing or uses an unsupported trait"))
            })
    }

    fn children_of(&self, names: &[&'a str]) -> Result<Vec<&'a str>, CodegenError> {
        let mut children = Vec::new();
        for &name in names {
            match self.kind(name)? {
                "structure" => {
                    for (member, def, target) in self.members(name)? {
                        if let Some(t) = UNSUPPORTED_TRAITS.iter().find(|k| def.get(**k).is_some())
                        {
                            return Err(CodegenError::Model(format!("{name}.{member} uses {t}")));
                        }
                        children.push(target);
                    }
                }
                "list" => children.push(self.target(name, "member")?),
                "map" => {
                    children.push(self.target(name, "key")?);
                    children.push(self.target(name, "value")?);
                }
                _ => {}
            }
            if self.shape(name)?.get("flattened").is_some() {
                return Err(CodegenError::Model(format!("{name} is flattened")));
            }
        }
        Ok(children)
    }

    fn reach(&self, roots: &[&'a str]) -> Result<BTreeSet<&'a str>, CodegenError> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&'a str> = roots.to_vec();
        while let Some(name) = stack.pop() {
            if seen.insert(name) {
                stack.extend(self.children_of(&[name])?);
            }
        }
        Ok(seen)
    }

    fn all(&self) -> BTreeSet<&'a str> {
        self.input.union(&self.output).copied().collect()
    }

    /// Rust type names and snake names must not collide; structures must not be recursive.
    fn check_names(&self) -> Result<(), CodegenError> {
        let mut types = BTreeMap::new();
        let mut snakes = BTreeMap::new();
        for name in self.all() {
            if let Some(other) = snakes.insert(snake(name), name) {
                return Err(CodegenError::Model(format!("{name} and {other} collide")));
            }
            if self.kind(name)? == "structure" || self.is_enum(name)? {
                if let Some(other) = types.insert(type_name(name), name) {
                    return Err(CodegenError::Model(format!("{name} and {other} collide")));
                }
                if self.kind(name)? == "structure"
                    && self.reach(&self.children_of(&[name])?)?.contains(name)
                {
                    return Err(CodegenError::Model(format!("{name} is recursive")));
                }
            }
        }
        Ok(())
    }

    fn rust_type(&self, name: &str) -> Result<String, CodegenError> {
        Ok(match self.kind(name)? {
            "string" if self.is_enum(name)? => type_name(name),
            "string" => "String".into(),
            "integer" => "i32".into(),
            "boolean" => "bool".into(),
            "blob" => "Vec<u8>".into(),
            "timestamp" => "OffsetDateTime".into(),
            "structure" => type_name(name),
            "list" => format!("Vec<{}>", self.rust_type(self.target(name, "member")?)?),
            "map" => format!(
                "Vec<({}, {})>",
                self.rust_type(self.target(name, "key")?)?,
                self.rust_type(self.target(name, "value")?)?
            ),
            other => {
                return Err(CodegenError::Model(format!(
                    "{name}: unsupported type {other}"
                )));
            }
        })
    }

    /// Whether a value of this shape has a `Default` (used to derive `Default` on structures).
    fn has_default(&self, name: &str) -> Result<bool, CodegenError> {
        Ok(match self.kind(name)? {
            "string" => !self.is_enum(name)?,
            "integer" | "boolean" | "blob" | "list" | "map" => true,
            "structure" => self.struct_has_default(name)?,
            _ => false,
        })
    }

    fn struct_has_default(&self, name: &str) -> Result<bool, CodegenError> {
        let required = self.required(name)?;
        for (member, _, target) in self.members(name)? {
            if required.contains(member) && !self.has_default(target)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn is_sensitive(&self, name: &str) -> Result<bool, CodegenError> {
        Ok(self
            .shape(name)?
            .get("sensitive")
            .and_then(Value::as_bool)
            .unwrap_or(false))
    }

    fn emit(&self, out: &mut String) -> Result<(), CodegenError> {
        let spec = self.spec;
        let _ = writeln!(
            out,
            "//! {} shapes, codecs and dispatcher, generated from `models/{}` by `gatehouse-codegen`.\n\
             //! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.\n",
            spec.variant.to_uppercase(),
            spec.model_file
        );
        let _ = writeln!(out,);
        let has_timestamps = self
            .all()
            .iter()
            .any(|n| self.kind(n).ok() == Some("timestamp"));
        let _ = writeln!(
            out,
            "use crate::decode::{{CountRules, Decoder, IntRules, Pattern, StringRules, decode_input}};"
        );
        let _ = writeln!(
            out,
            "use crate::encode::{{XmlBody, XmlWriter, xml_response}};"
        );
        if spec.json {
            let _ = writeln!(
                out,
                "use crate::encode::{{JsonBody, JsonWriter, json_response}};"
            );
        }
        let _ = writeln!(
            out,
            "use crate::{{AwsError, Encoded, QueryParams, ResponseFormat, Service}};"
        );
        if has_timestamps {
            let _ = writeln!(out, "use time::OffsetDateTime;");
        }
        let _ = writeln!(out, "pub use crate::OperationInfo;\n");
        for name in self.all() {
            if self.kind(name)? == "structure" {
                self.emit_struct(out, name)?;
            } else if self.is_enum(name)? {
                self.emit_enum(out, name)?;
            }
        }
        self.emit_rules(out)?;
        self.emit_decoders(out)?;
        self.emit_encoders(out)?;
        self.emit_errors(out)?;
        self.emit_operations(out)?;
        self.emit_trait(out)?;
        self.emit_dispatch(out)?;
        self.emit_pattern_test(out)?;
        Ok(())
    }

    fn emit_struct(&self, out: &mut String, name: &str) -> Result<(), CodegenError> {
        let required = self.required(name)?;
        let members = self.members(name)?;
        let sensitive: Vec<bool> = members
            .iter()
            .map(|(_, _, t)| self.is_sensitive(t))
            .collect::<Result<_, _>>()?;
        let any_sensitive = sensitive.iter().any(|s| *s);
        let mut derives = vec![];
        if !any_sensitive {
            derives.push("Debug");
        }
        derives.extend(["Clone", "PartialEq"]);
        if self.struct_has_default(name)? {
            derives.push("Default");
        }
        let union = if self.shape(name)?.get("union").is_some() {
            " (a union: set exactly one member)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "/// The `{name}` structure{union}.\n#[derive({})]\npub struct {} {{",
            derives.join(", "),
            type_name(name)
        );
        for (member, _, target) in &members {
            let ty = self.rust_type(target)?;
            let req = required.contains(member);
            let _ = writeln!(
                out,
                "/// `{member}` ({target}{}).\npub {}: {},",
                if req { ", required" } else { "" },
                field_name(member),
                if req { ty } else { format!("Option<{ty}>") }
            );
        }
        let _ = writeln!(out, "}}\n");
        if any_sensitive {
            let tn = type_name(name);
            let _ = writeln!(
                out,
                "impl std::fmt::Debug for {tn} {{\nfn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\nf.debug_struct(\"{tn}\")"
            );
            for ((member, _, _), hidden) in members.iter().zip(&sensitive) {
                if *hidden {
                    let _ = writeln!(
                        out,
                        ".field(\"{}\", &\"*** Sensitive Data Redacted ***\")",
                        field_name(member)
                    );
                } else {
                    let f = field_name(member);
                    let _ = writeln!(out, ".field(\"{f}\", &self.{f})");
                }
            }
            let _ = writeln!(out, ".finish()\n}}\n}}\n");
        }
        Ok(())
    }

    fn emit_enum(&self, out: &mut String, name: &str) -> Result<(), CodegenError> {
        let values: Vec<&str> = self
            .shape(name)?
            .get("enum")
            .and_then(Value::as_array)
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let tn = type_name(name);
        let _ = writeln!(
            out,
            "/// The `{name}` enumeration.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum {tn} {{"
        );
        for v in &values {
            let _ = writeln!(out, "/// `{v}`\n{},", variant_name(v));
        }
        let _ = writeln!(out, "}}\n\nimpl {tn} {{");
        let _ = writeln!(
            out,
            "/// Every value, in model order.\npub const ALL: [Self; {}] = [{}];",
            values.len(),
            values
                .iter()
                .map(|v| format!("Self::{}", variant_name(v)))
                .collect::<Vec<_>>()
                .join(", ")
        );
        let _ = writeln!(
            out,
            "/// The wire value.\npub fn as_str(self) -> &'static str {{\nmatch self {{"
        );
        for v in &values {
            let _ = writeln!(out, "Self::{} => \"{v}\",", variant_name(v));
        }
        let _ = writeln!(
            out,
            "}}\n}}\n/// The variant for a wire value (case-sensitive).\npub fn parse(value: &str) -> Option<Self> {{\nmatch value {{"
        );
        for v in &values {
            let _ = writeln!(out, "\"{v}\" => Some(Self::{}),", variant_name(v));
        }
        let _ = writeln!(out, "_ => None,\n}}\n}}\n}}\n");
        Ok(())
    }

    fn emit_rules(&self, out: &mut String) -> Result<(), CodegenError> {
        for &name in &self.nested_input {
            let shape = self.shape(name)?;
            let id = upper_snake(name);
            match self.kind(name)? {
                "string" => {
                    let pattern = match str_of(shape, "pattern") {
                        Some(java) => {
                            let rust = patterns::translate(java)
                                .map_err(|e| CodegenError::Model(format!("{name}: {e}")))?;
                            let _ = writeln!(
                                out,
                                "static P_{id}: Pattern = Pattern::new(r#\"{java}\"#, r#\"{rust}\"#);"
                            );
                            format!("Some(&P_{id})")
                        }
                        None => "None".into(),
                    };
                    let values: Vec<String> = shape
                        .get("enum")
                        .and_then(Value::as_array)
                        .map(|v| {
                            v.iter()
                                .filter_map(Value::as_str)
                                .map(|s| format!("\"{s}\""))
                                .collect()
                        })
                        .unwrap_or_default();
                    let _ = writeln!(
                        out,
                        "static S_{id}: StringRules = StringRules {{ min: {}, max: {}, pattern: {pattern}, values: &[{}], sensitive: {} }};",
                        opt(num_of(shape, "min")),
                        opt(num_of(shape, "max")),
                        values.join(", "),
                        self.is_sensitive(name)? || self.spec.unechoed.contains(&name)
                    );
                }
                "integer" => {
                    let _ = writeln!(
                        out,
                        "static I_{id}: IntRules = IntRules {{ min: {}, max: {} }};",
                        opt(num_of(shape, "min")),
                        opt(num_of(shape, "max"))
                    );
                }
                "list" | "map" => {
                    let _ = writeln!(
                        out,
                        "static C_{id}: CountRules = CountRules {{ min: {}, max: {} }};",
                        opt(num_of(shape, "min")),
                        opt(num_of(shape, "max"))
                    );
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn emit_decoders(&self, out: &mut String) -> Result<(), CodegenError> {
        for &name in &self.input {
            if self.kind(name)? == "structure" {
                self.emit_struct_decoder(out, name)?;
            }
        }
        for &name in &self.nested_input {
            let id = upper_snake(name);
            let ty = self.rust_type(name)?;
            let body = match self.kind(name)? {
                "string" if self.is_enum(name)? => format!("d.text(&S_{id}).and_then({ty}::parse)"),
                "string" => format!("d.text(&S_{id}).map(str::to_owned)"),
                "integer" => format!("d.integer(&I_{id})"),
                "boolean" => "d.boolean()".into(),
                "structure" => {
                    format!("if !d.has_children() {{ return None; }}\n{ty}::decode_members(d)")
                }
                "list" => format!("d.list(&C_{id}, d_{})", snake(self.target(name, "member")?)),
                "map" => format!(
                    "d.map(&C_{id}, d_{}, d_{})",
                    snake(self.target(name, "key")?),
                    snake(self.target(name, "value")?)
                ),
                other => {
                    return Err(CodegenError::Model(format!(
                        "{name}: cannot decode {other} from a query"
                    )));
                }
            };
            let _ = writeln!(
                out,
                "fn d_{}(d: &mut Decoder<'_>) -> Option<{ty}> {{\n{body}\n}}\n",
                snake(name)
            );
        }
        Ok(())
    }

    fn emit_struct_decoder(&self, out: &mut String, name: &str) -> Result<(), CodegenError> {
        let members = self.members(name)?;
        let required = self.required(name)?;
        let d = if members.is_empty() { "_d" } else { "d" };
        let _ = writeln!(
            out,
            "impl {} {{\nfn decode_members({d}: &mut Decoder<'_>) -> Option<Self> {{",
            type_name(name)
        );
        let mut fields = Vec::new();
        for (member, _, target) in &members {
            let f = field_name(member);
            let req = required.contains(member);
            let _ = writeln!(
                out,
                "let {f} = d.member(\"{member}\", \"{}\", {req}, d_{});",
                camel_lower(member),
                snake(target)
            );
            fields.push(if req { format!("{f}: {f}?") } else { f });
        }
        let _ = writeln!(out, "Some(Self {{ {} }})\n}}\n}}\n", fields.join(", "));
        Ok(())
    }

    fn emit_encoders(&self, out: &mut String) -> Result<(), CodegenError> {
        for &name in &self.output {
            if self.kind(name)? != "structure" {
                continue;
            }
            let members = self.members(name)?;
            let required = self.required(name)?;
            let tn = type_name(name);
            let w = if members.is_empty() { "_w" } else { "w" };
            let mut xml = String::new();
            let mut json = String::new();
            for (member, _, target) in &members {
                let f = field_name(member);
                let (open, close) = if required.contains(member) {
                    (format!("{{ let v = &self.{f};"), "}")
                } else {
                    (format!("if let Some(v) = &self.{f} {{"), "}")
                };
                let _ = writeln!(
                    xml,
                    "{open}\n{}\n{close}",
                    self.xml_value(target, "v", member, 0)?
                );
                if self.spec.json {
                    let _ = writeln!(
                        json,
                        "{open}\n{}\n{close}",
                        self.json_value(target, "v", member)?
                    );
                }
            }
            let _ = writeln!(
                out,
                "impl XmlBody for {tn} {{\nfn write_xml(&self, {w}: &mut XmlWriter) {{\n{xml}}}\n}}\n"
            );
            if self.spec.json {
                let _ = writeln!(
                    out,
                    "impl JsonBody for {tn} {{\nfn write_json(&self, {w}: &mut JsonWriter) {{\n{json}}}\n}}\n"
                );
            }
        }
        Ok(())
    }

    /// Statements writing `var` (a reference to a value of shape `name`) as element `element`.
    fn xml_value(
        &self,
        name: &str,
        var: &str,
        element: &str,
        depth: usize,
    ) -> Result<String, CodegenError> {
        Ok(match self.kind(name)? {
            "string" if self.is_enum(name)? => format!("w.text(\"{element}\", {var}.as_str());"),
            "string" if name == POLICY_DOCUMENT_SHAPE => {
                format!("w.policy_document(\"{element}\", {var});")
            }
            "string" => format!("w.text(\"{element}\", {var});"),
            "integer" => format!("w.integer(\"{element}\", i64::from(*{var}));"),
            "boolean" => format!("w.boolean(\"{element}\", *{var});"),
            "timestamp" => format!("w.timestamp(\"{element}\", {var});"),
            "blob" => format!("w.blob(\"{element}\", {var});"),
            "structure" => {
                format!("w.open(\"{element}\");\n{var}.write_xml(w);\nw.close(\"{element}\");")
            }
            "list" => {
                let item = format!("item{depth}");
                format!(
                    "w.open(\"{element}\");\nfor {item} in {var} {{\n{}\n}}\nw.close(\"{element}\");",
                    self.xml_value(self.target(name, "member")?, &item, "member", depth + 1)?
                )
            }
            "map" => {
                let (k, v) = (format!("key{depth}"), format!("value{depth}"));
                format!(
                    "w.open(\"{element}\");\nfor ({k}, {v}) in {var} {{\nw.open(\"entry\");\n{}\n{}\nw.close(\"entry\");\n}}\nw.close(\"{element}\");",
                    self.xml_value(self.target(name, "key")?, &k, "key", depth + 1)?,
                    self.xml_value(self.target(name, "value")?, &v, "value", depth + 1)?
                )
            }
            other => {
                return Err(CodegenError::Model(format!(
                    "{name}: cannot encode {other}"
                )));
            }
        })
    }

    fn json_value(&self, name: &str, var: &str, field: &str) -> Result<String, CodegenError> {
        Ok(match self.kind(name)? {
            "string" if self.is_enum(name)? => format!("w.text(\"{field}\", {var}.as_str());"),
            "string" => format!("w.text(\"{field}\", {var});"),
            "integer" => format!("w.integer(\"{field}\", i64::from(*{var}));"),
            "timestamp" => format!("w.timestamp(\"{field}\", {var});"),
            "structure" => format!("w.open(\"{field}\");\n{var}.write_json(w);\nw.close();"),
            "list" => {
                let member = self.target(name, "member")?;
                let item = match self.kind(member)? {
                    "structure" => "w.open_item();\nitem.write_json(w);\nw.close();".to_owned(),
                    "string" if self.is_enum(member)? => "w.item_text(item.as_str());".to_owned(),
                    "string" => "w.item_text(item);".to_owned(),
                    other => {
                        return Err(CodegenError::Model(format!(
                            "{name}: cannot encode a list of {other} as JSON"
                        )));
                    }
                };
                format!(
                    "w.open_list(\"{field}\");\nfor item in {var} {{\n{item}\n}}\nw.close_list();"
                )
            }
            // A map of strings, as an object of its entries.
            "map"
                if self.kind(self.target(name, "key")?)? == "string"
                    && self.kind(self.target(name, "value")?)? == "string" =>
            {
                format!(
                    "w.open(\"{field}\");\nfor (key, value) in {var} {{\nw.text(key, value);\n}}\nw.close();"
                )
            }
            other => {
                return Err(CodegenError::Model(format!(
                    "{name}: cannot encode {other} as JSON"
                )));
            }
        })
    }

    fn emit_errors(&self, out: &mut String) -> Result<(), CodegenError> {
        let _ = writeln!(
            out,
            "/// Constructors for the modelled errors, with their AWS code and HTTP status.\npub mod errors {{\nuse crate::AwsError;\n"
        );
        for (name, shape) in self.shapes {
            if shape.get("exception").is_none() {
                continue;
            }
            let error = shape.get("error");
            let code = error.and_then(|e| str_of(e, "code")).unwrap_or(name);
            let status = error
                .and_then(|e| num_of(e, "httpStatusCode"))
                .unwrap_or(400);
            let func = snake(name.strip_suffix("Exception").unwrap_or(name));
            let _ = writeln!(
                out,
                "/// `{code}` ({status}), the `{name}` shape.\npub fn {func}(message: impl Into<String>) -> AwsError {{\nAwsError::new(\"{code}\", {status}, message)\n}}\n"
            );
        }
        let _ = writeln!(out, "}}\n");
        Ok(())
    }

    fn emit_operations(&self, out: &mut String) -> Result<(), CodegenError> {
        let _ = writeln!(
            out,
            "static OPERATIONS: [OperationInfo; {}] = [",
            self.operations.len()
        );
        for (name, op) in &self.operations {
            let unsigned = str_of(op, "authtype") == Some("none")
                || op
                    .get("auth")
                    .and_then(Value::as_array)
                    .is_some_and(|a| a.iter().any(|s| s.as_str() == Some("smithy.api#noAuth")));
            let _ = writeln!(
                out,
                "OperationInfo {{ name: \"{name}\", unsigned: {unsigned} }},"
            );
        }
        let _ = writeln!(
            out,
            "];\n\n/// The operation named `action`, if the model has it.\npub fn operation(action: &str) -> Option<&'static OperationInfo> {{\n\
             OPERATIONS.binary_search_by(|op| op.name.cmp(action)).ok().and_then(|i| OPERATIONS.get(i))\n}}\n\n\
             /// Every operation of the model, sorted by name.\npub fn operations() -> &'static [OperationInfo] {{\n&OPERATIONS\n}}\n"
        );
        Ok(())
    }

    fn op_shapes(&self, op: &'a Value) -> (Option<&'a str>, Option<&'a str>) {
        let shape = |key: &str| op.get(key).and_then(|v| str_of(v, "shape"));
        (shape("input"), shape("output"))
    }

    fn emit_trait(&self, out: &mut String) -> Result<(), CodegenError> {
        let variant = self.spec.variant;
        let _ = writeln!(
            out,
            "/// The {} operations. Every method defaults to `NotImplemented` (501); implement the ones\n\
             /// the service supports.\npub trait {variant}Api: Sync {{\n/// Per-request context (caller identity, clock, …).\ntype Context: Sync;\n",
            variant.to_uppercase()
        );
        for (name, op) in &self.operations {
            let (input, output) = self.op_shapes(op);
            let input_arg = input
                .map(|i| format!(", _input: {}", type_name(i)))
                .unwrap_or_default();
            let output_ty = output.map_or_else(|| "()".to_owned(), type_name);
            let _ = writeln!(
                out,
                "/// Handles `{name}`.\nfn {}(&self, _ctx: &Self::Context{input_arg}) -> impl Future<Output = Result<{output_ty}, AwsError>> + Send {{\n\
                 async {{ Err(AwsError::not_implemented(\"{name}\")) }}\n}}\n",
                snake(name)
            );
        }
        let _ = writeln!(out, "}}\n");
        Ok(())
    }

    fn emit_dispatch(&self, out: &mut String) -> Result<(), CodegenError> {
        let (variant, json) = (self.spec.variant, self.spec.json);
        let format_arg = if json { "format" } else { "_format" };
        let _ = writeln!(
            out,
            "/// Decodes and validates the input for the request's action, calls the handler and encodes\n\
             /// its output in the success envelope{}.\n\
             pub async fn dispatch<H: {variant}Api>(handler: &H, ctx: &H::Context, params: &QueryParams, request_id: &str, {format_arg}: ResponseFormat) -> Result<Encoded, AwsError> {{\n\
             match Service::{variant}.action(params)? {{",
            if json {
                " (XML or JSON per `format`)"
            } else {
                " (always XML: IAM has no JSON mode)"
            }
        );
        for (name, op) in &self.operations {
            let (input, output) = self.op_shapes(op);
            let method = snake(name);
            let _ = writeln!(out, "\"{name}\" => {{");
            let call = match input {
                Some(i) => {
                    let _ = writeln!(
                        out,
                        "let input = decode_input(params, {}::decode_members)?;",
                        type_name(i)
                    );
                    format!("handler.{method}(ctx, input).await?")
                }
                None => format!("handler.{method}(ctx).await?"),
            };
            let body = if output.is_some() {
                let _ = writeln!(out, "let output = {call};");
                "Some(&output)"
            } else {
                let _ = writeln!(out, "{call};");
                "None"
            };
            if json {
                let _ = writeln!(
                    out,
                    "Ok(match format {{\nResponseFormat::Xml => xml_response(Service::{variant}, \"{name}\", request_id, {body}),\n\
                     ResponseFormat::Json => json_response(\"{name}\", request_id, {body}),\n}})"
                );
            } else {
                let _ = writeln!(
                    out,
                    "Ok(xml_response(Service::{variant}, \"{name}\", request_id, {body}))"
                );
            }
            let _ = writeln!(out, "}}");
        }
        let _ = writeln!(
            out,
            "other => Err(AwsError::invalid_action(other, Service::{variant}.version())),\n}}\n}}\n"
        );
        Ok(())
    }

    fn emit_pattern_test(&self, out: &mut String) -> Result<(), CodegenError> {
        let mut ids = Vec::new();
        for &name in &self.nested_input {
            if self.kind(name)? == "string" && self.shape(name)?.get("pattern").is_some() {
                ids.push(format!("&P_{}", upper_snake(name)));
            }
        }
        let _ = writeln!(
            out,
            "#[cfg(test)]\nmod pattern_tests {{\nuse super::*;\n\n#[test]\nfn every_pattern_compiles() {{\nlet patterns: [&Pattern; {}] = [{}];\n\
             for p in patterns {{ assert!(p.regex().is_some(), \"{{p:?}}\"); }}\n}}\n}}",
            ids.len(),
            ids.join(", ")
        );
        Ok(())
    }
}
