/**
 * Number words in the six languages users spell phone numbers in. Keys are in the fold view's
 * form (lower case, accents removed: "três" → "tres", "fünf" → "funf", "zwölf" → "zwolf").
 * `weak` words double as articles or conjunctions ("un", "one", "o"), so they count only next to
 * another number word.
 */
export type NumberWordKind = "unit" | "teen" | "tens" | "hundred" | "multiplier" | "connector" | "sign";
export interface NumberWord {
  kind: NumberWordKind;
  value: number;
  weak?: boolean;
}


const UNIT_WORDS: Array<[number, string[]]> = [
  [0, ["zero", "oh", "cero", "null", "nul"]],
  [1, ["one", "uno", "una", "um", "uma", "un", "une", "eins", "ein", "eine"]],
  [2, ["two", "dos", "dois", "duas", "deux", "due", "zwei", "zwo"]],
  [3, ["three", "tres", "trois", "tre", "drei"]],
  [4, ["four", "cuatro", "quatro", "quatre", "quattro", "vier"]],
  [5, ["five", "cinco", "cinq", "cinque", "funf", "fuenf"]],
  [6, ["six", "seis", "meia", "sei", "sechs"]],
  [7, ["seven", "siete", "sete", "sept", "sette", "sieben"]],
  [8, ["eight", "ocho", "oito", "huit", "otto", "acht"]],
  [9, ["nine", "nueve", "nove", "neuf", "neun"]],
];

const TEEN_WORDS: Array<[number, string[]]> = [
  [10, ["ten", "diez", "dez", "dix", "dieci", "zehn"]],
  [11, ["eleven", "once", "onze", "undici", "elf"]],
  [12, ["twelve", "doce", "doze", "douze", "dodici", "zwolf", "zwoelf"]],
  [13, ["thirteen", "trece", "treze", "treize", "tredici", "dreizehn"]],
  [14, ["fourteen", "catorce", "catorze", "quatorze", "quattordici", "vierzehn"]],
  [15, ["fifteen", "quince", "quinze", "quindici", "funfzehn", "fuenfzehn"]],
  [16, ["sixteen", "dieciseis", "dezesseis", "dezasseis", "seize", "sedici", "sechzehn"]],
  [17, ["seventeen", "diecisiete", "dezessete", "dezassete", "diciassette", "siebzehn"]],
  [18, ["eighteen", "dieciocho", "dezoito", "diciotto", "achtzehn"]],
  [19, ["nineteen", "diecinueve", "dezenove", "dezanove", "diciannove", "neunzehn"]],
];

const TENS_WORDS: Array<[number, string[]]> = [
  [20, ["twenty", "veinte", "vinte", "vingt", "venti", "zwanzig"]],
  [30, ["thirty", "treinta", "trinta", "trente", "trenta", "dreissig", "dreißig"]],
  [40, ["forty", "fourty", "cuarenta", "quarenta", "quarante", "quaranta", "vierzig"]],
  [50, ["fifty", "cincuenta", "cinquenta", "cinquante", "cinquanta", "funfzig", "fuenfzig"]],
  [60, ["sixty", "sesenta", "sessenta", "soixante", "sessanta", "sechzig"]],
  [70, ["seventy", "setenta", "settanta", "siebzig"]],
  [80, ["eighty", "ochenta", "oitenta", "ottanta", "achtzig"]],
  [90, ["ninety", "noventa", "novanta", "neunzig"]],
];

const WEAK = new Set(["oh", "one", "un", "une", "una", "uno", "um", "uma", "ein", "eine", "sei", "tre", "due", "dos", "elf", "once", "meia", "sept", "six", "ten", "dez", "acht"]);

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = (() => {
  const map = new Map<string, NumberWord>();
  const add = (kind: NumberWordKind, value: number, words: string[]) => {
    for (const w of words) map.set(w, { kind, value, ...(WEAK.has(w) ? { weak: true } : {}) });
  };
  for (const [v, ws] of UNIT_WORDS) add("unit", v, ws);
  for (const [v, ws] of TEEN_WORDS) add("teen", v, ws);
  for (const [v, ws] of TENS_WORDS) add("tens", v, ws);
  add("hundred", 100, ["hundred"]);
  add("multiplier", 2, ["double", "doble", "duplo", "doppio", "doppel"]);
  add("multiplier", 3, ["triple", "triplo", "tripla", "dreifach"]);
  for (const c of ["and", "y", "e", "et", "und"]) map.set(c, { kind: "connector", value: 0 });
  // "plus four four…": the international prefix, spoken.
  for (const c of ["plus", "mas", "mais", "piu"]) map.set(c, { kind: "sign", value: 0 });
  // A lone "o" reads as zero only between number words ("five o five").
  map.set("o", { kind: "unit", value: 0, weak: true });
  return map;
})();

/** Single-word compounds: "veintitres", "ventitre", "trentadue", "einundzwanzig". */
const UNIT_BY_WORD = new Map<string, number>(UNIT_WORDS.flatMap(([v, ws]) => ws.map((w) => [w, v] as [string, number])));
const TENS_PREFIXES: Array<[string, number]> = [
  ["veinti", 20], ["vent", 20], ["venti", 20], ["trent", 30], ["trenta", 30], ["quarant", 40], ["quaranta", 40],
  ["cinquant", 50], ["cinquanta", 50], ["sessant", 60], ["sessanta", 60], ["settant", 70], ["settanta", 70],
  ["ottant", 80], ["ottanta", 80], ["novant", 90], ["novanta", 90],
];
const GERMAN_TENS = new Map<string, number>(TENS_WORDS.flatMap(([v, ws]) => ws.filter((w) => /zig$|ssig$|ßig$/.test(w)).map((w) => [w, v] as [string, number])));

export function compoundNumberWord(word: string): number | undefined {
  const und = word.indexOf("und");
  if (und > 0) {
    const unit = UNIT_BY_WORD.get(word.slice(0, und));
    const tens = GERMAN_TENS.get(word.slice(und + 3));
    if (unit !== undefined && unit > 0 && tens !== undefined) return tens + unit;
  }
  for (const [prefix, tens] of TENS_PREFIXES) {
    if (word.length > prefix.length && word.startsWith(prefix)) {
      const unit = UNIT_BY_WORD.get(word.slice(prefix.length));
      if (unit !== undefined && unit > 0) return tens + unit;
    }
  }
  return undefined;
}
