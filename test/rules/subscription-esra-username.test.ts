import { ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, subscriptionLines } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const OTHER = 'CN=ESRA.EDGE02,CN=Services,CN=Configuration,CN={5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d}';

ruleTester('subscription-esra-username', {
  valid: [
    { name: 'the ESRA account of this Edge', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(elementLines(defaultSpec())) },
    {
      name: 'the name in another case',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(elementLines({ ...defaultSpec(), ESRAUsername: 'cn=esra.edge01,CN=Services,CN=Configuration,CN={x}' })),
    },
  ],
  invalid: [
    {
      name: "another Edge's account",
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(
        annotated(
          elementLines({ ...defaultSpec(), ESRAUsername: OTHER }),
          'ESRAUsername',
          OTHER,
          'subscription-esra-username[otherAccount] fix: New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"',
        ),
      ),
    },
  ],
});
