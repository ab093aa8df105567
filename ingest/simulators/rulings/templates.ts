/** The three template halves (tune, heldout, sealed). Each ruling type is a list of sections; each section picks one variant. */
import { HELDOUT } from './templates-heldout.ts';
import { SEALED } from './templates-sealed.ts';
import { TUNE } from './templates-tune.ts';

export type RulingType =
  'criminal_first' | 'criminal_appeal' | 'civil' | 'administrative' | 'administrative_offence';

export interface Section {
  variants: string[];
  /** probability that the section appears at all (default: always) */
  optional?: number;
  /** draw from the split's general reasoning paragraphs (./fillers.ts), never the same one twice */
  filler?: true;
}

export type TemplateSet = Record<RulingType, Section[]>;

export const TEMPLATES: Record<'tune' | 'heldout' | 'sealed', TemplateSet> = {
  tune: TUNE,
  heldout: HELDOUT,
  sealed: SEALED,
};
