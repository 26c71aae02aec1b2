// Parsers and validators for the value grammars Exchange prints in Format-List dumps, CLIXML <ToString>
// and ConvertTo-Json strings. Every parser is a pure function (text, options?) => ValueResult<T> that never
// throws and does bounded work on any input.
export * from './result';
export * from './bool';
export * from './integer';
export * from './byteSize';
export * from './timeSpan';
export * from './ipAddress';
export * from './ipBinding';
export * from './ipRange';
export * from './domainName';
export * from './addressSpace';
export * from './smartHost';
export * from './smtpX509Identifier';
export * from './tlsDomainCapabilities';
export * from './guid';
export * from './thumbprint';
export * from './cultureDate';
export * from './list';
export * from './enumValue';
export * from './byType';
