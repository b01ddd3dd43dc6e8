//! gatehouse-service
