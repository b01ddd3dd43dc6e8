//! The error codes the service models declare, as rows of the `ErrorCode` table.
//!
//! One row per wire code: the `error` trait's `code` (else the shape's name), its
//! `httpStatusCode` (else 400) and `senderFault` (a shape without the trait is the
//! sender's).
//!
//! Generated from the service models in `models/` by `gatehouse-codegen`.
//! Do not edit: run `cargo run -p gatehouse-codegen` to regenerate.

/// Calls `$table!` with the modelled codes as a `modelled { … }` block, ahead of the
/// tokens given after it; each row is `Variant = ("Code", status, Fault),`.
macro_rules! with_modelled_codes {
    ($table:ident! { $($rest:tt)* }) => {
        $table! {
            modelled {
                /// `AWSOrganizationsNotInUseException` (400, Sender): ORGANIZATIONS's `AWSOrganizationsNotInUseException`.
                AWSOrganizationsNotInUseException = ("AWSOrganizationsNotInUseException", 400, Sender),
                /// `AccessDeniedException` (400, Sender): ORGANIZATIONS's `AccessDeniedException`.
                AccessDeniedException = ("AccessDeniedException", 400, Sender),
                /// `AccessDeniedForDependencyException` (400, Sender): ORGANIZATIONS's `AccessDeniedForDependencyException`.
                AccessDeniedForDependencyException = ("AccessDeniedForDependencyException", 400, Sender),
                /// `AccountAlreadyClosedException` (400, Sender): ORGANIZATIONS's `AccountAlreadyClosedException`.
                AccountAlreadyClosedException = ("AccountAlreadyClosedException", 400, Sender),
                /// `AccountAlreadyRegisteredException` (400, Sender): ORGANIZATIONS's `AccountAlreadyRegisteredException`.
                AccountAlreadyRegisteredException = ("AccountAlreadyRegisteredException", 400, Sender),
                /// `AccountNotFoundException` (400, Sender): ORGANIZATIONS's `AccountNotFoundException`.
                AccountNotFoundException = ("AccountNotFoundException", 400, Sender),
                /// `AccountNotManagementOrDelegatedAdministratorException` (400, Sender): IAM's `AccountNotManagementOrDelegatedAdministratorException`.
                AccountNotManagementOrDelegatedAdministratorException = ("AccountNotManagementOrDelegatedAdministratorException", 400, Sender),
                /// `AccountNotRegisteredException` (400, Sender): ORGANIZATIONS's `AccountNotRegisteredException`.
                AccountNotRegisteredException = ("AccountNotRegisteredException", 400, Sender),
                /// `AccountOwnerNotVerifiedException` (400, Sender): ORGANIZATIONS's `AccountOwnerNotVerifiedException`.
                AccountOwnerNotVerifiedException = ("AccountOwnerNotVerifiedException", 400, Sender),
                /// `AlreadyInOrganizationException` (400, Sender): ORGANIZATIONS's `AlreadyInOrganizationException`.
                AlreadyInOrganizationException = ("AlreadyInOrganizationException", 400, Sender),
                /// `CallerIsNotManagementAccountException` (400, Sender): IAM's `CallerIsNotManagementAccountException`.
                CallerIsNotManagementAccountException = ("CallerIsNotManagementAccountException", 400, Sender),
                /// `ChildNotFoundException` (400, Sender): ORGANIZATIONS's `ChildNotFoundException`.
                ChildNotFoundException = ("ChildNotFoundException", 400, Sender),
                /// `ConcurrentModification` (409, Sender): IAM's `ConcurrentModificationException`.
                ConcurrentModification = ("ConcurrentModification", 409, Sender),
                /// `ConcurrentModificationException` (400, Sender): ORGANIZATIONS's `ConcurrentModificationException`.
                ConcurrentModificationException = ("ConcurrentModificationException", 400, Sender),
                /// `ConflictException` (400, Sender): ORGANIZATIONS's `ConflictException`.
                ConflictException = ("ConflictException", 400, Sender),
                /// `ConstraintViolationException` (400, Sender): ORGANIZATIONS's `ConstraintViolationException`.
                ConstraintViolationException = ("ConstraintViolationException", 400, Sender),
                /// `CreateAccountStatusNotFoundException` (400, Sender): ORGANIZATIONS's `CreateAccountStatusNotFoundException`.
                CreateAccountStatusNotFoundException = ("CreateAccountStatusNotFoundException", 400, Sender),
                /// `DeleteConflict` (409, Sender): IAM's `DeleteConflictException`.
                DeleteConflict = ("DeleteConflict", 409, Sender),
                /// `DestinationParentNotFoundException` (400, Sender): ORGANIZATIONS's `DestinationParentNotFoundException`.
                DestinationParentNotFoundException = ("DestinationParentNotFoundException", 400, Sender),
                /// `DuplicateAccountException` (400, Sender): ORGANIZATIONS's `DuplicateAccountException`.
                DuplicateAccountException = ("DuplicateAccountException", 400, Sender),
                /// `DuplicateCertificate` (409, Sender): IAM's `DuplicateCertificateException`.
                DuplicateCertificate = ("DuplicateCertificate", 409, Sender),
                /// `DuplicateHandshakeException` (400, Sender): ORGANIZATIONS's `DuplicateHandshakeException`.
                DuplicateHandshakeException = ("DuplicateHandshakeException", 400, Sender),
                /// `DuplicateOrganizationalUnitException` (400, Sender): ORGANIZATIONS's `DuplicateOrganizationalUnitException`.
                DuplicateOrganizationalUnitException = ("DuplicateOrganizationalUnitException", 400, Sender),
                /// `DuplicatePolicyAttachmentException` (400, Sender): ORGANIZATIONS's `DuplicatePolicyAttachmentException`.
                DuplicatePolicyAttachmentException = ("DuplicatePolicyAttachmentException", 400, Sender),
                /// `DuplicatePolicyException` (400, Sender): ORGANIZATIONS's `DuplicatePolicyException`.
                DuplicatePolicyException = ("DuplicatePolicyException", 400, Sender),
                /// `DuplicateSSHPublicKey` (400, Sender): IAM's `DuplicateSSHPublicKeyException`.
                DuplicateSSHPublicKey = ("DuplicateSSHPublicKey", 400, Sender),
                /// `EffectivePolicyNotFoundException` (400, Sender): ORGANIZATIONS's `EffectivePolicyNotFoundException`.
                EffectivePolicyNotFoundException = ("EffectivePolicyNotFoundException", 400, Sender),
                /// `EntityAlreadyExists` (409, Sender): IAM's `EntityAlreadyExistsException`.
                EntityAlreadyExists = ("EntityAlreadyExists", 409, Sender),
                /// `EntityTemporarilyUnmodifiable` (409, Sender): IAM's `EntityTemporarilyUnmodifiableException`.
                EntityTemporarilyUnmodifiable = ("EntityTemporarilyUnmodifiable", 409, Sender),
                /// `ExpiredTokenException` (400, Sender): STS's `ExpiredTokenException`.
                ExpiredTokenException = ("ExpiredTokenException", 400, Sender),
                /// `ExpiredTradeInTokenException` (400, Sender): STS's `ExpiredTradeInTokenException`.
                ExpiredTradeInTokenException = ("ExpiredTradeInTokenException", 400, Sender),
                /// `FeatureDisabled` (404, Sender): IAM's `FeatureDisabledException`.
                FeatureDisabled = ("FeatureDisabled", 404, Sender),
                /// `FeatureEnabled` (409, Sender): IAM's `FeatureEnabledException`.
                FeatureEnabled = ("FeatureEnabled", 409, Sender),
                /// `FinalizingOrganizationException` (400, Sender): ORGANIZATIONS's `FinalizingOrganizationException`.
                FinalizingOrganizationException = ("FinalizingOrganizationException", 400, Sender),
                /// `HandshakeAlreadyInStateException` (400, Sender): ORGANIZATIONS's `HandshakeAlreadyInStateException`.
                HandshakeAlreadyInStateException = ("HandshakeAlreadyInStateException", 400, Sender),
                /// `HandshakeConstraintViolationException` (400, Sender): ORGANIZATIONS's `HandshakeConstraintViolationException`.
                HandshakeConstraintViolationException = ("HandshakeConstraintViolationException", 400, Sender),
                /// `HandshakeNotFoundException` (400, Sender): ORGANIZATIONS's `HandshakeNotFoundException`.
                HandshakeNotFoundException = ("HandshakeNotFoundException", 400, Sender),
                /// `IDPCommunicationError` (400, Sender): STS's `IDPCommunicationErrorException`.
                IDPCommunicationError = ("IDPCommunicationError", 400, Sender),
                /// `IDPRejectedClaim` (403, Sender): STS's `IDPRejectedClaimException`.
                IDPRejectedClaim = ("IDPRejectedClaim", 403, Sender),
                /// `InsufficientSessionLifetime` (400, Sender): STS's `InsufficientSessionLifetimeException`.
                InsufficientSessionLifetime = ("InsufficientSessionLifetime", 400, Sender),
                /// `InvalidAttestationDocument` (400, Sender): STS's `InvalidAttestationDocumentException`.
                InvalidAttestationDocument = ("InvalidAttestationDocument", 400, Sender),
                /// `InvalidAuthenticationCode` (403, Sender): IAM's `InvalidAuthenticationCodeException`.
                InvalidAuthenticationCode = ("InvalidAuthenticationCode", 403, Sender),
                /// `InvalidAuthorizationMessageException` (400, Sender): STS's `InvalidAuthorizationMessageException`.
                InvalidAuthorizationMessageException = ("InvalidAuthorizationMessageException", 400, Sender),
                /// `InvalidCertificate` (400, Sender): IAM's `InvalidCertificateException`.
                InvalidCertificate = ("InvalidCertificate", 400, Sender),
                /// `InvalidContextAssertion` (400, Sender): STS's `InvalidContextAssertionException`.
                InvalidContextAssertion = ("InvalidContextAssertion", 400, Sender),
                /// `InvalidHandshakeTransitionException` (400, Sender): ORGANIZATIONS's `InvalidHandshakeTransitionException`.
                InvalidHandshakeTransitionException = ("InvalidHandshakeTransitionException", 400, Sender),
                /// `InvalidIdentityToken` (400, Sender): STS's `InvalidIdentityTokenException`.
                InvalidIdentityToken = ("InvalidIdentityToken", 400, Sender),
                /// `InvalidInput` (400, Sender): IAM's `InvalidInputException`.
                InvalidInput = ("InvalidInput", 400, Sender),
                /// `InvalidInputException` (400, Sender): ORGANIZATIONS's `InvalidInputException`.
                InvalidInputException = ("InvalidInputException", 400, Sender),
                /// `InvalidPublicKey` (400, Sender): IAM's `InvalidPublicKeyException`.
                InvalidPublicKey = ("InvalidPublicKey", 400, Sender),
                /// `InvalidResponsibilityTransferTransitionException` (400, Sender): ORGANIZATIONS's `InvalidResponsibilityTransferTransitionException`.
                InvalidResponsibilityTransferTransitionException = ("InvalidResponsibilityTransferTransitionException", 400, Sender),
                /// `InvalidSubjectCredentials` (400, Sender): STS's `InvalidSubjectCredentialsException`.
                InvalidSubjectCredentials = ("InvalidSubjectCredentials", 400, Sender),
                /// `InvalidUserType` (400, Sender): IAM's `InvalidUserTypeException`.
                InvalidUserType = ("InvalidUserType", 400, Sender),
                /// `InvalidWorkloadIdentityConfiguration` (400, Sender): STS's `InvalidWorkloadIdentityConfigurationException`.
                InvalidWorkloadIdentityConfiguration = ("InvalidWorkloadIdentityConfiguration", 400, Sender),
                /// `JWTPayloadSizeExceededException` (400, Sender): STS's `JWTPayloadSizeExceededException`.
                JWTPayloadSizeExceededException = ("JWTPayloadSizeExceededException", 400, Sender),
                /// `KeyPairMismatch` (400, Sender): IAM's `KeyPairMismatchException`.
                KeyPairMismatch = ("KeyPairMismatch", 400, Sender),
                /// `LimitExceeded` (409, Sender): IAM's `LimitExceededException`.
                LimitExceeded = ("LimitExceeded", 409, Sender),
                /// `MalformedCertificate` (400, Sender): IAM's `MalformedCertificateException`.
                MalformedCertificate = ("MalformedCertificate", 400, Sender),
                /// `MalformedCertificateSigningRequestException` (400, Sender): STS's `MalformedCertificateSigningRequestException`.
                MalformedCertificateSigningRequestException = ("MalformedCertificateSigningRequestException", 400, Sender),
                /// `MalformedPolicyDocument` (400, Sender): STS's `MalformedPolicyDocumentException`, IAM's `MalformedPolicyDocumentException`.
                MalformedPolicyDocument = ("MalformedPolicyDocument", 400, Sender),
                /// `MalformedPolicyDocumentException` (400, Sender): ORGANIZATIONS's `MalformedPolicyDocumentException`.
                MalformedPolicyDocumentException = ("MalformedPolicyDocumentException", 400, Sender),
                /// `MasterCannotLeaveOrganizationException` (400, Sender): ORGANIZATIONS's `MasterCannotLeaveOrganizationException`.
                MasterCannotLeaveOrganizationException = ("MasterCannotLeaveOrganizationException", 400, Sender),
                /// `NameConflict` (409, Sender): IAM's `NameConflictException`.
                NameConflict = ("NameConflict", 409, Sender),
                /// `NoSuchEntity` (404, Sender): IAM's `NoSuchEntityException`.
                NoSuchEntity = ("NoSuchEntity", 404, Sender),
                /// `NotSupportedService` (404, Sender): IAM's `ServiceNotSupportedException`.
                NotSupportedService = ("NotSupportedService", 404, Sender),
                /// `OpenIdIdpCommunicationError` (400, Sender): IAM's `OpenIdIdpCommunicationErrorException`.
                OpenIdIdpCommunicationError = ("OpenIdIdpCommunicationError", 400, Sender),
                /// `OrganizationLevelResourcesExistException` (400, Sender): IAM's `OrganizationLevelResourcesExistException`.
                OrganizationLevelResourcesExistException = ("OrganizationLevelResourcesExistException", 400, Sender),
                /// `OrganizationNotEmptyException` (400, Sender): ORGANIZATIONS's `OrganizationNotEmptyException`.
                OrganizationNotEmptyException = ("OrganizationNotEmptyException", 400, Sender),
                /// `OrganizationNotFoundException` (400, Sender): IAM's `OrganizationNotFoundException`.
                OrganizationNotFoundException = ("OrganizationNotFoundException", 400, Sender),
                /// `OrganizationNotInAllFeaturesModeException` (400, Sender): IAM's `OrganizationNotInAllFeaturesModeException`.
                OrganizationNotInAllFeaturesModeException = ("OrganizationNotInAllFeaturesModeException", 400, Sender),
                /// `OrganizationalUnitNotEmptyException` (400, Sender): ORGANIZATIONS's `OrganizationalUnitNotEmptyException`.
                OrganizationalUnitNotEmptyException = ("OrganizationalUnitNotEmptyException", 400, Sender),
                /// `OrganizationalUnitNotFoundException` (400, Sender): ORGANIZATIONS's `OrganizationalUnitNotFoundException`.
                OrganizationalUnitNotFoundException = ("OrganizationalUnitNotFoundException", 400, Sender),
                /// `OutboundWebIdentityFederationDisabledException` (403, Sender): STS's `OutboundWebIdentityFederationDisabledException`.
                OutboundWebIdentityFederationDisabledException = ("OutboundWebIdentityFederationDisabledException", 403, Sender),
                /// `PackedPolicyTooLarge` (400, Sender): STS's `PackedPolicyTooLargeException`.
                PackedPolicyTooLarge = ("PackedPolicyTooLarge", 400, Sender),
                /// `ParentNotFoundException` (400, Sender): ORGANIZATIONS's `ParentNotFoundException`.
                ParentNotFoundException = ("ParentNotFoundException", 400, Sender),
                /// `PasswordPolicyViolation` (400, Sender): IAM's `PasswordPolicyViolationException`.
                PasswordPolicyViolation = ("PasswordPolicyViolation", 400, Sender),
                /// `PolicyChangesInProgressException` (400, Sender): ORGANIZATIONS's `PolicyChangesInProgressException`.
                PolicyChangesInProgressException = ("PolicyChangesInProgressException", 400, Sender),
                /// `PolicyEvaluation` (500, Receiver): IAM's `PolicyEvaluationException`.
                PolicyEvaluation = ("PolicyEvaluation", 500, Receiver),
                /// `PolicyInUseException` (400, Sender): ORGANIZATIONS's `PolicyInUseException`.
                PolicyInUseException = ("PolicyInUseException", 400, Sender),
                /// `PolicyNotAttachable` (400, Sender): IAM's `PolicyNotAttachableException`.
                PolicyNotAttachable = ("PolicyNotAttachable", 400, Sender),
                /// `PolicyNotAttachedException` (400, Sender): ORGANIZATIONS's `PolicyNotAttachedException`.
                PolicyNotAttachedException = ("PolicyNotAttachedException", 400, Sender),
                /// `PolicyNotFoundException` (400, Sender): ORGANIZATIONS's `PolicyNotFoundException`.
                PolicyNotFoundException = ("PolicyNotFoundException", 400, Sender),
                /// `PolicyTypeAlreadyEnabledException` (400, Sender): ORGANIZATIONS's `PolicyTypeAlreadyEnabledException`.
                PolicyTypeAlreadyEnabledException = ("PolicyTypeAlreadyEnabledException", 400, Sender),
                /// `PolicyTypeNotAvailableForOrganizationException` (400, Sender): ORGANIZATIONS's `PolicyTypeNotAvailableForOrganizationException`.
                PolicyTypeNotAvailableForOrganizationException = ("PolicyTypeNotAvailableForOrganizationException", 400, Sender),
                /// `PolicyTypeNotEnabledException` (400, Sender): ORGANIZATIONS's `PolicyTypeNotEnabledException`.
                PolicyTypeNotEnabledException = ("PolicyTypeNotEnabledException", 400, Sender),
                /// `RegionDisabledException` (403, Sender): STS's `RegionDisabledException`.
                RegionDisabledException = ("RegionDisabledException", 403, Sender),
                /// `RegionalSignerUnavailableException` (404, Sender): STS's `RegionalSignerUnavailableException`.
                RegionalSignerUnavailableException = ("RegionalSignerUnavailableException", 404, Sender),
                /// `ReportExpired` (410, Sender): IAM's `CredentialReportExpiredException`.
                ReportExpired = ("ReportExpired", 410, Sender),
                /// `ReportGenerationLimitExceeded` (409, Sender): IAM's `ReportGenerationLimitExceededException`.
                ReportGenerationLimitExceeded = ("ReportGenerationLimitExceeded", 409, Sender),
                /// `ReportInProgress` (404, Sender): IAM's `CredentialReportNotReadyException`.
                ReportInProgress = ("ReportInProgress", 404, Sender),
                /// `ReportNotPresent` (410, Sender): IAM's `CredentialReportNotPresentException`.
                ReportNotPresent = ("ReportNotPresent", 410, Sender),
                /// `ResourceNotFoundException` (404, Sender): STS's `ResourceNotFoundException`.
                ResourceNotFoundException = ("ResourceNotFoundException", 404, Sender),
                /// `ResourcePolicyNotFoundException` (400, Sender): ORGANIZATIONS's `ResourcePolicyNotFoundException`.
                ResourcePolicyNotFoundException = ("ResourcePolicyNotFoundException", 400, Sender),
                /// `ResponsibilityTransferAlreadyInStatusException` (400, Sender): ORGANIZATIONS's `ResponsibilityTransferAlreadyInStatusException`.
                ResponsibilityTransferAlreadyInStatusException = ("ResponsibilityTransferAlreadyInStatusException", 400, Sender),
                /// `ResponsibilityTransferNotFoundException` (400, Sender): ORGANIZATIONS's `ResponsibilityTransferNotFoundException`.
                ResponsibilityTransferNotFoundException = ("ResponsibilityTransferNotFoundException", 400, Sender),
                /// `RoleModified` (409, Sender): IAM's `RoleModifiedException`.
                RoleModified = ("RoleModified", 409, Sender),
                /// `RoleTemplateDisabled` (400, Sender): IAM's `RoleTemplateDisabledException`.
                RoleTemplateDisabled = ("RoleTemplateDisabled", 400, Sender),
                /// `RootNotFoundException` (400, Sender): ORGANIZATIONS's `RootNotFoundException`.
                RootNotFoundException = ("RootNotFoundException", 400, Sender),
                /// `ServiceAccessNotEnabledException` (400, Sender): IAM's `ServiceAccessNotEnabledException`.
                ServiceAccessNotEnabledException = ("ServiceAccessNotEnabledException", 400, Sender),
                /// `ServiceException` (400, Sender): ORGANIZATIONS's `ServiceException`.
                ServiceException = ("ServiceException", 400, Sender),
                /// `ServiceFailure` (500, Receiver): IAM's `ServiceFailureException`.
                ServiceFailure = ("ServiceFailure", 500, Receiver),
                /// `SessionDurationEscalationException` (403, Sender): STS's `SessionDurationEscalationException`.
                SessionDurationEscalationException = ("SessionDurationEscalationException", 403, Sender),
                /// `SignerNotConfiguredException` (404, Sender): STS's `SignerNotConfiguredException`.
                SignerNotConfiguredException = ("SignerNotConfiguredException", 404, Sender),
                /// `SourceParentNotFoundException` (400, Sender): ORGANIZATIONS's `SourceParentNotFoundException`.
                SourceParentNotFoundException = ("SourceParentNotFoundException", 400, Sender),
                /// `TargetNotFoundException` (400, Sender): ORGANIZATIONS's `TargetNotFoundException`.
                TargetNotFoundException = ("TargetNotFoundException", 400, Sender),
                /// `TooManyRequestsException` (400, Sender): ORGANIZATIONS's `TooManyRequestsException`.
                TooManyRequestsException = ("TooManyRequestsException", 400, Sender),
                /// `UnmodifiableEntity` (400, Sender): IAM's `UnmodifiableEntityException`.
                UnmodifiableEntity = ("UnmodifiableEntity", 400, Sender),
                /// `UnrecognizedPublicKeyEncoding` (400, Sender): IAM's `UnrecognizedPublicKeyEncodingException`.
                UnrecognizedPublicKeyEncoding = ("UnrecognizedPublicKeyEncoding", 400, Sender),
                /// `UnsupportedAPIEndpointException` (400, Sender): ORGANIZATIONS's `UnsupportedAPIEndpointException`.
                UnsupportedAPIEndpointException = ("UnsupportedAPIEndpointException", 400, Sender),
            }
            $($rest)*
        }
    };
}

pub(crate) use with_modelled_codes;
