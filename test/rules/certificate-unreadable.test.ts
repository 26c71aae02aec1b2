import { annotateUnder } from '../helpers/annotate';
import { base64 } from '../helpers/certs';
import { ruleTester } from '../helpers/ruleTester';
import { defaultSpec, subscriptionXml } from '../helpers/subscription';

function withBlob(blob: string, annotation: string): string {
  return annotateUnder(subscriptionXml({ ...defaultSpec(new Date('2024-05-14T10:30:00Z')), EdgeCertificateBlob: blob }), blob, annotation);
}

ruleTester('certificate-unreadable', {
  valid: [{ name: 'a readable Edge certificate', file: 'edge.xml', text: subscriptionXml(defaultSpec(new Date('2024-05-14T10:30:00Z'))) }],
  invalid: [
    { name: 'not base64', file: 'edge.xml', text: withBlob('this is not base64!', 'certificate-unreadable[unreadable]') },
    {
      name: 'DER that is not a certificate',
      file: 'edge.xml',
      text: withBlob(base64('\x30\x03\x02\x01\x05'), 'certificate-unreadable[unreadable]'),
    },
    {
      name: 'RawData of an Export-Clixml certificate that is not a certificate',
      file: 'certs.xml',
      text: `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">
  <Obj RefId="0">
    <TN RefId="0">
      <T>Microsoft.Exchange.Management.SystemConfigurationTasks.ExchangeCertificate</T>
      <T>System.Security.Cryptography.X509Certificates.X509Certificate2</T>
      <T>System.Object</T>
    </TN>
    <Props>
      <BA N="RawData">MAMCAQU=</BA>
<!--                  ^^^^^^^^ certificate-unreadable[unreadable] -->
      <S N="Subject">CN=mail.contoso.com</S>
      <S N="Thumbprint">9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B</S>
    </Props>
  </Obj>
</Objs>
`,
    },
  ],
});
