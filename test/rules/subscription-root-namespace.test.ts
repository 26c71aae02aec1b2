import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, elementLines, subscriptionLines, under } from '../helpers/subscription';

const LINES = elementLines(defaultSpec());
const NAMESPACED =
  '<EdgeSubscriptionData xmlns="urn:contoso" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">';
const NOW = '2024-05-14T12:00:00Z';

ruleTester('subscription-root-namespace', {
  valid: [
    { name: 'the namespaces New-EdgeSubscription writes (xsi, xsd)', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(LINES) },
    { name: 'an empty default namespace is no namespace', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(LINES, NAMESPACED.replace('urn:contoso', '')) },
  ],
  invalid: [
    {
      name: 'a default namespace on the root: the fix removes the attribute',
      file: 'EDGE01.xml',
      now: NOW,
      text: [
        '<?xml version="1.0"?>',
        NAMESPACED,
        under(NAMESPACED, 'xmlns', 'subscription-root-namespace[namespaced] edit: '),
        ...LINES,
        '</EdgeSubscriptionData>',
        '',
      ].join('\r\n'),
    },
  ],
});
