// comlink ships its Node adapter as an .mjs without a matching .d.mts: declare its one export.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';

  interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly unknown[]): void;
    // biome-ignore lint/suspicious/noExplicitAny: Node's emitters type listeners with any arguments.
    on(type: 'message', listener: (...args: any[]) => void): unknown;
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    off(type: 'message', listener: (...args: any[]) => void): unknown;
    start?: () => void;
  }
  export default function nodeEndpoint(nep: NodeEndpoint): Endpoint;
}
