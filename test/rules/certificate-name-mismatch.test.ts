import { annotateUnder } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';
import { blobFor, defaultSpec, subscriptionXml } from '../helpers/subscription';
import type { CertSpec } from '../helpers/certs';

const MADE = new Date('2024-05-14T10:30:00Z');
const edge = (cert: CertSpec) => subscriptionXml({ ...defaultSpec(MADE), EdgeCertificateBlob: blobFor(cert) });

ruleTester('certificate-name-mismatch', {
  valid: [
    { name: 'the FQDN is a SAN', file: 'edge.xml', text: edge({}) },
    { name: 'a wildcard SAN covers it', file: 'edge.xml', text: edge({ dnsNames: ['*.contoso.com'] }) },
    { name: 'the CN names it and there is no SAN', file: 'edge.xml', text: edge({ cn: 'edge01.contoso.com', dnsNames: [] }) },
  ],
  invalid: [
    {
      name: 'another name: information only (direct trust between Edge and Hubs checks no name); no fix resubscribes',
      file: 'edge.xml',
      text: annotateUnder(edge({ dnsNames: ['mail.contoso.com'] }), 'edge01.contoso.com', 'certificate-name-mismatch[notAName] no-fix: New-EdgeSubscription'),
    },
    {
      name: 'a wildcard one label too deep does not cover it',
      file: 'edge.xml',
      text: annotateUnder(edge({ dnsNames: ['*.edge01.contoso.com'] }), 'edge01.contoso.com', 'certificate-name-mismatch[notAName]'),
    },
  ],
});
