// Event text that cannot be read as an event: no Event ID line, or one that is not a number.
import { annotate } from '../helpers/annotate';
import { ruleTester } from '../helpers/ruleTester';

ruleTester('event-text-syntax', {
  valid: [
    {
      name: 'a whole Event Viewer copy',
      text: 'Log Name:      Application\nSource:        MSExchangeTransport\nEvent ID:      12014\nLevel:         Error\nDescription:\nText.\n',
    },
  ],
  invalid: [
    {
      name: 'an Event ID that is not a number',
      text: annotate(
        'Log Name:      Application\nSource:        MSExchangeTransport\nEvent ID:      120l4\nLevel:         Error\nDescription:\nText.\n',
        'Event ID',
        '120l4',
        'event-text-syntax[badId]',
      ),
    },
    {
      name: 'Get-WinEvent | fl with an Id that is not a number',
      text: annotate(
        '\nTimeCreated  : 5/6/2024 8:12:40 AM\nProviderName : MSExchangeTransport\nId           : twelve\nMessage      : Text.\n',
        'Id',
        'twelve',
        'event-text-syntax[badId]',
      ),
    },
    {
      name: 'a second event of a paste without its Event ID line',
      text: [
        'Log Name:      Application',
        'Source:        MSExchangeTransport',
        'Event ID:      12014',
        'Description:',
        'Text.',
        '',
        'Log Name:      Application',
        '# <------- event-text-syntax[noId]',
        'Source:        MSExchangeTransport',
        'Level:         Error',
        'Description:',
        'Other text.',
        '',
      ].join('\n'),
    },
  ],
});
