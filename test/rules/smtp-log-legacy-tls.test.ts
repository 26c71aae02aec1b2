import { ruleTester } from '../helpers/ruleTester';
import { annotate, header, receiveLines, sendLines, spec, type Layout } from '../helpers/protocolLogs';

const ID = 'smtp-log-legacy-tls';
const LAYOUTS: Layout[] = ['split', 'merged'];
const keys = (p: string) =>
  [p, 'TLS 1.2']
    .flatMap((v) => ['Client', 'Server'].map((side) => `'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\${v}\\${side}'`))
    .join(',');
const fix = (p: string) =>
  `fix: Get-ItemProperty -Path ${keys(p)},'HKLM:\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319' -ErrorAction SilentlyContinue | Format-List PSPath,Enabled,DisabledByDefault,SystemDefaultTlsVersions,SchUseStrongCrypto`;

ruleTester(ID, {
  valid: [
    ...LAYOUTS.map((layout) => ({
      name: `TLS 1.2 (${layout} layout)`,
      text: [...header('send'), ...sendLines(spec('Internet'), { layout, use: 'STARTTLS', result: { protocol: 'TLS1_2' } })].join('\n'),
    })),
    {
      name: 'TLS 1.3',
      text: [...header('send'), ...sendLines(spec('Internet'), { layout: 'merged', use: 'STARTTLS', result: { protocol: 'TLS1_3' } })].join('\n'),
    },
    { name: 'no TLS at all', text: [...header('send'), ...sendLines(spec('Internet'), { layout: 'split' })].join('\n') },
  ],
  invalid: [
    ...LAYOUTS.map((layout) => ({
      name: `TLS 1.0 as the client (${layout} layout)`,
      text: annotate(
        [...header('send'), ...sendLines(spec('Internet'), { layout, use: 'STARTTLS', result: { protocol: 'TLS1_0' } })],
        [['SP_PROT_TLS1_0_CLIENT', `${ID}[legacy] ${fix('TLS 1.0')}`]],
      ),
    })),
    {
      name: 'TLS 1.1 as the server',
      text: annotate(
        [
          ...header('receive'),
          ...receiveLines(spec('EX01\\Default EX01', '203.0.113.9:40000'), { layout: 'merged', use: 'STARTTLS', result: { protocol: 'TLS1_1' } }),
        ],
        [['SP_PROT_TLS1_1_SERVER', `${ID}[legacy] ${fix('TLS 1.1')}`]],
      ),
    },
    {
      name: 'one finding per peer and version, whatever the number of sessions; another peer is another finding',
      text: annotate(
        [
          ...header('send'),
          ...sendLines(spec('Internet', '198.51.100.7:25'), { layout: 'split', use: 'STARTTLS', result: { protocol: 'TLS1_0' } }),
          ...sendLines(spec('Internet', '198.51.100.7:25'), { layout: 'split', use: 'STARTTLS', result: { protocol: 'TLS1_0' } }),
          ...sendLines(spec('Internet', '198.51.100.8:25'), { layout: 'split', use: 'STARTTLS', result: { protocol: 'TLS1_0' } }),
        ],
        [
          ['SP_PROT_TLS1_0_CLIENT', `${ID}[legacy]`],
          ['198.51.100.8:25,*,,"TLS protocol SP_PROT_TLS1_0_CLIENT', `${ID}[legacy]`, 0, 'SP_PROT_TLS1_0_CLIENT'],
        ],
      ),
    },
  ],
});
