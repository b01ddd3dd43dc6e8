//! The committed generated modules must equal what the generator produces now.

use gatehouse_codegen::{SERVICES, generate_service, output_path};

#[test]
fn generated_files_are_up_to_date() {
    for spec in &SERVICES {
        let fresh = generate_service(spec);
        assert!(fresh.is_ok(), "generation failed: {:?}", fresh.err());
        let committed = std::fs::read_to_string(output_path(spec)).unwrap_or_default();
        assert!(
            fresh.is_ok_and(|f| f == committed),
            "{} is stale: run `cargo run -p gatehouse-codegen` to regenerate",
            output_path(spec).display()
        );
    }
}
