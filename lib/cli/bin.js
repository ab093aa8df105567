#!/usr/bin/env node
// The `elieta` command. TypeScript sources run through tsx's loader, so there is no build step
// and no compiled copy that could go stale.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
