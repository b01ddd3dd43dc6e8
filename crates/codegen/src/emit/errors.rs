//! `errors.rs`: a constructor per error shape of the model, with its AWS code and status.

use std::fmt::Write as _;

use crate::names::{snake, variant_name};
use crate::service::Service;

/// The file.
pub fn emit(service: &Service<'_>) -> String {
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        "errors: constructors for the modelled errors, with their AWS code and HTTP status",
    );
    let _ = writeln!(
        out,
        "use crate::AwsError;\nuse gatehouse_error::{{Error, ErrorCode}};\n"
    );
    for error in service.model.errors() {
        let (name, code, status) = (error.shape, error.code, error.status);
        let func = snake(name.strip_suffix("Exception").unwrap_or(name));
        let _ = writeln!(
            out,
            "/// `{code}` ({status}), the `{name}` shape.\npub fn {func}(message: impl Into<String>) -> AwsError {{\nError::new(ErrorCode::{}, message).into()\n}}\n",
            variant_name(code)
        );
    }
    out
}
