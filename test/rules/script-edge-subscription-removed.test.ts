import { ruleTester } from '../helpers/ruleTester';

ruleTester('script-edge-subscription-removed', {
  valid: [
    {
      name: 'resubscribing without removing first',
      file: 'resubscribe.ps1',
      text: 'New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes("C:\\Data\\edge.xml")) -Site "Default-First-Site-Name"\n',
    },
    { name: 'removing only (decommissioning an Edge)', file: 'remove.ps1', text: 'Remove-EdgeSubscription -Identity EDGE01 -Confirm:$false\n' },
    {
      name: 'created first, removed after',
      file: 'order.ps1',
      text: 'New-EdgeSubscription -FileName "C:\\Data\\edge.xml"\nRemove-EdgeSubscription -Identity EDGE02\n',
    },
    {
      name: 'in comments',
      file: 'notes.ps1',
      text: '# Remove-EdgeSubscription EDGE01\n<# New-EdgeSubscription -FileData $bytes -Site S #>\n',
    },
  ],
  invalid: [
    {
      name: 'removed, then made again: the fix deletes the removal line',
      file: 'resubscribe.ps1',
      text: `Remove-EdgeSubscription -Identity EDGE01 -Confirm:$false
#<---------------------- script-edge-subscription-removed[removedFirst] edit:
New-EdgeSubscription -FileData ([System.IO.File]::ReadAllBytes("C:\\Data\\edge.xml")) -Site "Default-First-Site-Name"
`,
    },
    {
      name: 'in a pipeline and a branch',
      file: 'resubscribe.ps1',
      text: `if ($resubscribe) {
    Get-EdgeSubscription EDGE01 | Remove-EdgeSubscription -Confirm:$false
#                                 ^^^^^^^^^^^^^^^^^^^^^^^ script-edge-subscription-removed[removedFirst]
}
$bytes = [System.IO.File]::ReadAllBytes("C:\\Data\\edge.xml")
New-EdgeSubscription -FileData $bytes -Site "Default-First-Site-Name"
`,
    },
  ],
});
