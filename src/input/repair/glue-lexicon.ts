import { loadJsonData } from '../../data-files.js';

/** Word sets that guard the glued-words repair, from `data/words/glue-lexicon.json`. */
interface GlueLexiconFile {
  englishFunctionWords: string[];
  twoLetterParts: string[];
  nameParticles: string[];
  prefixParts: string[];
  suffixParts: string[];
  nameEndings: string[];
  shortFunctionWords: string[];
  functionWordsAfterName: string[];
  unitsAfterNumber: string[];
  abbreviations: string[];
  hyphenPrefixes: string[];
}

export type GlueLexicon = { [K in keyof GlueLexiconFile]: ReadonlySet<string> };

let lexicon: GlueLexicon | null = null;

/** The lexicon, loaded once per process. */
export function glueLexicon(): GlueLexicon {
  if (!lexicon) {
    const file = loadJsonData<GlueLexiconFile>('words/glue-lexicon.json');
    const sets = {} as Record<keyof GlueLexiconFile, ReadonlySet<string>>;
    for (const key of Object.keys(file) as (keyof GlueLexiconFile)[]) if (Array.isArray(file[key])) sets[key] = new Set(file[key]);
    lexicon = sets;
  }
  return lexicon;
}
