//! `decode.rs`: the decoders of the operations' inputs (from query parameters or an AWS JSON
//! body, through the same `Decoder`), one per input structure and one
//! function per shape an input holds, each checking its shape's rules.

use std::fmt::Write as _;

use crate::CodegenError;
use crate::model::Shape;
use crate::names::{camel_lower, field_name, snake, type_name, upper_snake};
use crate::service::Service;

/// The file.
pub fn emit(service: &Service<'_>) -> Result<String, CodegenError> {
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        if service.is_json() {
            "decoders: the JSON body to input shapes, with AWS's validation"
        } else {
            "query decoders: parameters to input shapes, with AWS's validation"
        },
    );
    let _ = writeln!(
        out,
        "use super::shapes::*;\nuse super::validate::*;\nuse crate::decode::Decoder;"
    );
    let mut timestamps = false;
    for &name in &service.nested_input {
        timestamps |= matches!(service.shape(name)?, Shape::Timestamp(_));
    }
    if timestamps {
        let _ = writeln!(out, "use time::OffsetDateTime;");
    }
    let _ = writeln!(out);
    for &name in &service.input {
        if matches!(service.shape(name)?, Shape::Structure(_)) {
            emit_struct_decoder(service, &mut out, name)?;
        }
    }
    let decoded = decoded_by_function(service)?;
    for &name in &service.nested_input {
        if !decoded.contains(name) {
            continue;
        }
        let id = upper_snake(name);
        let ty = service.rust_type(name)?;
        let body = match service.shape(name)? {
            Shape::String(s) if s.values.is_some() => {
                format!("d.text(&S_{id}).and_then({ty}::parse)")
            }
            Shape::String(_) => format!("d.text(&S_{id}).map(str::to_owned)"),
            Shape::Integer(_) => format!("d.integer(&I_{id})"),
            Shape::Boolean(_) => "d.boolean()".into(),
            Shape::Timestamp(_) => "d.timestamp()".into(),
            Shape::Structure(_) => {
                format!("if !d.has_children() {{ return None; }}\n{ty}::decode_members(d)")
            }
            Shape::List(l) => {
                let member = service.target(name, &l.member)?;
                if is_text_list(service, member)? {
                    format!("d.text_list(&C_{id}, &S_{})", upper_snake(member))
                } else {
                    format!("d.list(&C_{id}, d_{})", snake(member))
                }
            }
            Shape::Map(m) => format!(
                "d.map(&C_{id}, d_{}, d_{})",
                snake(service.target(name, &m.key)?),
                snake(service.target(name, &m.value)?)
            ),
            other => {
                return Err(CodegenError::Model(format!(
                    "{name}: cannot decode {} from a request",
                    other.kind()
                )));
            }
        };
        let _ = writeln!(
            out,
            "fn d_{}(d: &mut Decoder<'_>) -> Option<{ty}> {{\n{body}\n}}\n",
            snake(name)
        );
    }
    Ok(out)
}

/// Whether a list's members are decoded by the list itself (`Decoder::text_list` of
/// gatehouse-protocol): plain strings, whose rules AWS reports at the list.
fn is_text_list(service: &Service<'_>, member: &str) -> Result<bool, CodegenError> {
    Ok(matches!(service.shape(member)?, Shape::String(s) if s.values.is_none()))
}

/// The nested input shapes that get a `d_…` function: every one that a structure member, a
/// map key or value, or a list of anything but plain strings decodes through.
fn decoded_by_function<'m>(
    service: &Service<'m>,
) -> Result<std::collections::BTreeSet<&'m str>, CodegenError> {
    let mut decoded = std::collections::BTreeSet::new();
    for &name in service.input.iter().chain(&service.nested_input) {
        match service.shape(name)? {
            Shape::Structure(s) => {
                for (_, member) in &s.members.0 {
                    decoded.insert(service.target(name, member)?);
                }
            }
            Shape::Map(m) => {
                decoded.insert(service.target(name, &m.key)?);
                decoded.insert(service.target(name, &m.value)?);
            }
            Shape::List(l) => {
                let member = service.target(name, &l.member)?;
                if !is_text_list(service, member)? {
                    decoded.insert(member);
                }
            }
            _ => {}
        }
    }
    Ok(decoded)
}

fn emit_struct_decoder(
    service: &Service<'_>,
    out: &mut String,
    name: &str,
) -> Result<(), CodegenError> {
    let structure = service.structure(name)?;
    let members = &structure.members.0;
    let d = if members.is_empty() { "_d" } else { "d" };
    let _ = writeln!(
        out,
        "impl {} {{\npub(super) fn decode_members({d}: &mut Decoder<'_>) -> Option<Self> {{",
        type_name(name)
    );
    let mut fields = Vec::new();
    for (member, def) in members {
        let f = field_name(member);
        let req = structure.is_required(member);
        let _ = writeln!(
            out,
            "let {f} = d.member(\"{member}\", \"{}\", {req}, d_{});",
            camel_lower(member),
            snake(&def.shape)
        );
        fields.push(if req { format!("{f}: {f}?") } else { f });
    }
    let _ = writeln!(out, "Some(Self {{ {} }})\n}}\n}}\n", fields.join(", "));
    Ok(())
}
