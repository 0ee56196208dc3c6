// What nnplay.mjs uses of its environments: the globals it tests to tell Node from a page
// or a classic worker, and the two Node functions it calls. The type check has no Node
// types, so that the page's code cannot lean on Node's globals.
declare var process: { versions?: { node?: string } } | undefined;
declare var importScripts: ((...urls: string[]) => void) | undefined;

declare module 'node:fs' {
  export function readFileSync(path: string): Uint8Array;
}
declare module 'node:url' {
  export function fileURLToPath(url: string | URL): string;
}
