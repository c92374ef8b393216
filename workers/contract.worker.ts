// Thin adapter: the logic lives in src/runner/contractApi.ts, which Node tests import directly.
import '../src/scenario/zodJitless.ts'; // first: before any zod schema is built (CSP, see the module)
import * as Comlink from 'comlink';
import { contractApi } from '../src/runner/contractApi.ts';

Comlink.expose(contractApi);
