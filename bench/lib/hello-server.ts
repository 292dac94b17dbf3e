/** C3 calibration: a Fastify hello-world JSON route on a free loopback port (prints {"port": n} when ready). */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0 })}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
