import { connectorIdentity, queueErrors } from './queueRules';
import { QUEUES } from './evidenceRules';
import { OBJECT_KINDS_OF_FILES } from './objectRules';
import { defineRule, type Fix } from './types';

type FixId = 'listCertificates' | 'pointConnector' | 'showConnector' | 'showDefault' | 'enableSmtp';

const LIST = 'Get-ExchangeCertificate | Format-List Thumbprint,Subject,Issuer,CertificateDomains,Services,HasPrivateKey,NotAfter';

export const queueTlsError = defineRule({
  meta: {
    id: 'queue-tls-error',
    defaultSeverity: 'error',
    category: 'evidence',
    kinds: OBJECT_KINDS_OF_FILES,
    description: 'A queue or queued message whose LastError is a TLS or certificate failure (Get-Queue, Get-Message; both LastError layouts).',
    messages: {
      certificateNameNotFound: '{{what}} fails: the TlsCertificateName of its Send connector names no installed certificate.',
      starttlsRequired: '{{what}} fails: TLS is required, and {{host}} does not offer STARTTLS.',
      mustStarttls: '{{what}} fails: {{host}} requires STARTTLS, which this server did not use.',
      certificateValidation: '{{what}} fails: the certificate of {{host}} did not pass validation.',
      tlsChannel: '{{what}} fails: {{host}} refused the TLS channel ({{detail}}).',
      internalCertificate: '{{what}} fails: this server cannot load its default SMTP certificate.',
      anonymousTls: '{{what}} fails: {{host}} does not offer the TLS Exchange servers use between them.',
      tlsNegotiation: '{{what}} fails: TLS negotiation with {{host}} failed ({{detail}}).',
    },
    fixes: {
      listCertificates: "List this server's certificates with their names, services and private keys",
      pointConnector: 'Point the Send connector at an installed certificate (-TlsCertificateName)',
      showConnector: 'Show the TLS settings of the Send connector',
      showDefault: "Show this server's default SMTP certificate",
      enableSmtp: 'Enable the certificate Exchange presents for SMTP (answer No if asked to replace the default SMTP certificate)',
    },
    sources: [
      QUEUES,
      'Get-Queue',
      {
        title: 'Outbound email messages are not sent (KB 4051498)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/mailflow/outbound-email-messages-are-not-sent',
      },
      {
        title: 'Cannot receive mail in hybrid after a new certificate (KB 2989382)',
        url: 'https://learn.microsoft.com/troubleshoot/exchange/email-delivery/cannot-receive-mail-with-new-certificate',
      },
    ],
  },
  check(ctx) {
    for (const q of queueErrors(ctx.file)) {
      if (!q.match.def.tls) continue;
      const connector = connectorIdentity(q.obj);
      const show = (fields: string): Fix<FixId> | undefined =>
        connector ? { fixId: 'showConnector', command: `Get-SendConnector -Identity ${connector} | Format-List Name,${fields}` } : undefined;
      const list: Fix<FixId> = { fixId: 'listCertificates', command: LIST };
      let fix: (Fix<FixId> | undefined)[] = [];
      switch (q.match.def.id) {
        case 'certificateNameNotFound':
          fix = [
            list,
            connector === undefined
              ? undefined
              : {
                  fixId: 'pointConnector',
                  command: `$c = Get-ExchangeCertificate -Thumbprint "<thumbprint>"; Set-SendConnector -Identity ${connector} -TlsCertificateName "<I>$($c.Issuer)<S>$($c.Subject)"`,
                },
          ];
          break;
        case 'starttlsRequired':
          fix = [show('RequireTLS,TlsAuthLevel,TlsDomain,SmartHosts')];
          break;
        case 'mustStarttls':
          fix = [show('IgnoreSTARTTLS,RequireTLS,TlsCertificateName'), list];
          break;
        case 'certificateValidation':
          fix = [show('TlsAuthLevel,TlsDomain,RequireTLS,SmartHosts')];
          break;
        case 'tlsChannel':
          fix = [list, show('TlsCertificateName,TlsAuthLevel,TlsDomain')];
          break;
        case 'internalCertificate':
          fix = [
            {
              fixId: 'showDefault',
              command:
                'Get-ExchangeCertificate -Thumbprint (Get-TransportService $env:COMPUTERNAME).InternalTransportCertificateThumbprint | Format-List Thumbprint,Subject,Status,HasPrivateKey,NotAfter,Services',
            },
          ];
          break;
        case 'tlsNegotiation':
          fix = /^UnknownCredentials$/i.test(q.match.detail ?? '')
            ? [list, { fixId: 'enableSmtp', command: 'Enable-ExchangeCertificate -Thumbprint "<thumbprint>" -Services SMTP' }]
            : [list];
          break;
        default:
          fix = [list];
      }
      ctx.report({
        range: q.range,
        messageId: q.match.def.id as 'certificateNameNotFound',
        data: { what: q.what, host: q.host, detail: q.match.detail ?? 'no reason given' },
        fix: fix.filter((f): f is Fix<FixId> => !!f),
      });
    }
  },
});
