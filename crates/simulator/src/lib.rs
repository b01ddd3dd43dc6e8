//! The IAM policy simulator: `SimulateCustomPolicy`, `SimulatePrincipalPolicy`,
//! `GetContextKeysForCustomPolicy` and `GetContextKeysForPrincipalPolicy`.
//!
//! Policies are parsed and evaluated by the one policy engine (`gatehouse-policy`), so a
//! simulation answers exactly what a real request would get from the same policies and
//! condition keys. The simulator adds no keys of its own: every key a condition or policy
//! variable needs comes from `ContextEntries` (missing ones are listed in
//! `MissingContextValues`), as in IAM.
//!
//! Results follow the current IAM model: one `EvaluationResult` per action, whose decision is
//! the most restrictive over the requested resources, with one `ResourceSpecificResult` per
//! resource when `ResourceArns` is given.
//!
//! Evaluation is CPU work: it runs on the blocking pool, one simulation at a time (the
//! others wait their turn without holding a thread), so that the IAM runtime's threads stay
//! free for other IAM operations; and each request's work is bounded (`simulate.rs`,
//! `Budget`).

mod context;
mod error;
mod position;
mod simulate;
mod source;

use gatehouse_core::{Context, State};
use gatehouse_protocol::AwsError;
use gatehouse_protocol::iam::{
    ContextEntry, GetContextKeysForCustomPolicyRequest, GetContextKeysForPolicyResponse,
    GetContextKeysForPrincipalPolicyRequest, SimulateCustomPolicyRequest, SimulatePolicyResponse,
    SimulatePrincipalPolicyRequest,
};
use gatehouse_token::AccountId;

pub use error::SimulatorError;

use simulate::{Budget, Simulation, caller, context_key_names};
use source::{Entity, SourcedPolicy, entity_policies};

/// The [`Scenario`] of a `SimulateCustomPolicy` or `SimulatePrincipalPolicy` request, whose
/// generated types share these members.
macro_rules! scenario_of {
    ($input:expr) => {
        Scenario {
            boundary_inputs: $input.permissions_boundary_policy_input_list.as_deref(),
            caller_arn: $input.caller_arn.as_deref(),
            resource_policy: $input.resource_policy.as_deref(),
            resource_owner: $input.resource_owner.as_deref(),
            context_entries: $input.context_entries.as_deref(),
            action_names: &$input.action_names,
            resource_arns: $input.resource_arns.as_deref(),
            max_items: $input.max_items,
            marker: $input.marker.as_deref(),
        }
    };
}

/// The request parameters both simulations share.
struct Scenario<'a> {
    boundary_inputs: Option<&'a [String]>,
    caller_arn: Option<&'a str>,
    resource_policy: Option<&'a str>,
    resource_owner: Option<&'a str>,
    context_entries: Option<&'a [ContextEntry]>,
    action_names: &'a [String],
    resource_arns: Option<&'a [String]>,
    max_items: Option<i32>,
    marker: Option<&'a str>,
}

impl Scenario<'_> {
    /// An empty simulation with the request's context entries.
    fn simulation(&self) -> Result<Simulation, SimulatorError> {
        Ok(Simulation::new(context::context_keys(
            self.context_entries.unwrap_or_default(),
        )?))
    }

    /// The single input boundary, if any.
    fn boundary(&self) -> Result<Option<SourcedPolicy>, SimulatorError> {
        match self.boundary_inputs.unwrap_or_default() {
            [] => Ok(None),
            [only] => Ok(Some(SourcedPolicy::input(
                "PermissionsBoundaryPolicyInputList",
                0,
                only,
            ))),
            _ => Err(SimulatorError::invalid(
                "Only one permissions boundary policy can be simulated.",
            )),
        }
    }

    /// Completes `simulation` with the caller (`CallerArn`, else `default_caller`), the
    /// resource policy and owner, and runs it.
    fn run(
        &self,
        mut simulation: Simulation,
        default_caller: Option<gatehouse_policy::PrincipalInfo>,
    ) -> Result<SimulatePolicyResponse, SimulatorError> {
        let caller = self.caller_arn.map(caller).transpose()?.or(default_caller);
        simulation.set_caller(caller);
        if let Some(document) = self.resource_policy {
            simulation.set_resource_policy(document)?;
        }
        if let Some(owner) = self.resource_owner {
            simulation.set_resource_owner(owner)?;
        }
        simulation.run(
            self.action_names,
            self.resource_arns,
            self.max_items,
            self.marker,
            Budget::per_request(),
        )
    }
}

/// How many simulations evaluate at once.
const CONCURRENT_SIMULATIONS: usize = 1;

static SIMULATIONS: tokio::sync::Semaphore =
    tokio::sync::Semaphore::const_new(CONCURRENT_SIMULATIONS);

/// Runs `work` on the blocking pool once it is the turn of this simulation.
async fn evaluate_off_the_runtime<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, SimulatorError> + Send + 'static,
) -> Result<T, AwsError> {
    let turn = SIMULATIONS
        .acquire()
        .await
        .map_err(|_| AwsError::from(gatehouse_core::error::service_failure()))?;
    let done = tokio::task::spawn_blocking(move || {
        // Held until the work ends, even when the request is abandoned meanwhile.
        let _turn = turn;
        work()
    })
    .await;
    match done {
        Ok(result) => Ok(result?),
        Err(failure) => {
            tracing::error!(%failure, "a simulation did not finish");
            Err(gatehouse_core::error::service_failure().into())
        }
    }
}

/// The account whose entities a caller may simulate: its own.
fn caller_account(state: &State, ctx: &Context) -> AccountId {
    ctx.caller
        .principal()
        .account()
        .unwrap_or(state.config().default_account)
}

/// `SimulateCustomPolicy`: the `PolicyInputList` policies (identity-based), an optional
/// permissions boundary, SCP levels and resource policy, for every action (and resource).
///
/// # Errors
/// `MalformedPolicyDocument` for a policy IAM would refuse; `InvalidInput` for unusable
/// parameters (context values of the wrong type, wildcard actions, a resource policy without
/// `CallerArn`, a foreign marker).
pub async fn simulate_custom_policy(
    _service: &State,
    _ctx: &Context,
    input: SimulateCustomPolicyRequest,
) -> Result<SimulatePolicyResponse, AwsError> {
    evaluate_off_the_runtime(move || {
        let scenario = scenario_of!(input);
        let mut simulation = scenario.simulation()?;
        simulation.add_identity(SourcedPolicy::inputs(
            "PolicyInputList",
            &input.policy_input_list,
        ))?;
        if let Some(boundary) = scenario.boundary()? {
            simulation.set_boundary(boundary)?;
        }
        for level in input
            .ordered_organization_policy_input_list
            .as_deref()
            .unwrap_or_default()
        {
            simulation.add_scp_level(SourcedPolicy::inputs(
                "ServiceControlPolicyInputList",
                level
                    .service_control_policy_input_list
                    .as_deref()
                    .unwrap_or_default(),
            ))?;
        }
        scenario.run(simulation, None)
    })
    .await
}

/// `SimulatePrincipalPolicy`: the policies of the user (with its groups'), group or role named
/// by `PolicySourceArn`, its boundary (replaced by an input boundary), plus any
/// `PolicyInputList` policies. The caller defaults to the source user or role.
///
/// # Errors
/// `NoSuchEntity` when the source does not exist in the caller's account; otherwise as
/// [`simulate_custom_policy`].
pub async fn simulate_principal_policy(
    state: &State,
    ctx: &Context,
    input: SimulatePrincipalPolicyRequest,
) -> Result<SimulatePolicyResponse, AwsError> {
    let entity = Entity::parse(&input.policy_source_arn)?;
    let stored = entity_policies(state, caller_account(state, ctx), &entity).await?;
    let default_caller = entity.is_user().then(|| entity.principal());
    evaluate_off_the_runtime(move || {
        let scenario = scenario_of!(input);
        let mut simulation = scenario.simulation()?;
        simulation.add_identity(stored.identity)?;
        simulation.add_identity(SourcedPolicy::inputs(
            "PolicyInputList",
            input.policy_input_list.as_deref().unwrap_or_default(),
        ))?;
        if let Some(boundary) = scenario.boundary()?.or(stored.boundary) {
            simulation.set_boundary(boundary)?;
        }
        scenario.run(simulation, default_caller)
    })
    .await
}

/// `GetContextKeysForCustomPolicy`: the condition keys and policy variables the policies use,
/// each once, in order of appearance.
///
/// # Errors
/// `MalformedPolicyDocument` for a policy IAM would refuse.
pub async fn get_context_keys_for_custom_policy(
    input: GetContextKeysForCustomPolicyRequest,
) -> Result<GetContextKeysForPolicyResponse, AwsError> {
    let names = context_key_names(&SourcedPolicy::inputs(
        "PolicyInputList",
        &input.policy_input_list,
    ))?;
    Ok(GetContextKeysForPolicyResponse {
        context_key_names: Some(names),
    })
}

/// `GetContextKeysForPrincipalPolicy`: as [`get_context_keys_for_custom_policy`] over the
/// identity-based policies of the user (and its groups), group or role named by
/// `PolicySourceArn`, then the `PolicyInputList` policies.
///
/// # Errors
/// `NoSuchEntity` when the source does not exist in the caller's account;
/// `MalformedPolicyDocument` for an input policy IAM would refuse.
pub async fn get_context_keys_for_principal_policy(
    state: &State,
    ctx: &Context,
    input: GetContextKeysForPrincipalPolicyRequest,
) -> Result<GetContextKeysForPolicyResponse, AwsError> {
    let entity = Entity::parse(&input.policy_source_arn)?;
    let mut policies = entity_policies(state, caller_account(state, ctx), &entity)
        .await?
        .identity;
    policies.extend(SourcedPolicy::inputs(
        "PolicyInputList",
        input.policy_input_list.as_deref().unwrap_or_default(),
    ));
    Ok(GetContextKeysForPolicyResponse {
        context_key_names: Some(context_key_names(&policies)?),
    })
}
