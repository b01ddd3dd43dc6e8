//! `crates/error/src/generated.rs`: the error codes every model declares, as rows of the
//! `ErrorCode` table that `gatehouse-error` completes with the codes no model declares.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::model::ServiceModel;
use crate::names::variant_name;
use crate::{CodegenError, ServiceSpec};

/// The rows' indentation inside the macro (rustfmt leaves macro bodies as they are).
const INDENT: &str = "                ";

/// One wire code and the shapes that declare it.
struct Code<'m> {
    status: u16,
    sender_fault: bool,
    /// (service, shape) pairs.
    shapes: Vec<(&'static str, &'m str)>,
}

/// The file, from every service's model.
pub fn emit(services: &[(&ServiceSpec, &ServiceModel)]) -> Result<String, CodegenError> {
    let mut codes: BTreeMap<&str, Code<'_>> = BTreeMap::new();
    for (spec, model) in services {
        for error in model.errors() {
            let code = codes.entry(error.code).or_insert(Code {
                status: error.status,
                sender_fault: error.sender_fault,
                shapes: Vec::new(),
            });
            if (code.status, code.sender_fault) != (error.status, error.sender_fault) {
                return Err(CodegenError::Model(format!(
                    "{}'s {} answers {} with another status or fault than another model",
                    spec.variant, error.shape, error.code
                )));
            }
            code.shapes.push((spec.variant, error.shape));
        }
    }
    let mut variants = BTreeMap::new();
    let mut rows = String::new();
    for (code, entry) in &codes {
        let variant = variant_name(code);
        if !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(CodegenError::Model(format!(
                "error code {code} is not a plain word"
            )));
        }
        if let Some(other) = variants.insert(variant.clone(), *code) {
            return Err(CodegenError::Model(format!(
                "error codes {code} and {other} make the same variant"
            )));
        }
        let shapes = entry
            .shapes
            .iter()
            .map(|(service, shape)| format!("{}'s `{shape}`", service.to_uppercase()))
            .collect::<Vec<_>>()
            .join(", ");
        let fault = if entry.sender_fault {
            "Sender"
        } else {
            "Receiver"
        };
        let _ = writeln!(
            rows,
            "{INDENT}/// `{code}` ({}, {fault}): {shapes}.\n{INDENT}{variant} = (\"{code}\", {}, {fault}),",
            entry.status, entry.status
        );
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! The error codes the service models declare, as rows of the `ErrorCode` table.\n\
         //!\n\
         //! One row per wire code: the `error` trait's `code` (else the shape's name), its\n\
         //! `httpStatusCode` (else 400) and `senderFault` (a shape without the trait is the\n\
         //! sender's).\n\
         //!\n{}\n\
         /// Calls `$table!` with the modelled codes as a `modelled {{ … }}` block, ahead of the\n\
         /// tokens given after it; each row is `Variant = (\"Code\", status, Fault),`.\n\
         macro_rules! with_modelled_codes {{\n\
         \x20   ($table:ident! {{ $($rest:tt)* }}) => {{\n\
         \x20       $table! {{\n\
         \x20           modelled {{\n{rows}\
         \x20           }}\n\
         \x20           $($rest)*\n\
         \x20       }}\n\
         \x20   }};\n\
         }}\n\n\
         pub(crate) use with_modelled_codes;",
        super::provenance("the service models in `models/`")
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(errors: &str) -> ServiceModel {
        ServiceModel::parse(&format!(
            r#"{{"metadata": {{"apiVersion": "1", "protocol": "query", "endpointPrefix": "x",
                              "serviceFullName": "X"}},
                "operations": {{}}, "shapes": {{{errors}}}}}"#
        ))
        .unwrap()
    }

    const SPEC: ServiceSpec = ServiceSpec {
        module: "x",
        variant: "X",
        model_file: "x.json",
        json: false,
        unechoed: &[],
    };

    #[test]
    fn one_row_per_code_with_its_shapes() {
        let a = model(
            r#""OopsException": {"type": "structure", "exception": true,
                                  "error": {"code": "Oops", "httpStatusCode": 409, "senderFault": true}},
               "BareException": {"type": "structure", "exception": true},
               "Failure": {"type": "structure", "exception": true, "error": {"httpStatusCode": 500}},
               "NotAnError": {"type": "structure"}"#,
        );
        let b = model(
            r#""OtherOops": {"type": "structure", "exception": true,
                              "error": {"code": "Oops", "httpStatusCode": 409, "senderFault": true}}"#,
        );
        let out = emit(&[(&SPEC, &a), (&SPEC, &b)]).unwrap();
        let rows: Vec<&str> = out
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("//") && l.contains(" = (\""))
            .collect();
        assert_eq!(
            rows,
            [
                r#"BareException = ("BareException", 400, Sender),"#,
                r#"Failure = ("Failure", 500, Receiver),"#,
                r#"Oops = ("Oops", 409, Sender),"#,
            ]
        );
        assert!(out.contains("X's `OopsException`, X's `OtherOops`."));
    }

    #[test]
    fn a_code_with_two_statuses_is_refused() {
        let a = model(
            r#""A": {"type": "structure", "exception": true, "error": {"code": "Oops", "httpStatusCode": 400}}"#,
        );
        let b = model(
            r#""B": {"type": "structure", "exception": true, "error": {"code": "Oops", "httpStatusCode": 409}}"#,
        );
        assert!(matches!(
            emit(&[(&SPEC, &a), (&SPEC, &b)]),
            Err(CodegenError::Model(_))
        ));
    }
}
