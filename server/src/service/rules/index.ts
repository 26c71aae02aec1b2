// Every rule, in the order diagnostics are produced. Adding a rule = adding its file and one line here.
import { certificateExpired } from './certificateExpired';
import { certificateExpiring } from './certificateExpiring';
import { certificateNameMismatch } from './certificateNameMismatch';
import { certificateNotYetValid } from './certificateNotYetValid';
import { certificateUnreadable } from './certificateUnreadable';
import { certificateWeakKey } from './certificateWeakKey';
import { certificateWeakSignature } from './certificateWeakSignature';
import { fileTooLarge } from './fileTooLarge';
import { fileUnrecognized } from './fileUnrecognized';
import { subscriptionCredentials } from './subscriptionCredentials';
import { subscriptionDuplicateElement } from './subscriptionDuplicateElement';
import { subscriptionEsraUsername } from './subscriptionEsraUsername';
import { subscriptionExpired } from './subscriptionExpired';
import { subscriptionExpiring } from './subscriptionExpiring';
import { subscriptionFuture } from './subscriptionFuture';
import { subscriptionInvalidValue } from './subscriptionInvalidValue';
import { subscriptionMissingElement } from './subscriptionMissingElement';
import { subscriptionNonstandardPort } from './subscriptionNonstandardPort';
import { subscriptionRootNamespace } from './subscriptionRootNamespace';
import { subscriptionUnknownElement } from './subscriptionUnknownElement';
import { subscriptionVersionMismatch } from './subscriptionVersionMismatch';
import type { Rule } from './types';
import { xmlSyntax } from './xmlSyntax';

export const RULES: readonly Rule[] = [
  fileTooLarge,
  fileUnrecognized,
  xmlSyntax,
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
] as Rule[];

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
