// Value grammars of Format-List dumps, CLIXML <ToString> and ConvertTo-Json strings (server/src/service/values).
// "Real" cases are copied verbatim from the corpus: the CSS-Exchange Export-Clixml dumps of Exchange 2019
// (GetSendConnector.xml, GetReceiveConnector.xml, GetExchangeCertificate.xml,
// GetInternalTransportCertificateFromServer.xml) and the synthetic *-fl.txt dumps.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EnumDef } from '../../server/src/service/catalogue/types';
import {
  coversWholeInternet,
  findDuplicateTlsDomains,
  formatAddressSpace,
  formatByteSize,
  formatG4,
  formatIpAddress,
  formatIpBinding,
  formatIpRange,
  formatTimeSpan,
  formatTlsDomainCapabilities,
  includesPublicAddresses,
  inferDateOrder,
  isBroadcast,
  isCatchAll,
  isLinkLocal,
  isLoopback,
  isMulticast,
  isPrivate,
  isPublic,
  isUnspecified,
  isVeryWide,
  commonName,
  parseAddressSpace,
  parseBool,
  parseByteSize,
  parseCultureDate,
  parseEnum,
  parseFlags,
  parseFqdn,
  parseGuid,
  parseInteger,
  parseIpAddress,
  parseIpBinding,
  parseIpRange,
  parseList,
  parseListOf,
  parseSmartHost,
  parseSmtpDomain,
  parseSmtpX509Identifier,
  parseThumbprint,
  parseTimeSpan,
  parseTlsDomainCapabilities,
  parseValue,
  rangeSize,
  type IpAddress,
  type ValueResult,
} from '../../server/src/service/values';
import { HOSTILE_VALUES, VALUE_PARSERS, bigIpRangeList } from '../helpers/hostileValues';

/** The value of a result that must be valid. */
function valid<T>(r: ValueResult<T>): T {
  assert.equal(r.problem, undefined, `unexpected problem: ${r.problem}`);
  assert.notEqual(r.value, undefined);
  return r.value as T;
}

/** The problem of a result that must be invalid; optionally checks the sentence. */
function invalid<T>(r: ValueResult<T>, pattern?: RegExp): string {
  assert.equal(typeof r.problem, 'string', `expected a problem, got value ${String(r.value)}`);
  const p = r.problem as string;
  assert.ok(p.length > 10 && p.length < 600, `problem length ${p.length}: ${p}`);
  assert.ok(/[.)]$/.test(p), `problem is not a sentence: ${p}`);
  if (pattern) assert.match(p, pattern);
  return p;
}

function ip(text: string): IpAddress {
  return valid(parseIpAddress(text));
}

describe('bool', () => {
  it('reads True/False in any case, PowerShell literals and JSON', () => {
    for (const t of ['True', 'true', 'TRUE', '$true', '$True', ' True ']) assert.equal(valid(parseBool(t)), true);
    for (const t of ['False', 'false', '$false', '$FALSE']) assert.equal(valid(parseBool(t)), false);
  });
  it('refuses anything else', () => {
    invalid(parseBool('yes'), /"yes" is not a Boolean; Exchange writes True or False/);
    invalid(parseBool('1'));
    invalid(parseBool(''), /empty/);
    invalid(parseBool('Truee'));
  });
});

describe('integer', () => {
  it('reads real values', () => {
    for (const [t, n] of [
      ['25', 25],
      ['20', 20],
      ['5000', 5000],
      ['100', 100],
      ['60', 60],
      ['8', 8],
      ['5', 5],
      ['3', 3],
      ['200', 200],
      ['2048', 2048],
      ['0', 0],
      ['-1', -1],
    ] as const) {
      assert.equal(valid(parseInteger(t)), n);
    }
  });
  it('Unlimited only when allowed (MessageRateLimit, MaxInboundConnectionPerSource)', () => {
    assert.equal(valid(parseInteger('Unlimited', { min: 1, unlimited: true })), 'Unlimited');
    assert.equal(valid(parseInteger('unlimited', { unlimited: true })), 'Unlimited');
    invalid(parseInteger('Unlimited', { min: 0, max: 65535 }), /not allowed/);
  });
  it('checks min and max, keeping the value', () => {
    const r = parseInteger('600', { min: 1, max: 500 });
    assert.equal(r.value, 600);
    invalid(r, /above the maximum of 500; expected a whole number from 1 to 500/);
    invalid(parseInteger('0', { min: 1, max: 500, unlimited: true }), /below the minimum of 1.*or Unlimited/);
    assert.equal(valid(parseInteger('500', { min: 1, max: 500 })), 500);
    assert.equal(valid(parseInteger('1', { min: 1, max: 500 })), 1);
  });
  it('refuses thousands separators, decimals and words', () => {
    invalid(parseInteger('5,000'), /thousands separators.*write 5000/);
    invalid(parseInteger('512,000'), /write 512000/);
    invalid(parseInteger('1.5'), /not a whole number/);
    invalid(parseInteger('twenty'), /not a whole number/);
    invalid(parseInteger(''), /empty/);
    invalid(parseInteger('99999999999999999999'), /too large/);
  });
});

describe('byteSize', () => {
  it('reads every real rendering', () => {
    assert.deepEqual(valid(parseByteSize('35 MB (36,700,160 bytes)')), { bytes: 36700160 });
    assert.deepEqual(valid(parseByteSize('36 MB (37,748,736 bytes)')), { bytes: 37748736 });
    assert.deepEqual(valid(parseByteSize('256 KB (262,144 bytes)')), { bytes: 262144 });
    assert.deepEqual(valid(parseByteSize('10 MB (10,485,760 bytes)')), { bytes: 10485760 });
    assert.equal(valid(parseByteSize('Unlimited', { unlimited: true })), 'Unlimited');
  });
  it('handles G4 rounding of the unit value', () => {
    assert.deepEqual(valid(parseByteSize('1.5 GB (1,610,612,736 bytes)')), { bytes: 1610612736 });
    assert.deepEqual(valid(parseByteSize('152.1 MB (159,449,088 bytes)')), { bytes: 159449088 }); // 152.0625 MB
    assert.deepEqual(valid(parseByteSize('2 GB (2,147,483,647 bytes)')), { bytes: 2147483647 }); // 1.99999999907 GB
    assert.deepEqual(valid(parseByteSize('64 KB (65,536 bytes)')), { bytes: 65536 });
    assert.deepEqual(valid(parseByteSize('0 B (0 bytes)')), { bytes: 0 });
    assert.deepEqual(valid(parseByteSize('1023 B (1,023 bytes)')), { bytes: 1023 });
    assert.deepEqual(valid(parseByteSize('1.2E+04 TB (13,194,139,533,312,000 bytes)')), { bytes: 13194139533312000 });
  });
  it('formats like Exchange', () => {
    assert.equal(formatByteSize(36700160), '35 MB (36,700,160 bytes)');
    assert.equal(formatByteSize(262144), '256 KB (262,144 bytes)');
    assert.equal(formatByteSize(159449088), '152.1 MB (159,449,088 bytes)');
    assert.equal(formatByteSize(2147483647), '2 GB (2,147,483,647 bytes)');
    assert.equal(formatByteSize(1610612736), '1.5 GB (1,610,612,736 bytes)');
    assert.equal(formatByteSize(512), '512 B (512 bytes)');
    assert.equal(formatG4(12345), '1.235E+04');
    assert.equal(formatG4(9999.6), '1E+04');
    assert.equal(formatG4(0.5), '0.5');
  });
  it('finds a unit value that contradicts the byte count, keeping the bytes', () => {
    const r = parseByteSize('36 MB (36,700,160 bytes)');
    assert.deepEqual(r.value, { bytes: 36700160 });
    invalid(r, /36,700,160 bytes is 35 MB/);
    invalid(parseByteSize('152 MB (159,449,088 bytes)'), /152\.1 MB/);
    invalid(parseByteSize('1 GB (1,610,612,736 bytes)'));
  });
  it('checks min and max in bytes', () => {
    invalid(parseByteSize('32 KB (32,768 bytes)', { min: 65536, max: 2147483647 }), /below the minimum of 64 KB \(65,536 bytes\)/);
    invalid(parseByteSize('3 GB (3,221,225,472 bytes)', { min: 65536, max: 2147483647 }), /above the maximum of 2 GB/);
    assert.deepEqual(valid(parseByteSize('36 MB (37,748,736 bytes)', { min: 65536, max: 2147483647, unlimited: true })), { bytes: 37748736 });
  });
  it('refuses other spellings with a sentence in our words', () => {
    assert.equal(
      parseByteSize('35 MBytes', { unlimited: true }).problem,
      '"35 MBytes" is not a size; Exchange writes sizes as "35 MB (36,700,160 bytes)" or "Unlimited".',
    );
    // The typed form (and Exchange 2007's rendering) is accepted, with its limits checked.
    assert.deepEqual(parseByteSize('35MB'), { value: { bytes: 36700160 } });
    assert.deepEqual(parseByteSize('10 KB'), { value: { bytes: 10240 } });
    invalid(parseByteSize('3GB', { max: 2147483647 }), /above the maximum/);
    assert.deepEqual(parseByteSize('35 MB'), { value: { bytes: 36700160 } });
    invalid(parseByteSize('36700160'), /not a size/);
    invalid(parseByteSize('35 MB (36.700.160 bytes)'), /not a size/);
    invalid(parseByteSize('35 MB (3,67,00,160 bytes)'), /misplaced thousands separators/);
    invalid(parseByteSize('Unlimited'), /not allowed/);
    invalid(parseByteSize(''), /empty/);
  });
});

describe('timeSpan', () => {
  it('reads every real rendering, in milliseconds', () => {
    for (const [t, ms] of [
      ['00:10:00', 600000],
      ['00:05:00', 300000],
      ['00:00:05', 5000],
      ['00:00:30', 30000],
      ['00:00:00', 0],
      ['1.00:00:00', 86400000],
      ['24.20:31:23', ((24 * 24 + 20) * 3600 + 31 * 60 + 23) * 1000],
    ] as const) {
      assert.equal(valid(parseTimeSpan(t)), ms, t);
    }
  });
  it('reads fractions, negative spans and Unlimited', () => {
    assert.equal(valid(parseTimeSpan('00:00:00.5000000')), 500);
    assert.equal(valid(parseTimeSpan('00:00:00.0000001')), 0.0001);
    assert.equal(valid(parseTimeSpan('-00:01:00')), -60000);
    assert.equal(valid(parseTimeSpan('Unlimited', { unlimited: true })), 'Unlimited');
    invalid(parseTimeSpan('Unlimited'), /not allowed/);
  });
  it('checks min and max given as time spans', () => {
    const opts = { min: '00:00:01', max: '1.00:00:00' };
    assert.equal(valid(parseTimeSpan('1.00:00:00', opts)), 86400000);
    const r = parseTimeSpan('2.00:00:00', opts);
    assert.equal(r.value, 172800000);
    invalid(r, /longer than the maximum of 1\.00:00:00/);
    invalid(parseTimeSpan('00:00:00', opts), /shorter than the minimum of 00:00:01/);
  });
  it('formats the "c" way', () => {
    assert.equal(formatTimeSpan(600000), '00:10:00');
    assert.equal(formatTimeSpan(86400000), '1.00:00:00');
    assert.equal(formatTimeSpan(500), '00:00:00.5000000');
    assert.equal(formatTimeSpan(-60000), '-00:01:00');
  });
  it('refuses other spellings', () => {
    invalid(parseTimeSpan('10 minutes'), /not a time span; Exchange writes them as \[d\.\]hh:mm:ss/);
    invalid(parseTimeSpan('600'), /not a time span/);
    invalid(parseTimeSpan('1:00:00:00'), /days.*"1\.00:00:00"/);
    invalid(parseTimeSpan('00:10'), /no seconds/);
    invalid(parseTimeSpan('24:00:00'), /hours go from 00 to 23/);
    invalid(parseTimeSpan('00:60:00'), /minutes go from 00 to 59/);
    invalid(parseTimeSpan('00:00:60'), /seconds go from 00 to 59/);
    invalid(parseTimeSpan('00:00:00.12345678'));
    invalid(parseTimeSpan('99999999.00:00:00'), /longest time span/);
    invalid(parseTimeSpan(''), /empty/);
  });
});

describe('ipAddress', () => {
  it('reads IPv4 and IPv6 into bigints', () => {
    assert.deepEqual(ip('0.0.0.0'), { family: 'ipv4', value: 0n });
    assert.deepEqual(ip('255.255.255.255'), { family: 'ipv4', value: 0xffffffffn });
    assert.deepEqual(ip('10.1.2.3'), { family: 'ipv4', value: 0x0a010203n });
    assert.deepEqual(ip('::'), { family: 'ipv6', value: 0n });
    assert.deepEqual(ip('::1'), { family: 'ipv6', value: 1n });
    assert.equal(ip('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff').value, (1n << 128n) - 1n);
    assert.equal(ip('2001:db8::1').value, 0x20010db8000000000000000000000001n);
    assert.equal(ip('::ffff:192.0.2.1').value, 0xffffc0000201n);
    assert.deepEqual(ip('fe80::1%12'), { family: 'ipv6', value: 0xfe800000000000000000000000000001n, zone: '12' });
    assert.equal(ip('2001:DB8:0:0:0:0:0:1').value, 0x20010db8000000000000000000000001n);
  });
  it('formats canonically', () => {
    assert.equal(formatIpAddress(ip('2001:0db8:0000:0000:0000:0000:0002:0001')), '2001:db8::2:1');
    assert.equal(formatIpAddress(ip('0:0:0:0:0:0:0:0')), '::');
    assert.equal(formatIpAddress(ip('::ffff:10.1.2.3')), '::ffff:10.1.2.3');
    assert.equal(formatIpAddress(ip('1:0:0:2:0:0:0:3')), '1:0:0:2::3');
    assert.equal(formatIpAddress(ip('192.0.2.25')), '192.0.2.25');
  });
  it('classifies', () => {
    assert.ok(isMulticast(ip('224.0.0.1')) && isMulticast(ip('239.255.255.255')) && isMulticast(ip('ff02::1')));
    assert.ok(!isMulticast(ip('10.0.0.1')));
    assert.ok(isBroadcast(ip('255.255.255.255')) && !isBroadcast(ip('255.255.255.254')) && !isBroadcast(ip('ffff::')));
    assert.ok(isUnspecified(ip('0.0.0.0')) && isUnspecified(ip('::')));
    assert.ok(isLoopback(ip('127.0.0.1')) && isLoopback(ip('::1')) && isLoopback(ip('::ffff:127.0.0.1')) && !isLoopback(ip('::2')));
    assert.ok(isLinkLocal(ip('169.254.1.1')) && isLinkLocal(ip('fe80::1')));
    assert.ok(isPrivate(ip('10.0.0.1')) && isPrivate(ip('172.31.255.255')) && isPrivate(ip('192.168.1.1')) && isPrivate(ip('fd00::1')));
    assert.ok(!isPrivate(ip('172.32.0.1')) && !isPrivate(ip('8.8.8.8')));
    assert.ok(isPublic(ip('8.8.8.8')) && isPublic(ip('52.96.0.1')) && isPublic(ip('2a01:111::1')) && isPublic(ip('::ffff:8.8.8.8')));
    for (const t of [
      '10.0.0.1',
      '127.0.0.1',
      '169.254.0.1',
      '192.0.2.25',
      '100.64.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd12::1',
      '2001:db8::1',
      'ff02::1',
      '::ffff:10.0.0.1',
    ]) {
      assert.ok(!isPublic(ip(t)), t);
    }
  });
  it('refuses malformed addresses', () => {
    invalid(parseIpAddress('256.1.1.1'), /more than 255/);
    invalid(parseIpAddress('10.1.1'), /not an IP address/);
    invalid(parseIpAddress('010.1.1.1'), /leading zero/);
    invalid(parseIpAddress('1::2::3'), /"::" more than once/);
    invalid(parseIpAddress('1:2:3:4:5:6:7:8:9'), /not an IPv6 address/);
    invalid(parseIpAddress('12345::'), /not an IPv6 address/);
    invalid(parseIpAddress('[::1]'), /brackets/);
    invalid(parseIpAddress('mail.contoso.com'));
    invalid(parseIpAddress(''), /empty/);
  });
});

describe('ipBinding', () => {
  it('reads every real binding', () => {
    for (const port of [25, 587, 465, 717, 2525]) {
      const v4 = valid(parseIpBinding(`0.0.0.0:${port}`));
      assert.deepEqual(v4, { address: { family: 'ipv4', value: 0n }, port, allAddresses: true });
      const v6 = valid(parseIpBinding(`[::]:${port}`));
      assert.deepEqual(v6, { address: { family: 'ipv6', value: 0n }, port, allAddresses: true });
    }
  });
  it('reads specific addresses and formats back', () => {
    const b = valid(parseIpBinding('10.1.2.3:587'));
    assert.equal(b.allAddresses, false);
    assert.equal(formatIpBinding(b), '10.1.2.3:587');
    assert.equal(formatIpBinding(valid(parseIpBinding('[fe80::1]:2525'))), '[fe80::1]:2525');
    assert.equal(valid(parseIpBinding('0.0.0.0:0')).port, 0);
    assert.equal(valid(parseIpBinding('0.0.0.0:65535')).port, 65535);
  });
  it('refuses multicast and broadcast, keeping the value', () => {
    const m = parseIpBinding('224.0.0.5:25');
    assert.equal(m.value?.port, 25);
    invalid(m, /multicast/);
    invalid(parseIpBinding('[ff02::1]:25'), /multicast/);
    invalid(parseIpBinding('255.255.255.255:25'), /broadcast/);
  });
  it('refuses malformed bindings', () => {
    invalid(parseIpBinding('0.0.0.0:65536'), /port.*0 to 65535/);
    invalid(parseIpBinding('0.0.0.0'), /no port/);
    invalid(parseIpBinding('::1:25'), /without brackets/);
    invalid(parseIpBinding('[::1]25'), /brackets/);
    invalid(parseIpBinding('mail:25'), /not valid/);
    invalid(parseIpBinding('0.0.0.0:port'), /port/);
    invalid(parseIpBinding(''), /empty/);
  });
});

describe('ipRange', () => {
  it('reads the real RemoteIPRanges', () => {
    const v6 = valid(parseIpRange('::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'));
    assert.deepEqual(v6, { family: 'ipv6', start: 0n, end: (1n << 128n) - 1n, format: 'lo-hi' });
    const v4 = valid(parseIpRange('0.0.0.0-255.255.255.255'));
    assert.deepEqual(v4, { family: 'ipv4', start: 0n, end: 0xffffffffn, format: 'lo-hi' });
    assert.ok(coversWholeInternet(v6) && coversWholeInternet(v4));
    assert.ok(isVeryWide(v6) && isVeryWide(v4));
    assert.ok(includesPublicAddresses(v6) && includesPublicAddresses(v4));
    assert.equal(rangeSize(v4), 1n << 32n);
  });
  it('reads single, CIDR and netmask forms', () => {
    assert.deepEqual(valid(parseIpRange('192.168.1.10')), { family: 'ipv4', start: 0xc0a8010an, end: 0xc0a8010an, format: 'single' });
    assert.deepEqual(valid(parseIpRange('192.168.1.0/24')), { family: 'ipv4', start: 0xc0a80100n, end: 0xc0a801ffn, format: 'cidr', prefixLength: 24 });
    assert.deepEqual(valid(parseIpRange('10.0.0.0(255.0.0.0)')), { family: 'ipv4', start: 0x0a000000n, end: 0x0affffffn, format: 'netmask', prefixLength: 8 });
    assert.deepEqual(valid(parseIpRange('0.0.0.0/0')), { family: 'ipv4', start: 0n, end: 0xffffffffn, format: 'cidr', prefixLength: 0 });
    assert.equal(valid(parseIpRange('2001:db8::/32')).end, 0x20010db8ffffffffffffffffffffffffn);
    assert.equal(valid(parseIpRange('192.168.1.77/24')).start, 0xc0a80100n, 'host bits are masked off');
    assert.equal(formatIpRange(valid(parseIpRange('10.0.0.0(255.0.0.0)'))), '10.0.0.0/8');
    assert.equal(formatIpRange(valid(parseIpRange('::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))), '::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff');
  });
  it('judges width and public addresses', () => {
    const r = (t: string) => valid(parseIpRange(t));
    assert.ok(!coversWholeInternet(r('0.0.0.0/1')) && isVeryWide(r('0.0.0.0/1')) && isVeryWide(r('10.0.0.0/7')));
    assert.ok(!isVeryWide(r('10.0.0.0/8')) && !isVeryWide(r('192.168.0.0/16')));
    assert.ok(isVeryWide(r('2000::/3')) && !isVeryWide(r('2001:db8::/16')));
    assert.ok(!includesPublicAddresses(r('10.0.0.0/8')));
    assert.ok(!includesPublicAddresses(r('192.168.1.0/24')));
    assert.ok(!includesPublicAddresses(r('172.16.0.0-172.31.255.255')));
    assert.ok(includesPublicAddresses(r('172.16.0.0-172.32.0.0')));
    assert.ok(!includesPublicAddresses(r('127.0.0.1')));
    assert.ok(!includesPublicAddresses(r('192.0.2.0/24')));
    assert.ok(includesPublicAddresses(r('203.0.113.0-203.0.114.0')));
    assert.ok(includesPublicAddresses(r('52.96.0.0/14')));
    assert.ok(includesPublicAddresses(r('8.8.8.8')));
    assert.ok(includesPublicAddresses(r('10.0.0.0-11.0.0.0')));
    assert.ok(!includesPublicAddresses(r('fe80::/10')) && !includesPublicAddresses(r('fd00::/8')) && !includesPublicAddresses(r('::1')));
    assert.ok(includesPublicAddresses(r('2a01:111::/32')));
    assert.ok(!includesPublicAddresses(r('2001:db8::/32')));
    assert.ok(!includesPublicAddresses(r('::ffff:10.0.0.0/104')), 'IPv4-mapped private addresses');
    assert.ok(includesPublicAddresses(r('::ffff:0.0.0.0/96')), 'IPv4-mapped Internet');
  });
  it('refuses malformed ranges', () => {
    invalid(parseIpRange('10.0.0.0/33'), /prefix length.*0 to 32/);
    invalid(parseIpRange('::/129'), /0 to 128/);
    invalid(parseIpRange('10.0.0.0/'), /prefix length/);
    invalid(parseIpRange('10.0.0.0(255.0.255.0)'), /not contiguous/);
    invalid(parseIpRange('10.0.0.0(255.0.0.0'), /parentheses/);
    invalid(parseIpRange('10.0.0.9-10.0.0.1'), /starts after it ends/);
    invalid(parseIpRange('10.0.0.1-::1'), /mixes IPv4 and IPv6/);
    invalid(parseIpRange('10.0.0.0(ffff::)'), /mixes IPv4 and IPv6/);
    invalid(parseIpRange('300.1.1.1'), /more than 255/);
    invalid(parseIpRange('contoso.com'), /not an IP address or range/);
    invalid(parseIpRange('10.0.0.1-'), /end.*missing/);
    invalid(parseIpRange(''), /empty/);
  });
});

describe('domainName', () => {
  it('reads FQDNs from the corpus', () => {
    for (const t of [
      'mail.contoso.com',
      'edge01.contoso.com',
      'DC01.contoso.com',
      'mail.protection.outlook.com',
      'contoso-com.mail.protection.outlook.com',
      'microsoft-com.mail.protection.outlook.com',
      'WIN-CTD3L0RGEN4.exlab.dom',
      'solo-e19a.solo.com',
      'xn--bcher-kva.example',
      'bücher.example',
      'mail.contoso.com.',
    ]) {
      assert.equal(valid(parseFqdn(t)), t);
    }
    assert.equal(valid(parseFqdn('EDGE01', { allowSingleLabel: true })), 'EDGE01');
  });
  it('refuses bad FQDNs', () => {
    invalid(parseFqdn('EDGE01'), /single label/);
    invalid(parseFqdn('mail..contoso.com'), /empty label/);
    invalid(parseFqdn('-mail.contoso.com'), /hyphen/);
    invalid(parseFqdn('mail_1.contoso.com'), /underscore/);
    invalid(parseFqdn('mail contoso.com'), /space/);
    invalid(parseFqdn(`${'a'.repeat(64)}.com`), /63/);
    invalid(parseFqdn(`${'abc.'.repeat(70)}com`), /too long/);
    invalid(parseFqdn('10.0.0.1'), /IP address/);
    invalid(parseFqdn('mail.contoso.com/x'), /letters, digits and hyphens/);
    invalid(parseFqdn(''), /empty/);
  });
  it('reads SMTP domains with and without wildcards', () => {
    assert.deepEqual(valid(parseSmtpDomain('contoso.com')), { domain: 'contoso.com', includeSubdomains: false, all: false });
    assert.deepEqual(valid(parseSmtpDomain('*.contoso.com', { wildcard: true })), { domain: 'contoso.com', includeSubdomains: true, all: false });
    assert.deepEqual(valid(parseSmtpDomain('*', { wildcard: true, star: true })), { domain: '', includeSubdomains: true, all: true });
    assert.deepEqual(valid(parseSmtpDomain('mail.protection.outlook.com', { wildcard: true })).domain, 'mail.protection.outlook.com');
  });
  it('refuses * for TlsDomain, and misplaced wildcards', () => {
    invalid(parseSmtpDomain('*', { wildcard: true }), /"\*" \(every domain\) is not allowed here/);
    invalid(parseSmtpDomain('*.contoso.com'), /wildcard.*not allowed/);
    invalid(parseSmtpDomain('*contoso.com', { wildcard: true }), /whole first label.*"\*\.contoso\.com"/);
    invalid(parseSmtpDomain('mail.*.com', { wildcard: true }), /wildcard/);
    invalid(parseSmtpDomain('contoso.com.'), /ends with a dot/);
    invalid(parseSmtpDomain('con toso.com'), /space/);
  });
});

describe('addressSpace', () => {
  it('reads the real address spaces', () => {
    const a = valid(parseAddressSpace('SMTP:*;1'));
    assert.deepEqual(a, {
      kind: 'smtp',
      type: 'SMTP',
      typeWritten: true,
      address: '*',
      cost: 1,
      costWritten: true,
      local: false,
      smtp: { domain: '', includeSubdomains: true, all: true },
    });
    assert.ok(isCatchAll(a));
    assert.equal(valid(parseAddressSpace('SMTP:fabrikam.com;1')).smtp?.domain, 'fabrikam.com');
    assert.equal(valid(parseAddressSpace('SMTP:*;5')).cost, 5);
    const lower = valid(parseAddressSpace('smtp:contoso.mail.onmicrosoft.com;1'));
    assert.equal(lower.type, 'smtp', 'case is preserved');
    assert.equal(lower.smtp?.domain, 'contoso.mail.onmicrosoft.com');
    assert.equal(valid(parseAddressSpace('SMTP:*;100')).cost, 100);
  });
  it('defaults the type and the cost', () => {
    const a = valid(parseAddressSpace('contoso.com'));
    assert.equal(a.kind, 'smtp');
    assert.equal(a.type, 'smtp');
    assert.equal(a.typeWritten, false);
    assert.equal(a.cost, 1);
    assert.equal(a.costWritten, false);
    assert.equal(valid(parseAddressSpace('smtp:contoso.com;10')).cost, 10);
    assert.deepEqual(valid(parseAddressSpace('SMTP:*.contoso.com;5')).smtp, { domain: 'contoso.com', includeSubdomains: true, all: false });
    assert.equal(formatAddressSpace(valid(parseAddressSpace('contoso.com'))), 'SMTP:contoso.com;1');
  });
  it('reads X.400, custom types, the EdgeSync -- and the Local: prefix', () => {
    const x = valid(parseAddressSpace('X400:c=US;a= ;p=Contoso;1'));
    assert.equal(x.kind, 'x400');
    assert.equal(x.address, 'c=US;a= ;p=Contoso');
    assert.equal(x.cost, 1);
    const x2 = valid(parseAddressSpace('X400:c=US;a= ;p=Contoso;o=Sales'));
    assert.equal(x2.address, 'c=US;a= ;p=Contoso;o=Sales');
    assert.equal(x2.costWritten, false);
    assert.equal(valid(parseAddressSpace('NOTES:Contoso/Sales;20')).kind, 'other');
    const all = valid(parseAddressSpace('--'));
    assert.equal(all.kind, 'accepted-domains');
    assert.equal(formatAddressSpace(all), '--');
    assert.equal(valid(parseAddressSpace('Local:SMTP:*;1')).local, true);
  });
  it('refuses bad address spaces', () => {
    invalid(parseAddressSpace('*contoso.com'), /wildcard must be a whole first label/);
    invalid(parseAddressSpace('SMTP:*contoso.com;1'), /In the address space "SMTP:\*contoso\.com;1".*"\*\.contoso\.com"/);
    const r = parseAddressSpace('SMTP:*;101');
    assert.equal(r.value?.cost, 101);
    invalid(r, /cost 101; the cost is a whole number from 1 to 100/);
    invalid(parseAddressSpace('SMTP:*;0'), /from 1 to 100/);
    invalid(parseAddressSpace('SMTP:contoso.com;ten'), /cost "ten"/);
    invalid(parseAddressSpace('SMTP:;1'), /no domain/);
    invalid(parseAddressSpace('X400:garbage;1'), /attribute=value/);
    invalid(parseAddressSpace('SM TP:*;1'), /address type/);
    invalid(parseAddressSpace(''), /empty/);
  });
});

describe('smartHost', () => {
  it('reads the real smart hosts', () => {
    assert.deepEqual(valid(parseSmartHost('mx.fabrikam.com')), { kind: 'host', host: 'mx.fabrikam.com' });
    assert.deepEqual(valid(parseSmartHost('contoso-com.mail.protection.outlook.com')), { kind: 'host', host: 'contoso-com.mail.protection.outlook.com' });
    assert.deepEqual(valid(parseSmartHost('microsoft-com.mail.protection.outlook.com')), { kind: 'host', host: 'microsoft-com.mail.protection.outlook.com' });
    assert.deepEqual(valid(parseSmartHost('[192.0.2.25]')), { kind: 'ip', address: { family: 'ipv4', value: 0xc0000219n }, bracketed: true });
  });
  it('reads bare IPs, IPv6 literals, single labels and --', () => {
    assert.deepEqual(valid(parseSmartHost('10.0.0.1')), { kind: 'ip', address: { family: 'ipv4', value: 0x0a000001n }, bracketed: false });
    assert.equal(valid(parseSmartHost('[2001:db8::25]')).kind, 'ip');
    assert.equal(valid(parseSmartHost('[IPv6:2001:db8::25]')).kind, 'ip');
    assert.equal(valid(parseSmartHost('2001:db8::25')).kind, 'ip');
    assert.deepEqual(valid(parseSmartHost('RELAY01')), { kind: 'host', host: 'RELAY01' });
    assert.deepEqual(valid(parseSmartHost('--')), { kind: 'site-hubs' });
  });
  it('refuses bad smart hosts', () => {
    invalid(parseSmartHost('[10.0.0.1'), /does not close/);
    invalid(parseSmartHost('[10.0.0.1]:25'), /no port/);
    invalid(parseSmartHost('mail.contoso.com:25'), /port/);
    invalid(parseSmartHost('[300.0.0.1]'), /more than 255/);
    invalid(parseSmartHost('10.0.0'), /not an IP address/);
    invalid(parseSmartHost('mail_relay.contoso.com'), /underscore/);
    invalid(parseSmartHost(''), /empty/);
  });
});

describe('smtpX509Identifier', () => {
  it('reads the real certificate names', () => {
    assert.deepEqual(valid(parseSmtpX509Identifier('<I>CN=localhost<S>CN=localhost')), { issuer: 'CN=localhost', subject: 'CN=localhost' });
    assert.deepEqual(valid(parseSmtpX509Identifier('<I>CN=WIN-CTD3L0RGEN4<S>CN=WIN-CTD3L0RGEN4')), {
      issuer: 'CN=WIN-CTD3L0RGEN4',
      subject: 'CN=WIN-CTD3L0RGEN4',
    });
    assert.deepEqual(valid(parseSmtpX509Identifier("<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com")), {
      issuer: "CN=R11, O=Let's Encrypt, C=US",
      subject: 'CN=mail.contoso.com',
    });
  });
  it('accepts a subject without issuer (Exchange does), and a subject containing <', () => {
    assert.deepEqual(valid(parseSmtpX509Identifier('<S>CN=mail.contoso.com')), { subject: 'CN=mail.contoso.com' });
    assert.deepEqual(valid(parseSmtpX509Identifier('<I>CN=CA<S>CN=a<b')), { issuer: 'CN=CA', subject: 'CN=a<b' });
  });
  it('refuses bare subjects, FQDNs and broken markers', () => {
    invalid(parseSmtpX509Identifier('CN=mail.contoso.com'), /bare distinguished name.*<I>issuer<S>subject/);
    invalid(parseSmtpX509Identifier('mail.contoso.com'), /not a certificate name.*<I>issuer<S>subject/);
    invalid(parseSmtpX509Identifier('<I>CN=R11'), /no <S>subject/);
    invalid(parseSmtpX509Identifier('<I><S>CN=x'), /empty issuer/);
    invalid(parseSmtpX509Identifier('<I>CN=R11<S>'), /empty subject/);
    invalid(parseSmtpX509Identifier('<I>CN=R11<X>CN=a'), /not followed by <S>/);
    invalid(parseSmtpX509Identifier('<i>CN=R11<s>CN=a'), /lower case/);
    invalid(parseSmtpX509Identifier(''), /empty/);
  });
  it('finds the CN of a DN', () => {
    assert.equal(commonName("CN=R11, O=Let's Encrypt, C=US"), 'R11');
    assert.equal(commonName('O=Contoso, CN=mail.contoso.com'), 'mail.contoso.com');
    assert.equal(commonName('CN="Contoso, Inc", O=x'), 'Contoso, Inc');
    assert.equal(commonName('O=Contoso'), undefined);
  });
});

describe('tlsDomainCapabilities', () => {
  it('reads the real entries', () => {
    assert.deepEqual(valid(parseTlsDomainCapabilities('fabrikam.com:AcceptCloudServicesMail')), {
      kind: 'domain',
      domain: { domain: 'fabrikam.com', includeSubdomains: false, all: false },
      key: 'fabrikam.com',
      capabilities: ['AcceptCloudServicesMail'],
    });
    assert.deepEqual(valid(parseTlsDomainCapabilities('mail.protection.outlook.com:AcceptCloudServicesMail')).capabilities, ['AcceptCloudServicesMail']);
    assert.deepEqual(valid(parseTlsDomainCapabilities('mail.protection.outlook.com:AcceptOorgProtocol')).capabilities, ['AcceptOorgProtocol']);
  });
  it('reads several capabilities, wildcards, NO-TLS and certificate names with doubled colons', () => {
    assert.deepEqual(valid(parseTlsDomainCapabilities('*.contoso.com:AcceptOorgProtocol,AcceptCloudServicesMail')).capabilities, [
      'AcceptOorgProtocol',
      'AcceptCloudServicesMail',
    ]);
    assert.equal(valid(parseTlsDomainCapabilities('*.contoso.com:AllowSubmit')).key, '*.contoso.com');
    assert.equal(valid(parseTlsDomainCapabilities('NO-TLS:AcceptOorgHeader')).kind, 'no-tls');
    assert.deepEqual(valid(parseTlsDomainCapabilities('contoso.com:acceptoorgprotocol')).capabilities, ['AcceptOorgProtocol']);
    const c = valid(parseTlsDomainCapabilities('<I>CN=CA, OU=a::b<S>CN=mail.contoso.com:AcceptCrossForestMail'));
    assert.equal(c.kind, 'certificate');
    assert.deepEqual(c.certificate, { issuer: 'CN=CA, OU=a:b', subject: 'CN=mail.contoso.com' });
    assert.equal(formatTlsDomainCapabilities(c), '<I>CN=CA, OU=a::b<S>CN=mail.contoso.com:AcceptCrossForestMail');
  });
  it('refuses *, unknown capabilities and missing parts', () => {
    invalid(parseTlsDomainCapabilities('*:AcceptOorgProtocol'), /"\*", which Exchange refuses/);
    invalid(
      parseTlsDomainCapabilities('contoso.com:AcceptEverything'),
      /"AcceptEverything" is not a TLS domain capability; the known ones are AcceptOorgHeader/,
    );
    invalid(parseTlsDomainCapabilities('contoso.com'), /no capabilities/);
    invalid(parseTlsDomainCapabilities('contoso.com:'), /empty capability/);
    invalid(parseTlsDomainCapabilities(':AllowSubmit'), /no domain/);
    invalid(parseTlsDomainCapabilities('*contoso.com:AllowSubmit'), /wildcard/);
    invalid(parseTlsDomainCapabilities('CN=mail.contoso.com:AllowSubmit'), /domain/);
  });
  it('finds duplicate domains in a list', () => {
    const items = ['contoso.com:AllowSubmit', 'fabrikam.com:AllowSubmit', 'CONTOSO.com:AcceptOorgProtocol', '*.contoso.com:AllowSubmit', 'bad'].map(
      (t) => parseTlsDomainCapabilities(t).value,
    );
    assert.deepEqual(findDuplicateTlsDomains(items), [{ key: 'contoso.com', indexes: [0, 2] }]);
    assert.deepEqual(findDuplicateTlsDomains([]), []);
  });
});

describe('guid and thumbprint', () => {
  it('reads the real GUIDs', () => {
    for (const g of [
      '0292c782-9804-4d8b-ae0e-e1c7ab90852b',
      '75d6aeb5-cd4a-4c58-ab2c-76304ea198ab',
      'ae7ffd61-d227-4f30-b04a-97a1178934ed',
      '00000000-0000-0000-0000-000000000000',
      '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      '8a1f0c3e-2b47-4c1a-9e55-0d6b7a2c9f10',
    ]) {
      assert.equal(valid(parseGuid(g)), g);
    }
    assert.equal(valid(parseGuid('{0292C782-9804-4D8B-AE0E-E1C7AB90852B}')), '0292c782-9804-4d8b-ae0e-e1c7ab90852b');
    assert.equal(valid(parseGuid('0292c78298044d8bae0ee1c7ab90852b')), '0292c782-9804-4d8b-ae0e-e1c7ab90852b');
  });
  it('refuses bad GUIDs', () => {
    invalid(parseGuid('0292c782-9804-4d8b-ae0e-e1c7ab90852'), /8-4-4-4-12/);
    invalid(parseGuid('0292c782-9804-4d8b-ae0e-e1c7ab90852g'), /not a GUID/);
    invalid(parseGuid(''), /empty/);
  });
  it('reads the real thumbprints', () => {
    for (const t of [
      'C3EDCF181EF4F9B53D01768ECA99564014BCA6E7',
      '6C7DE09FB39A40144F57EFEBC3DF0148E3A9AB28',
      '38247AD2B76244411748274C508D13446311830B',
      'D003810EBE1624145889D031FBB77ED2BD280FD3',
      '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B',
      'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D',
    ]) {
      assert.equal(valid(parseThumbprint(t)), t);
    }
    assert.equal(valid(parseThumbprint('d5846f8dc46f1f273124a908c0fffdd9deb5365d')), 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D');
  });
  it('refuses bad thumbprints with the likely cause', () => {
    invalid(parseThumbprint('D5 84 6F 8D C4 6F 1F 27 31 24 A9 08 C0 FF FD D9 DE B5 36 5D'), /separators.*D5846F8DC46F1F273124A908C0FFFDD9DEB5365D/);
    invalid(parseThumbprint('\u200eD5846F8DC46F1F273124A908C0FFFDD9DEB5365D'), /invisible/);
    invalid(parseThumbprint('D5846F8DC46F1F273124A908C0FFFDD9DEB536'), /38 hex digits; a thumbprint has 40/);
    invalid(parseThumbprint('A'.repeat(64)), /SHA-256/);
    invalid(parseThumbprint('Z5846F8DC46F1F273124A908C0FFFDD9DEB5365D'), /hex digits/);
    invalid(parseThumbprint(''), /empty/);
  });
});

describe('cultureDate', () => {
  const iso = (t: string, order?: 'auto' | 'mdy' | 'dmy') => valid(parseCultureDate(t, order ? { order } : {})).date.toISOString();

  it('reads the synthetic en-US Format-List dates (AM/PM: month first, but not proven)', () => {
    const r = valid(parseCultureDate('8/12/2024 6:14:02 PM'));
    assert.equal(r.date.toISOString(), '2024-08-12T18:14:02.000Z');
    assert.equal(r.ambiguous, true);
    assert.match(r.reading, /month\/day\/year/);
    assert.match(r.reading, /12 August 2024/);
    assert.match(r.reading, /8 December 2024/);
    assert.match(r.reading, /taken as UTC/);
    assert.equal(iso('5/14/2024 6:14:03 PM'), '2024-05-14T18:14:03.000Z');
    assert.equal(valid(parseCultureDate('5/14/2024 6:14:03 PM')).ambiguous, false);
    assert.equal(iso('3/1/2029 10:15:00 AM'), '2029-03-01T10:15:00.000Z');
    assert.equal(iso('3/1/2024 10:15:00 AM'), '2024-03-01T10:15:00.000Z');
    assert.equal(iso('5/14/2024 11:05:51 AM'), '2024-05-14T11:05:51.000Z');
    assert.equal(iso('3/1/2024 9:12:44 AM'), '2024-03-01T09:12:44.000Z');
    assert.equal(iso('5/14/2024 9:05:51 AM'), '2024-05-14T09:05:51.000Z');
    assert.equal(iso('3/1/2024 8:12:44 AM'), '2024-03-01T08:12:44.000Z');
    assert.equal(iso('3/1/2024 12:00:00 AM'), '2024-03-01T00:00:00.000Z');
    assert.equal(iso('3/1/2024 12:30:00 PM'), '2024-03-01T12:30:00.000Z');
  });
  it('reads the real CLIXML certificate ToString dates (invariant culture, month first, 24-hour)', () => {
    // GetExchangeCertificate.xml: the DER of the Auth certificate says notBefore 2019-12-03 22:47:32Z,
    // printed as local time (UTC-8) "12/03/2019 14:47:32": month first.
    const nb = valid(parseCultureDate('12/03/2019 14:47:32'));
    assert.equal(nb.ambiguous, true);
    assert.equal(nb.date.toISOString(), '2019-12-03T14:47:32.000Z');
    assert.match(nb.reading, /guess/);
    const dates = ['12/03/2019 14:47:32', '11/06/2024 14:47:32', '12/03/2019 14:45:58', '12/03/2024 14:45:58', '12/03/2019 12:53:13', '11/30/2029 12:53:13'];
    const order = inferDateOrder(dates);
    assert.equal(order, 'mdy', '11/30/2029 settles the order for the whole file');
    assert.equal(iso('11/06/2024 14:47:32', order), '2024-11-06T14:47:32.000Z');
    // With an order given, the text still has two readings: it stays flagged, and the reading says which was used.
    const given = valid(parseCultureDate('11/06/2024 14:47:32', { order: 'mdy' }));
    assert.equal(given.ambiguous, true);
    assert.match(given.reading, /read as month\/day\/year \(as configured\).*read the other way it would be 11 June 2024/);
    assert.equal(iso('11/30/2029 12:53:13'), '2029-11-30T12:53:13.000Z');
    assert.equal(valid(parseCultureDate('11/30/2029 12:53:13')).ambiguous, false);
    // GetInternalTransportCertificateFromServer.xml
    assert.equal(iso('12/30/2022 2:39:08 PM'), '2022-12-30T14:39:08.000Z');
    assert.equal(iso('12/30/2027 2:39:08 PM'), '2027-12-30T14:39:08.000Z');
  });
  it('reads the real CLIXML <DT> values (ISO 8601 with offset)', () => {
    assert.equal(iso('2022-03-23T18:00:30+01:00'), '2022-03-23T17:00:30.000Z');
    assert.equal(iso('2022-03-23T17:00:30Z'), '2022-03-23T17:00:30.000Z');
    assert.equal(iso('2021-08-21T10:43:54+02:00'), '2021-08-21T08:43:54.000Z');
    const r = valid(parseCultureDate('2021-08-06T15:57:31+02:00'));
    assert.equal(r.ambiguous, false);
    assert.doesNotMatch(r.reading, /taken as UTC/);
    assert.equal(iso('2024-08-12T18:14:02.1234567-05:00'), '2024-08-12T23:14:02.123Z');
    assert.match(valid(parseCultureDate('2024-08-12T18:14:02')).reading, /taken as UTC/);
  });
  it('reads other cultures', () => {
    assert.equal(iso('2022-11-20 9:27:45 AM'), '2022-11-20T09:27:45.000Z');
    const de = valid(parseCultureDate('12.08.2024 18:14:02'));
    assert.equal(de.date.toISOString(), '2024-08-12T18:14:02.000Z');
    assert.equal(de.ambiguous, false);
    assert.match(de.reading, /day\.month\.year/);
    assert.equal(iso('12.8.2024. 18:14:02'), '2024-08-12T18:14:02.000Z');
    const gb = valid(parseCultureDate('12/08/2024 18:14:02'));
    assert.equal(gb.ambiguous, true);
    assert.equal(iso('12/08/2024 18:14:02', 'dmy'), '2024-08-12T18:14:02.000Z');
    assert.equal(iso('12/08/2024 18:14:02', 'mdy'), '2024-12-08T18:14:02.000Z');
    assert.equal(iso('2024/08/12 18:14:02'), '2024-08-12T18:14:02.000Z');
    assert.equal(iso('25/12/2024 08:00:00'), '2024-12-25T08:00:00.000Z');
    assert.equal(valid(parseCultureDate('25/12/2024 08:00:00')).ambiguous, false);
    assert.equal(valid(parseCultureDate('5/5/2024 08:00:00')).ambiguous, false);
    assert.equal(iso('12-08-2024 18:14:02'), '2024-08-12T18:14:02.000Z');
    assert.equal(iso('8/12/2024'), '2024-08-12T00:00:00.000Z');
    assert.equal(iso('/Date(1723486442000)/'), '2024-08-12T18:14:02.000Z');
    assert.equal(iso('\\/Date(1723486442000)\\/'), '2024-08-12T18:14:02.000Z');
    assert.equal(iso('29/2/2024 00:00:00'), '2024-02-29T00:00:00.000Z');
    assert.equal(iso('1/1/0100 00:00:00'), '0100-01-01T00:00:00.000Z');
  });
  it('infers nothing from dates that do not settle the order, or that disagree', () => {
    assert.equal(inferDateOrder(['12/03/2019 14:47:32', '1/2/2020 1:00:00 PM']), undefined);
    assert.equal(inferDateOrder(['30/11/2029 12:53:13', '11/30/2029 12:53:13']), undefined);
    assert.equal(inferDateOrder(['30/11/2029 12:53:13', 'garbage']), 'dmy');
    assert.equal(inferDateOrder(['12.08.2024 18:14:02']), 'dmy');
  });
  it('refuses impossible and unreadable dates', () => {
    invalid(parseCultureDate('13/13/2024 10:00:00'), /neither 13 nor 13 can be a month/);
    invalid(parseCultureDate('2/30/2024 10:00:00'), /February 2024 has no day 30/);
    invalid(parseCultureDate('29/2/2023 00:00:00'), /February 2023 has no day 29/);
    invalid(parseCultureDate('13/12/2024 10:00:00', { order: 'mdy' }), /month\/day\/year.*13 is not a month/);
    invalid(parseCultureDate('8/12/2024 13:14:02 PM'), /hour goes from 1 to 12/);
    invalid(parseCultureDate('8/12/2024 24:00:00'), /hour goes from 0 to 23/);
    invalid(parseCultureDate('8/12/2024 10:61:00'), /minutes and seconds/);
    invalid(parseCultureDate('8/12/24 10:00:00'), /two-digit year/);
    invalid(parseCultureDate('2024-08-12T18:14:02+25:00'), /offset/);
    invalid(parseCultureDate('12/08/2024 18:14:02 Uhr'), /not a date/);
    invalid(parseCultureDate('Monday, August 12, 2024'), /not a date/);
    invalid(parseCultureDate('2024/08/2024'), /four-digit year/);
    invalid(parseCultureDate(''), /empty/);
  });
});

describe('list', () => {
  it('reads the real collections with item offsets', () => {
    const text = '{[::]:25, 0.0.0.0:25}';
    const l = valid(parseList(text));
    assert.equal(l.truncated, false);
    assert.equal(l.braced, true);
    assert.deepEqual(l.items, [
      { text: '[::]:25', start: 1, end: 8 },
      { text: '0.0.0.0:25', start: 10, end: 20 },
    ]);
    for (const it of l.items) assert.equal(text.slice(it.start, it.end), it.text);

    const cases: Array<[string, string[]]> = [
      ['{::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}', ['::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', '0.0.0.0-255.255.255.255']],
      ['{mail.protection.outlook.com:AcceptCloudServicesMail}', ['mail.protection.outlook.com:AcceptCloudServicesMail']],
      ['{}', []],
      ['{SMTP:*;1}', ['SMTP:*;1']],
      ['{smtp:contoso.mail.onmicrosoft.com;1}', ['smtp:contoso.mail.onmicrosoft.com;1']],
      ['{[192.0.2.25]}', ['[192.0.2.25]']],
      ['{EX01, EX02}', ['EX01', 'EX02']],
      ['{top, msExchConnector, mailGateway, msExchRoutingSMTPConnector}', ['top', 'msExchConnector', 'mailGateway', 'msExchRoutingSMTPConnector']],
      ['{mail.contoso.com, autodiscover.contoso.com}', ['mail.contoso.com', 'autodiscover.contoso.com']],
      [
        '{System.Security.AccessControl.CryptoKeyAccessRule, System.Security.AccessControl.CryptoKeyAccessRule}',
        ['System.Security.AccessControl.CryptoKeyAccessRule', 'System.Security.AccessControl.CryptoKeyAccessRule'],
      ],
      ['{X400:c=US;a= ;p=Contoso;1, SMTP:*;1}', ['X400:c=US;a= ;p=Contoso;1', 'SMTP:*;1']],
      ['{Exchange Routing Group (A, B), x}', ['Exchange Routing Group (A, B)', 'x']],
    ];
    for (const [t, items] of cases)
      assert.deepEqual(
        valid(parseList(t)).items.map((i) => i.text),
        items,
        t,
      );
  });
  it('keeps certificate names with ", " in one item', () => {
    const t = "{<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com, O=Contoso:AcceptOorgProtocol, contoso.com:AcceptCloudServicesMail}";
    assert.deepEqual(
      valid(parseList(t)).items.map((i) => i.text),
      ["<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com, O=Contoso:AcceptOorgProtocol", 'contoso.com:AcceptCloudServicesMail'],
    );
  });
  it('flags truncation by $FormatEnumerationLimit in both spellings', () => {
    const ps5 = valid(parseList('{a, b, c, d...}'));
    assert.equal(ps5.truncated, true);
    assert.deepEqual(
      ps5.items.map((i) => i.text),
      ['a', 'b', 'c', 'd'],
    );
    const ps7 = valid(parseList('{a, b, c, d…}'));
    assert.equal(ps7.truncated, true);
    assert.deepEqual(
      ps7.items.map((i) => i.text),
      ['a', 'b', 'c', 'd'],
    );
    const cut = '{[::]:25, 0.0.0.0:25, 10.0.0.1:25, 10.0.0.2:25...}';
    const at = cut.indexOf('10.0.0.2:25');
    assert.deepEqual(valid(parseList(cut)).items.at(-1), { text: '10.0.0.2:25', start: at, end: at + 11 });
    const alone = valid(parseList('{...}'));
    assert.equal(alone.truncated, true);
    assert.deepEqual(alone.items, []);
    assert.equal(valid(parseList('{a, b, ...}')).items.length, 2);
  });
  it('treats a bare value as a one-item list and blank text as empty', () => {
    assert.deepEqual(valid(parseList('  SMTP:*;1 ')), { items: [{ text: 'SMTP:*;1', start: 2, end: 10 }], truncated: false, braced: false });
    assert.deepEqual(valid(parseList('')), { items: [], truncated: false, braced: false });
    assert.deepEqual(valid(parseList('   ')), { items: [], truncated: false, braced: false });
  });
  it('reports a missing brace or an empty item, still giving the items', () => {
    const r = parseList('{a, b');
    assert.deepEqual(
      r.value?.items.map((i) => i.text),
      ['a', 'b'],
    );
    invalid(r, /no closing "}"/);
    const e = parseList('{a, , b}');
    assert.deepEqual(
      e.value?.items.map((i) => i.text),
      ['a', '', 'b'],
    );
    invalid(e, /empty item/);
  });
  it('survives unbalanced brackets', () => {
    assert.deepEqual(
      valid(parseList('{a(, b, c}')).items.map((i) => i.text),
      ['a(', 'b', 'c'],
    );
    assert.deepEqual(
      valid(parseList('{a], b}')).items.map((i) => i.text),
      ['a]', 'b'],
    );
  });
  it('parses items with a grammar, keeping problems on their items', () => {
    const text = '{[::]:25, 0.0.0.0:99999, 224.0.0.1:25}';
    const r = valid(parseListOf(text, parseIpBinding));
    assert.equal(r.items.length, 3);
    assert.equal(r.items[0].problem, undefined);
    assert.equal(r.items[0].value?.port, 25);
    assert.match(r.items[1].problem ?? '', /65535/);
    assert.equal(text.slice(r.items[1].start, r.items[1].end), '0.0.0.0:99999');
    assert.match(r.items[2].problem ?? '', /multicast/);
  });
});

describe('enum and flags', () => {
  const tlsAuthLevel: EnumDef = {
    name: 'TlsAuthLevel',
    flags: false,
    members: [
      { name: 'EncryptionOnly', value: 1, summary: '' },
      { name: 'CertificateValidation', value: 2, summary: '' },
      { name: 'DomainValidation', value: 4, summary: '' },
    ],
  };
  const authMechanisms: EnumDef = {
    name: 'AuthMechanisms',
    flags: true,
    members: [
      { name: 'None', value: 0, summary: '' },
      { name: 'Tls', value: 1, summary: '' },
      { name: 'Integrated', value: 2, summary: '' },
      { name: 'BasicAuth', value: 4, summary: '' },
      { name: 'BasicAuthRequireTLS', value: 8, summary: '' },
      { name: 'ExchangeServer', value: 16, summary: '' },
      { name: 'ExternalAuthoritative', value: 32, summary: '' },
    ],
  };
  it('reads enum names and numbers', () => {
    assert.equal(valid(parseEnum('DomainValidation', tlsAuthLevel)).member.value, 4);
    assert.equal(valid(parseEnum('domainvalidation', tlsAuthLevel)).member.name, 'DomainValidation');
    assert.equal(valid(parseEnum('2', tlsAuthLevel)).member.name, 'CertificateValidation');
    invalid(parseEnum('Strict', tlsAuthLevel), /not one of the TlsAuthLevel values; expected one of EncryptionOnly, CertificateValidation, DomainValidation/);
    invalid(parseEnum('3', tlsAuthLevel), /EncryptionOnly=1/);
  });
  it('reads the real flags renderings and numbers', () => {
    const f = valid(parseFlags('Tls, Integrated, BasicAuth, BasicAuthRequireTLS, ExchangeServer', authMechanisms));
    assert.equal(f.value, 31);
    assert.deepEqual(
      f.members.map((m) => m.name),
      ['Tls', 'Integrated', 'BasicAuth', 'BasicAuthRequireTLS', 'ExchangeServer'],
    );
    assert.equal(valid(parseFlags('ExternalAuthoritative', authMechanisms)).value, 32);
    assert.deepEqual(
      valid(parseFlags('33', authMechanisms)).members.map((m) => m.name),
      ['Tls', 'ExternalAuthoritative'],
    );
    assert.deepEqual(
      valid(parseFlags('0', authMechanisms)).members.map((m) => m.name),
      ['None'],
    );
    invalid(parseFlags('Tls, Kerberos', authMechanisms), /"Kerberos" is not one of the AuthMechanisms/);
    invalid(parseFlags('128', authMechanisms), /bits/);
    invalid(parseFlags('Tls,, BasicAuth', authMechanisms), /empty member/);
  });
});

describe('parseValue by catalogue type', () => {
  it('dispatches each kind', () => {
    assert.equal(valid(parseValue({ kind: 'bool' }, 'True')), true);
    assert.equal(valid(parseValue({ kind: 'int', min: 0, max: 65535 }, '25')), 25);
    assert.deepEqual(valid(parseValue({ kind: 'byte-size', unlimited: true }, '35 MB (36,700,160 bytes)')), { bytes: 36700160 });
    assert.equal(valid(parseValue({ kind: 'timespan', min: '00:00:01', max: '1.00:00:00' }, '00:10:00')), 600000);
    assert.equal(valid(parseValue({ kind: 'smtp-x509-identifier' }, '<I>CN=localhost<S>CN=localhost')).subject, 'CN=localhost');
    assert.equal(valid(parseValue({ kind: 'enum', enum: 'TlsAuthLevel' }, 'DomainValidation')), 'DomainValidation');
    assert.equal(valid(parseValue({ kind: 'thumbprint' }, 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D')), 'D5846F8DC46F1F273124A908C0FFFDD9DEB5365D');
    assert.equal(valid(parseValue({ kind: 'date' }, '12/03/2019 14:47:32', { dateOrder: 'dmy' })).date.toISOString(), '2019-03-12T14:47:32.000Z');
    invalid(parseValue({ kind: 'smtp-domain' }, '*'), /not allowed/);
    const list = valid(parseValue({ kind: 'list', item: 'ip-range' }, '{::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff, 0.0.0.0-255.255.255.255}'));
    assert.ok(list.items.every((i) => i.value !== undefined && coversWholeInternet(i.value)));
    const spaces = valid(parseValue({ kind: 'list', item: 'address-space' }, '{SMTP:*;1}'));
    assert.equal(spaces.items[0].value?.cost, 1);
  });
  it('treats empty text as not set', () => {
    assert.deepEqual(parseValue({ kind: 'smtp-domain', wildcard: true }, ''), {});
    assert.deepEqual(parseValue({ kind: 'int' }, '  '), {});
    assert.deepEqual(valid(parseValue({ kind: 'list', item: 'smart-host' }, '')).items, []);
  });
});

describe('hostile input', () => {
  // What each parser does with the text, not how long it takes (the figures are in npm run bench; the timeouts only
  // stop a runaway pattern from hanging the run).
  it('every parser answers 100k-character garbage without throwing, with a short message', { timeout: 60_000 }, () => {
    for (const [name, parse] of VALUE_PARSERS) {
      for (const g of HOSTILE_VALUES) {
        const r = parse(g);
        assert.ok(r.value !== undefined || r.problem !== undefined, `${name} gave neither value nor problem`);
        if (r.problem !== undefined) assert.ok(r.problem.length < 1000, `${name}: ${r.problem.length}-character problem`);
      }
    }
  });
  it('a 1 MB list is split once: each of its 80,000 items is parsed once, no character handed over twice', { timeout: 60_000 }, () => {
    const text = bigIpRangeList();
    let calls = 0;
    let chars = 0;
    const r = valid(
      parseListOf(text, (item) => {
        calls++;
        chars += item.length;
        return parseIpRange(item);
      }),
    );
    assert.equal(r.items.length, 80_000);
    assert.equal(calls, 80_000);
    assert.ok(chars < text.length, `${chars} characters handed to the item parser for a ${text.length}-character list`);
    assert.equal(r.truncated, true);
    assert.ok(r.items.every((i) => i.problem === undefined));
  });
});
