import { ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, subscriptionLines, ticks } from '../helpers/subscription';

// Made at 2024-05-14 10:30 UTC by the Edge's clock; "now" is this machine's clock.
const MADE = new Date('2024-05-14T10:30:00Z');
const LINES = elementLines(defaultSpec(MADE));
const future = (finding: string) => subscriptionLines(annotated(LINES, 'EffectiveDate', ticks(MADE), finding));

ruleTester('subscription-future', {
  valid: [
    { name: 'made before now', file: 'EDGE01.xml', now: '2024-05-14T12:00:00Z', text: subscriptionLines(LINES) },
    { name: 'exactly now', file: 'EDGE01.xml', now: '2024-05-14T10:30:00Z', text: subscriptionLines(LINES) },
    { name: 'a minute ahead: clock skew within the default 5 minutes', file: 'EDGE01.xml', now: '2024-05-14T10:29:00Z', text: subscriptionLines(LINES) },
    { name: 'exactly 5 minutes ahead', file: 'EDGE01.xml', now: '2024-05-14T10:25:00Z', text: subscriptionLines(LINES) },
    {
      name: 'a larger allowed skew',
      file: 'EDGE01.xml',
      now: '2024-05-14T10:00:00Z',
      settings: { ruleOptions: { 'subscription-future': { skewMinutes: 60 } } },
      text: subscriptionLines(LINES),
    },
  ],
  invalid: [
    { name: 'two hours ahead of this clock', file: 'EDGE01.xml', now: '2024-05-14T08:30:00Z', text: future('subscription-future[future]') },
    { name: 'just over the allowed skew', file: 'EDGE01.xml', now: '2024-05-14T10:24:59Z', text: future('subscription-future[future]') },
    {
      name: 'no skew allowed',
      file: 'EDGE01.xml',
      now: '2024-05-14T10:29:00Z',
      settings: { ruleOptions: { 'subscription-future': { skewMinutes: 0 } } },
      text: future('subscription-future[future]'),
    },
  ],
});
