//! Every dependency of every crate is declared once, in the workspace's
//! `[workspace.dependencies]` table, so that one version of each is chosen in one place.

#![allow(clippy::unwrap_used, clippy::panic, reason = "a test")]

use std::path::Path;

#[test]
fn every_dependency_is_declared_in_the_workspace_table() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut offenders = Vec::new();
    for entry in std::fs::read_dir(&crates).unwrap() {
        let manifest = entry.unwrap().path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&manifest) else {
            continue;
        };
        let mut in_dependencies = false;
        for line in text.lines().map(str::trim) {
            if line.starts_with('[') {
                in_dependencies = line.trim_end_matches(']').ends_with("dependencies");
                continue;
            }
            if !in_dependencies || line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((name, spec)) = line.split_once('=') else {
                continue;
            };
            let declared = name.trim().ends_with(".workspace")
                || spec.replace(' ', "").contains("workspace=true");
            if !declared {
                offenders.push(format!("{}: {line}", manifest.display()));
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "declare these in [workspace.dependencies] and use `.workspace = true`:\n{}",
        offenders.join("\n")
    );
}
