/** The nine template halves (tune, heldout, sealed, final, blind, audit, probe, exam, verify). Each ruling type is a list of sections; each section picks one variant. */
import { AUDIT } from './templates-audit.ts';
import { BLIND } from './templates-blind.ts';
import { EXAM } from './templates-exam.ts';
import { FINAL } from './templates-final.ts';
import { HELDOUT } from './templates-heldout.ts';
import { PROBE } from './templates-probe.ts';
import { SEALED } from './templates-sealed.ts';
import { TUNE } from './templates-tune.ts';
import { VERIFY } from './templates-verify.ts';

export type RulingType =
  'criminal_first' | 'criminal_appeal' | 'civil' | 'administrative' | 'administrative_offence';

export interface Section {
  variants: string[];
  /** probability that the section appears at all (default: always) */
  optional?: number;
  /** draw from the split's general reasoning paragraphs (./fillers.ts), never the same one twice */
  filler?: true;
  /**
   * Sections with the same `align` key take the same variant number (modulo their length) within one
   * ruling, so that the facts, the reasoning and the operative part tell one story (final split).
   */
  align?: string;
  /** the split's general reasoning paragraphs go right before this section (final split) */
  fillersBefore?: true;
}

export type TemplateSet = Record<RulingType, Section[]>;

export const TEMPLATES: Record<
  'tune' | 'heldout' | 'sealed' | 'final' | 'blind' | 'audit' | 'probe' | 'exam' | 'verify',
  TemplateSet
> = {
  tune: TUNE,
  heldout: HELDOUT,
  sealed: SEALED,
  final: FINAL,
  blind: BLIND,
  audit: AUDIT,
  probe: PROBE,
  exam: EXAM,
  verify: VERIFY,
};
