import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService, lint, resolveSettings } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { ruleTester } from '../helpers/ruleTester';

const CA = '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B';

ruleTester('certificate-not-yet-valid', {
  valid: [
    {
      name: 'valid since yesterday',
      text: `
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/29/2024 11:00:00 PM
NotBefore          : 5/31/2024 11:00:00 PM
PublicKeySize      : 2048
Services           : IIS, SMTP
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
  ],
  invalid: [
    {
      name: 'valid only from next month: a clock or issuance problem, so no renewal is offered',
      text: `
IsSelfSigned       : False
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 9/29/2024 6:14:02 PM
NotBefore          : 7/1/2024 6:14:03 PM
#                    ^^^^^^^^^^^^^^^^^^^ certificate-not-yet-valid[notYetValid] no-fix: Exchange
PublicKeySize      : 2048
Services           : IIS, SMTP
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    },
  ],
});

describe('certificate-not-yet-valid with a date that reads two ways', () => {
  it('only one reading in the future: uncertain (a warning)', () => {
    const service = createLanguageService();
    const file = service.analyze({
      uri: 'nbf.txt',
      text: `
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 9/29/2024 6:14:02 PM
NotBefore          : 6/3/2024 6:14:03 PM
Subject            : CN=mail.contoso.com
Thumbprint         : ${CA}
`,
    }) as ObjectsFile;
    const facts = file.certificates[0];
    facts.notBefore = { ...facts.notBefore!, value: new Date('2024-06-03T18:14:03Z'), alternative: new Date('2024-03-06T18:14:03Z') };
    const d = lint(file, resolveSettings({ now: new Date('2024-06-01T00:00:00Z') })).filter((x) => x.code === 'certificate-not-yet-valid');
    assert.deepEqual(
      d.map((x) => [x.messageId, x.severity]),
      [['mayNotBeValidYet', 'warning']],
    );
  });
});
