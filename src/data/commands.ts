import { commands } from 'virtual:content/commands';

/**
 * The commands an admin runs to confirm or rule out a cause, from content/commands.yaml
 * (validated by the content plugin). Causes and fix steps name them by id.
 */
export { commands };
