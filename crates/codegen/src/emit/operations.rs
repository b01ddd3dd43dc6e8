//! `operations.rs`: the table of the model's operations, looked up by `Action`.

use std::fmt::Write as _;

use crate::service::Service;

/// The file.
pub fn emit(service: &Service<'_>) -> String {
    let mut out = String::new();
    super::header(
        &mut out,
        service,
        "operations: the table of the model's operations",
    );
    let _ = writeln!(out, "use crate::OperationInfo;\n");
    if let Some(prefix) = service
        .model
        .metadata
        .target_prefix
        .as_deref()
        .filter(|_| service.is_json())
    {
        let _ = writeln!(
            out,
            "/// The prefix of `X-Amz-Target` (`{prefix}.Operation`).\npub const TARGET_PREFIX: &str = \"{prefix}\";\n"
        );
    }
    let _ = writeln!(
        out,
        "static OPERATIONS: [OperationInfo; {}] = [",
        service.model.operations.len()
    );
    for (name, op) in service.operations() {
        let _ = writeln!(
            out,
            "OperationInfo {{ name: \"{name}\", unsigned: {} }},",
            op.unsigned()
        );
    }
    let _ = writeln!(
        out,
        "];\n\n/// The operation named `action`, if the model has it.\npub fn operation(action: &str) -> Option<&'static OperationInfo> {{\n\
         OPERATIONS.binary_search_by(|op| op.name.cmp(action)).ok().and_then(|i| OPERATIONS.get(i))\n}}\n\n\
         /// Every operation of the model, sorted by name.\npub fn operations() -> &'static [OperationInfo] {{\n&OPERATIONS\n}}"
    );
    out
}
