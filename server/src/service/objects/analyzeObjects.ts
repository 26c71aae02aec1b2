// Shared by every reader of Exchange objects: decide each object's kind from its property set, settle the
// culture date order for the file, and collect the certificates for the certificate rules.
import { detectObjectKindByKeys, propertyDef, propertyDefs } from '../catalogue';
import type { CertificateFacts } from '../certificate/facts';
import type { UnreadableCertificate } from '../document';
import { inferDateOrder } from '../values/cultureDate';
import { certificateFromObject } from './certificates';
import type { ExchangeObject } from './model';

export interface ObjectAnalysis {
  certificates: CertificateFacts[];
  unreadable: UnreadableCertificate[];
  dateOrder: 'mdy' | 'dmy';
  dateOrderSource: 'setting' | 'inferred' | 'default';
}

export function analyzeObjects(objects: ExchangeObject[], dateSetting: 'auto' | 'mdy' | 'dmy'): ObjectAnalysis {
  for (const obj of objects) {
    // A reader may already know the kind (CLIXML type names); otherwise the property set decides.
    if (!obj.kind && !obj.typeName) obj.kind = detectObjectKindByKeys(obj.byName);
    if (!obj.kind) continue;
    // byName keys are already lower case; a repeated name (rare) is looked up on its own.
    const defs = propertyDefs(obj.kind);
    for (const [key, p] of obj.byName) p.def = defs.get(key);
    if (obj.byName.size !== obj.properties.length) for (const p of obj.properties) p.def ??= propertyDef(obj.kind, p.name);
  }

  let dateOrder: 'mdy' | 'dmy' = 'mdy';
  let dateOrderSource: ObjectAnalysis['dateOrderSource'] = 'default';
  if (dateSetting !== 'auto') {
    dateOrder = dateSetting;
    dateOrderSource = 'setting';
  } else {
    const dates: string[] = [];
    for (const obj of objects) {
      if (!obj.kind) continue;
      for (const p of obj.properties) if (!p.empty && p.def?.type.kind === 'date') dates.push(p.text);
    }
    const inferred = inferDateOrder(dates);
    if (inferred) {
      dateOrder = inferred;
      dateOrderSource = 'inferred';
    }
  }

  const certificates: CertificateFacts[] = [];
  const unreadable: UnreadableCertificate[] = [];
  for (const obj of objects) {
    if (obj.kind !== 'exchange-certificate') continue;
    const c =
      dateOrderSource === 'default'
        ? certificateFromObject(obj, 'auto')
        : certificateFromObject(obj, dateOrder, dateOrderSource === 'inferred' ? 'as other dates in this file show' : 'as set for this file');
    if (c.facts) {
      obj.certificate = c.facts;
      certificates.push(c.facts);
    }
    if (c.unreadable) unreadable.push(c.unreadable);
  }
  return { certificates, unreadable, dateOrder, dateOrderSource };
}
