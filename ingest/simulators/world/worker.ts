/** Worker-thread entry: runs one shard (shard.ts) and posts progress and the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { runShard, type ShardSpec } from './shard.ts';

const spec = workerData as ShardSpec;
const result = runShard(spec, (units) => parentPort?.postMessage({ progress: units }));
parentPort?.postMessage({ result });
