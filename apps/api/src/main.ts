// The entry point. Tracing, when configured, has to hook module loading before the app's modules
// (express, pg) are imported, so the app is imported after it starts.
import { tracingConfig } from './modules/tracing/tracing-config.js';

try {
  const tracing = tracingConfig(process.env);
  const flushTraces = tracing
    ? (await (await import('./modules/tracing/start-tracing.js')).startTracing(tracing)).shutdown
    : async () => undefined;
  const { runServer } = await import('./server.js');
  await runServer({ flushTraces });
} catch (error: unknown) {
  const { Logger } = await import('@nestjs/common');
  new Logger('Tværs').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
