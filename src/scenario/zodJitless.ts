/**
 * Imported first by every browser entry (the page and each worker): zod's JIT probes `new Function`
 * when its first object schema is built, and under the app's strict CSP (no 'unsafe-eval', see
 * config/securityHeaders.ts) that probe is reported as a policy violation even though zod catches
 * it. Validation without the JIT is slower only by microseconds a scenario.
 */
import { z } from 'zod';

z.config({ jitless: true });
