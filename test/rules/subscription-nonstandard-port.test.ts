import { ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, subscriptionLines } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const lines = (port: string | undefined) => elementLines({ ...defaultSpec(), AdamSslPort: port });

ruleTester('subscription-nonstandard-port', {
  valid: [
    { name: 'the default 50636', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(lines('50636')) },
    { name: 'no AdamSslPort (the default)', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(lines(undefined)) },
    { name: 'an invalid port (subscription-invalid-value reports it)', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(lines('70000')) },
  ],
  invalid: [
    {
      name: 'a custom port the firewall must allow',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(annotated(lines('50637'), 'AdamSslPort', '50637', 'subscription-nonstandard-port[nonstandard]')),
    },
  ],
});
