// Child process for row (e): one shape's symbolic pipeline, timed in a fresh heap so every size is measured alike.
import { denseDefinition, medianPipeline } from './pipeline.js';

const shape = process.argv.slice(2).map(Number);
const t = medianPipeline(denseDefinition(shape), 5, 20_000);
process.stdout.write(JSON.stringify({ graph: t.graph, derive: t.derive, compile: t.compile, run: t.run, total: t.total, params: t.params }));
