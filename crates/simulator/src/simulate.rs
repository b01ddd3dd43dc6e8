//! The simulation itself: compiled policies with their sources, evaluated for every requested
//! action (and resource), reported in the shapes of `SimulatePolicyResponse`.
//!
//! The work a request may do is bounded by a [`Budget`]: each (action, resource) pair costs
//! an upper bound of the values its evaluation tests (see [`Simulation::pair_cost`]), known
//! before any is evaluated. A page holds as many actions as fit (IAM may return fewer than
//! `MaxItems`; the marker leads on to the rest), and a request whose one action alone does not
//! fit is refused. A time limit, checked before each pair, backs the count up: a value's test
//! can cost more than the count says (a wildcard pattern on a long text).

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use gatehouse_policy::{
    ContextKeys, Decision, EvalDecision, MatchedStatement, Policy, PolicyKind, PolicySet, Position,
    PrincipalInfo, PrincipalKind, RequestContext, authorize,
};
use gatehouse_protocol::iam::{
    EvaluationResult, OrganizationsDecisionDetail, PermissionsBoundaryDecisionDetail,
    PolicyEvaluationDecisionType, PolicySourceType, ResourceSpecificResult, SimulatePolicyResponse,
    Statement,
};
use gatehouse_token::AccountId;
use gatehouse_token::arn::Arn;

use crate::error::SimulatorError;
use crate::position::{reported_starts, to_wire};
use crate::source::{Entity, SourcedPolicy};

/// `MaxItems` when the request gives none.
const DEFAULT_MAX_ITEMS: usize = 100;

/// The most values (action, resource and principal patterns, condition values; see
/// [`gatehouse_policy::Statement::values`]) one request may have tested: a few tenths of a
/// second of evaluation, and a bound on the statements a response can list.
const WORK_BUDGET: u64 = 10_000_000;

/// The longest one request may evaluate.
const WORK_TIME: Duration = Duration::from_secs(30);

/// What one request may spend.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Budget {
    /// Values tested (see [`Simulation::pair_cost`]).
    values: u64,
    /// When evaluation must stop.
    deadline: Instant,
}

impl Budget {
    /// `values` tested within `time` from now.
    pub(crate) fn new(values: u64, time: Duration) -> Self {
        let now = Instant::now();
        Self {
            values,
            deadline: now.checked_add(time).unwrap_or(now),
        }
    }

    /// The budget of one request, from now.
    pub(crate) fn per_request() -> Self {
        Self::new(WORK_BUDGET, WORK_TIME)
    }

    /// `InvalidInput` once the time is up.
    fn check_time(&self) -> Result<(), SimulatorError> {
        if Instant::now() >= self.deadline {
            return Err(SimulatorError::invalid(
                "The simulation is too large: it did not finish in the time one request may \
                 take. Simulate fewer actions, resources or policies per request.",
            ));
        }
        Ok(())
    }
}

/// A compiled policy's source, with what its matched statements are reported as.
#[derive(Debug)]
struct Source {
    policy: SourcedPolicy,
    /// The first source with the same `SourcePolicyId` and type: statements are told apart
    /// by what is reported of them.
    reported_as: usize,
    /// Each statement's `{` and the `StartPosition` reported for it, in document order.
    starts: Vec<(Position, Position)>,
}

/// What identifies a reported statement: its source (as reported), start and end.
type StatementKey = (usize, Position, Position);

/// The policies of one simulation, each compiled once and labelled with the index of its
/// source so that matched statements can be traced back.
#[derive(Debug, Default)]
pub(crate) struct Simulation {
    sources: Vec<Source>,
    reported: HashMap<(String, Option<PolicySourceType>), usize>,
    identity: Vec<Policy>,
    boundary: Option<Policy>,
    resource: Option<Policy>,
    scps: Vec<Vec<Policy>>,
    principal: Option<PrincipalInfo>,
    resource_account: Option<String>,
    keys: ContextKeys,
    /// The values of all statements, each counted once more for the statement itself.
    values: u64,
}

impl Simulation {
    /// An empty simulation whose requests carry `keys`.
    pub(crate) fn new(keys: ContextKeys) -> Self {
        Self {
            keys,
            ..Self::default()
        }
    }

    fn compile(
        &mut self,
        source: SourcedPolicy,
        kind: PolicyKind,
    ) -> Result<Policy, SimulatorError> {
        let index = self.sources.len();
        let policy = Policy::parse(&source.document, kind)?.with_label(index.to_string());
        let braces: Vec<Position> = policy.statements().iter().map(|s| s.start()).collect();
        let starts = braces
            .iter()
            .copied()
            .zip(reported_starts(&source.document, &braces))
            .collect();
        for statement in policy.statements() {
            let values = u64::try_from(statement.values()).unwrap_or(u64::MAX);
            self.values = self.values.saturating_add(values.saturating_add(1));
        }
        let reported_as = *self
            .reported
            .entry((source.id.clone(), source.source_type))
            .or_insert(index);
        self.sources.push(Source {
            policy: source,
            reported_as,
            starts,
        });
        Ok(policy)
    }

    /// Adds identity-based policies.
    pub(crate) fn add_identity(
        &mut self,
        sources: impl IntoIterator<Item = SourcedPolicy>,
    ) -> Result<(), SimulatorError> {
        for source in sources {
            let policy = self.compile(source, PolicyKind::Identity)?;
            self.identity.push(policy);
        }
        Ok(())
    }

    /// Sets the permissions boundary.
    pub(crate) fn set_boundary(&mut self, source: SourcedPolicy) -> Result<(), SimulatorError> {
        self.boundary = Some(self.compile(source, PolicyKind::PermissionsBoundary)?);
        Ok(())
    }

    /// Adds one level of service control policies (organization root first).
    pub(crate) fn add_scp_level(
        &mut self,
        sources: impl IntoIterator<Item = SourcedPolicy>,
    ) -> Result<(), SimulatorError> {
        let mut level = Vec::new();
        for source in sources {
            level.push(self.compile(source, PolicyKind::ServiceControl)?);
        }
        self.scps.push(level);
        Ok(())
    }

    /// Sets the resource-based policy, which needs the caller (set first) for its `Principal`
    /// element.
    ///
    /// # Errors
    /// `InvalidInput` unless the caller is an IAM user; `MalformedPolicyDocument` for a
    /// policy IAM would refuse.
    pub(crate) fn set_resource_policy(&mut self, document: &str) -> Result<(), SimulatorError> {
        // AWS's answer to SimulatePrincipalPolicy for a role with a ResourcePolicy and no
        // CallerArn, and, the same report says, to SimulateCustomPolicy with a role as the
        // caller (ScottLogic blog, "Automated permissions testing with AWS IAM Policy
        // Simulator", 2025-04-03); the API reference: "You can specify only the ARN of an IAM
        // user" as CallerArn, which is "required if you include a ResourcePolicy".
        if !matches!(
            self.principal.as_ref().map(|caller| &caller.kind),
            Some(PrincipalKind::User)
        ) {
            return Err(SimulatorError::invalid(
                "Invalid caller - Caller must be an IAM user in this context.",
            ));
        }
        let source = SourcedPolicy {
            id: "ResourcePolicy".to_owned(),
            source_type: Some(PolicySourceType::Resource),
            document: document.to_owned(),
        };
        self.resource = Some(self.compile(source, PolicyKind::Resource)?);
        Ok(())
    }

    /// Sets the simulated caller (used by `Principal` matching and the account comparison).
    pub(crate) fn set_caller(&mut self, caller: Option<PrincipalInfo>) {
        self.principal = caller;
    }

    /// Sets the account owning the simulated resources from `ResourceOwner`.
    ///
    /// # Errors
    /// `InvalidInput` when the value is not an ARN with a 12-digit account.
    pub(crate) fn set_resource_owner(&mut self, owner: &str) -> Result<(), SimulatorError> {
        let account = Arn::parse(owner)
            .and_then(|arn| AccountId::parse(arn.account))
            .ok_or_else(|| SimulatorError::invalid(format!("Invalid ResourceOwner: {owner}")))?;
        self.resource_account = Some(account.to_string());
        Ok(())
    }

    /// Whether the resources are in the caller's account (always, without a known caller).
    fn same_account(&self) -> bool {
        match (&self.resource_account, &self.principal) {
            (Some(owner), Some(principal)) => *owner == principal.account,
            _ => true,
        }
    }

    /// An upper bound of the values deciding one (action, resource) pair tests: every
    /// statement's values, a condition value once per value of its key (so times the longest
    /// list of values a context key has).
    fn pair_cost(&self) -> u64 {
        let longest_list = self
            .keys
            .iter()
            .map(|(_, value)| value.values().len())
            .max()
            .unwrap_or(1)
            .max(1);
        self.values
            .max(1)
            .saturating_mul(u64::try_from(longest_list).unwrap_or(u64::MAX))
    }

    fn policy_set(&self) -> PolicySet<'_> {
        PolicySet {
            identity: self.identity.iter().collect(),
            resource: self.resource.as_ref(),
            resource_account: self.principal.as_ref().and(self.resource_account.clone()),
            permissions_boundary: self.boundary.as_ref(),
            session: None,
            scps: self
                .scps
                .iter()
                .map(|level| level.iter().collect())
                .collect(),
            principal_is_root: false,
        }
    }

    /// A request context for the simulation, its action and resource set by [`decide`].
    fn request(&self) -> RequestContext {
        let mut request =
            RequestContext::new(String::new(), String::new()).with_keys(self.keys.clone());
        request.principal = self.principal.clone();
        request
    }

    /// Decides `action` on `resource`, reusing `request` (from [`Simulation::request`]).
    fn decide(
        request: &mut RequestContext,
        policies: &PolicySet<'_>,
        action: &str,
        resource: &str,
    ) -> Decision {
        request.action.clear();
        request.action.push_str(action);
        request.resource.clear();
        request.resource.push_str(resource);
        authorize(request, policies)
    }

    /// The reported form of a matched statement, and what identifies it.
    fn statement(&self, matched: &MatchedStatement) -> (Option<StatementKey>, Statement) {
        let source = matched
            .policy_id
            .parse::<usize>()
            .ok()
            .and_then(|index| self.sources.get(index));
        let Some(source) = source else {
            let statement = Statement {
                source_policy_id: None,
                source_policy_type: None,
                start_position: Some(to_wire(matched.start)),
                end_position: Some(to_wire(matched.end)),
            };
            return (None, statement);
        };
        let start = source
            .starts
            .binary_search_by_key(&matched.start, |(brace, _)| *brace)
            .ok()
            .and_then(|at| source.starts.get(at))
            .map_or(matched.start, |(_, reported)| *reported);
        let statement = Statement {
            source_policy_id: Some(source.policy.id.clone()),
            source_policy_type: source.policy.source_type,
            start_position: Some(to_wire(start)),
            end_position: Some(to_wire(matched.end)),
        };
        (Some((source.reported_as, start, matched.end)), statement)
    }

    /// The statements of `decisions`, each once, in order of appearance.
    fn statements<'d>(&self, decisions: impl IntoIterator<Item = &'d Decision>) -> Vec<Statement> {
        let mut seen: HashSet<StatementKey> = HashSet::new();
        let mut statements: Vec<Statement> = Vec::new();
        for matched in decisions.into_iter().flat_map(|decision| &decision.matched) {
            let (key, statement) = self.statement(matched);
            let new = match key {
                Some(key) => seen.insert(key),
                None => !statements.contains(&statement),
            };
            if new {
                statements.push(statement);
            }
        }
        statements
    }

    /// The result for one action: on `*` when `resources` is `None`, else the aggregate over
    /// the resources with one `ResourceSpecificResult` each.
    ///
    /// # Errors
    /// `InvalidInput` when `budget`'s time runs out.
    fn evaluate(
        &self,
        request: &mut RequestContext,
        policies: &PolicySet<'_>,
        action: &str,
        resources: Option<&[String]>,
        budget: &Budget,
    ) -> Result<EvaluationResult, SimulatorError> {
        let Some(resources) = resources else {
            budget.check_time()?;
            let decision = Self::decide(request, policies, action, "*");
            return Ok(EvaluationResult {
                eval_action_name: action.to_owned(),
                eval_resource_name: Some("*".to_owned()),
                eval_decision: wire_decision(decision.effect),
                matched_statements: Some(self.statements([&decision])),
                missing_context_values: Some(decision.missing_context_keys.clone()),
                organizations_decision_detail: organizations_detail(&decision),
                permissions_boundary_decision_detail: boundary_detail(decision.boundary_allowed),
                eval_decision_details: None,
                resource_specific_results: None,
            });
        };
        let mut decisions: Vec<(&String, Decision)> = Vec::with_capacity(resources.len());
        for resource in resources {
            budget.check_time()?;
            decisions.push((resource, Self::decide(request, policies, action, resource)));
        }
        let effect = decisions
            .iter()
            .map(|(_, decision)| decision.effect)
            .max_by_key(|effect| restrictiveness(*effect))
            .unwrap_or(EvalDecision::ImplicitDeny);
        let matched = self.statements(
            decisions
                .iter()
                .filter(|(_, decision)| decision.effect == effect)
                .map(|(_, decision)| decision),
        );
        let mut seen: HashSet<String> = HashSet::new();
        let mut missing: Vec<String> = Vec::new();
        for (_, decision) in &decisions {
            for key in &decision.missing_context_keys {
                if seen.insert(key.to_ascii_lowercase()) {
                    missing.push(key.clone());
                }
            }
        }
        let all = |pick: fn(&Decision) -> Option<bool>| {
            decisions
                .iter()
                .map(|(_, decision)| pick(decision))
                .reduce(|a, b| a.zip(b).map(|(a, b)| a && b))
                .flatten()
        };
        let boundary_allowed = all(|decision| decision.boundary_allowed);
        let organizations_allowed = all(|decision| decision.organizations_allowed);
        Ok(EvaluationResult {
            eval_action_name: action.to_owned(),
            eval_resource_name: Some("*".to_owned()),
            eval_decision: wire_decision(effect),
            matched_statements: Some(matched),
            missing_context_values: Some(missing),
            organizations_decision_detail: organizations_allowed.map(|allowed| {
                OrganizationsDecisionDetail {
                    allowed_by_organizations: Some(allowed),
                }
            }),
            permissions_boundary_decision_detail: boundary_detail(boundary_allowed),
            eval_decision_details: self.same_account().then(Vec::new),
            resource_specific_results: Some(
                decisions
                    .iter()
                    .map(|(resource, decision)| ResourceSpecificResult {
                        eval_resource_name: (*resource).clone(),
                        eval_resource_decision: wire_decision(decision.effect),
                        matched_statements: Some(self.statements([decision])),
                        missing_context_values: Some(decision.missing_context_keys.clone()),
                        eval_decision_details: None,
                        permissions_boundary_decision_detail: boundary_detail(
                            decision.boundary_allowed,
                        ),
                    })
                    .collect(),
            ),
        })
    }

    /// Evaluates the page of `actions` that `marker` and `max_items` select, shortened to what
    /// `budget` pays for.
    ///
    /// # Errors
    /// `InvalidInput` for an action name with a wildcard or without a service prefix, a
    /// marker this simulator did not hand out, when one action alone costs more values than
    /// `budget` holds, or when its time runs out.
    pub(crate) fn run(
        &self,
        actions: &[String],
        resources: Option<&[String]>,
        max_items: Option<i32>,
        marker: Option<&str>,
        budget: Budget,
    ) -> Result<SimulatePolicyResponse, SimulatorError> {
        for action in actions {
            check_action_name(action)?;
        }
        let pairs = resources.map_or(1, <[String]>::len).max(1);
        let action_cost = self
            .pair_cost()
            .saturating_mul(u64::try_from(pairs).unwrap_or(u64::MAX));
        if action_cost > budget.values {
            return Err(SimulatorError::invalid(format!(
                "The simulation is too large: simulating one action on {pairs} resource(s) \
                 would test {action_cost} policy values, more than the {} one request may \
                 test. Simulate fewer resources or smaller policies per request.",
                budget.values
            )));
        }
        let affordable = usize::try_from(budget.values / action_cost.max(1)).unwrap_or(usize::MAX);
        let (page, next) = page(actions, max_items, affordable, marker)?;
        let policies = self.policy_set();
        let mut request = self.request();
        let results = page
            .iter()
            .map(|action| self.evaluate(&mut request, &policies, action, resources, &budget))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(SimulatePolicyResponse {
            evaluation_results: Some(results),
            is_truncated: Some(next.is_some()),
            marker: next,
        })
    }
}

/// The simulated caller named by `CallerArn`: an account root, or an IAM user, group or role.
///
/// # Errors
/// `InvalidInput` for any other ARN.
pub(crate) fn caller(arn: &str) -> Result<PrincipalInfo, SimulatorError> {
    if let Some(parts) = Arn::parse(arn).filter(|parts| parts.service == "iam")
        && parts.resource == "root"
        && let Some(account) = AccountId::parse(parts.account)
    {
        return Ok(PrincipalInfo {
            arn: arn.to_owned(),
            account: account.to_string(),
            unique_id: None,
            kind: PrincipalKind::Root,
        });
    }
    Ok(Entity::parse(arn)?.principal())
}

fn check_action_name(action: &str) -> Result<(), SimulatorError> {
    let (service, name) = action.split_once(':').unwrap_or(("", action));
    if service.is_empty() || name.is_empty() {
        return Err(SimulatorError::invalid(format!(
            "Actions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc. Invalid action: {action}"
        )));
    }
    if action.contains(['*', '?']) {
        return Err(SimulatorError::invalid(format!(
            "Wildcards are not supported in action names: {action}"
        )));
    }
    Ok(())
}

/// The slice of `items` after `marker` (an index this function handed out), at most
/// `max_items` (or [`DEFAULT_MAX_ITEMS`]) and at most `affordable` (at least one) long, and
/// the marker of the next page.
fn page<'a, T>(
    items: &'a [T],
    max_items: Option<i32>,
    affordable: usize,
    marker: Option<&str>,
) -> Result<(&'a [T], Option<String>), SimulatorError> {
    let start = match marker {
        None => 0,
        Some(text) => text
            .parse::<usize>()
            .ok()
            .filter(|start| *start > 0 && *start < items.len())
            .ok_or_else(|| SimulatorError::invalid("Invalid Marker."))?,
    };
    let size = max_items
        .and_then(|max| usize::try_from(max).ok())
        .filter(|max| *max > 0)
        .unwrap_or(DEFAULT_MAX_ITEMS)
        .min(affordable.max(1));
    let rest = items.get(start..).unwrap_or_default();
    if rest.len() > size {
        Ok((
            rest.get(..size).unwrap_or(rest),
            Some(start.saturating_add(size).to_string()),
        ))
    } else {
        Ok((rest, None))
    }
}

fn restrictiveness(effect: EvalDecision) -> u8 {
    match effect {
        EvalDecision::Allowed => 0,
        EvalDecision::ImplicitDeny => 1,
        EvalDecision::ExplicitDeny => 2,
    }
}

fn wire_decision(effect: EvalDecision) -> PolicyEvaluationDecisionType {
    match effect {
        EvalDecision::Allowed => PolicyEvaluationDecisionType::Allowed,
        EvalDecision::ExplicitDeny => PolicyEvaluationDecisionType::ExplicitDeny,
        EvalDecision::ImplicitDeny => PolicyEvaluationDecisionType::ImplicitDeny,
    }
}

fn boundary_detail(allowed: Option<bool>) -> Option<PermissionsBoundaryDecisionDetail> {
    allowed.map(|allowed| PermissionsBoundaryDecisionDetail {
        allowed_by_permissions_boundary: Some(allowed),
    })
}

fn organizations_detail(decision: &Decision) -> Option<OrganizationsDecisionDetail> {
    decision
        .organizations_allowed
        .map(|allowed| OrganizationsDecisionDetail {
            allowed_by_organizations: Some(allowed),
        })
}

/// The condition keys `policies` use, each once (compared without case), in order of
/// appearance: what `GetContextKeysFor*Policy` report.
pub(crate) fn context_key_names(policies: &[SourcedPolicy]) -> Result<Vec<String>, SimulatorError> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut names: Vec<String> = Vec::new();
    for source in policies {
        let policy = Policy::parse(&source.document, PolicyKind::Identity)?;
        for key in policy.context_keys() {
            if seen.insert(key.to_ascii_lowercase()) {
                names.push(key);
            }
        }
    }
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourcedPolicy;
    use gatehouse_protocol::iam::PolicySourceType;
    use proptest::prelude::*;

    const ALLOW_S3: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"},{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"arn:aws:s3:::keep"}]}"#;

    fn simulation(documents: &[&str]) -> Simulation {
        let mut sim = Simulation::new(ContextKeys::new());
        let inputs: Vec<String> = documents.iter().map(|d| (*d).to_owned()).collect();
        sim.add_identity(SourcedPolicy::inputs("PolicyInputList", &inputs))
            .unwrap();
        sim
    }

    fn actions(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn decisions_and_matched_statements_on_star() {
        let sim = simulation(&[ALLOW_S3]);
        let response = sim
            .run(
                &actions(&["s3:GetObject", "iam:CreateUser"]),
                None,
                None,
                None,
                Budget::per_request(),
            )
            .unwrap();
        let results = response.evaluation_results.unwrap();
        assert_eq!(response.is_truncated, Some(false));
        assert_eq!(results.len(), 2);
        assert_eq!(
            results[0].eval_decision,
            PolicyEvaluationDecisionType::Allowed
        );
        assert_eq!(results[0].eval_resource_name.as_deref(), Some("*"));
        let matched = results[0].matched_statements.as_ref().unwrap();
        assert_eq!(matched.len(), 1);
        assert_eq!(
            matched[0].source_policy_id.as_deref(),
            Some("PolicyInputList.1")
        );
        assert_eq!(matched[0].source_policy_type, None);
        assert_eq!(matched[0].start_position.as_ref().unwrap().column, Some(38));
        assert_eq!(matched[0].end_position.as_ref().unwrap().column, Some(87));
        assert_eq!(
            results[1].eval_decision,
            PolicyEvaluationDecisionType::ImplicitDeny
        );
        assert_eq!(results[1].matched_statements, Some(vec![]));
        assert_eq!(results[1].missing_context_values, Some(vec![]));
        assert!(results[1].resource_specific_results.is_none());
        assert!(results[1].eval_decision_details.is_none());
    }

    #[test]
    fn resources_aggregate_to_the_most_restrictive() {
        let sim = simulation(&[ALLOW_S3]);
        let resources = actions(&["arn:aws:s3:::other", "arn:aws:s3:::keep"]);
        let response = sim
            .run(
                &actions(&["s3:DeleteBucket"]),
                Some(&resources),
                None,
                None,
                Budget::per_request(),
            )
            .unwrap();
        let result = &response.evaluation_results.unwrap()[0];
        assert_eq!(
            result.eval_decision,
            PolicyEvaluationDecisionType::ExplicitDeny
        );
        assert_eq!(result.eval_decision_details, Some(vec![]));
        let matched = result.matched_statements.as_ref().unwrap();
        assert_eq!(matched.len(), 1, "only the deciding deny");
        let per = result.resource_specific_results.as_ref().unwrap();
        assert_eq!(per.len(), 2);
        assert_eq!(per[0].eval_resource_name, "arn:aws:s3:::other");
        assert_eq!(
            per[0].eval_resource_decision,
            PolicyEvaluationDecisionType::Allowed
        );
        assert_eq!(
            per[1].eval_resource_decision,
            PolicyEvaluationDecisionType::ExplicitDeny
        );
    }

    #[test]
    fn boundary_and_scps_are_reported() {
        let mut sim = simulation(&[ALLOW_S3]);
        sim.set_boundary(SourcedPolicy::input(
            "PermissionsBoundaryPolicyInputList",
            0,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}}"#,
        ))
        .unwrap();
        sim.add_scp_level([SourcedPolicy::input(
            "ServiceControlPolicyInputList",
            0,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#,
        )])
        .unwrap();
        let response = sim
            .run(
                &actions(&["s3:GetObject", "s3:PutObject"]),
                None,
                None,
                None,
                Budget::per_request(),
            )
            .unwrap();
        let results = response.evaluation_results.unwrap();
        let detail = |i: usize| {
            results[i]
                .permissions_boundary_decision_detail
                .as_ref()
                .and_then(|d| d.allowed_by_permissions_boundary)
        };
        assert_eq!(
            results[0].eval_decision,
            PolicyEvaluationDecisionType::Allowed
        );
        assert_eq!(detail(0), Some(true));
        assert_eq!(
            results[1].eval_decision,
            PolicyEvaluationDecisionType::ImplicitDeny
        );
        assert_eq!(detail(1), Some(false));
        assert_eq!(
            results[1]
                .organizations_decision_detail
                .as_ref()
                .and_then(|d| d.allowed_by_organizations),
            Some(true)
        );
    }

    #[test]
    fn resource_policy_grants_a_named_user_alone() {
        let mut sim = Simulation::new(ContextKeys::new());
        let policy = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/alice"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}"#;
        // Without a caller, or with one that is not an IAM user, AWS refuses (ScottLogic
        // blog, 2025-04-03, recorded from SimulatePrincipalPolicy).
        for caller_arn in [
            None,
            Some("arn:aws:iam::111122223333:role/deploy"),
            Some("arn:aws:iam::111122223333:root"),
        ] {
            sim.set_caller(caller_arn.map(|arn| caller(arn).unwrap()));
            let Err(SimulatorError::InvalidInput(message)) = sim.set_resource_policy(policy) else {
                panic!("{caller_arn:?} was accepted as the caller of a resource policy");
            };
            assert_eq!(
                message,
                "Invalid caller - Caller must be an IAM user in this context."
            );
        }
        sim.set_caller(Some(
            caller("arn:aws:iam::111122223333:user/alice").unwrap(),
        ));
        sim.set_resource_policy(policy).unwrap();
        let resources = actions(&["arn:aws:s3:::b/k"]);
        let response = sim
            .run(
                &actions(&["s3:GetObject"]),
                Some(&resources),
                None,
                None,
                Budget::per_request(),
            )
            .unwrap();
        let result = &response.evaluation_results.unwrap()[0];
        assert_eq!(result.eval_decision, PolicyEvaluationDecisionType::Allowed);
        let matched = result.matched_statements.as_ref().unwrap();
        assert_eq!(
            matched[0].source_policy_id.as_deref(),
            Some("ResourcePolicy")
        );
        assert_eq!(
            matched[0].source_policy_type,
            Some(PolicySourceType::Resource)
        );
    }

    #[test]
    fn context_keys_decide_conditions_and_missing_ones_are_listed() {
        let policy = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"*","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2018-08-16T12:00:00Z"}}}}"#;
        let sim = simulation(&[policy]);
        let result = &sim
            .run(
                &actions(&["dynamodb:CreateBackup"]),
                None,
                None,
                None,
                Budget::per_request(),
            )
            .unwrap()
            .evaluation_results
            .unwrap()[0];
        assert_eq!(
            result.eval_decision,
            PolicyEvaluationDecisionType::ImplicitDeny
        );
        assert_eq!(
            result.missing_context_values,
            Some(vec!["aws:CurrentTime".to_owned()])
        );
        let mut sim = Simulation::new(ContextKeys::new().with_date(
            "aws:CurrentTime",
            time::macros::datetime!(2019-04-25 11:00 UTC),
        ));
        sim.add_identity([SourcedPolicy::input("PolicyInputList", 0, policy)])
            .unwrap();
        let result = &sim
            .run(
                &actions(&["dynamodb:CreateBackup"]),
                None,
                None,
                None,
                Budget::per_request(),
            )
            .unwrap()
            .evaluation_results
            .unwrap()[0];
        assert_eq!(result.eval_decision, PolicyEvaluationDecisionType::Allowed);
        let matched = &result.matched_statements.as_ref().unwrap()[0];
        assert_eq!(
            (
                matched.start_position.as_ref().unwrap().column,
                matched.end_position.as_ref().unwrap().column
            ),
            (Some(38), Some(167))
        );
    }

    #[test]
    fn refuses_bad_action_names_and_markers() {
        let sim = simulation(&[ALLOW_S3]);
        for bad in ["s3:Get*", "GetObject", "s3:"] {
            assert!(
                matches!(
                    sim.run(&actions(&[bad]), None, None, None, Budget::per_request()),
                    Err(SimulatorError::InvalidInput(_))
                ),
                "{bad}"
            );
        }
        for marker in ["0", "x", "5"] {
            assert!(matches!(
                sim.run(
                    &actions(&["s3:GetObject", "s3:PutObject"]),
                    None,
                    Some(1),
                    Some(marker),
                    Budget::per_request()
                ),
                Err(SimulatorError::InvalidInput(_))
            ));
        }
    }

    #[test]
    fn pages_through_actions() {
        let sim = simulation(&[ALLOW_S3]);
        let all = actions(&["s3:A", "s3:B", "s3:C"]);
        let first = sim
            .run(&all, None, Some(2), None, Budget::per_request())
            .unwrap();
        assert_eq!(first.is_truncated, Some(true));
        assert_eq!(first.evaluation_results.as_ref().unwrap().len(), 2);
        let second = sim
            .run(
                &all,
                None,
                Some(2),
                first.marker.as_deref(),
                Budget::per_request(),
            )
            .unwrap();
        assert_eq!(second.is_truncated, Some(false));
        assert_eq!(second.marker, None);
        let names: Vec<_> = second
            .evaluation_results
            .unwrap()
            .into_iter()
            .map(|r| r.eval_action_name)
            .collect();
        assert_eq!(names, ["s3:C"]);
    }

    #[test]
    fn context_key_names_in_order_without_duplicates() {
        let policy = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:*","Resource":"arn:aws:dynamodb:us-west-2:123456789012:table/${aws:username}","Condition":{"DateGreaterThan":{"aws:CurrentTime":"2015-08-16T12:00:00Z"}}}}"#;
        let other = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Bool":{"AWS:CURRENTTIME":"true","aws:SecureTransport":"true"}}}}"#;
        let names = context_key_names(&SourcedPolicy::inputs(
            "PolicyInputList",
            &[policy.to_owned(), other.to_owned()],
        ))
        .unwrap();
        assert_eq!(
            names,
            ["aws:username", "aws:CurrentTime", "aws:SecureTransport"]
        );
        assert!(matches!(
            context_key_names(&SourcedPolicy::inputs("PolicyInputList", &["{".to_owned()])),
            Err(SimulatorError::MalformedPolicy(_))
        ));
    }

    #[test]
    fn callers() {
        assert_eq!(
            caller("arn:aws:iam::111122223333:root").unwrap().kind,
            PrincipalKind::Root
        );
        assert_eq!(
            caller("arn:aws:iam::111122223333:user/a").unwrap().kind,
            PrincipalKind::User
        );
        assert!(caller("arn:aws:sts::111122223333:assumed-role/r/s").is_err());
    }

    fn hour(values: u64) -> Budget {
        Budget::new(values, Duration::from_secs(3600))
    }

    #[test]
    fn evaluation_stops_when_the_time_is_up() {
        let sim = simulation(&[ALLOW_S3]);
        let resources = actions(&["arn:aws:s3:::a"]);
        for resources in [None, Some(resources.as_slice())] {
            let err = sim
                .run(
                    &actions(&["s3:GetObject"]),
                    resources,
                    None,
                    None,
                    Budget::new(WORK_BUDGET, Duration::ZERO),
                )
                .unwrap_err();
            assert!(
                matches!(&err, SimulatorError::InvalidInput(m) if m.contains("did not finish")),
                "{err:?}"
            );
        }
    }

    #[test]
    fn pages_shrink_to_the_work_budget_and_a_too_large_action_is_refused() {
        // Two statements of one action and one resource each: (1 + 2) + (1 + 2) values.
        let sim = simulation(&[ALLOW_S3]);
        assert_eq!(sim.pair_cost(), 6);
        let all = actions(&["s3:A", "s3:B", "s3:C", "s3:D", "s3:E"]);
        let resources = actions(&["arn:aws:s3:::a", "arn:aws:s3:::b"]);
        // 12 per action: a budget of 30 pays for two actions a page.
        let mut marker: Option<String> = None;
        let mut names = Vec::new();
        loop {
            let page = sim
                .run(
                    &all,
                    Some(&resources),
                    Some(1000),
                    marker.as_deref(),
                    hour(30),
                )
                .unwrap();
            let results = page.evaluation_results.unwrap();
            assert!(results.len() <= 2);
            names.extend(results.into_iter().map(|r| r.eval_action_name));
            match page.marker {
                Some(next) => {
                    assert_eq!(page.is_truncated, Some(true));
                    marker = Some(next);
                }
                None => break,
            }
        }
        assert_eq!(names, all);
        // One action alone costs more than the budget: refused before any evaluation.
        let err = sim
            .run(&all, Some(&resources), None, None, hour(11))
            .unwrap_err();
        assert!(
            matches!(&err, SimulatorError::InvalidInput(m) if m.contains("too large") && m.contains("12")),
            "{err:?}"
        );
        // A multivalued context key multiplies what each condition value may cost.
        let mut keys = ContextKeys::new();
        keys.insert(
            "aws:TagKeys",
            gatehouse_policy::ContextValue::Multi(vec![
                gatehouse_policy::Scalar::String("a".into()),
                gatehouse_policy::Scalar::String("b".into()),
                gatehouse_policy::Scalar::String("c".into()),
            ]),
        );
        let mut sim = Simulation::new(keys);
        sim.add_identity([SourcedPolicy::input("PolicyInputList", 0, ALLOW_S3)])
            .unwrap();
        assert_eq!(sim.pair_cost(), 18);
    }

    #[test]
    fn repeated_statements_are_listed_once_per_result() {
        // The same inline policy name from two groups is one reported source.
        let mut sim = Simulation::new(ContextKeys::new());
        let grant = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#;
        let group_policy = |document: &str| SourcedPolicy {
            id: "shared".into(),
            source_type: Some(PolicySourceType::Group),
            document: document.into(),
        };
        sim.add_identity([group_policy(grant), group_policy(grant)])
            .unwrap();
        let resources = actions(&["arn:aws:s3:::a", "arn:aws:s3:::b"]);
        let result = &sim
            .run(
                &actions(&["s3:GetObject"]),
                Some(&resources),
                None,
                None,
                Budget::per_request(),
            )
            .unwrap()
            .evaluation_results
            .unwrap()[0];
        assert_eq!(result.matched_statements.as_ref().unwrap().len(), 1);
        for per in result.resource_specific_results.as_ref().unwrap() {
            assert_eq!(per.matched_statements.as_ref().unwrap().len(), 1);
        }
    }

    proptest! {
        #[test]
        fn pages_cover_every_item_once(len in 0usize..40, size in 1i32..10) {
            let items: Vec<usize> = (0..len).collect();
            let mut seen = Vec::new();
            let mut marker: Option<String> = None;
            loop {
                let (page, next) = page(&items, Some(size), usize::MAX, marker.as_deref()).unwrap();
                seen.extend_from_slice(page);
                match next {
                    Some(next) => marker = Some(next),
                    None => break,
                }
            }
            prop_assert_eq!(seen, items);
        }
    }
}
