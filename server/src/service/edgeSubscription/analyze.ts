// Builds the subscription model: each element located, decoded and checked once, for all rules and hovers.
import { decodeCertificateBlob, type BlobResult } from '../certificate/blob';
import { factsFromInfo, type CertificateFacts } from '../certificate/facts';
import { parseCertificate, type CertificateParseResult } from '../certificate/x509';
import type { LineIndex } from '../text/lineIndex';
import type { SyntaxProblem, UnreadableCertificate } from '../document';
import { SUBSCRIPTION_ELEMENT_BY_NAME, type SubscriptionElementInfo } from './elements';
import { parseSubscriptionXml, type ParsedSubscriptionXml, type XmlElement } from './parse';
import { checkValue, type DecodedValue, type ValueProblem } from './values';

export interface SubscriptionElement extends XmlElement {
  info?: SubscriptionElementInfo;
  decoded?: DecodedValue;
  /** Why the value is invalid (subscription-invalid-value). */
  problem?: ValueProblem;
}

export interface SubscriptionCertificate {
  element: SubscriptionElement;
  blob: BlobResult;
  parsed?: CertificateParseResult;
}

export interface SubscriptionModel {
  xml: ParsedSubscriptionXml;
  /** All children of the root, in document order. */
  elements: SubscriptionElement[];
  /** First occurrence of each known element: the one Exchange reads. */
  byName: Map<string, SubscriptionElement>;
  duplicates: SubscriptionElement[];
  unknown: SubscriptionElement[];
  certificate?: SubscriptionCertificate;
  effectiveDate?: Date;
  /** EffectiveDate + Duration: when the bootstrap (ESRA) account expires. */
  expires?: Date;
}

export interface SubscriptionAnalysis {
  model?: SubscriptionModel;
  syntax: SyntaxProblem[];
  certificates: CertificateFacts[];
  unreadable: UnreadableCertificate[];
}

const UNREADABLE_REMEDY =
  'The Hub refuses a subscription whose certificate does not load. Copy the file again without changes (binary-safe), or make a new one on the Edge with New-EdgeSubscription -FileName.';

export function analyzeSubscription(text: string, lines: LineIndex): SubscriptionAnalysis {
  const parsed = parseSubscriptionXml(text, lines);
  if (!parsed.ok) return { syntax: [parsed.error], certificates: [], unreadable: [] };
  const xml = parsed.xml;
  const elements: SubscriptionElement[] = [];
  const byName = new Map<string, SubscriptionElement>();
  const duplicates: SubscriptionElement[] = [];
  const unknown: SubscriptionElement[] = [];
  for (const child of xml.children) {
    const info = SUBSCRIPTION_ELEMENT_BY_NAME.get(child.name);
    const el: SubscriptionElement = { ...child, info };
    elements.push(el);
    if (!info) {
      unknown.push(el);
      continue;
    }
    if (byName.has(child.name)) {
      duplicates.push(el);
      continue;
    }
    byName.set(child.name, el);
    if (child.hasChildElements) {
      el.problem = { id: 'childElements' };
    } else if (child.isEmpty) {
      // An empty certificate blob is certificate-unreadable's.
      if (info.required && info.type !== 'certificate') el.problem = { id: 'empty' };
    } else if (info.type !== 'certificate') {
      const check = checkValue(info.type, child.value);
      el.decoded = check.decoded;
      el.problem = check.problem;
    }
  }

  const model: SubscriptionModel = { xml, elements, byName, duplicates, unknown };
  const certificates: CertificateFacts[] = [];
  const unreadable: UnreadableCertificate[] = [];
  const blobEl = byName.get('EdgeCertificateBlob');
  if (blobEl && !blobEl.hasChildElements) {
    const blob = decodeCertificateBlob(blobEl.value);
    const cert: SubscriptionCertificate = { element: blobEl, blob };
    const what = 'EdgeCertificateBlob';
    if (!blob.ok) {
      unreadable.push({ range: blobEl.valueRange, what, reason: blob.reason, remedy: UNREADABLE_REMEDY });
    } else {
      cert.parsed = parseCertificate(blob.der);
      if (cert.parsed.ok) certificates.push(factsFromInfo(cert.parsed.info, blobEl.valueRange, 'Edge certificate'));
      else
        unreadable.push({
          range: blobEl.valueRange,
          what,
          reason: `its ${blob.format} data is not an X.509 certificate (${cert.parsed.reason})`,
          remedy: UNREADABLE_REMEDY,
        });
    }
    model.certificate = cert;
  }
  const eff = byName.get('EffectiveDate')?.decoded;
  const dur = byName.get('Duration')?.decoded;
  if (eff?.type === 'ticks') {
    model.effectiveDate = eff.date;
    if (dur?.type === 'timespan-ticks') model.expires = new Date(eff.date.getTime() + Number(dur.ticks / 10000n));
  }
  return { model, syntax: [], certificates, unreadable };
}
