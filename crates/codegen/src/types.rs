//! The Rust type each shape becomes, and whether it has a `Default`.

use crate::CodegenError;
use crate::model::Shape;
use crate::names::type_name;
use crate::service::Service;

impl Service<'_> {
    /// The Rust type of a value of shape `name`.
    pub fn rust_type(&self, name: &str) -> Result<String, CodegenError> {
        Ok(match self.shape(name)? {
            Shape::String(s) if s.values.is_some() => type_name(name),
            Shape::String(_) => "String".into(),
            Shape::Integer(_) => "i32".into(),
            Shape::Boolean(_) => "bool".into(),
            Shape::Blob(_) => "Vec<u8>".into(),
            Shape::Timestamp(_) => "OffsetDateTime".into(),
            Shape::Structure(_) => type_name(name),
            Shape::List(l) => format!("Vec<{}>", self.rust_type(self.target(name, &l.member)?)?),
            Shape::Map(m) => format!(
                "Vec<({}, {})>",
                self.rust_type(self.target(name, &m.key)?)?,
                self.rust_type(self.target(name, &m.value)?)?
            ),
            other @ (Shape::Long(_) | Shape::Unsupported) => {
                return Err(CodegenError::Model(format!(
                    "{name}: unsupported type {}",
                    other.kind()
                )));
            }
        })
    }

    /// Whether a value of this shape has a `Default` (used to derive `Default` on structures).
    pub fn has_default(&self, name: &str) -> Result<bool, CodegenError> {
        Ok(match self.shape(name)? {
            Shape::String(s) => s.values.is_none(),
            Shape::Integer(_) | Shape::Boolean(_) | Shape::Blob(_) | Shape::List(_) => true,
            Shape::Map(_) => true,
            Shape::Structure(_) => self.struct_has_default(name)?,
            Shape::Long(_) | Shape::Timestamp(_) | Shape::Unsupported => false,
        })
    }

    /// Whether every required member of structure `name` has a `Default`.
    pub fn struct_has_default(&self, name: &str) -> Result<bool, CodegenError> {
        let structure = self.structure(name)?;
        for (member, def) in &structure.members.0 {
            if structure.is_required(member) && !self.has_default(&def.shape)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}
