//! The emitters: each writes one generated file, for one concern, as unformatted Rust.
//!
//! Per service, under `crates/protocol/src/generated/SERVICE/`: `mod.rs` (the module and what
//! it exports), `shapes.rs` (the Rust types), `validate.rs` (the input constraints),
//! `decode.rs` (query decoders), `encode.rs` (XML and JSON encoders), `errors.rs` (the
//! modelled errors' constructors), `operations.rs` (the operation table) and `api.rs` (the
//! handler trait and `dispatch`). Across services: `crates/protocol/src/generated/mod.rs`, and
//! `crates/error/src/generated.rs` (the error codes of every model).

pub mod api;
pub mod decode;
pub mod encode;
pub mod error_codes;
pub mod errors;
pub mod module;
pub mod operations;
pub mod shapes;
pub mod validate;

use std::fmt::Write as _;

use crate::CodegenError;
use crate::service::Service;

/// The files of one service's module: (file name, unformatted source).
pub fn service_files(service: &Service<'_>) -> Result<Vec<(&'static str, String)>, CodegenError> {
    Ok(vec![
        ("mod.rs", module::emit(service)),
        ("shapes.rs", shapes::emit(service)?),
        ("validate.rs", validate::emit(service)?),
        ("decode.rs", decode::emit(service)?),
        ("encode.rs", encode::emit(service)?),
        ("errors.rs", errors::emit(service)),
        ("operations.rs", operations::emit(service)),
        ("api.rs", api::emit(service)),
    ])
}

/// The opening lines of a generated file of `service`: what it holds, where it comes from.
pub fn header(out: &mut String, service: &Service<'_>, what: &str) {
    let _ = writeln!(
        out,
        "//! {} {what}.\n//!\n{}",
        service.spec.variant.to_uppercase(),
        provenance(&format!("`models/{}`", service.spec.model_file))
    );
}

/// The doc lines saying where a generated file comes from, and how to regenerate it.
pub fn provenance(models: &str) -> String {
    format!(
        "//! Generated from {models} by `gatehouse-codegen`.\n\
         //! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.\n"
    )
}

/// `Some(v)` or `None` as Rust source.
pub fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"))
}
