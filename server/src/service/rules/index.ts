// Every rule, in the order diagnostics are produced. Adding a rule = adding its file and one line here.
import { addressSpaceMissing } from './addressSpaceMissing';
import { anonymousRelayReview } from './anonymousRelayReview';
import { basicAuthCleartext } from './basicAuthCleartext';
import { basicAuthCredentialMissing } from './basicAuthCredentialMissing';
import { basicAuthRequireTlsInconsistent } from './basicAuthRequireTlsInconsistent';
import { certificateExpired } from './certificateExpired';
import { certificateExpiring } from './certificateExpiring';
import { certificateNameMismatch } from './certificateNameMismatch';
import { certificateNotYetValid } from './certificateNotYetValid';
import { certificateStatus } from './certificateStatus';
import { certificateUnreadable } from './certificateUnreadable';
import { certificateWeakKey } from './certificateWeakKey';
import { certificateWeakSignature } from './certificateWeakSignature';
import { configInvalid } from './configInvalid';
import { connectionTimeoutOrder } from './connectionTimeoutOrder';
import { domainSecureConflict } from './domainSecureConflict';
import { domainSecureWithoutTls } from './domainSecureWithoutTls';
import { domainValidationWithoutTlsDomain } from './domainValidationWithoutTlsDomain';
import { exoDomainValidationWithoutTlsDomain } from './exoDomainValidationWithoutTlsDomain';
import { exoOnPremisesSenderIdentity } from './exoOnPremisesSenderIdentity';
import { exoRequiresOnPremises } from './exoRequiresOnPremises';
import { exoRestrictDomains } from './exoRestrictDomains';
import { exoSmartHosts } from './exoSmartHosts';
import { exoTlsCertificateWithoutRequireTls } from './exoTlsCertificateWithoutRequireTls';
import { exoTlsDomainWithoutDomainValidation } from './exoTlsDomainWithoutDomainValidation';
import { externalAuthoritativeConflict } from './externalAuthoritativeConflict';
import { fileTooLarge } from './fileTooLarge';
import { fileUnrecognized } from './fileUnrecognized';
import { hybridTlsCertificateNameEmpty } from './hybridTlsCertificateNameEmpty';
import { ignoreStarttls } from './ignoreStarttls';
import { internetConnectorCustomPermissions } from './internetConnectorCustomPermissions';
import { invalidValue } from './invalidValue';
import { jsonSyntax } from './jsonSyntax';
import { listSyntax } from './listSyntax';
import { notChecked } from './notChecked';
import { office365ConnectorTls } from './office365ConnectorTls';
import { openRelay } from './openRelay';
import { redactedValue } from './redactedValue';
import { requireTlsIgnoreStarttls } from './requireTlsIgnoreStarttls';
import { requireTlsWithoutTls } from './requireTlsWithoutTls';
import { smartHostsMissing } from './smartHostsMissing';
import { smtpCertificateLocalRoot } from './smtpCertificateLocalRoot';
import { starttlsNotOffered } from './starttlsNotOffered';
import { subscriptionCertificateStale } from './subscriptionCertificateStale';
import { subscriptionCredentials } from './subscriptionCredentials';
import { subscriptionDuplicateElement } from './subscriptionDuplicateElement';
import { subscriptionEsraUsername } from './subscriptionEsraUsername';
import { subscriptionExpired } from './subscriptionExpired';
import { subscriptionExpiring } from './subscriptionExpiring';
import { subscriptionFuture } from './subscriptionFuture';
import { subscriptionInvalidValue } from './subscriptionInvalidValue';
import { subscriptionMissingElement } from './subscriptionMissingElement';
import { subscriptionNonstandardPort } from './subscriptionNonstandardPort';
import { subscriptionNotImported } from './subscriptionNotImported';
import { subscriptionRootNamespace } from './subscriptionRootNamespace';
import { subscriptionUnknownElement } from './subscriptionUnknownElement';
import { subscriptionVersionMismatch } from './subscriptionVersionMismatch';
import { suppressionUnknownRule } from './suppressionUnknownRule';
import { suppressionUnused } from './suppressionUnused';
import { smtpLogCertificate } from './smtpLogCertificate';
import { smtpLogClearText } from './smtpLogClearText';
import { smtpLogDirectTrustFailed } from './smtpLogDirectTrustFailed';
import { smtpLogIgnoreStarttls } from './smtpLogIgnoreStarttls';
import { smtpLogLegacyTls } from './smtpLogLegacyTls';
import { smtpLogStarttlsNotOffered } from './smtpLogStarttlsNotOffered';
import { smtpLogSubscriptionStale } from './smtpLogSubscriptionStale';
import { smtpLogSyntax } from './smtpLogSyntax';
import { smtpLogTlsFailed } from './smtpLogTlsFailed';
import { tlsAuthLevelWithoutRequireTls } from './tlsAuthLevelWithoutRequireTls';
import { tlsCertificateNameSyntax } from './tlsCertificateNameSyntax';
import { tlsCertificateNameTooLong } from './tlsCertificateNameTooLong';
import { tlsCertificateNotFound } from './tlsCertificateNotFound';
import { tlsCertificateNotSmtp } from './tlsCertificateNotSmtp';
import { tlsDomainWithoutDomainValidation } from './tlsDomainWithoutDomainValidation';
import { truncatedList } from './truncatedList';
import { unknownProperty } from './unknownProperty';
import { xmlSyntax } from './xmlSyntax';
import { edgesyncFailed } from './edgesyncFailed';
import { edgesyncNotSynchronized } from './edgesyncNotSynchronized';
import { edgesyncStale } from './edgesyncStale';
import { edgesyncStartFailed } from './edgesyncStartFailed';
import { edgesyncSubscription } from './edgesyncSubscription';
import { eventCertificateConnector } from './eventCertificateConnector';
import { eventEdgesync } from './eventEdgesync';
import { eventInternalCertificate } from './eventInternalCertificate';
import { eventStarttlsCertificate } from './eventStarttlsCertificate';
import { eventTextSyntax } from './eventTextSyntax';
import { eventTransportTls } from './eventTransportTls';
import { queueConnectionError } from './queueConnectionError';
import { queueTlsConnector } from './queueTlsConnector';
import { queueTlsError } from './queueTlsError';
import type { Rule } from './types';
import type { RuleCatalogue } from '../formats/registry';

export const RULES: readonly Rule[] = [
  fileTooLarge,
  fileUnrecognized,
  notChecked,
  xmlSyntax,
  jsonSyntax,
  configInvalid,
  subscriptionRootNamespace,
  subscriptionMissingElement,
  subscriptionUnknownElement,
  subscriptionDuplicateElement,
  subscriptionInvalidValue,
  subscriptionExpired,
  subscriptionExpiring,
  subscriptionFuture,
  subscriptionCredentials,
  subscriptionNonstandardPort,
  subscriptionVersionMismatch,
  subscriptionEsraUsername,
  certificateUnreadable,
  certificateExpired,
  certificateNotYetValid,
  certificateExpiring,
  certificateWeakKey,
  certificateWeakSignature,
  certificateNameMismatch,
  certificateStatus,
  smtpCertificateLocalRoot,
  invalidValue,
  unknownProperty,
  listSyntax,
  truncatedList,
  redactedValue,
  ignoreStarttls,
  requireTlsIgnoreStarttls,
  tlsAuthLevelWithoutRequireTls,
  tlsDomainWithoutDomainValidation,
  domainValidationWithoutTlsDomain,
  domainSecureConflict,
  smartHostsMissing,
  addressSpaceMissing,
  basicAuthCredentialMissing,
  basicAuthCleartext,
  starttlsNotOffered,
  requireTlsWithoutTls,
  basicAuthRequireTlsInconsistent,
  externalAuthoritativeConflict,
  openRelay,
  anonymousRelayReview,
  internetConnectorCustomPermissions,
  connectionTimeoutOrder,
  domainSecureWithoutTls,
  tlsCertificateNameSyntax,
  tlsCertificateNameTooLong,
  hybridTlsCertificateNameEmpty,
  office365ConnectorTls,
  exoTlsDomainWithoutDomainValidation,
  exoDomainValidationWithoutTlsDomain,
  exoSmartHosts,
  exoRequiresOnPremises,
  exoTlsCertificateWithoutRequireTls,
  exoRestrictDomains,
  exoOnPremisesSenderIdentity,
  tlsCertificateNotFound,
  tlsCertificateNotSmtp,
  subscriptionCertificateStale,
  subscriptionNotImported,
  smtpLogSyntax,
  smtpLogClearText,
  smtpLogTlsFailed,
  smtpLogLegacyTls,
  smtpLogStarttlsNotOffered,
  smtpLogDirectTrustFailed,
  smtpLogCertificate,
  smtpLogIgnoreStarttls,
  smtpLogSubscriptionStale,
  eventTextSyntax,
  eventStarttlsCertificate,
  eventInternalCertificate,
  eventEdgesync,
  eventTransportTls,
  edgesyncFailed,
  edgesyncNotSynchronized,
  edgesyncStale,
  edgesyncStartFailed,
  queueTlsError,
  queueConnectionError,
  eventCertificateConnector,
  edgesyncSubscription,
  queueTlsConnector,
  suppressionUnused,
  suppressionUnknownRule,
] as Rule[];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

/** What the configuration reader may know of the rules (passed in, so it imports no rule). */
export const RULE_CATALOGUE: RuleCatalogue = {
  ids: () => RULE_BY_ID.keys(),
  defaultSeverity: (id) => RULE_BY_ID.get(id)?.meta.defaultSeverity,
  options: (id) => RULE_BY_ID.get(id)?.meta.options,
};
