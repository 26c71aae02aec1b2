import { ruleTester, type RuleCase } from '../helpers/ruleTester';
import { defaultSpec, element, elementLines, subscriptionLines, under, type SubscriptionSpec } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const NESTED = '  <ESRAUsername><CN>ESRA.EDGE01</CN></ESRAUsername>';
const FIX = 'fix: New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"';

/** The file with one element's value replaced, annotated under it (the whole element when it is empty). */
function bad(name: keyof SubscriptionSpec, value: string | null, messageId: string, label: string): RuleCase {
  const lines = elementLines({ ...defaultSpec(), [name]: value });
  const i = lines.findIndex((l) => l.startsWith(`  <${name}`));
  const token = value === null ? `<${name} />` : value;
  lines.splice(i + 1, 0, under(lines[i], token, `subscription-invalid-value[${messageId}] ${FIX}`));
  return { name: label, file: 'EDGE01.xml', now: NOW, text: subscriptionLines(lines) };
}

ruleTester('subscription-invalid-value', {
  valid: [
    { name: 'every value as New-EdgeSubscription writes it', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(elementLines(defaultSpec())) },
    {
      name: 'a Duration of exactly 2 minutes',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(elementLines({ ...defaultSpec(), Duration: '1200000000' })),
    },
    {
      name: 'a bad value in a duplicate the import skips',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines([...elementLines(defaultSpec()), element('AdamSslPort', '99999')]),
      rules: ['subscription-invalid-value'],
    },
    { name: 'the optional ProductID may be empty', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(elementLines({ ...defaultSpec(), ProductID: null })) },
  ],
  invalid: [
    bad('EffectiveDate', 'yesterday', 'notTicks', 'EffectiveDate that is not ticks'),
    bad('EffectiveDate', '-5', 'ticksOutOfRange', 'negative ticks'),
    bad('EffectiveDate', '99999999999999999999', 'notTicks', 'ticks beyond Int64'),
    bad('Duration', '1.00:00:00', 'notTicks', 'a Duration written as a TimeSpan'),
    bad('Duration', '1199999999', 'durationTooShort', 'a Duration under 2 minutes'),
    bad('AdamSslPort', '0', 'badPort', 'port 0'),
    bad('AdamSslPort', '70000', 'badPort', 'port 70000'),
    bad('VersionNumber', '15', 'badVersion', 'a version without the marker'),
    bad('VersionNumber', '15.2.1544', 'badVersion', 'a version written as text'),
    bad('EdgeServerFQDN', 'edge 01.contoso.com', 'badFqdn', 'an FQDN with a blank'),
    bad('EdgeServerFQDN', null, 'empty', 'an empty FQDN'),
    bad('ESRAPassword', null, 'empty', 'an empty password'),
    {
      name: 'an element holding child elements',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(
        elementLines(defaultSpec()).flatMap((l) =>
          l.startsWith('  <ESRAUsername>') ? [NESTED, under(NESTED, NESTED.trim(), `subscription-invalid-value[childElements] ${FIX}`)] : [l],
        ),
      ),
    },
  ],
});
