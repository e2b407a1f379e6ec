#!/usr/bin/env node
// The installed `duration` command runs the compiled CLI (npm run build produces dist/).
import('../dist/cli/main.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('duration: not built yet — run `npm run build` first')
    process.exit(1)
  }
  throw error
})
