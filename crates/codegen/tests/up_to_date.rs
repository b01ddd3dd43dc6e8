//! The committed generated files must equal what the generator produces now, and the
//! generated directory must hold nothing else.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use gatehouse_codegen::{PROTOCOL_DIR, generate, workspace_root};

/// Every file under `dir`, as paths from the workspace root.
fn files_under(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return;
    };
    for entry in entries.flatten() {
        let path = dir.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            files_under(root, &path, out);
        } else {
            out.insert(path);
        }
    }
}

#[test]
fn generated_files_are_up_to_date() {
    let root = workspace_root();
    let files = generate();
    assert!(files.is_ok(), "generation failed: {:?}", files.err());
    let files = files.unwrap_or_default();
    for file in &files {
        let committed = std::fs::read_to_string(root.join(&file.path)).unwrap_or_default();
        assert!(
            committed == file.source,
            "{} is stale: run `cargo run -p gatehouse-codegen` to regenerate",
            file.path.display()
        );
    }
    let mut present = BTreeSet::new();
    files_under(&root, Path::new(PROTOCOL_DIR), &mut present);
    let generated: BTreeSet<PathBuf> = files.into_iter().map(|f| f.path).collect();
    let strays: Vec<_> = present.difference(&generated).collect();
    assert!(
        strays.is_empty(),
        "{strays:?} are not generated: remove them (the generator writes every file there)"
    );
}
