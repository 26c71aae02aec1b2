import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, elementLines, subscriptionLines, under, type SubscriptionSpec } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const withExtra = (extra: string, finding?: string, spec: SubscriptionSpec = defaultSpec()) =>
  subscriptionLines([...elementLines(spec), `  ${extra}`, ...(finding ? [under(`  ${extra}`, extra.slice(1, extra.search(/[ >/]/)), finding)] : [])]);

ruleTester('subscription-unknown-element', {
  valid: [
    { name: 'every element New-EdgeSubscription writes', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(elementLines(defaultSpec())) },
    { name: 'PfxKPKCertificateBlob is part of the format', file: 'EDGE01.xml', now: NOW, text: withExtra('<PfxKPKCertificateBlob />') },
  ],
  invalid: [
    {
      name: 'a miscased name: the real element is missing, and the fix renames both tags',
      file: 'EDGE01.xml',
      now: NOW,
      text: withExtra(
        '<EdgeServerFqdn>edge01.contoso.com</EdgeServerFqdn>',
        'subscription-unknown-element[misspeltMissing] edit: EdgeServerFQDN EdgeServerFQDN',
        { ...defaultSpec(), EdgeServerFQDN: undefined },
      ),
    },
    {
      name: 'a near miss beside the real element',
      file: 'EDGE01.xml',
      now: NOW,
      text: withExtra('<EdgeServerNme>EDGE01</EdgeServerNme>', 'subscription-unknown-element[misspelt] edit: EdgeServerName EdgeServerName'),
    },
    {
      name: 'an unrelated element has no suggestion',
      file: 'EDGE01.xml',
      now: NOW,
      text: withExtra('<Comment>made for the new site</Comment>', 'subscription-unknown-element[unknown]'),
    },
  ],
});
