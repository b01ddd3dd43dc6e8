//! A service as the emitters see it: its model, and the shapes its operations reach, checked.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{MemberRef, Operation, Protocol, ServiceModel, Shape, StructureShape};
use crate::names::{snake, type_name};
use crate::{CodegenError, ServiceSpec};

/// One service's model with the shapes reachable from its operations.
pub struct Service<'m> {
    /// What to generate and how.
    pub spec: &'m ServiceSpec,
    /// The model.
    pub model: &'m ServiceModel,
    /// Its wire protocol.
    pub protocol: Protocol,
    /// Shapes reachable from operation inputs.
    pub input: BTreeSet<&'m str>,
    /// Shapes reachable from operation inputs as members, elements, keys or values: the
    /// shapes with validation rules and a decoder function.
    pub nested_input: BTreeSet<&'m str>,
    /// Shapes reachable from operation outputs.
    pub output: BTreeSet<&'m str>,
}

/// Refused: a model the generator would mis-read.
fn refuse(message: String) -> CodegenError {
    CodegenError::Model(message)
}

impl<'m> Service<'m> {
    /// Walks the model of `spec` from its operations and checks what it reaches.
    pub fn new(spec: &'m ServiceSpec, model: &'m ServiceModel) -> Result<Self, CodegenError> {
        let Some(protocol) = model.metadata.wire_protocol() else {
            return Err(refuse(format!(
                "{}: protocol {} (only query and AWS JSON 1.1 are supported)",
                spec.model_file, model.metadata.protocol
            )));
        };
        let mut input_roots = Vec::new();
        let mut output_roots = Vec::new();
        for (name, op) in &model.operations {
            if let Some(input) = &op.input {
                input_roots.push(input.shape.as_str());
            }
            if let Some(output) = &op.output {
                let expected = format!("{name}Result");
                if output
                    .result_wrapper
                    .as_deref()
                    .is_some_and(|w| w != expected)
                {
                    return Err(refuse(format!(
                        "{name}: result wrapper other than {expected}"
                    )));
                }
                output_roots.push(output.shape.as_str());
            }
        }
        let mut service = Service {
            spec,
            model,
            protocol,
            input: BTreeSet::new(),
            nested_input: BTreeSet::new(),
            output: BTreeSet::new(),
        };
        service.input = service.reach(&input_roots)?;
        service.nested_input = service.reach(&service.children_of(&input_roots)?)?;
        service.output = service.reach(&output_roots)?;
        service.check_names()?;
        if service.is_json() {
            for &name in &service.input {
                if matches!(service.shape(name)?, Shape::Map(_)) {
                    return Err(refuse(format!(
                        "{name}: a map in an AWS JSON input (not supported)"
                    )));
                }
            }
        }
        Ok(service)
    }

    /// Whether the service speaks AWS JSON 1.1.
    pub fn is_json(&self) -> bool {
        self.protocol == Protocol::AwsJson11
    }

    /// The operations, sorted by name.
    pub fn operations(&self) -> impl Iterator<Item = (&'m str, &'m Operation)> {
        self.model
            .operations
            .iter()
            .map(|(name, op)| (name.as_str(), op))
    }

    /// The shape named `name`.
    pub fn shape(&self, name: &str) -> Result<&'m Shape, CodegenError> {
        self.model
            .shapes
            .get(name)
            .ok_or_else(|| refuse(format!("unknown shape {name}")))
    }

    /// The structure named `name`.
    pub fn structure(&self, name: &str) -> Result<&'m StructureShape, CodegenError> {
        match self.shape(name)? {
            Shape::Structure(s) => Ok(s),
            other => Err(refuse(format!(
                "{name} is a {}, not a structure",
                other.kind()
            ))),
        }
    }

    /// Whether `name` is a string enumeration.
    pub fn is_enum(&self, name: &str) -> Result<bool, CodegenError> {
        Ok(self.shape(name)?.as_enum().is_some())
    }

    /// Whether values of `name` are kept out of logs.
    pub fn is_sensitive(&self, name: &str) -> Result<bool, CodegenError> {
        Ok(self.shape(name)?.sensitive())
    }

    /// Structure members in model order: (member name, member reference).
    pub fn members(&self, name: &str) -> Result<&'m [(String, MemberRef)], CodegenError> {
        Ok(&self.structure(name)?.members.0)
    }

    /// The shape a list element, map key or map value holds, refusing traits the generator
    /// does not implement.
    pub fn target(&self, owner: &str, member: &'m MemberRef) -> Result<&'m str, CodegenError> {
        match member.unsupported_trait() {
            Some(t) => Err(refuse(format!("{owner} uses {t}"))),
            None => Ok(member.shape.as_str()),
        }
    }

    /// The shapes `names` hold directly.
    fn children_of(&self, names: &[&'m str]) -> Result<Vec<&'m str>, CodegenError> {
        let mut children = Vec::new();
        for &name in names {
            match self.shape(name)? {
                Shape::Structure(s) => {
                    for (member, def) in &s.members.0 {
                        if let Some(t) = def.unsupported_trait() {
                            return Err(refuse(format!("{name}.{member} uses {t}")));
                        }
                        children.push(def.shape.as_str());
                    }
                }
                Shape::List(l) => {
                    if l.flattened.is_some() {
                        return Err(refuse(format!("{name} is flattened")));
                    }
                    children.push(self.target(name, &l.member)?);
                }
                Shape::Map(m) => {
                    if m.flattened.is_some() {
                        return Err(refuse(format!("{name} is flattened")));
                    }
                    children.push(self.target(name, &m.key)?);
                    children.push(self.target(name, &m.value)?);
                }
                _ => {}
            }
        }
        Ok(children)
    }

    /// Every shape reachable from `roots`, the roots included.
    fn reach(&self, roots: &[&'m str]) -> Result<BTreeSet<&'m str>, CodegenError> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&'m str> = roots.to_vec();
        while let Some(name) = stack.pop() {
            if seen.insert(name) {
                stack.extend(self.children_of(&[name])?);
            }
        }
        Ok(seen)
    }

    /// Every shape an operation reaches, sorted by name.
    pub fn all(&self) -> BTreeSet<&'m str> {
        self.input.union(&self.output).copied().collect()
    }

    /// Whether structure `owner` holds `target` by value: through members that are
    /// structures, not through a list (a `Vec` holds its elements on the heap, so a structure
    /// may hold a list of itself, as Organizations' `HandshakeResource` does).
    fn holds_by_value(
        &self,
        owner: &'m str,
        target: &str,
        seen: &mut BTreeSet<&'m str>,
    ) -> Result<bool, CodegenError> {
        if !seen.insert(owner) {
            return Ok(false);
        }
        for (_, member) in &self.structure(owner)?.members.0 {
            let shape = member.shape.as_str();
            if matches!(self.shape(shape)?, Shape::Structure(_))
                && (shape == target || self.holds_by_value(shape, target, seen)?)
            {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Rust type names and snake names must not collide; structures must not hold themselves by value.
    fn check_names(&self) -> Result<(), CodegenError> {
        let mut types = BTreeMap::new();
        let mut snakes = BTreeMap::new();
        for name in self.all() {
            if let Some(other) = snakes.insert(snake(name), name) {
                return Err(refuse(format!("{name} and {other} collide")));
            }
            let shape = self.shape(name)?;
            let structure = matches!(shape, Shape::Structure(_));
            if structure || shape.as_enum().is_some() {
                if let Some(other) = types.insert(type_name(name), name) {
                    return Err(refuse(format!("{name} and {other} collide")));
                }
                if structure && self.holds_by_value(name, name, &mut BTreeSet::new())? {
                    return Err(refuse(format!("{name} is recursive")));
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPEC: ServiceSpec = ServiceSpec {
        module: "x",
        variant: "X",
        model_file: "x.json",
        json: false,
        unechoed: &[],
    };

    fn model(protocol: &str, shapes: &str) -> ServiceModel {
        ServiceModel::parse(&format!(
            r#"{{"metadata": {{"apiVersion": "1", "protocol": "{protocol}", "endpointPrefix": "x",
                              "serviceFullName": "X"}},
                "operations": {{"Op": {{"input": {{"shape": "In"}},
                                        "output": {{"shape": "Out", "resultWrapper": "OpResult"}}}}}},
                "shapes": {{{shapes}}}}}"#
        ))
        .unwrap()
    }

    const PLAIN: &str = r#""In": {"type": "structure", "members": {"L": {"shape": "l"}}},
        "Out": {"type": "structure", "members": {"S": {"shape": "s"}}},
        "l": {"type": "list", "member": {"shape": "s"}},
        "s": {"type": "string"},
        "Unreached": {"type": "structure", "members": {"M": {"shape": "s", "locationName": "m"}}}"#;

    #[test]
    fn reaches_inputs_and_outputs_and_only_them() {
        let model = model("query", PLAIN);
        let service = Service::new(&SPEC, &model).unwrap();
        assert_eq!(
            Vec::from_iter(service.input.iter().copied()),
            ["In", "l", "s"]
        );
        assert_eq!(
            Vec::from_iter(service.nested_input.iter().copied()),
            ["l", "s"]
        );
        assert_eq!(Vec::from_iter(service.output.iter().copied()), ["Out", "s"]);
    }

    #[test]
    fn refuses_what_it_would_misread() {
        let json = model("json", PLAIN);
        assert!(Service::new(&SPEC, &json).is_err());
        let renamed = model(
            "query",
            &PLAIN.replace(
                r#"{"shape": "l"}"#,
                r#"{"shape": "l", "locationName": "x"}"#,
            ),
        );
        assert!(Service::new(&SPEC, &renamed).is_err());
        let flattened = model(
            "query",
            &PLAIN.replace(
                r#""type": "list","#,
                r#""type": "list", "flattened": true,"#,
            ),
        );
        assert!(Service::new(&SPEC, &flattened).is_err());
        let recursive = model(
            "query",
            &PLAIN.replace(r#"{"L": {"shape": "l"}}"#, r#"{"L": {"shape": "In"}}"#),
        );
        assert!(Service::new(&SPEC, &recursive).is_err());
    }
}
