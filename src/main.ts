/** Process entry of `npm start`: load the configuration, start the server, stop on signals. */
import { runCli } from './cli/run.js'

process.exitCode = await runCli(['serve'])
