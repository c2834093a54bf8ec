/**
 * The wizard tree: its questions, answers and groups of causes are data, in content/wizard.yaml,
 * validated and expanded at build time by the content plugin (scripts/content/wizard.ts). Imported
 * by the wizard page and the paste view only, so it stays out of the first screen's bundle.
 */
export { wizardTree } from 'virtual:content/wizard';
