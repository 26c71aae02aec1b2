// Shared by every reader of Exchange objects: decide each object's kind from its property set, settle the
// culture date order for the file from all its evidence, and collect the certificates for the certificate rules.
import { detectObjectKindByKeys, propertyDef, propertyDefs } from '../catalogue';
import type { CertificateFacts } from '../certificate/facts';
import type { UnreadableCertificate } from '../document';
import { text } from './access';
import { attachDates, readCertificate, type ObjectCertificate } from './certificates';
import { decideDateOrder, type CertificateDateInput } from './dateOrder';
import { displayName, property, type ExchangeObject, type PropertyValue } from './model';
import type { PropertyDef } from '../catalogue/types';

export interface ObjectAnalysis {
  certificates: CertificateFacts[];
  unreadable: UnreadableCertificate[];
  dateOrder: 'mdy' | 'dmy';
  dateOrderSource: 'setting' | 'inferred' | 'default';
  /** Why that order (the evidence, or the setting), for hovers. */
  dateOrderReason?: string;
  /** The reading rests on the time of the check (Status : Valid, WhenChanged): it holds for checks in [from, until). */
  holds?: { from: number; until: number };
}

/**
 * Types the objects, settles the day/month order of the file's dates from all its evidence (./dateOrder.ts) and
 * reads the certificates with it. `now` is the time of the check: a dump cannot come from the future.
 */
export function analyzeObjects(
  objects: ExchangeObject[],
  dateSetting: 'auto' | 'mdy' | 'dmy',
  now?: Date,
  printed: { dateOrderReason?: string; utcOffsetMinutes?: number } = {},
): ObjectAnalysis {
  for (const obj of objects) {
    // A reader may already know the kind (CLIXML type names); otherwise the property set decides.
    if (!obj.kind && !obj.typeName) obj.kind = detectObjectKindByKeys(obj.byName);
    if (!obj.kind) continue;
    // byName keys are already lower case; a repeated name (rare) is looked up on its own.
    const defs = propertyDefs(obj.kind);
    obj.byName.forEach(setDef, defs);
    if (obj.byName.size !== obj.properties.length) for (const p of obj.properties) p.def ??= propertyDef(obj.kind, p.name);
  }

  const read: { obj: ExchangeObject; cert: ObjectCertificate }[] = [];
  for (const obj of objects) if (obj.kind === 'exchange-certificate') read.push({ obj, cert: readCertificate(obj) });
  const inputs: CertificateDateInput[] = read.map(({ obj, cert }) => ({
    obj,
    name: cert.facts?.subject || displayName(obj),
    notBefore: property(obj, 'NotBefore'),
    notAfter: property(obj, 'NotAfter'),
    status: text(obj, 'Status')?.value,
    decoded: cert.info ? { notBefore: cert.info.notBefore, notAfter: cert.info.notAfter } : undefined,
  }));
  const { decision, certificates: orders, readings } = decideDateOrder(objects, inputs, dateSetting, now, printed.dateOrderReason);

  const certificates: CertificateFacts[] = [];
  const unreadable: UnreadableCertificate[] = [];
  for (const { obj, cert } of read) {
    if (cert.facts) {
      const o = orders.get(obj) ?? { order: 'auto' };
      attachDates(cert.facts, obj, o.order, o.reason, readings, printed.utcOffsetMinutes);
      obj.certificate = cert.facts;
      certificates.push(cert.facts);
    }
    if (cert.unreadable) unreadable.push(cert.unreadable);
  }
  return {
    certificates,
    unreadable,
    dateOrder: decision.order,
    dateOrderSource: decision.source,
    ...(decision.reason ? { dateOrderReason: decision.reason } : {}),
    ...(decision.holds ? { holds: decision.holds } : {}),
  };
}

/** Gives a property its definition (a callback that allocates nothing per object: `defs` is its `this`). */
function setDef(this: ReadonlyMap<string, PropertyDef>, p: PropertyValue, key: string): void {
  p.def = this.get(key);
}
