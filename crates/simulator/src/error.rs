//! The one error type of the simulator.

use gatehouse_policy::PolicyError;
use gatehouse_protocol::AwsError;
use gatehouse_protocol::iam::errors;
use gatehouse_store::StoreError;

/// Why a simulation or a context-key listing was refused.
#[derive(Debug, thiserror::Error)]
pub enum SimulatorError {
    /// An input (or stored) policy document IAM would refuse (`MalformedPolicyDocument`, 400).
    #[error("{0}")]
    MalformedPolicy(#[from] PolicyError),
    /// A parameter with a value the simulator cannot use (`InvalidInput`, 400).
    #[error("{0}")]
    InvalidInput(String),
    /// The user, group or role named by `PolicySourceArn` does not exist (`NoSuchEntity`, 404).
    #[error("The {kind} with name {name} cannot be found.")]
    NoSuchEntity {
        /// `user`, `group` or `role`.
        kind: &'static str,
        /// The entity's name.
        name: String,
    },
    /// The store failed (`ServiceFailure`, 500).
    #[error(transparent)]
    Store(StoreError),
    /// A lookup shared with the request path failed, already as the AWS error to answer.
    #[error("{}", .0.message)]
    Core(gatehouse_error::Error),
}

impl SimulatorError {
    /// An `InvalidInput` error with `message`.
    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Self::InvalidInput(message.into())
    }
}

impl From<SimulatorError> for AwsError {
    fn from(err: SimulatorError) -> Self {
        match err {
            SimulatorError::MalformedPolicy(policy) => {
                errors::malformed_policy_document(policy.to_string())
            }
            SimulatorError::InvalidInput(message) => errors::invalid_input(message),
            no_such @ SimulatorError::NoSuchEntity { .. } => {
                errors::no_such_entity(no_such.to_string())
            }
            SimulatorError::Store(store) => gatehouse_core::error::store_failure(store).into(),
            SimulatorError::Core(error) => error.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_to_aws_codes() {
        let err = AwsError::from(SimulatorError::from(PolicyError::Syntax));
        assert_eq!(
            (err.code.as_ref(), err.status, err.message.as_str()),
            ("MalformedPolicyDocument", 400, "Syntax errors in policy.")
        );
        let err = AwsError::from(SimulatorError::invalid("bad"));
        assert_eq!((err.code.as_ref(), err.status), ("InvalidInput", 400));
        let err = AwsError::from(SimulatorError::NoSuchEntity {
            kind: "role",
            name: "r".into(),
        });
        assert_eq!(
            (err.code.as_ref(), err.status, err.message.as_str()),
            ("NoSuchEntity", 404, "The role with name r cannot be found.")
        );
    }
}
