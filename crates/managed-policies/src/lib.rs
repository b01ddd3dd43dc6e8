//! gatehouse-managed-policies
