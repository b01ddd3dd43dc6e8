//! Rust names for model names.

/// Words that cannot be used as plain identifiers.
const KEYWORDS: [&str; 12] = [
    "type", "match", "ref", "mod", "move", "self", "struct", "enum", "fn", "use", "in", "loop",
];

/// `RoleSessionName` → `role_session_name`, `SAMLAssertion` → `saml_assertion`,
/// `OpenIDConnectProviderArn` → `open_id_connect_provider_arn`, `arnType` → `arn_type`.
pub fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !out.ends_with('_') && !out.is_empty() {
                out.push('_');
            }
            continue;
        }
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars.get(i - 1).copied().unwrap_or('_');
            let next = chars.get(i + 1).copied().unwrap_or('_');
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next.is_ascii_lowercase());
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A struct field name: snake case, raw identifier for keywords.
pub fn field_name(member: &str) -> String {
    let s = snake(member);
    if KEYWORDS.contains(&s.as_str()) {
        format!("r#{s}")
    } else {
        s
    }
}

/// `arnType` → `ArnType`: the model name with its first letter upper-cased.
pub fn type_name(shape: &str) -> String {
    let mut chars = shape.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `RoleSessionName` → `roleSessionName`: AWS's validation path form.
pub fn camel_lower(member: &str) -> String {
    let mut chars = member.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `arnType` → `ARN_TYPE`.
pub fn upper_snake(name: &str) -> String {
    snake(name).to_ascii_uppercase()
}

/// An enum value as a variant: `SERVICE_LEVEL` → `ServiceLevel`, `aws-managed` → `AwsManaged`,
/// `text/csv` → `TextCsv`, `v1Token` → `V1Token`, `AWSManagedPolicy` stays.
pub fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for part in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let all_upper = part.chars().all(|c| !c.is_ascii_lowercase());
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            if all_upper {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                out.push_str(chars.as_str());
            }
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        format!("V{out}")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_cases() {
        assert_eq!(snake("RoleSessionName"), "role_session_name");
        assert_eq!(snake("SAMLAssertion"), "saml_assertion");
        assert_eq!(
            snake("OpenIDConnectProviderArn"),
            "open_id_connect_provider_arn"
        );
        assert_eq!(snake("arnType"), "arn_type");
        assert_eq!(snake("QRCodePNG"), "qr_code_png");
        assert_eq!(snake("ListMFADevices"), "list_mfa_devices");
        assert_eq!(snake("Base32StringSeed"), "base32_string_seed");
        assert_eq!(field_name("Type"), "r#type");
    }

    #[test]
    fn other_forms() {
        assert_eq!(type_name("arnType"), "ArnType");
        assert_eq!(camel_lower("RoleSessionName"), "roleSessionName");
        assert_eq!(upper_snake("arnType"), "ARN_TYPE");
        assert_eq!(variant_name("SERVICE_LEVEL"), "ServiceLevel");
        assert_eq!(variant_name("aws-managed"), "AwsManaged");
        assert_eq!(variant_name("text/csv"), "TextCsv");
        assert_eq!(variant_name("v1Token"), "V1Token");
        assert_eq!(variant_name("AWSManagedPolicy"), "AWSManagedPolicy");
        assert_eq!(variant_name("AWS"), "Aws");
    }
}
