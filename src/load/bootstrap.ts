/**
 * The first module of dist/plenary.js (imported first by cdn.ts, so it runs
 * before the elements are defined): starts the page's descriptor requests.
 */
import { bootstrap } from './early.js';

if (typeof document !== 'undefined') bootstrap();
