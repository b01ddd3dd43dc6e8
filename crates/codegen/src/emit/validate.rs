//! `validate.rs`: the constraints of every shape an input holds (lengths, patterns, allowed
//! values, ranges, counts), as the rules the protocol crate's decoder checks.

use std::fmt::Write as _;

use super::opt;
use crate::CodegenError;
use crate::model::Shape;
use crate::names::upper_snake;
use crate::patterns;
use crate::service::Service;

/// The file.
pub fn emit(service: &Service<'_>) -> Result<String, CodegenError> {
    let mut rules = String::new();
    let mut patterns = Vec::new();
    let mut used = Vec::new();
    for &name in &service.nested_input {
        let id = upper_snake(name);
        match service.shape(name)? {
            Shape::String(s) => {
                let pattern = match &s.pattern {
                    Some(java) => {
                        let rust = patterns::translate(java)
                            .map_err(|e| CodegenError::Model(format!("{name}: {e}")))?;
                        let _ = writeln!(
                            rules,
                            "static P_{id}: Pattern = Pattern::new(r#\"{java}\"#, r#\"{rust}\"#);"
                        );
                        patterns.push(format!("&P_{id}"));
                        format!("Some(&P_{id})")
                    }
                    None => "None".into(),
                };
                let values: Vec<String> = s
                    .values
                    .iter()
                    .flatten()
                    .map(|v| format!("\"{v}\""))
                    .collect();
                let _ = writeln!(
                    rules,
                    "pub(super) static S_{id}: StringRules = StringRules {{ min: {}, max: {}, pattern: {pattern}, values: &[{}], sensitive: {} }};",
                    opt(s.min),
                    opt(s.max),
                    values.join(", "),
                    s.sensitive || service.spec.unechoed.contains(&name)
                );
                used.push("StringRules");
            }
            Shape::Integer(n) => {
                let _ = writeln!(
                    rules,
                    "pub(super) static I_{id}: IntRules = IntRules {{ min: {}, max: {} }};",
                    opt(n.min),
                    opt(n.max)
                );
                used.push("IntRules");
            }
            Shape::List(l) => {
                let _ = writeln!(
                    rules,
                    "pub(super) static C_{id}: CountRules = CountRules {{ min: {}, max: {} }};",
                    opt(l.min),
                    opt(l.max)
                );
                used.push("CountRules");
            }
            Shape::Map(m) => {
                let _ = writeln!(
                    rules,
                    "pub(super) static C_{id}: CountRules = CountRules {{ min: {}, max: {} }};",
                    opt(m.min),
                    opt(m.max)
                );
                used.push("CountRules");
            }
            _ => {}
        }
    }
    if !patterns.is_empty() {
        used.push("Pattern");
    }
    used.sort_unstable();
    used.dedup();
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        "validation rules: the constraints of every shape an input holds",
    );
    if !used.is_empty() {
        let _ = writeln!(out, "use crate::decode::{{{}}};\n", used.join(", "));
    }
    out.push_str(&rules);
    if !patterns.is_empty() {
        let _ = writeln!(
            out,
            "\n#[cfg(test)]\nmod tests {{\nuse super::*;\n\n#[test]\nfn every_pattern_compiles() {{\nlet patterns: [&Pattern; {}] = [{}];\n\
             for p in patterns {{ assert!(p.regex().is_some(), \"{{p:?}}\"); }}\n}}\n}}",
            patterns.len(),
            patterns.join(", ")
        );
    }
    Ok(out)
}
