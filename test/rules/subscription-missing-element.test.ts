import { ruleTester, type RuleCase } from '../helpers/ruleTester';
import { defaultSpec, elementLines, under } from '../helpers/subscription';

const ROOT = '<EdgeSubscriptionData xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">';
const NOW = '2024-05-14T12:00:00Z';
const REQUIRED = [
  'EdgeServerName',
  'EdgeServerFQDN',
  'EdgeCertificateBlob',
  'ESRAUsername',
  'ESRAPassword',
  'EffectiveDate',
  'Duration',
  'VersionNumber',
] as const;

function without(name: string): RuleCase {
  const lines = elementLines({ ...defaultSpec(), [name]: undefined });
  // Without EdgeServerName, the new file is named after the FQDN.
  const file = name === 'EdgeServerName' ? 'edge01.contoso.com' : 'EDGE01';
  return {
    name: `<${name}> missing`,
    file: 'EDGE01.xml',
    now: NOW,
    text: [
      '<?xml version="1.0"?>',
      ROOT,
      under(ROOT, 'EdgeSubscriptionData', `subscription-missing-element[missing] fix: New-EdgeSubscription -FileName "C:\\Temp\\${file}.xml"`),
      ...lines,
      '</EdgeSubscriptionData>',
      '',
    ].join('\r\n'),
  };
}

ruleTester('subscription-missing-element', {
  valid: [
    {
      name: 'the optional elements (AdamSslPort, ServerType, ProductID, SerialNumber) may be missing',
      file: 'EDGE01.xml',
      now: NOW,
      text: [
        '<?xml version="1.0"?>',
        ROOT,
        ...elementLines({ ...defaultSpec(), AdamSslPort: undefined, ServerType: undefined, ProductID: undefined, SerialNumber: undefined }),
        '</EdgeSubscriptionData>',
      ].join('\r\n'),
    },
  ],
  invalid: REQUIRED.map(without),
});
