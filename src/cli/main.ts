#!/usr/bin/env node
/** Entry of the installed `duration` command. */
import { runCli } from './run.js'

process.exitCode = await runCli(process.argv.slice(2))
