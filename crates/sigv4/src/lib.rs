//! gatehouse-sigv4
