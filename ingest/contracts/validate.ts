/**
 * Record validation against a contract: JSON Schema (ajv, with date and date-time checked as real
 * calendar dates) plus classifier membership for properties marked `x-classifier`. The first
 * problem of a record is reported in words with the field it concerns.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { Classifier } from '../../classifiers/registry/types.ts';
import type { Contract } from './index.ts';

// ajv-formats is CommonJS; under NodeNext its default export arrives as the module object.
const addFormats = addFormatsImport as unknown as (ajv: Ajv, opts?: { mode: 'fast' | 'full' }) => Ajv;

export interface Violation {
  field: string;
  reason: string;
}

export type RecordCheck = (record: unknown) => Violation | null;

function describe(e: ErrorObject): Violation {
  const field =
    e.keyword === 'required'
      ? String((e.params as { missingProperty: string }).missingProperty)
      : e.keyword === 'additionalProperties'
        ? String((e.params as { additionalProperty: string }).additionalProperty)
        : e.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(record)';
  switch (e.keyword) {
    case 'required':
      return { field, reason: `required field "${field}" is missing` };
    case 'additionalProperties':
      return { field, reason: `field "${field}" is not in the contract` };
    case 'format':
      return { field, reason: `field "${field}" is not a valid ${(e.params as { format: string }).format}` };
    case 'type':
      return { field, reason: `field "${field}" must be ${(e.params as { type: string }).type}` };
    default:
      return { field, reason: `field "${field}" ${e.message ?? 'is invalid'}` };
  }
}

export function compileContract(contract: Contract, classifiers: Map<string, Classifier>): RecordCheck {
  const ajv = new Ajv({ allErrors: false, strict: false });
  addFormats(ajv, { mode: 'full' });
  const { $id: _id, ...schema } = contract.schema as Record<string, unknown>;
  const validate = ajv.compile(schema);
  const codeChecks: { field: string; classifier: string; codes: Set<string> }[] = [];
  for (const [field, p] of Object.entries(contract.schema.properties)) {
    const id = p['x-classifier'];
    if (typeof id !== 'string') continue;
    const c = classifiers.get(id);
    if (!c)
      throw new Error(`${contract.file}: property ${field} names classifier "${id}", which does not exist`);
    codeChecks.push({ field, classifier: id, codes: new Set(c.items.map((i) => i.code)) });
  }
  return (record) => {
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      return { field: '(record)', reason: 'the line is not a JSON object' };
    }
    if (!validate(record)) return describe((validate.errors as ErrorObject[])[0] as ErrorObject);
    const r = record as Record<string, unknown>;
    for (const c of codeChecks) {
      const v = r[c.field];
      if (v !== null && v !== undefined && !c.codes.has(String(v))) {
        return {
          field: c.field,
          reason: `field "${c.field}" has code "${String(v)}", which is not in classifier ${c.classifier}`,
        };
      }
    }
    return null;
  };
}
