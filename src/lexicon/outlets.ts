import { loadJsonData } from '../data-files.js';

interface OutletEntry {
  name: string;
  aliases: string[];
}

let index: Map<string, string> | null = null;

function outletIndex(): Map<string, string> {
  if (!index) {
    index = new Map();
    for (const o of loadJsonData<{ outlets: OutletEntry[] }>('outlets.json').outlets) {
      for (const form of [o.name, ...o.aliases]) index.set(form.toLowerCase(), o.name);
    }
  }
  return index;
}

/** The credited name of a known outlet or agency, or null: "associated press of pakistan" → "APP". */
export function knownOutlet(form: string): string | null {
  return outletIndex().get(form.trim().toLowerCase()) ?? null;
}
