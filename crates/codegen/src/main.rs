//! `cargo run -p gatehouse-codegen`: regenerates every generated file from `models/`.

use std::process::ExitCode;

use gatehouse_codegen::{CodegenError, generate, workspace_root};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("gatehouse-codegen: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), CodegenError> {
    let root = workspace_root();
    for file in generate()? {
        let path = root.join(&file.path);
        let io = |source| CodegenError::Io {
            path: path.clone(),
            source,
        };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        std::fs::write(&path, &file.source).map_err(io)?;
        println!("wrote {}", file.path.display());
    }
    Ok(())
}
