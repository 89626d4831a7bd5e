/** `npm run dev -- <command>`: the CLI straight from the TypeScript sources (no build step). */
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
