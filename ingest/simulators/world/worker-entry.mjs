// Worker-thread bootstrap: registers tsx's loader in this thread (loader hooks are not inherited
// by workers on Node 20), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
