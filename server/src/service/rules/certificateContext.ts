// What the certificate rules need to know about a certificate besides its facts: where it came from (the Edge
// certificate of a subscription file, or a Get-ExchangeCertificate object), whether it is the Auth certificate,
// self-signed, and which Exchange services it is bound to. Certificates Exchange does not use are left out.
import type { CertificateFacts } from '../certificate/facts';
import { foreignOwner, isAuthCertificate } from '../certificate/roles';
import { isObjectsFile, type AnalyzedFile } from '../document';
import { bool, enumMember, flags, text } from '../objects/access';
import type { ExchangeObject } from '../objects/model';

export interface CertificateContext {
  facts: CertificateFacts;
  /** The Get-ExchangeCertificate object, for certificates of a dump or export. */
  obj?: ExchangeObject;
  /** The Edge certificate of a subscription file: the Edge's default SMTP certificate, anchor of direct trust. */
  edgeSubscription: boolean;
  /** The Exchange Server Auth (OAuth) certificate: renewed with Set-AuthConfig. */
  auth: boolean;
  /** Undefined when the file does not say. */
  selfSigned?: boolean;
  /** Lower-case service names; undefined when the export does not say (Export-Clixml from a remote shell). */
  services?: ReadonlySet<string>;
}

function loose(dn: string): string {
  return dn.replace(/\s*([=,])\s*/g, '$1').toLowerCase();
}

function selfSignedOf(facts: CertificateFacts, obj: ExchangeObject | undefined): boolean | undefined {
  if (facts.info) return facts.info.selfIssued;
  if (!obj) return undefined;
  const flag = bool(obj, 'IsSelfSigned');
  if (flag) return flag.value;
  // Registry: Exchange's own self-signed certificates.
  const root = enumMember(obj, 'RootCAType')?.value;
  if (root === 'Registry') return true;
  if (root === 'ThirdParty' || root === 'Enterprise' || root === 'GroupPolicy') return false;
  const issuer = text(obj, 'Issuer')?.value;
  return issuer && facts.subject ? loose(issuer) === loose(facts.subject) : undefined;
}

/** The context of one certificate, or undefined for a certificate Exchange does not use (Azure VM agent...). */
export function certificateContext(facts: CertificateFacts, obj?: ExchangeObject, edgeSubscription = false): CertificateContext | undefined {
  const issuer = facts.info?.issuer ?? (obj && text(obj, 'Issuer')?.value);
  if (!edgeSubscription && foreignOwner(facts.subject, issuer)) return undefined;
  return {
    facts,
    obj,
    edgeSubscription,
    auth: !edgeSubscription && isAuthCertificate(facts.subject),
    selfSigned: selfSignedOf(facts, obj),
    services: obj ? flags(obj, 'Services')?.value : undefined,
  };
}

/** Every certificate of a file the certificate rules look at. */
export function certificatesToCheck(file: AnalyzedFile): CertificateContext[] {
  if (file.kind === 'edge-subscription') return file.certificates.map((f) => certificateContext(f, undefined, true)!);
  if (!isObjectsFile(file)) return [];
  const out: CertificateContext[] = [];
  for (const obj of file.objects) {
    if (obj.kind !== 'exchange-certificate' || !obj.certificate) continue;
    const c = certificateContext(obj.certificate, obj);
    if (c) out.push(c);
  }
  return out;
}

/**
 * Known to be bound to no Exchange service (Services None): a WMSvc or leftover IIS certificate. The Auth and Edge
 * certificates are used whatever Services says.
 */
export function boundToNoService(c: CertificateContext): boolean {
  if (c.auth || c.edgeSubscription || !c.services) return false;
  return [...c.services].every((s) => s === 'none');
}
