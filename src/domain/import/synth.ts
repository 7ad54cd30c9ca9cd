/**
 * Seeded synthetic score files for scale tests (`npm run bench`, `npm run synth`). Every row is
 * labelled synthetic in its `source` column; the figures mean nothing.
 *
 * Keys stay unique, as in a real file: from 2025 on every catalogue component valid that year is
 * written for each of the 34 units, year after year (synthetic years run past today), until `rows`.
 * Like users' spreadsheets, some cells are spoiled on purpose: "NA" and ".." (missing, read as null)
 * and "#VALUE!" (an error the parser must locate), and provinces are written in several spellings.
 */
import { componentValidIn, scaleFor, unitsForYear, type Catalogue } from '../catalogue/catalogue';
import { seededRandom } from '../analysis/seeded';

export interface SynthOptions {
  rows: number;
  seed: number;
  /** Share of score cells spoiled with "NA", "..", "#VALUE!" (in that rotation). */
  spoilRate?: number;
  /** Which spoiled cells to write; default all three. Without "#VALUE!" the file has no error and can be imported. */
  spoiledCells?: readonly string[];
  firstYear?: number;
}

export const SYNTH_HEADER = 'index,year,province,component,score,rank,source';
export const SPOILED_CELLS = ['NA', '..', '#VALUE!'] as const;
export const DEFAULT_SPOIL_RATE = 0.001;


/** The file's lines, header first, without line ends; lazily, so a million rows never sit in one string. */
export function* synthLines(catalogue: Catalogue, options: SynthOptions): Generator<string> {
  const random = seededRandom(options.seed);
  const spoilRate = options.spoilRate ?? DEFAULT_SPOIL_RATE;
  const spoils = options.spoiledCells ?? SPOILED_CELLS;
  const source = `synthetic (seed ${options.seed})`;
  yield SYNTH_HEADER;
  let written = 0;
  let spoiled = 0;
  for (let year = options.firstYear ?? 2025; written < options.rows; year++) {
    const units = unitsForYear(catalogue, year);
    for (const index of catalogue.indices) {
      if (year < index.firstYear) continue;
      for (const component of index.components) {
        if (!componentValidIn(component, year)) continue;
        const { min, max } = scaleFor(component, year);
        for (const unit of units) {
          if (written >= options.rows) return;
          const names = [unit.vi, unit.en, ...unit.aliases];
          const province = names[Math.floor(random() * names.length)];
          const score = random() < spoilRate ? spoils[spoiled++ % spoils.length] : (min + random() * (max - min)).toFixed(2);
          yield `${index.id},${year},${province.includes(',') ? `"${province}"` : province},${component.id},${score},,${source}`;
          written++;
        }
      }
    }
  }
}

export function synthCsv(catalogue: Catalogue, options: SynthOptions): string {
  return [...synthLines(catalogue, options)].join('\n') + '\n';
}
