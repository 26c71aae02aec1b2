// Is a text event-log text? Cheap: the first 200 lines of the first 64 KB only.

const HEAD = 65536;
const LINES = 200;
const VIEWER_ID = /^[ \t]*Event ID[ \t]*:/;
const VIEWER_FIELD = /^[ \t]*(Log Name|Source|Event Source|Description|Level|Event Type|Task Category|Event Category|Computer|Date|Keywords)[ \t]*:/;
const LIST_NAME = /^([A-Za-z]+) *:(?: |$)/;

/**
 * Event Viewer text (an `Event ID:` line and another field of the header), or Get-WinEvent / Get-EventLog
 * output through Format-List (an ID property with the provider, level or time properties of those cmdlets).
 */
export function looksLikeEventText(text: string): boolean {
  const head = (text.charCodeAt(0) === 0xfeff ? text.slice(1, HEAD) : text.slice(0, HEAD)).split(/\r\n|\r|\n/, LINES);
  let viewerId = false;
  let viewerField = false;
  // Header lines sit at the paste's own margin: `Event ID:` quoted inside an indented multi-line value of a
  // Format-List dump (a Comment) is not an event.
  let margin: number | undefined;
  const names = new Set<string>();
  for (const line of head) {
    const indent = line.length - line.trimStart().length;
    if (margin === undefined && indent < line.length) margin = indent;
    const atMargin = margin === undefined || indent <= margin;
    if (atMargin && VIEWER_ID.test(line)) viewerId = true;
    else if (atMargin && VIEWER_FIELD.test(line)) viewerField = true;
    if (viewerId && viewerField) return true;
    const m = LIST_NAME.exec(line);
    if (m) names.add(m[1].toLowerCase());
  }
  if (names.has('id') && (names.has('providername') || names.has('leveldisplayname')) && (names.has('message') || names.has('timecreated'))) return true;
  return (names.has('instanceid') || names.has('eventid')) && (names.has('entrytype') || names.has('timegenerated')) && names.has('source');
}
