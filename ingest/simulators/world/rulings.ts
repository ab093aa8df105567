/**
 * Ruling texts for the sampled decisions: written by the ruling generator in
 * ingest/simulators/rulings/ (realistic Latvian texts with their own named persons), with the
 * decision's ECLI put in place of the generator's. The ruling's parties are the persons the text
 * names, which is what the anonymiser needs.
 */
import { generateRuling, type CaseMeta } from '../rulings/generate.ts';
import type { RulingText } from './views.ts';

export const generatedRulingText: RulingText = (r) => {
  const g = generateRuling(r.seed, {
    case_number: r.caseNumber,
    court_code: r.court,
    case_category: r.category as CaseMeta['case_category'],
    instance: r.level as CaseMeta['instance'],
    decided_on: r.decidedOn,
  });
  return {
    text: g.text.split(g.ecli).join(r.ecli),
    parties: g.parties.map((p) => ({
      key: p.id,
      role: p.role,
      personal_code: p.personal_code,
      first_name: p.name,
      last_name: p.surname,
      organisation_name: null,
    })),
  };
};
