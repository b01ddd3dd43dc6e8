//! The `--init` seed file: TOML parsing and planning (`gatehouse_seed::plan`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = gatehouse_seed::plan(text);
    }
});
