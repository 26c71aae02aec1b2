import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase, ruleTester } from '../helpers/ruleTester';

const certs = (services: string) => `
Identity           : EX01\\9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
Issuer             : CN=R11, O=Let's Encrypt, C=US
NotAfter           : 8/12/2024 6:14:02 PM
NotBefore          : 5/14/2024 6:14:03 PM
Services           : ${services}
Status             : Valid
Subject            : CN=mail.contoso.com
Thumbprint         : 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B
`;

const RECEIVE = `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
`;

ruleTester('tls-certificate-not-smtp', {
  valid: [
    { name: 'enabled for SMTP', files: { 'certificates.txt': certs('IIS, SMTP'), 'receive-connectors.txt': RECEIVE } },
    {
      name: 'the export does not say which services (Export-Clixml from a remote shell)',
      files: { 'certificates.txt': certs('IIS, SMTP').replace(/^Services.*\n/m, ''), 'receive-connectors.txt': RECEIVE },
    },
  ],
  invalid: [
    {
      name: 'IIS only: the fix enables SMTP on that server (without -Force, so Exchange asks about the default certificate)',
      files: {
        'certificates.txt': certs('IIS'),
        'receive-connectors.txt': `
Name               : Default Frontend EX01
Identity           : EX01\\Default Frontend EX01
Server             : EX01
Bindings           : {0.0.0.0:25}
AuthMechanism      : Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer
PermissionGroups   : AnonymousUsers, ExchangeServers, ExchangeLegacyServers
TlsCertificateName : <I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ tls-certificate-not-smtp[notSmtp] fix: Enable-ExchangeCertificate -Thumbprint 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B -Services SMTP -Server EX01 no-fix: -Force
`,
      },
    },
  ],
});

describe('tls-certificate-not-smtp fix title', () => {
  it('says what to answer when Exchange asks to replace the default SMTP certificate', () => {
    const d = lintCase({ 'certificates.txt': certs('IIS'), 'receive-connectors.txt': RECEIVE }, { now: new Date('2024-06-01T00:00:00Z') })
      .get('receive-connectors.txt')!
      .find((x) => x.code === 'tls-certificate-not-smtp');
    assert.match(d?.fixes?.[0].title ?? '', /answer No .*default SMTP certificate/);
  });
});
