//! `api.rs`: the handler trait, one method per operation, and `dispatch`, which decodes a
//! request's input, calls the handler and encodes its output.

use std::fmt::Write as _;

use crate::names::{snake, type_name};
use crate::service::Service;

/// The file.
pub fn emit(service: &Service<'_>) -> String {
    let json = service.spec.json;
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        "handler trait and dispatcher: one method per operation, and `dispatch`",
    );
    let _ = writeln!(out, "use super::shapes::*;");
    if service.is_json() {
        let _ = writeln!(
            out,
            "use crate::decode::decode_json_input;\nuse crate::encode::aws_json_response;\nuse crate::{{AwsError, Encoded, JsonInput}};\n"
        );
        emit_trait(service, &mut out);
        emit_json_dispatch(service, &mut out);
        return out;
    }
    let _ = writeln!(out, "use crate::decode::decode_input;");
    let _ = writeln!(out, "use crate::encode::xml_response;");
    if json {
        let _ = writeln!(out, "use crate::encode::json_response;");
    }
    let _ = writeln!(
        out,
        "use crate::{{AwsError, Encoded, QueryParams, ResponseFormat, Api}};\n"
    );
    emit_trait(service, &mut out);
    emit_dispatch(service, &mut out);
    out
}

fn emit_trait(service: &Service<'_>, out: &mut String) {
    let variant = service.spec.variant;
    let _ = writeln!(
        out,
        "/// The {} operations. Every method defaults to `NotImplemented` (501); implement the ones\n\
         /// the service supports.\npub trait {variant}Api: Sync {{\n/// Per-request context (caller identity, clock, …).\ntype Context: Sync;\n",
        variant.to_uppercase()
    );
    for (name, op) in service.operations() {
        let input_arg = op
            .input
            .as_ref()
            .map(|i| format!(", _input: {}", type_name(&i.shape)))
            .unwrap_or_default();
        let output_ty = op
            .output
            .as_ref()
            .map_or_else(|| "()".to_owned(), |o| type_name(&o.shape));
        let _ = writeln!(
            out,
            "/// Handles `{name}`.\nfn {}(&self, _ctx: &Self::Context{input_arg}) -> impl Future<Output = Result<{output_ty}, AwsError>> + Send {{\n\
             async {{ Err(AwsError::not_implemented(\"{name}\")) }}\n}}\n",
            snake(name)
        );
    }
    let _ = writeln!(out, "}}\n");
}

/// `dispatch` of an AWS JSON service: the operation named by `X-Amz-Target` (without the
/// prefix), its input decoded from the request's JSON object.
fn emit_json_dispatch(service: &Service<'_>, out: &mut String) {
    let variant = service.spec.variant;
    let _ = writeln!(
        out,
        "/// Decodes and validates the input of `operation` (the part of `X-Amz-Target` after the\n\
         /// prefix) from the request's JSON object, calls the handler and encodes its output as a\n\
         /// JSON object.\n\
         pub async fn dispatch<H: {variant}Api>(handler: &H, ctx: &H::Context, operation: &str, input: &JsonInput) -> Result<Encoded, AwsError> {{\n\
         match operation {{"
    );
    for (name, op) in service.operations() {
        let method = snake(name);
        let _ = writeln!(out, "\"{name}\" => {{");
        let call = match &op.input {
            Some(i) => {
                let _ = writeln!(
                    out,
                    "let input = decode_json_input(input, {}::decode_members)?;",
                    type_name(&i.shape)
                );
                format!("handler.{method}(ctx, input).await?")
            }
            None => format!("handler.{method}(ctx).await?"),
        };
        if op.output.is_some() {
            let _ = writeln!(
                out,
                "let output = {call};\nOk(aws_json_response(Some(&output)))"
            );
        } else {
            let _ = writeln!(out, "{call};\nOk(aws_json_response(None))");
        }
        let _ = writeln!(out, "}}");
    }
    let _ = writeln!(
        out,
        "other => Err(AwsError::unknown_operation(other)),\n}}\n}}"
    );
}

fn emit_dispatch(service: &Service<'_>, out: &mut String) {
    let (variant, json) = (service.spec.variant, service.spec.json);
    let format_arg = if json { "format" } else { "_format" };
    let _ = writeln!(
        out,
        "/// Decodes and validates the input for the request's action, calls the handler and encodes\n\
         /// its output in the success envelope{}.\n\
         pub async fn dispatch<H: {variant}Api>(handler: &H, ctx: &H::Context, params: &QueryParams, request_id: &str, {format_arg}: ResponseFormat) -> Result<Encoded, AwsError> {{\n\
         match Api::{variant}.action(params)? {{",
        if json {
            " (XML or JSON per `format`)"
        } else {
            " (always XML: IAM has no JSON mode)"
        }
    );
    for (name, op) in service.operations() {
        let method = snake(name);
        let _ = writeln!(out, "\"{name}\" => {{");
        let call = match &op.input {
            Some(i) => {
                let _ = writeln!(
                    out,
                    "let input = decode_input(params, {}::decode_members)?;",
                    type_name(&i.shape)
                );
                format!("handler.{method}(ctx, input).await?")
            }
            None => format!("handler.{method}(ctx).await?"),
        };
        let body = if op.output.is_some() {
            let _ = writeln!(out, "let output = {call};");
            "Some(&output)"
        } else {
            let _ = writeln!(out, "{call};");
            "None"
        };
        if json {
            let _ = writeln!(
                out,
                "Ok(match format {{\nResponseFormat::Xml => xml_response(Api::{variant}, \"{name}\", request_id, {body}),\n\
                 ResponseFormat::Json => json_response(\"{name}\", request_id, {body}),\n}})"
            );
        } else {
            let _ = writeln!(
                out,
                "Ok(xml_response(Api::{variant}, \"{name}\", request_id, {body}))"
            );
        }
        let _ = writeln!(out, "}}");
    }
    let _ = writeln!(
        out,
        "other => Err(AwsError::invalid_action(other, Api::{variant}.version())),\n}}\n}}"
    );
}
