/** The open-data packager: what other areas import. */
export { publishOpenData, type PublishOptions, type PublishResult } from './packager.ts';
export { currentRelease, openDataPaths, ReleaseReader, type CurrentRelease } from './release.ts';
export { addDataset, catalogGraph, Graph, toJsonLd, toTurtle } from './catalog.ts';
export { openDataSources } from './sources.ts';
export { snapshotExposures, NothingBuiltError } from './snapshot-source.ts';
export * from './types.ts';
