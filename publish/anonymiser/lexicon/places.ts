/**
 * Latvian towns and municipalities: proper nouns that are not persons' names, although some look
 * like surname forms the rules generate (Liepāja ~ Liepājs, Ogre, Cēsis). Every case form is
 * excluded from name detection.
 */
import { fold } from '../detectors/fold.ts';
import { forms } from './declension.ts';

const PLACES = `
Rīga Liepāja Jelgava Daugavpils Ventspils Jūrmala Valmiera Rēzekne Ogre Tukums Sigulda Saldus Talsi Kuldīga
Bauska Dobele Madona Jēkabpils Smiltene Gulbene Alūksne Balvi Ludza Krāslava Preiļi Aizkraukle Limbaži Valka Salaspils
Olaine Ķekava Mārupe Ādaži Carnikava Ropaži Saulkrasti Lielvārde Ikšķile Kandava Grobiņa Aizpute Skrunda Līvāni Viļāni
Kārsava Dagda Zilupe Rūjiena Mazsalaca Aloja Staicele Ainaži Salacgrīva Strenči Seda Ape Viesīte Jaunjelgava Pļaviņas
Koknese Ērgļi Lubāna Varakļāni Cesvaine Auce Iecava Vecumnieki Ozolnieki Kalnciems Sabile Stende Valdemārpils Roja
Mērsrags Dundaga Piltene Ventava Pāvilosta Priekule Vaiņode Rucava Nīca Durbe Brocēni Vaiņode Baldone Inčukalns
Vangaži Krimulda Mālpils Sēja Zaube Kalupe Dzelzava Sēlpils Vidzeme Kurzeme Zemgale Latgale Sēlija Latvija Lietuva
Igaunija Krievija Baltkrievija Polija Vācija Zviedrija Somija Norvēģija Īrija Anglija Francija Spānija Itālija Eiropa
`
  .trim()
  .split(/\s+/);

let cached: Set<string> | null = null;

export function placeForms(): Set<string> {
  if (cached) return cached;
  cached = new Set<string>();
  for (const p of PLACES) {
    const gender = p.endsWith('s') || p.endsWith('š') ? 'm' : 'f';
    for (const f of forms(p, gender)) cached.add(f.toLowerCase());
    if (p.endsWith('i')) {
      // plural towns (Talsi, Balvi, Preiļi, Ādaži): gen -u, loc -os
      const stem = p.slice(0, -1).toLowerCase();
      for (const e of ['i', 'u', 'iem', 'os']) cached.add(stem + e);
    }
    if (p.endsWith('pils')) {
      const stem = p.slice(0, -4).toLowerCase();
      for (const e of ['pils', 'pilij', 'pilī', 'pili']) cached.add(stem + e);
    }
  }
  // …and as written without diacritics (Rigas, Cesis, Livani).
  for (const f of [...cached]) cached.add(fold(f));
  return cached;
}
