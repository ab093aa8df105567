/**
 * The sources of the open-data release, one line each. A new source (the classifier registry's
 * code lists, for instance) implements `DatasetSource` from types.ts: it writes its files into
 * `ctx.datasetDir(id)` and returns a `DatasetSpec` per dataset with its own distributions; the
 * packager hashes them, writes their datapackage.json and puts them in the DCAT-AP catalogue.
 */
import { classifierDatasets } from '../../classifiers/publish/opendata-source.ts';
import { rulingsDatasets } from '../rulings/source.ts';
import { snapshotExposures } from './snapshot-source.ts';
import type { DatasetSource } from './types.ts';

export const openDataSources: DatasetSource[] = [snapshotExposures, classifierDatasets, rulingsDatasets];
