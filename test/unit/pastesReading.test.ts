// The pieces that read pastes, each with what it must take and what it must leave alone: placeholders, joined
// lists, the certificate table's service letters, pasted command lines, quoting and indentation, double spacing,
// table headers, and what detection calls a dump, a table or evidence of another kind.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLanguageService } from '../../server/src/service';
import type { ObjectsFile } from '../../server/src/service/document';
import { placeholderIn } from '../../server/src/service/values/placeholder';
import { parseJoinedList } from '../../server/src/service/values/list';
import { decodeServiceLetters } from '../../server/src/service/formatTable/read';
import { findTables } from '../../server/src/service/formatTable/header';
import { parseCommandLine } from '../../server/src/service/formatList/command';
import { pasteMargin } from '../../server/src/service/formatList/margin';
import { notADump, sniffFormatList, looksLikeFormatTable } from '../../server/src/service/formats/sniff';
import { LineIndex } from '../../server/src/service/text/lineIndex';

const service = createLanguageService();
const analyze = (text: string) => service.analyze({ uri: 'paste.txt', text }) as ObjectsFile;

describe('placeholders', () => {
  it('recognises what people put in place of their names', () => {
    for (const [text, found] of [
      ['<domain>', '<domain>'],
      ['mail.<domain>.com', '<domain>'],
      ['XXXX', 'XXXX'],
      ['mail.xxx.com', 'xxx'],
      ['x.x.x.x', 'x.x.x.x'],
      ['10.0.x.x', '10.0.x.x'],
      ['*****', '*****'],
      ['5D3C2B1A09F8E7D6***81706F5E4D3C2B1A', '***'],
      ['[redacted]', '[redacted]'],
    ]) {
      assert.equal(placeholderIn(text), found, text);
    }
  });
  it('leaves real values alone: certificate name markers, wildcards, names with an x', () => {
    for (const text of [
      "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com",
      '*',
      '*.contoso.com',
      'SMTP:*;1',
      'Exchange',
      'xx01.contoso.com',
      'box.example',
      '0.0.0.0',
      '10.0.0.0/8',
    ]) {
      assert.equal(placeholderIn(text), undefined, text);
    }
  });
});

describe('collections joined with commas', () => {
  const items = (text: string, keepWith?: (p: string) => boolean) => parseJoinedList(text, keepWith).items.map((i) => i.text);
  it('splits at every comma, with or without a blank, and keeps offsets', () => {
    assert.deepEqual(items('10.0.0.1,10.0.0.2-10.0.0.9, 192.0.2.0/24'), ['10.0.0.1', '10.0.0.2-10.0.0.9', '192.0.2.0/24']);
    const l = parseJoinedList('a, b').items[1];
    assert.deepEqual([l.start, l.end], [3, 4]);
    assert.deepEqual(items('   '), []);
    assert.deepEqual(items('single'), ['single']);
  });
  it('keeps commas inside certificate names and brackets, and pieces the caller says belong to the item before', () => {
    assert.deepEqual(items("<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com:AcceptOorgProtocol, contoso.com"), [
      "<I>CN=R11, O=Let's Encrypt, C=US<S>CN=mail.contoso.com:AcceptOorgProtocol",
      'contoso.com',
    ]);
    assert.deepEqual(
      items('mail.protection.outlook.com:AcceptCloudServicesMail,AcceptOorgProtocol,contoso.com:AllowSubmit', (p) => !p.includes(':')),
      ['mail.protection.outlook.com:AcceptCloudServicesMail,AcceptOorgProtocol', 'contoso.com:AllowSubmit'],
    );
  });
  it('only for collections: a Comment with commas stays text', () => {
    const file = analyze('Name          : Internet\nAddressSpaces : SMTP:*;1,SMTP:contoso.com;1\nComment       : owner: mail team, room 4\n');
    const obj = file.objects[0];
    assert.deepEqual(
      obj.byName.get('addressspaces')!.list!.map((i) => i.text),
      ['SMTP:*;1', 'SMTP:contoso.com;1'],
    );
    assert.equal(obj.byName.get('comment')!.list, undefined);
  });
});

describe('certificate service letters (ServicesStringForm)', () => {
  it('decodes the letters of the default table', () => {
    assert.equal(decodeServiceLetters('IP.WS..'), 'IMAP, POP, IIS, SMTP');
    assert.equal(decodeServiceLetters('....S..'), 'SMTP');
    assert.equal(decodeServiceLetters('...W...'), 'IIS');
    assert.equal(decodeServiceLetters('..U..FC'), 'UM, Federation, UMCallRouter');
    assert.equal(decodeServiceLetters('.......'), 'None');
  });
  it('refuses a letter out of its place, or too many positions', () => {
    assert.equal(decodeServiceLetters('IP.WX..'), undefined);
    assert.equal(decodeServiceLetters('S......'), undefined);
    assert.equal(decodeServiceLetters('IP.WS...'), undefined);
    assert.equal(decodeServiceLetters(''), undefined);
  });
});

describe('pasted command lines', () => {
  const cmd = (line: string) => parseCommandLine(line, 0, line.length);
  it('after a prompt: the cmdlet, the object asked for, the formatting', () => {
    const c = cmd('[PS] C:\\Windows\\system32>Get-ReceiveConnector "Default EX01" | fl auth*,bind*')!;
    assert.equal(c.cmdlet, 'Get-ReceiveConnector');
    assert.equal(c.kind, 'receive-connector');
    assert.equal(c.identity?.text, 'Default EX01');
    assert.equal('[PS] C:\\Windows\\system32>Get-ReceiveConnector "Default EX01" | fl'.slice(c.identity!.start, c.identity!.end), 'Default EX01');
    assert.equal(c.format, 'list');
    assert.deepEqual(
      [cmd("PS C:\\> Get-SendConnector -Identity 'To Fabrikam' | Format-Table")!].map((x) => [x.identity?.text, x.format]),
      [['To Fabrikam', 'table']],
    );
    assert.equal(
      cmd('PS> Get-ExchangeCertificate -Server EX01 -Thumbprint 9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B')?.identity?.text,
      '9C1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B',
    );
    assert.equal(cmd('PS C:\\> Get-SendConnector -Server EX01 | fl')?.identity, undefined);
    assert.equal(cmd('PS C:\\> Get-Service | fl')?.kind, undefined);
    assert.equal(cmd('Get-SendConnector "Internet" | fl')?.identity?.text, 'Internet');
  });
  it('leaves prose and other commands without a prompt alone', () => {
    assert.equal(cmd('I ran Get-SendConnector | fl and got this'), undefined);
    assert.equal(cmd('Get-Service | fl'), undefined);
    assert.equal(cmd('Name : Internet'), undefined);
  });
});

describe('quoting and indentation', () => {
  const margin = (text: string) => pasteMargin(text, new LineIndex(text));
  it('an ordinary dump has none (its wrapped values keep their indentation)', () => {
    const m = margin('Name          : Internet\nAddressSpaces : {SMTP:a;1,\n                SMTP:b;1}\n');
    assert.deepEqual([m.quoted, m.indent, m.at(2)], [false, 0, 0]);
  });
  it('finds `> ` quoting and a common indentation', () => {
    assert.equal(margin('> Name       : Relay\n> RequireTLS : True\n').quoted, true);
    assert.equal(margin('Here:\n\n    Name       : Relay\n    RequireTLS : True\n').indent, 4);
    const both = margin('>     Name       : Relay\n>     RequireTLS : True\n');
    assert.deepEqual([both.quoted, both.indent, both.at(0)], [true, 4, 6]);
  });
  it('quoted prose above an unquoted dump leaves the dump as it is', () => {
    assert.deepEqual([margin('> Can you send it?\n\nName       : Relay\nRequireTLS : True\n').quoted], [false]);
  });
});

describe('double spacing', () => {
  it('a blank line after every property line: one object, named', () => {
    const file = analyze('Name           : Internet\n\nAddressSpaces  : {SMTP:*;1}\n\nIgnoreSTARTTLS : True\n\nRequireTLS     : False\n');
    assert.deepEqual(
      file.objects.map((o) => [o.kind, o.byName.get('name')?.text, o.properties.length]),
      [['send-connector', 'Internet', 4]],
    );
  });
  it('one-property objects of a real `fl Name` dump stay apart; RunspaceId starts an object', () => {
    assert.equal(analyze('Name : A\n\nName : B\n\nName : C\n').objects.length, 3);
    const remote = analyze('RunspaceId : 1\n\nRequireTLS : True\n\nRunspaceId : 1\n\nIgnoreSTARTTLS : False\n\nName : X\n');
    assert.equal(remote.objects.length, 2);
  });
});

describe('detection', () => {
  it('Format-List: three property lines, or two aligned lines of a known kind, or one under a command line', () => {
    assert.equal(sniffFormatList('RequireTLS     : True\nIgnoreSTARTTLS : False\n').isDump, true);
    assert.equal(sniffFormatList('AuthMechanism : Tls\nBindings      : {0.0.0.0:25}\n').isDump, true);
    assert.equal(sniffFormatList('PS C:\\> Get-SendConnector "Internet" | fl Name\n\nName : Internet\n').isDump, true);
  });
  it('not: two lines that are not aligned, two aligned names of no kind, `key: value` without padding', () => {
    assert.equal(sniffFormatList('RequireTLS : True\nIgnoreSTARTTLS : False\n').isDump, false);
    assert.equal(sniffFormatList('Name    : x\nEnabled : True\n').isDump, false);
    assert.equal(sniffFormatList('RequireTLS: true\nIgnoreSTARTTLS: false\nPort: 25\n').isDump, false);
  });
  it('Format-Table: a header whose names type a kind, with or without its dashes', () => {
    assert.equal(looksLikeFormatTable('Thumbprint                                Services   Subject\n'), true);
    assert.equal(findTables('Identity   Bindings   Enabled\n--------   --------   -------\n')[0].dashLine, 1);
    assert.equal(looksLikeFormatTable('Status   Name               DisplayName\n------   ----               -----------\n'), false);
    assert.equal(looksLikeFormatTable('Here is the output of my command\n'), false);
  });
  it('declines evidence of another kind by name, and only that', () => {
    assert.equal(notADump('Log Name:      Application\nSource:        MSExchangeTransport\nEvent ID:      12014\nLevel:         Error\n'), 'event-log');
    assert.equal(notADump('\nTimeCreated  : 5/14/2024 7:02:11 AM\nProviderName : MSExchangeTransport\nId           : 12014\n'), 'event-log');
    assert.equal(notADump('Exchange Health Checker version 24.05.06.1510\n'), 'healthchecker');
    assert.equal(notADump('#Software: Microsoft Exchange Server\n#Log-type: SMTP Send Protocol Log\n'), 'protocol-log');
    assert.equal(notADump('#Log-type: Message Tracking Log\n'), 'tracking-log');
    assert.equal(notADump('WARNING - certificate expires in 20 days | days=20;30;7\n'), 'monitoring');
    assert.equal(notADump('#TYPE Selected.System.Management.Automation.PSCustomObject\n"Name","RequireTLS"\n'), 'csv');
    assert.equal(
      notADump('Name          : Relay\nComment       : Event ID: 12014 seen\n                Source: MSExchangeTransport\nRequireTLS    : True\n'),
      undefined,
    );
    assert.equal(notADump('Name : OK - partner\nRequireTLS : True\n'), undefined);
  });
});
