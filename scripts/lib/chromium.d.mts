export declare const CHROMIUM_ARGS: string[];
export function findChromium(): { path: string } | { path: null; problem: string };
export function isDebian(): boolean;
export function chromiumHint(): string;
export function chromiumPath(): string;
