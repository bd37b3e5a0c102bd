/**
 * The behaviours lib/browser/enhancers.ts gives to the elements marked with them; a component
 * marks its root with `enhancer.props('listen')`, and the registry must have one for every name.
 */
import { dataAttribute } from './attribute';

export const enhancerNames = ['filter-bar', 'font-size', 'script-switch', 'share', 'save', 'saved-list', 'listen', 'search-highlight'] as const;

export type EnhancerName = (typeof enhancerNames)[number];

export const enhancer = dataAttribute('data-enhance', enhancerNames);
