import { z } from 'zod';

/**
 * For the browser only, imported first by the web's entry: Zod 4 compiles a fast object parser with
 * `new Function`, which the app's Content Security Policy (script-src 'self', no 'unsafe-eval') forbids.
 * Zod probes for eval first, but the probe can report eval as allowed while the page refuses it, and the
 * page then throws an EvalError (seen once in journey 7). Turning the JIT off before any schema is built
 * skips the probe and the compiled path; the parsing itself is the same. The server keeps the JIT.
 */
z.config({ jitless: true });
