//! `encode.rs`: the encoders of the operations' outputs, as AWS's XML and, for a service
//! answering JSON too, as JSON; for an AWS JSON service, as JSON only.

use std::fmt::Write as _;

use crate::CodegenError;
use crate::model::Shape;
use crate::names::{field_name, type_name};
use crate::service::Service;

/// Shapes whose string values are policy documents, returned URL-encoded by IAM.
const POLICY_DOCUMENT_SHAPE: &str = "policyDocumentType";

/// The file.
pub fn emit(service: &Service<'_>) -> Result<String, CodegenError> {
    let (xml, json) = (!service.is_json(), service.spec.json || service.is_json());
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        match (xml, json) {
            (true, true) => "encoders: output shapes as XML and JSON",
            (true, false) => "encoders: output shapes as XML",
            _ => "encoders: output shapes as JSON",
        },
    );
    let _ = writeln!(out, "use super::shapes::*;");
    if xml {
        let _ = writeln!(out, "use crate::encode::{{XmlBody, XmlWriter}};");
    }
    if json {
        let _ = writeln!(out, "use crate::encode::{{JsonBody, JsonWriter}};");
    }
    let _ = writeln!(out);
    for &name in &service.output {
        let Shape::Structure(structure) = service.shape(name)? else {
            continue;
        };
        let members = &structure.members.0;
        let tn = type_name(name);
        let w = if members.is_empty() { "_w" } else { "w" };
        let mut xml_body = String::new();
        let mut json_body = String::new();
        for (member, def) in members {
            let f = field_name(member);
            let (open, close) = if structure.is_required(member) {
                (format!("{{ let v = &self.{f};"), "}")
            } else {
                (format!("if let Some(v) = &self.{f} {{"), "}")
            };
            if xml {
                let _ = writeln!(
                    xml_body,
                    "{open}\n{}\n{close}",
                    xml_value(service, &def.shape, "v", member, 0)?
                );
            }
            if json {
                let _ = writeln!(
                    json_body,
                    "{open}\n{}\n{close}",
                    json_value(service, &def.shape, "v", member)?
                );
            }
        }
        if xml {
            let _ = writeln!(
                out,
                "impl XmlBody for {tn} {{\nfn write_xml(&self, {w}: &mut XmlWriter) {{\n{xml_body}}}\n}}\n"
            );
        }
        if json {
            let _ = writeln!(
                out,
                "impl JsonBody for {tn} {{\nfn write_json(&self, {w}: &mut JsonWriter) {{\n{json_body}}}\n}}\n"
            );
        }
    }
    Ok(out)
}

/// Statements writing `var` (a reference to a value of shape `name`) as element `element`.
fn xml_value(
    service: &Service<'_>,
    name: &str,
    var: &str,
    element: &str,
    depth: usize,
) -> Result<String, CodegenError> {
    Ok(match service.shape(name)? {
        Shape::String(s) if s.values.is_some() => {
            format!("w.text(\"{element}\", {var}.as_str());")
        }
        Shape::String(_) if name == POLICY_DOCUMENT_SHAPE => {
            format!("w.policy_document(\"{element}\", {var});")
        }
        Shape::String(_) => format!("w.text(\"{element}\", {var});"),
        Shape::Integer(_) => format!("w.integer(\"{element}\", i64::from(*{var}));"),
        Shape::Boolean(_) => format!("w.boolean(\"{element}\", *{var});"),
        Shape::Timestamp(_) => format!("w.timestamp(\"{element}\", {var});"),
        Shape::Blob(_) => format!("w.blob(\"{element}\", {var});"),
        Shape::Structure(_) => {
            format!("w.open(\"{element}\");\n{var}.write_xml(w);\nw.close(\"{element}\");")
        }
        Shape::List(l) => {
            let item = format!("item{depth}");
            format!(
                "w.open(\"{element}\");\nfor {item} in {var} {{\n{}\n}}\nw.close(\"{element}\");",
                xml_value(
                    service,
                    service.target(name, &l.member)?,
                    &item,
                    "member",
                    depth + 1
                )?
            )
        }
        Shape::Map(m) => {
            let (k, v) = (format!("key{depth}"), format!("value{depth}"));
            format!(
                "w.open(\"{element}\");\nfor ({k}, {v}) in {var} {{\nw.open(\"entry\");\n{}\n{}\nw.close(\"entry\");\n}}\nw.close(\"{element}\");",
                xml_value(service, service.target(name, &m.key)?, &k, "key", depth + 1)?,
                xml_value(
                    service,
                    service.target(name, &m.value)?,
                    &v,
                    "value",
                    depth + 1
                )?
            )
        }
        other => {
            return Err(CodegenError::Model(format!(
                "{name}: cannot encode {}",
                other.kind()
            )));
        }
    })
}

/// Statements writing `var` (a reference to a value of shape `name`) as field `field`.
fn json_value(
    service: &Service<'_>,
    name: &str,
    var: &str,
    field: &str,
) -> Result<String, CodegenError> {
    Ok(match service.shape(name)? {
        Shape::String(s) if s.values.is_some() => format!("w.text(\"{field}\", {var}.as_str());"),
        Shape::String(_) => format!("w.text(\"{field}\", {var});"),
        Shape::Integer(_) => format!("w.integer(\"{field}\", i64::from(*{var}));"),
        Shape::Boolean(_) => format!("w.boolean(\"{field}\", *{var});"),
        Shape::Timestamp(_) => format!("w.timestamp(\"{field}\", {var});"),
        Shape::Structure(_) => format!("w.open(\"{field}\");\n{var}.write_json(w);\nw.close();"),
        Shape::List(l) => {
            let member = service.target(name, &l.member)?;
            let item = match service.shape(member)? {
                Shape::Structure(_) => "w.open_item();\nitem.write_json(w);\nw.close();".to_owned(),
                Shape::String(s) if s.values.is_some() => "w.item_text(item.as_str());".to_owned(),
                Shape::String(_) => "w.item_text(item);".to_owned(),
                other => {
                    return Err(CodegenError::Model(format!(
                        "{name}: cannot encode a list of {} as JSON",
                        other.kind()
                    )));
                }
            };
            format!("w.open_list(\"{field}\");\nfor item in {var} {{\n{item}\n}}\nw.close_list();")
        }
        // A map of strings, as an object of its entries.
        Shape::Map(m)
            if matches!(
                service.shape(service.target(name, &m.key)?)?,
                Shape::String(_)
            ) && matches!(
                service.shape(service.target(name, &m.value)?)?,
                Shape::String(_)
            ) =>
        {
            format!(
                "w.open(\"{field}\");\nfor (key, value) in {var} {{\nw.text(key, value);\n}}\nw.close();"
            )
        }
        other => {
            return Err(CodegenError::Model(format!(
                "{name}: cannot encode {} as JSON",
                other.kind()
            )));
        }
    })
}
