import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase, ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, PASSWORD, subscriptionLines } from '../helpers/subscription';

const MADE = new Date('2024-05-14T10:30:00Z');
const LINES = elementLines(defaultSpec(MADE));
const withPassword = (finding: string, lines = LINES) => subscriptionLines(annotated(lines, 'ESRAPassword', PASSWORD, finding));

ruleTester('subscription-credentials', {
  valid: [
    {
      name: 'an empty password (subscription-invalid-value reports it)',
      file: 'EDGE01.xml',
      text: subscriptionLines(elementLines({ ...defaultSpec(MADE), ESRAPassword: null })),
    },
  ],
  invalid: [
    { name: 'a password still usable', file: 'EDGE01.xml', now: '2024-05-14T12:00:00Z', text: withPassword('subscription-credentials[valid]') },
    { name: 'the bootstrap account has expired', file: 'EDGE01.xml', now: '2024-06-01T00:00:00Z', text: withPassword('subscription-credentials[expired]') },
    {
      name: 'no Duration to date it by',
      file: 'EDGE01.xml',
      text: withPassword('subscription-credentials[undated]', elementLines({ ...defaultSpec(MADE), Duration: undefined })),
    },
  ],
});

describe('the ESRA password stays secret', () => {
  it('in no message, data or related information of any rule, whatever the file gets wrong', () => {
    const broken = subscriptionLines(
      elementLines({ ...defaultSpec(MADE), Duration: '12', AdamSslPort: '0', SerialNumber: 'Version 15.1 (Build 1.1)', ESRAUsername: 'CN=ESRA.EDGE09,CN=x' }),
    );
    for (const now of [new Date('2024-05-14T12:00:00Z'), new Date('2024-06-01T00:00:00Z'), new Date('2024-05-01T00:00:00Z')]) {
      const diags = lintCase({ 'EDGE01.xml': broken }, { now }).get('EDGE01.xml')!;
      assert.ok(diags.length >= 5, diags.map((d) => d.code).join(' '));
      assert.ok(!JSON.stringify(diags).includes(PASSWORD));
    }
  });
});
