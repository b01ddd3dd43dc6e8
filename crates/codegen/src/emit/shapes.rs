//! `shapes.rs`: one Rust type per structure and enumeration an operation reaches.

use std::fmt::Write as _;

use crate::CodegenError;
use crate::model::Shape;
use crate::names::{field_name, type_name, variant_name};
use crate::service::Service;

/// The file.
pub fn emit(service: &Service<'_>) -> Result<String, CodegenError> {
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        "shapes: one type per structure and enumeration an operation reaches",
    );
    let mut has_timestamps = false;
    for name in service.all() {
        has_timestamps |= matches!(service.shape(name)?, Shape::Timestamp(_));
    }
    if has_timestamps {
        let _ = writeln!(out, "use time::OffsetDateTime;\n");
    }
    for name in service.all() {
        match service.shape(name)? {
            Shape::Structure(_) => emit_struct(service, &mut out, name)?,
            Shape::String(s) => {
                if let Some(values) = &s.values {
                    emit_enum(&mut out, name, values);
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

fn emit_struct(service: &Service<'_>, out: &mut String, name: &str) -> Result<(), CodegenError> {
    let structure = service.structure(name)?;
    let members = &structure.members.0;
    let sensitive: Vec<bool> = members
        .iter()
        .map(|(_, def)| service.is_sensitive(&def.shape))
        .collect::<Result<_, _>>()?;
    let any_sensitive = sensitive.iter().any(|s| *s);
    let mut derives = vec![];
    if !any_sensitive {
        derives.push("Debug");
    }
    derives.extend(["Clone", "PartialEq"]);
    if service.struct_has_default(name)? {
        derives.push("Default");
    }
    let union = if structure.union {
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
    for (member, def) in members {
        let target = &def.shape;
        let ty = service.rust_type(target)?;
        let req = structure.is_required(member);
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
        for ((member, _), hidden) in members.iter().zip(&sensitive) {
            let f = field_name(member);
            if *hidden {
                let _ = writeln!(out, ".field(\"{f}\", &\"*** Sensitive Data Redacted ***\")");
            } else {
                let _ = writeln!(out, ".field(\"{f}\", &self.{f})");
            }
        }
        let _ = writeln!(out, ".finish()\n}}\n}}\n");
    }
    Ok(())
}

fn emit_enum(out: &mut String, name: &str, values: &[String]) {
    let tn = type_name(name);
    let _ = writeln!(
        out,
        "/// The `{name}` enumeration.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum {tn} {{"
    );
    for v in values {
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
    for v in values {
        let _ = writeln!(out, "Self::{} => \"{v}\",", variant_name(v));
    }
    let _ = writeln!(
        out,
        "}}\n}}\n/// The variant for a wire value (case-sensitive).\npub fn parse(value: &str) -> Option<Self> {{\nmatch value {{"
    );
    for v in values {
        let _ = writeln!(out, "\"{v}\" => Some(Self::{}),", variant_name(v));
    }
    let _ = writeln!(out, "_ => None,\n}}\n}}\n}}\n");
}
