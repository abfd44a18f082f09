import { calculateTool } from './calculate.js';
import { getDefinitionTool } from './get-definition.js';
import { lookupFactsTool } from './lookup-facts.js';
import { searchPassagesTool } from './search-passages.js';
import type { ToolContext } from './tool-kit.js';

/** The agent's four tools, bound to one run's context. */
export function buildTools(ctx: ToolContext) {
  return [lookupFactsTool(ctx), calculateTool(ctx), searchPassagesTool(ctx), getDefinitionTool(ctx)];
}
