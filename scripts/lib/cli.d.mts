export interface FlagSpec {
  type: 'string' | 'boolean';
  /** One line of help (the --help listing). */
  help: string;
  /** Placeholder of the value in the help ("N", "FILE"). */
  value?: string;
  /** A value to show in "needs a value (e.g. …)". */
  example?: string;
  choices?: readonly string[];
  multiple?: boolean;
  /** Takes every argument after it up to the next flag (`--with A B`). */
  greedy?: boolean;
  short?: string;
  default?: string | boolean;
}

export interface CliSpec {
  /** Name used in messages ("simulate"). */
  name: string;
  usage: string;
  summary?: string;
  /** How to ask for help, named in a rejection (default "NAME --help"). */
  helpCommand?: string;
  options: Record<string, FlagSpec>;
  positionals?: { name: string; min: number; max: number };
}

type ValueOf<F extends FlagSpec> = F['type'] extends 'boolean'
  ? F extends { multiple: true } ? boolean[] : boolean | undefined
  : F extends { multiple: true } | { greedy: true } ? string[] : string | undefined;

export type CliValues<S extends CliSpec> = { -readonly [K in keyof S['options']]: ValueOf<S['options'][K]> };

export interface ParsedCli<S extends CliSpec> {
  help: boolean;
  values: CliValues<S>;
  positionals: string[];
}

export class UsageError extends Error {
  hint: boolean;
  constructor(message: string, hint?: boolean);
}
export function usageError(message: string): UsageError;
export function helpText(spec: CliSpec): string;
export function parseCli<const S extends CliSpec>(argv: readonly string[], spec: S): ParsedCli<S>;
export function readCli<const S extends CliSpec>(argv: readonly string[], spec: S): ParsedCli<S>;
export function integerFlag(name: string, text: string, min?: number, max?: number, why?: string): number;
export function positiveFlag(name: string, text: string): number;
export function runCli(spec: CliSpec, main: () => number | void | Promise<number | void>): Promise<void>;
