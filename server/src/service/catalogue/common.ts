// Properties shared by several object kinds: the Active Directory object tail every connector carries, the
// Exchange Online additions to it, and the note properties PowerShell remoting adds to every object.
import type { PropertyDef } from './types';

const DOCS_BASE = 'https://learn.microsoft.com/powershell/module/exchangepowershell/';

/** learn.microsoft.com address of a cmdlet page, or of one of its parameters. */
export function docsUrl(cmdlet: string, parameter?: string): string {
  const page = DOCS_BASE + cmdlet.toLowerCase();
  return parameter ? `${page}#-${parameter.toLowerCase()}` : page;
}

/** A settable property: fills setBy and docs from the cmdlet and parameter name. */
export function settable(cmdlet: string, def: Omit<PropertyDef, 'setBy' | 'docs'>, parameter = def.name): PropertyDef {
  return { ...def, setBy: `${cmdlet} -${parameter}`, docs: docsUrl(cmdlet, parameter) };
}

/** A read-only (computed or directory-maintained) property. */
export function computed(def: Omit<PropertyDef, 'readOnly'>): PropertyDef {
  return { ...def, readOnly: true };
}

/**
 * The ADObject tail of connectors, in the order Export-Clixml writes it (real Exchange 2019 exports).
 * `setCmdlet` sets Name; `label` names the object in summaries ("send connector").
 */
export function adObjectTail(setCmdlet: string, label: string): PropertyDef[] {
  return [
    computed({
      name: 'AdminDisplayName',
      type: { kind: 'string' },
      summary: `Display name kept in Active Directory for the ${label}; the connector cmdlets do not set it and it is normally empty.`,
    }),
    computed({
      name: 'ExchangeVersion',
      type: { kind: 'string' },
      summary:
        'The lowest Exchange version whose tools can read the object, such as "0.1 (8.0.535.0)" (the Exchange 2007 object format). It is not the version of the server.',
    }),
    settable(setCmdlet, {
      name: 'Name',
      type: { kind: 'string' },
      summary: `The unique name of the ${label} (at most 64 characters).`,
    }),
    computed({
      name: 'DistinguishedName',
      type: { kind: 'string' },
      summary: `Where the ${label} is stored in the directory, as an LDAP distinguished name.`,
    }),
    computed({
      name: 'Identity',
      type: { kind: 'identity' },
      summary: `The identity you pass to the -Identity parameter of the cmdlets for this ${label}.`,
    }),
    computed({
      name: 'Guid',
      type: { kind: 'guid' },
      summary: `The unique, permanent ID of the ${label}; it survives renames.`,
    }),
    computed({
      name: 'ObjectCategory',
      type: { kind: 'identity' },
      summary: 'The schema class category of the directory object.',
    }),
    computed({
      name: 'ObjectClass',
      type: { kind: 'list', item: 'string' },
      summary: 'The schema classes of the directory object, from the most general (top) to the most specific.',
    }),
    computed({
      name: 'WhenChanged',
      type: { kind: 'date' },
      summary: `When the ${label} was last changed, in the local time of the machine that ran the command.`,
    }),
    computed({
      name: 'WhenCreated',
      type: { kind: 'date' },
      summary: `When the ${label} was created, in the local time of the machine that ran the command.`,
    }),
    computed({
      name: 'WhenChangedUTC',
      type: { kind: 'date' },
      summary: `When the ${label} was last changed, in UTC.`,
    }),
    computed({
      name: 'WhenCreatedUTC',
      type: { kind: 'date' },
      summary: `When the ${label} was created, in UTC.`,
    }),
    computed({
      name: 'OrganizationId',
      type: { kind: 'string' },
      summary: 'The tenant the object belongs to; empty in on-premises organizations.',
    }),
    computed({
      name: 'Id',
      type: { kind: 'identity' },
      summary: 'The same directory identity as Identity.',
    }),
    computed({
      name: 'OriginatingServer',
      type: { kind: 'fqdn' },
      summary: 'The domain controller (or, on Edge, the local AD LDS instance) the object was read from.',
    }),
    computed({
      name: 'IsValid',
      type: { kind: 'bool' },
      summary: "Whether the object passes Exchange's own consistency checks. False means Exchange considers the stored settings contradictory.",
    }),
    computed({
      name: 'ObjectState',
      type: { kind: 'enum', enum: 'ObjectState' },
      summary: 'The state of the object in the PowerShell session; objects read from the directory show Unchanged.',
    }),
  ];
}

/** Exchange Online objects carry two more directory properties. */
export function exchangeOnlineTail(): PropertyDef[] {
  return [
    computed({
      name: 'ExchangeObjectId',
      type: { kind: 'guid' },
      releases: ['Online'],
      summary: 'The object ID of the connector in Exchange Online.',
    }),
    computed({
      name: 'OrganizationalUnitRoot',
      type: { kind: 'string' },
      releases: ['Online'],
      summary: 'The tenant (usually its onmicrosoft.com domain) the connector belongs to.',
    }),
  ];
}

/** Note properties that PowerShell remoting adds to every object (the <MS> member set in Export-Clixml). */
export function remotingProperties(): PropertyDef[] {
  return [
    computed({
      name: 'RunspaceId',
      type: { kind: 'guid' },
      summary: 'The PowerShell remoting session that produced the object. It changes every session and says nothing about the configuration.',
    }),
    computed({
      name: 'PSComputerName',
      type: { kind: 'string' },
      summary: 'The server the remote PowerShell session was connected to when the object was read.',
    }),
    computed({
      name: 'PSShowComputerName',
      type: { kind: 'bool' },
      summary: 'Whether PowerShell shows PSComputerName in its output; a remoting detail.',
    }),
    computed({
      name: 'SerializationData',
      type: { kind: 'string' },
      summary:
        'A binary copy of the Exchange object that Export-Clixml stores so the object can be rebuilt; it repeats the other properties and is not meant to be read.',
    }),
  ];
}
