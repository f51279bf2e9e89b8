// zod 4 probes `new Function("")` to pick a fast path; the strict CSP forbids eval, so turn the
// probe off before any schema is built. Imported first by main.tsx.
import { z } from "zod";

z.config({ jitless: true });
