import { ruleTester } from '../helpers/ruleTester';
import { annotated, defaultSpec, elementLines, subscriptionLines } from '../helpers/subscription';

const NOW = '2024-05-14T12:00:00Z';
const FIX = 'fix: New-EdgeSubscription -FileName "C:\\Temp\\EDGE01.xml"';

ruleTester('subscription-version-mismatch', {
  valid: [
    { name: 'Exchange 2019 CU14 in both', file: 'EDGE01.xml', now: NOW, text: subscriptionLines(elementLines(defaultSpec())) },
    {
      name: 'Exchange 2016 in both',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(elementLines({ ...defaultSpec(), VersionNumber: '1942062587', SerialNumber: 'Version 15.1 (Build 31531.3)' })),
    },
    {
      name: 'no SerialNumber (it is optional)',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(elementLines({ ...defaultSpec(), SerialNumber: undefined })),
    },
  ],
  invalid: [
    {
      name: 'SerialNumber of another version',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(
        annotated(
          elementLines({ ...defaultSpec(), SerialNumber: 'Version 15.1 (Build 31531.3)' }),
          'SerialNumber',
          'Version 15.1 (Build 31531.3)',
          `subscription-version-mismatch[mismatch] ${FIX}`,
        ),
      ),
    },
    {
      name: 'SerialNumber not in the form Exchange writes',
      file: 'EDGE01.xml',
      now: NOW,
      text: subscriptionLines(
        annotated(
          elementLines({ ...defaultSpec(), SerialNumber: '15.2.1544.4' }),
          'SerialNumber',
          '15.2.1544.4',
          `subscription-version-mismatch[unreadable] ${FIX}`,
        ),
      ),
    },
  ],
});
