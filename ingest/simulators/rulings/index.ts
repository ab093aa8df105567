export { generateRuling, generateCorpus } from './generate.ts';
export type {
  GeneratedRuling,
  Annotation,
  MustKeep,
  CaseMeta,
  Split,
  RulingType,
  PiiCategory,
  KeepKind,
} from './generate.ts';
