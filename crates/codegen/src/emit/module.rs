//! `mod.rs`: a service's module, its files and what it exports; and the `generated` module
//! that holds the services.

use std::fmt::Write as _;

use crate::ServiceSpec;
use crate::service::Service;

/// The `mod.rs` of one service.
pub fn emit(service: &Service<'_>) -> String {
    let spec = service.spec;
    let metadata = &service.model.metadata;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! {} (`{}`, API version {}).\n\
         //!\n\
         //! The shapes of the operations are the public types of this module; `{}Api` is the\n\
         //! handler trait and `dispatch` decodes, validates, calls it and encodes the answer.\n\
         //!\n{}",
        metadata.service_full_name,
        metadata.endpoint_prefix,
        metadata.api_version,
        spec.variant,
        super::provenance(&format!("`models/{}`", spec.model_file)),
    );
    let target = if service.is_json() {
        ", TARGET_PREFIX"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "mod api;\nmod decode;\nmod encode;\npub mod errors;\nmod operations;\nmod shapes;\nmod validate;\n\n\
         pub use crate::OperationInfo;\n\
         pub use api::{{{}Api, dispatch}};\n\
         pub use operations::{{operation, operations{target}}};\n\
         pub use shapes::*;",
        spec.variant
    );
    out
}

/// The `mod.rs` of the `generated` module: one module per service.
pub fn emit_root(specs: &[ServiceSpec]) -> String {
    let mut out = String::from(
        "//! Code generated from the pinned botocore models by `gatehouse-codegen`; do not edit by hand.\n\n",
    );
    for spec in specs {
        let _ = writeln!(out, "pub mod {};", spec.module);
    }
    out
}
