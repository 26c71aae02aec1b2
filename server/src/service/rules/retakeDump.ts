// The command that takes a Format-List dump again, whole: every item of every list, lines as wide as they need.
import { property, type ExchangeObject } from '../objects/model';
import { psQuote } from './objectRules';

/** `$FormatEnumerationLimit = -1; Get-ReceiveConnector "EX01\Relay" | Format-List | Out-File ...` for one object. */
export function dumpAgain(getCmdlet: string, obj: ExchangeObject): string {
  const id = property(obj, 'Identity') ?? property(obj, 'Name') ?? property(obj, 'Thumbprint');
  const which = id && !id.empty ? ` ${psQuote(id.text)}` : '';
  return `$FormatEnumerationLimit = -1; ${getCmdlet}${which} | Format-List | Out-File -FilePath .\\dump.txt -Width 4096`;
}
