// PowerShell as fixes and runbooks write it: a reader, and a checker against the cmdlet catalogue.
export {
  parsePowerShell,
  type PsScript,
  type PsCommand,
  type PsElement,
  type PsValue,
  type PsValueKind,
  type PsVariable,
  type PsSyntaxProblem,
  type PsSpan,
} from './parse';
export { checkPowerShell, type CommandProblem, type CommandProblemCode, type CommandCheckOptions } from './check';
export {
  cmdletDef,
  cmdletDefs,
  findParameter,
  parameterReleases,
  CMDLET_RELEASES,
  cmdletSources,
  type CmdletDef,
  type CmdletParameter,
  type CmdletRelease,
  type CmdletSource,
  type ParameterMatch,
} from '../catalogue/cmdlets';
