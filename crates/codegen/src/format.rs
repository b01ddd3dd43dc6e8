//! Formatting generated code with rustfmt, as `cargo fmt` would.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::{CodegenError, workspace_root};

/// Formats Rust source with `rustfmt --edition 2024` and the workspace's `rustfmt.toml`.
pub fn rustfmt(source: &str) -> Result<String, CodegenError> {
    let mut child = Command::new("rustfmt")
        .current_dir(workspace_root())
        .args(["--edition", "2024", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| CodegenError::Rustfmt(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(source.as_bytes())
            .map_err(|e| CodegenError::Rustfmt(e.to_string()))?;
    }
    let output = child
        .wait_with_output()
        .map_err(|e| CodegenError::Rustfmt(e.to_string()))?;
    if !output.status.success() {
        return Err(CodegenError::Rustfmt(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| CodegenError::Rustfmt(e.to_string()))
}
