//! gatehouse-token
