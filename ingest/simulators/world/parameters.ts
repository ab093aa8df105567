/**
 * The world simulator's parameters, read from parameters.yaml beside this file (one documented
 * file: every distribution with its source or marked assumed).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type Category = 'civil' | 'criminal' | 'administrative_offence' | 'administrative';
export type Level = 'first' | 'appeal' | 'cassation';
export type Region = 'riga' | 'kurzeme' | 'zemgale' | 'vidzeme' | 'latgale';

export interface LogNormal {
  median: number;
  sigma: number;
}
export interface Range {
  min: number;
  max: number;
}

export interface ArticleParameters {
  weight: number;
  sentences: Record<string, number>;
  term: number;
  suspended: number;
}

export interface WorldParameters {
  history: { start: string; yearly_growth: number; weekend_factor: number };
  case_mix: Record<Category, number>;
  first_instance_courts: Record<Category, Record<string, number>>;
  appeal_court: Record<string, string>;
  cassation_court: string;
  duration_days: Record<Level, Record<Category, LogNormal>>;
  long_tail: { share: number; factor: number };
  appeal_rate: Record<'first' | 'appeal', Record<Category, number>>;
  appeal_delay_days: Range;
  outcomes: { first: Record<Category, Record<string, number>>; review: Record<string, number> };
  hearing_share: Record<Category, number>;
  judges: Record<string, number>;
  hearings: {
    extra_mean: Record<Category, number>;
    lead_days: Range;
    postponed_share: number;
    postponement_reasons: Record<string, number>;
    cancelled_share: number;
  };
  suspension: { share: number; days: LogNormal };
  in_force_delay_days: Range;
  parties: {
    civil: {
      claimant: Record<string, number>;
      defendant: Record<string, number>;
      third_party: Record<string, number>;
      legal_share: number;
    };
    administrative: { applicant: Record<string, number>; legal_share: number };
    administrative_offence: { applicant: Record<string, number>; legal_share: number };
    criminal: { accused: Record<string, number>; victim: Record<string, number>; legal_share: number };
    respondents: string[];
    error_share: number;
  };
  persons: {
    pool_per_case: number;
    offender_share: number;
    male_share: { offenders: number; others: number };
    new_code_share: number;
    birth_years: { from: number; to: number };
  };
  legal_persons: { forms: string[]; words: string[] };
  criminal: {
    investigating_units: Record<string, number>;
    unit_region: Record<string, Region>;
    region_courts: Record<Region, Record<string, number>>;
    region_offices: Record<Region, string>;
    police_outcome: Record<'transferred' | 'terminated' | 'suspended', number>;
    days_to_transfer: LogNormal;
    days_to_termination: LogNormal;
    days_to_suspension: LogNormal;
    articles_per_proceeding: Record<string, number>;
    requalified_share: number;
    prosecutor_decision: Record<'charge' | 'penal_order' | 'terminate' | 'settlement', number>;
    days_to_prosecutor_decision: LogNormal;
    reassignment_share: number;
    days_to_court: Range;
    penal_order: { fine_share: number; fine_eur: LogNormal; community_service_hours: LogNormal };
    verdicts: Record<'convicted' | 'acquitted' | 'terminated', number>;
    pretrial_detention: {
      share: number;
      grave_factor: number;
      released_early_share: number;
      start_days: Range;
    };
  };
  articles: Record<string, ArticleParameters>;
  sentence_size: {
    term_sigma: number;
    short_term_days: Range;
    probation_supervision_months: Range;
    probation_period_months: Range;
    suspended_with_supervision_share: number;
    community_service_hours: LogNormal & Range;
    fine_eur: LogNormal;
  };
  execution: {
    prison_admission_delay: Range;
    early_release_share: number;
    early_release_after: number;
    transfer_share: number;
    probation_start_delay: Range;
    community_service_hours_per_month: number;
    violations_per_year: number;
    violation_types: Record<string, number>;
  };
  prisons: {
    real_scale: number;
    facilities: Record<
      string,
      { name: string; capacity: number; atvk: string; pre_trial: boolean; women: boolean }
    >;
    region_atvk: Record<Region, string[]>;
  };
  prosecutors: Record<string, number>;
  kkp: {
    electronic_filing_share: Record<string, number>;
    institution_paper_share: number;
    expert_opinion_share: number;
    writ_share: number;
  };
}

export const PARAMETERS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'parameters.yaml');

export function readParameters(file: string = PARAMETERS_FILE): WorldParameters {
  const p = parse(readFileSync(file, 'utf8')) as WorldParameters;
  const start: unknown = p.history.start;
  p.history.start = start instanceof Date ? start.toISOString().slice(0, 10) : String(start);
  return p;
}
