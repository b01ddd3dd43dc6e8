//! gatehouse-protocol
