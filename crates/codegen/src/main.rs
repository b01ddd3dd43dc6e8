//! `cargo run -p gatehouse-codegen`: regenerates `crates/protocol/src/generated/{sts,iam}.rs`.

use std::process::ExitCode;

use gatehouse_codegen::{CodegenError, SERVICES, generate_service, output_path};

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
    for spec in &SERVICES {
        let source = generate_service(spec)?;
        let path = output_path(spec);
        std::fs::write(&path, source).map_err(|source| CodegenError::Io {
            path: path.clone(),
            source,
        })?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
