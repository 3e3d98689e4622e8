// Imported first by main.tsx. zod compiles fast validators with `new Function` unless told
// not to, and the editor runs under a Content-Security-Policy without 'unsafe-eval'.
import { z } from 'zod';

z.config({ jitless: true });
