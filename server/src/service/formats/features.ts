// Editor features per family of formats, bound to the formats in ./registry.ts.
import type { EdgeSubscriptionFile, ObjectsFile, ProtocolLogFile } from '../document';
import { protocolLogHover } from '../protocolLog/hover';
import { protocolLogFolding, protocolLogSymbols } from '../protocolLog/outline';
import type { EventLogFile } from '../eventLog/model';
import { eventHover } from '../eventLog/hover';
import { eventFolding, eventSymbols } from '../eventLog/outline';
import { subscriptionHover } from '../hover/subscriptionHover';
import { objectHover } from '../hover/objectHover';
import { objectSymbols, subscriptionSymbols } from '../symbols';
import { objectFolding, subscriptionFolding } from '../folding';
import { objectCompletions } from '../completion';
import type { FormatFeatures } from './registry';

export const subscriptionFeatures: FormatFeatures<EdgeSubscriptionFile> = {
  hover: subscriptionHover,
  symbols: subscriptionSymbols,
  folding: subscriptionFolding,
};

export const objectFeatures: FormatFeatures<ObjectsFile> = {
  hover: objectHover,
  symbols: (file) => objectSymbols(file.objects),
  folding: objectFolding,
  completions: objectCompletions,
};

export const protocolLogFeatures: FormatFeatures<ProtocolLogFile> = {
  hover: protocolLogHover,
  symbols: protocolLogSymbols,
  folding: protocolLogFolding,
};

export const eventLogFeatures: FormatFeatures<EventLogFile> = {
  hover: eventHover,
  symbols: eventSymbols,
  folding: eventFolding,
};
