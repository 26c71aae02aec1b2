import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, elementLines, subscriptionLines, under } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const SECOND = '  <EdgeServerName>EDGE99</EdgeServerName>';

ruleTester('subscription-duplicate-element', {
  valid: [{ name: 'each element once', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(elementLines(defaultSpec())) }],
  invalid: [
    {
      name: 'the second occurrence, which the import skips; the fix removes its line',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines([...elementLines(defaultSpec()), SECOND, under(SECOND, 'EdgeServerName', 'subscription-duplicate-element[duplicate] edit: ')]),
    },
  ],
});
