/**
 * Data for the address recognizer (POLICY C3), one entry per country. Everything is in fold form
 * (lower case, accents removed; "ß" stays). The recognizer's code knows only the *shapes* of an
 * address (number before or after the street, type word before, after or glued to the name); every
 * word, region and postcode lives here, so adding a country is adding an entry.
 *
 * Conventions:
 * - A street word ending in "." or "/" must be written with that mark ("c/ mayor", "c. de alcala");
 *   other abbreviations may carry an optional dot ("ave.", "av.").
 * - Regex sources must stay linear: fixed alternatives and bounded repetitions only.
 */

/** Where the street-type word sits relative to the street name. */
export type StreetPlacement =
  | "suffix" // "Baker Street", "Queen St W"
  | "prefix" // "rue de la Paix", "Calle Mayor", "Via Roma"
  | "compound"; // "Musterstraße", "Keizersgracht" (the word ends with it; alone it follows the name)

/** Where the house number sits relative to the street. */
export type NumberPlacement = "before" | "after" | "either";

export interface StreetWordGroup {
  placement: StreetPlacement;
  number: NumberPlacement;
  words: readonly string[];
  /** Also everyday words ("way", "place", "via"): the address then needs a postcode or region. */
  weak?: boolean;
  /** The name may be a bare number ("Route 37", "Highway 50"). */
  numberedName?: boolean;
}

export interface PostcodeFormat {
  /** Regex source for one whole postcode. */
  pattern: string;
  /** Too plain to stand alone (a bare 4-digit number): counts only next to a city or region. */
  short?: boolean;
}

export interface PoBoxFormat {
  /** Regex source for the words before the box number. */
  pattern: string;
  /** Also an everyday word ("apartado" is a document section): needs a 3+ digit box number. */
  weak?: boolean;
}

export interface CountryTable {
  /** ISO 3166 code of the country, or the name of a group of countries that write addresses alike (NORDIC, ARAB). */
  code: string;
  /** For a group: the ISO codes of the countries it serves. */
  serves?: readonly string[];
  streets: readonly StreetWordGroup[];
  postcodes: readonly PostcodeFormat[];
  /** State/province/region names and codes, as written after a city. */
  regions: readonly string[];
  /** Words naming a unit inside a building: "apt 4b", "piso 3". */
  units: readonly string[];
  /** Whole unit forms that have no unit word (regex sources): Spanish "3º izq". */
  unitPatterns?: readonly string[];
  poBoxes: readonly PoBoxFormat[];
  /** The country's own names, as written at the end of an address. */
  names: readonly string[];
  /** Neighbourhood markers written before a name inside an address ("Col. Centro", "Bairro X"). */
  districts?: readonly string[];
}

const US_STATE_CODES = [
  "al", "ak", "az", "ar", "ca", "co", "ct", "de", "dc", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky", "la",
  "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or",
  "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "pr", "gu", "vi",
] as const;
const US_STATE_NAMES = [
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
  "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
  "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
  "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
  "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
  "puerto rico", "apo aa", "apo ae", "apo ap", "fpo aa", "fpo ae", "fpo ap", "dpo aa", "dpo ae", "dpo ap", "calif", "mass", "penn", "wash", "tex", "fla", "ariz", "colo", "conn", "ill", "mich", "minn", "okla",
] as const;

/** Street-type words shared by the English-speaking countries. */
const EN_SUFFIX_STRONG = [
  "street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd", "drive", "dr", "lane", "ln", "parkway",
  "pkwy", "highway", "hwy", "freeway", "fwy", "expressway", "expy", "turnpike", "tpke", "terrace", "crescent", "cres",
  "alley", "aly", "boul",
] as const;
const EN_SUFFIX_WEAK = [
  "way", "place", "pl", "court", "ct", "circle", "cir", "square", "sq", "trail", "trl", "loop", "path", "plaza",
  "plz", "row", "run", "pike", "walk", "park", "hill", "ridge", "bend", "cove", "grove", "glen", "close", "mews",
  "green", "gardens", "gdns", "parade", "pde", "drove", "rise", "vale", "wharf", "quay", "esplanade", "circuit",
  "cct", "gate", "line", "crossing", "xing", "heights", "hts", "view", "point", "pt", "landing", "center", "ctr",
] as const;
const EN_UNITS = [
  "apt", "apartment", "suite", "ste", "unit", "flat", "fl", "flr", "floor", "room", "rm", "bldg", "building",
  "level", "lvl", "lot", "dept", "box", "no", "h no", "hno", "door no", "plot no", "plot", "shop no", "shop",
] as const;
const EN_PO_BOXES: readonly PoBoxFormat[] = [
  { pattern: "p\\.?\\s?o\\.?\\s?box" },
  { pattern: "post\\s?office\\s?box" },
  { pattern: "pobox" },
  { pattern: "gpo\\s?box" },
  { pattern: "locked\\s?bag" },
  { pattern: "private\\s?bag" },
  // US military mail: "PSC 1234, Box 5678", "Unit 4719 Box 7394" (then "APO AA 42323").
  { pattern: "(?:psc|cmr|unit)\\s?\\d{1,5},?\\s?box" },
];
const EN_DIRECTIONS = [
  "n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west", "northeast", "northwest", "southeast",
  "southwest",
] as const;

export const COUNTRIES: readonly CountryTable[] = [
  {
    code: "US",
    streets: [
      { placement: "suffix", number: "before", words: EN_SUFFIX_STRONG },
      { placement: "suffix", number: "before", words: EN_SUFFIX_WEAK, weak: true },
      {
        placement: "prefix",
        number: "before",
        words: ["route", "rte", "highway", "hwy", "county road", "state road", "state route", "us highway"],
        numberedName: true,
      },
    ],
    postcodes: [{ pattern: "\\d{5}(?:-\\d{4})?" }, { pattern: "\\d{9}" }],
    regions: [...US_STATE_CODES, ...US_STATE_NAMES],
    units: EN_UNITS,
    poBoxes: EN_PO_BOXES,
    names: ["usa", "us", "u\\.s\\.a\\.?", "u\\.s\\.", "united states", "united states of america", "america"],
  },
  {
    code: "CA",
    streets: [
      { placement: "suffix", number: "before", words: EN_SUFFIX_STRONG },
      { placement: "suffix", number: "before", words: EN_SUFFIX_WEAK, weak: true },
      { placement: "prefix", number: "before", words: ["rue", "boul", "boulevard", "chemin", "avenue", "av"] },
    ],
    postcodes: [{ pattern: "[abceghj-nprstvxy]\\d[abceghj-nprstv-z]\\s?\\d[abceghj-nprstv-z]\\d" }],
    regions: [
      "ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt", "pq", "alberta", "british columbia",
      "manitoba", "new brunswick", "newfoundland", "newfoundland and labrador", "nova scotia", "ontario",
      "prince edward island", "quebec", "saskatchewan", "yukon", "nunavut", "northwest territories",
    ],
    units: [...EN_UNITS, "app", "appartement", "bureau"],
    poBoxes: [...EN_PO_BOXES, { pattern: "case\\s?postale" }],
    names: ["canada"],
  },
  {
    code: "GB",
    streets: [
      { placement: "suffix", number: "before", words: EN_SUFFIX_STRONG },
      { placement: "suffix", number: "before", words: EN_SUFFIX_WEAK, weak: true },
    ],
    postcodes: [{ pattern: "(?:[a-z]{1,2}\\d[a-z\\d]?|gir)\\s?\\d[abd-hjlnp-uw-z]{2}" }],
    regions: [
      "greater london", "greater manchester", "west midlands", "west yorkshire", "south yorkshire", "merseyside",
      "kent", "essex", "surrey", "hampshire", "lancashire", "devon", "cornwall", "yorkshire", "middlesex",
    ],
    units: EN_UNITS,
    poBoxes: EN_PO_BOXES,
    names: ["uk", "u\\.k\\.", "united kingdom", "great britain", "england", "scotland", "wales", "northern ireland"],
  },
  {
    code: "IE",
    streets: [
      { placement: "suffix", number: "before", words: EN_SUFFIX_STRONG },
      { placement: "suffix", number: "before", words: EN_SUFFIX_WEAK, weak: true },
    ],
    postcodes: [
      { pattern: "(?:[ac-fhknprtv-y]\\d{2}|d6w)\\s?[0-9ac-fhknprtv-y]{4}" },
      { pattern: "dublin\\s?\\d{1,2}w?" },
    ],
    regions: [
      "co\\.?\\s?dublin", "co\\.?\\s?cork", "co\\.?\\s?galway", "co\\.?\\s?kerry", "co\\.?\\s?clare", "co\\.?\\s?mayo",
      "co\\.?\\s?wicklow", "co\\.?\\s?kildare", "co\\.?\\s?meath", "co\\.?\\s?limerick", "co\\.?\\s?donegal",
    ],
    units: EN_UNITS,
    poBoxes: EN_PO_BOXES,
    names: ["ireland", "eire"],
  },
  {
    code: "AU",
    streets: [
      { placement: "suffix", number: "before", words: EN_SUFFIX_STRONG },
      { placement: "suffix", number: "before", words: EN_SUFFIX_WEAK, weak: true },
    ],
    postcodes: [{ pattern: "\\d{4}", short: true }],
    regions: [
      "nsw", "vic", "qld", "wa", "sa", "tas", "act", "nt", "new south wales", "victoria", "queensland",
      "western australia", "south australia", "tasmania", "australian capital territory", "northern territory",
    ],
    units: EN_UNITS,
    poBoxes: EN_PO_BOXES,
    names: ["australia"],
  },
  {
    code: "IN",
    streets: [
      { placement: "suffix", number: "before", words: [...EN_SUFFIX_STRONG, "marg", "salai", "cross"] },
      { placement: "suffix", number: "before", words: [...EN_SUFFIX_WEAK, "main", "nagar", "layout", "colony"], weak: true },
    ],
    postcodes: [{ pattern: "\\d{6}" }, { pattern: "\\d{3}\\s\\d{3}" }],
    regions: [
      "andhra pradesh", "arunachal pradesh", "assam", "bihar", "chhattisgarh", "goa", "gujarat", "haryana",
      "himachal pradesh", "jharkhand", "karnataka", "kerala", "madhya pradesh", "maharashtra", "manipur", "meghalaya",
      "mizoram", "nagaland", "odisha", "orissa", "punjab", "rajasthan", "sikkim", "tamil nadu", "telangana", "tripura",
      "uttar pradesh", "uttarakhand", "west bengal", "delhi", "new delhi", "ncr", "jammu and kashmir", "puducherry",
      "chandigarh",
    ],
    units: EN_UNITS,
    poBoxes: EN_PO_BOXES,
    names: ["india", "bharat"],
  },
  {
    code: "DE",
    streets: [
      {
        placement: "compound",
        number: "after",
        words: ["straße", "strasse", "str.", "gasse", "allee", "platz", "damm", "ufer", "chaussee", "steig", "pfad", "weg"],
      },
      { placement: "compound", number: "after", words: ["ring", "markt", "berg", "hof"], weak: true },
    ],
    postcodes: [{ pattern: "(?:d-)?\\d{5}" }],
    regions: [
      "bayern", "baden-wurttemberg", "berlin", "brandenburg", "bremen", "hamburg", "hessen", "niedersachsen",
      "nordrhein-westfalen", "nrw", "rheinland-pfalz", "saarland", "sachsen", "sachsen-anhalt", "schleswig-holstein",
      "thuringen",
    ],
    units: ["wohnung", "whg", "etage", "stock", "og", "eg", "zimmer", "haus"],
    poBoxes: [{ pattern: "postfach" }],
    names: ["germany", "deutschland"],
  },
  {
    code: "AT",
    streets: [{ placement: "compound", number: "after", words: ["gasse", "straße", "strasse", "platz", "weg"] }],
    postcodes: [{ pattern: "(?:a-)?\\d{4}", short: true }],
    regions: ["wien", "tirol", "steiermark", "karnten", "salzburg", "vorarlberg", "burgenland", "upper austria", "lower austria"],
    units: ["top", "stiege", "tur"],
    poBoxes: [{ pattern: "postfach" }],
    names: ["austria", "osterreich", "oesterreich"],
  },
  {
    code: "FR",
    streets: [
      {
        placement: "prefix",
        number: "either",
        words: [
          "rue", "avenue", "av", "boulevard", "bd", "bld", "blvd", "chemin", "allee", "impasse", "imp", "quai",
          "faubourg", "fg", "rond-point", "esplanade", "promenade", "sentier", "ruelle", "voie",
        ],
      },
      { placement: "prefix", number: "either", words: ["place", "pl", "cours", "route", "rte", "square", "passage", "villa", "cite"], weak: true },
    ],
    postcodes: [{ pattern: "(?:f-)?\\d{5}" }, { pattern: "\\d{2}\\s\\d{3}" }],
    regions: ["ile-de-france", "idf", "corse", "bretagne", "normandie", "provence", "alsace", "cedex"],
    units: ["appartement", "appt", "apt", "etage", "bat", "batiment", "escalier", "esc", "porte", "bureau"],
    poBoxes: [{ pattern: "boite\\s?postale" }, { pattern: "b\\.p\\." }],
    names: ["france"],
  },
  {
    code: "BE",
    streets: [
      { placement: "prefix", number: "either", words: ["rue", "avenue", "av", "boulevard", "bd", "chaussee", "place"] },
      { placement: "compound", number: "after", words: ["straat", "laan", "steenweg", "plein", "lei"] },
    ],
    postcodes: [{ pattern: "(?:b-)?\\d{4}", short: true }],
    regions: ["bruxelles", "brussel", "wallonie", "vlaanderen"],
    units: ["bus", "bte", "boite"],
    poBoxes: [{ pattern: "postbus" }, { pattern: "boite\\s?postale" }],
    names: ["belgium", "belgique", "belgie"],
  },
  {
    code: "ES",
    streets: [
      {
        placement: "prefix",
        number: "either",
        words: [
          "calle", "c/", "c.", "avenida", "avda", "av", "paseo", "pso", "plaza", "pza", "camino", "carretera",
          "ctra", "ronda", "travesia", "glorieta", "rambla", "carrer", "passeig", "placa", "avinguda", "calzada",
        ],
      },
      { placement: "prefix", number: "after", words: ["via", "pl.", "po."], weak: true },
    ],
    postcodes: [{ pattern: "(?:c\\.?p\\.?\\s?)?\\d{5}" }],
    regions: [
      "madrid", "barcelona", "cataluna", "catalunya", "andalucia", "valencia", "galicia", "pais vasco", "euskadi",
      "castilla y leon", "castilla-la mancha", "aragon", "asturias", "cantabria", "navarra", "murcia", "extremadura",
      "baleares", "illes balears", "canarias", "la rioja",
    ],
    units: ["piso", "planta", "puerta", "pta", "escalera", "esc", "bajo", "local", "portal", "dcha", "izq", "izda"],
    // Floor and door: "3º izq", "2º B", "1º 2ª" (º/ª fold to o/a).
    unitPatterns: [
      "\\d{1,2}[oa]\\.?\\s?(?:izq(?:da|uierda)?|dcha|derecha|dch|[a-h]|\\d{1,2}[oa]?)(?![\\p{L}\\p{Nd}])",
      // The floor in words: "tercero B", "segunda izquierda".
      "(?:primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|septim[oa]|octav[oa])\\s(?:izq(?:da|uierda)?|dcha|derecha|[a-h])(?![\\p{L}\\p{Nd}])",
    ],
    poBoxes: [
      { pattern: "apartado\\s(?:de\\s)?(?:correos|postal)" },
      { pattern: "apdo\\.?(?:\\sde\\scorreos|\\spostal)?" },
      { pattern: "apartado", weak: true },
    ],
    names: ["spain", "espana"],
  },
  {
    code: "PT",
    streets: [
      {
        placement: "prefix",
        number: "after",
        words: ["rua", "r.", "avenida", "av", "travessa", "praca", "alameda", "al.", "estrada", "estr", "rodovia", "rod", "largo", "beco", "ladeira"],
      },
    ],
    postcodes: [{ pattern: "\\d{4}-\\d{3}" }],
    regions: ["lisboa", "porto", "algarve", "madeira", "acores"],
    units: ["apto", "apartamento", "ap", "andar", "sala", "loja", "bloco", "bl", "conj", "cj", "casa", "esq", "dto", "fte"],
    poBoxes: [{ pattern: "caixa\\s?postal" }, { pattern: "cx\\.?\\s?postal" }, { pattern: "apartado", weak: true }],
    names: ["portugal"],
  },
  {
    code: "BR",
    streets: [
      {
        placement: "prefix",
        number: "after",
        words: ["rua", "r.", "avenida", "av", "travessa", "praca", "alameda", "al.", "estrada", "rodovia", "rod", "largo", "beco", "ladeira", "quadra"],
      },
    ],
    postcodes: [{ pattern: "(?:cep:?\\s?)?\\d{5}-?\\d{3}" }, { pattern: "\\d{2}\\.\\d{3}-\\d{3}" }],
    regions: [
      "ac", "al", "ap", "am", "ba", "ce", "df", "es", "go", "ma", "mt", "ms", "mg", "pa", "pb", "pr", "pe", "pi", "rj",
      "rn", "rs", "ro", "rr", "sc", "sp", "se", "to", "sao paulo", "rio de janeiro", "minas gerais", "bahia", "parana",
      "rio grande do sul", "santa catarina", "pernambuco", "ceara", "goias", "distrito federal",
    ],
    units: ["apto", "apartamento", "ap", "andar", "sala", "loja", "bloco", "bl", "conj", "cj", "casa", "cs", "lote"],
    poBoxes: [{ pattern: "caixa\\s?postal" }, { pattern: "cx\\.?\\s?postal" }],
    names: ["brazil", "brasil"],
    districts: ["bairro", "jardim", "jd\\.", "vila", "vl\\."],
  },
  {
    code: "IT",
    streets: [
      {
        placement: "prefix",
        number: "after",
        words: [
          "viale", "piazza", "p.za", "piazzale", "corso", "c.so", "vicolo", "strada", "contrada", "lungomare",
          "lungotevere", "salita", "galleria", "v.le", "borgo",
        ],
      },
      // "via" is also English ("via email"): it needs a postcode.
      { placement: "prefix", number: "after", words: ["via", "largo", "v."], weak: true },
    ],
    postcodes: [{ pattern: "(?:i-)?\\d{5}" }],
    regions: [
      "\\(\\s?(?:rm|mi|to|na|fi|bo|ve|ge|pa|ba|ct|vr|pd|bs|bg|mb|co|va|pv|pi|lu|pg|an|pe|ca|ss|me|rc|sa|le|ta)\\s?\\)",
      "rm", "mi", "to", "na", "fi", "bo", "ve", "ge", "lazio", "lombardia", "piemonte", "campania", "toscana", "veneto",
      "sicilia", "sardegna", "puglia", "liguria", "emilia-romagna",
    ],
    units: ["interno", "int", "scala", "piano"],
    poBoxes: [{ pattern: "casella\\s?postale" }],
    names: ["italy", "italia"],
  },
  {
    code: "NL",
    streets: [
      {
        placement: "compound",
        number: "after",
        words: ["straat", "gracht", "laan", "plein", "kade", "singel", "dijk", "steeg", "dreef", "kanaal", "weg"],
      },
      { placement: "compound", number: "after", words: ["pad", "hof", "markt"], weak: true },
      // "Laan van Meerdervoort 100", "Laan der Verenigde Naties 12": the type word first.
      { placement: "prefix", number: "after", words: ["laan"] },
    ],
    postcodes: [{ pattern: "\\d{4}\\s?(?!sa|sd|ss)[a-z]{2}" }],
    regions: [
      "noord-holland", "zuid-holland", "utrecht", "gelderland", "noord-brabant", "limburg", "overijssel", "groningen",
      "friesland", "drenthe", "flevoland", "zeeland",
    ],
    units: ["bus", "hs", "huis"],
    poBoxes: [{ pattern: "postbus" }],
    names: ["netherlands", "the netherlands", "nederland", "holland"],
  },
  {
    code: "MX",
    streets: [
      {
        placement: "prefix",
        number: "after",
        words: [
          "calle", "avenida", "av", "blvd", "boulevard", "calzada", "calz", "privada", "priv", "andador", "cerrada",
          "callejon", "circuito", "prolongacion", "prol", "carretera", "paseo", "eje",
        ],
      },
    ],
    postcodes: [{ pattern: "(?:c\\.?\\s?p\\.?\\s?)?\\d{5}" }],
    regions: [
      "cdmx", "df", "d\\.f\\.", "edomex", "edo\\.?\\s?mex\\.?", "estado de mexico", "jalisco", "jal", "nuevo leon", "n\\.l\\.",
      "nl", "puebla", "pue", "veracruz", "ver", "guanajuato", "gto", "queretaro", "qro", "yucatan", "yuc", "chihuahua",
      "sonora", "baja california", "baja-california", "baja california sur", "bc", "bcs", "oaxaca", "chiapas",
      "guerrero", "michoacan", "mich", "sinaloa", "tamaulipas", "coahuila", "quintana roo", "q\\.?\\s?roo",
      "aguascalientes", "morelos", "hidalgo", "tabasco", "zacatecas", "durango", "nayarit", "colima", "tlaxcala",
      "campeche", "san luis potosi", "slp",
    ],
    units: ["int", "interior", "depto", "dpto", "departamento", "piso", "local", "mz", "manzana", "lt", "lote", "edificio", "edif"],
    poBoxes: [{ pattern: "apartado\\s(?:de\\s)?(?:correos|postal)" }, { pattern: "apdo\\.?" }],
    names: ["mexico", "mx", "mex"],
    districts: ["col\\.", "col", "colonia", "fracc\\.?", "fraccionamiento", "barrio", "unidad", "u\\.h\\."],
  },
  {
    code: "CO",
    streets: [
      { placement: "prefix", number: "after", words: ["carrera", "cra", "kr", "cll", "diagonal", "dg", "transversal"], numberedName: true },
    ],
    postcodes: [{ pattern: "\\d{6}" }],
    regions: ["dc", "d\\.c\\.", "bogota d\\.?c\\.?", "antioquia", "cundinamarca", "valle del cauca"],
    units: ["apto", "apartamento", "oficina", "of", "piso", "local", "torre", "int"],
    poBoxes: [{ pattern: "apartado\\s(?:aereo|postal)" }],
    names: ["colombia"],
  },
  {
    code: "NORDIC",
    serves: ["SE", "NO", "DK", "FI", "IS"],
    streets: [
      { placement: "compound", number: "after", words: ["gade", "vej", "gatan", "vagen", "gata", "veien", "vei", "katu", "kuja", "gasse", "stræde", "straede"] },
      { placement: "compound", number: "after", words: ["tie", "torget", "torv", "plads"], weak: true },
    ],
    postcodes: [{ pattern: "\\d{3}\\s\\d{2}", short: true }, { pattern: "(?:dk-|fi-|n-|s-)?\\d{4,5}", short: true }],
    regions: [],
    units: [],
    poBoxes: [{ pattern: "postboks" }],
    names: ["danmark", "denmark", "sverige", "sweden", "norge", "norway", "suomi", "finland"],
  },
  {
    code: "RU",
    streets: [
      {
        placement: "prefix",
        number: "after",
        words: [
          "ул", "улица", "пр-т", "просп", "пр.", "проспект", "пер", "переулок", "шоссе", "б-р", "бульвар", "наб", "набережная",
          "пл.", "площадь", "мкр", "микрорайон", "проезд", "тупик",
        ],
      },
      // The type word after the name: "Невский пр., д. 28", "Тверская улица, 7", "Кутузовский проспект 12".
      {
        placement: "compound",
        number: "after",
        words: ["ул.", "улица", "пр.", "пр-т", "просп.", "проспект", "пер.", "переулок", "шоссе", "б-р", "бульвар", "наб.", "набережная", "пл.", "площадь", "проезд"],
      },
    ],
    postcodes: [{ pattern: "\\d{6}" }],
    regions: ["москва", "санкт-петербург", "спб", "мо", "московская обл", "ленинградская обл"],
    units: ["кв", "квартира", "оф", "офис", "корп", "корпус", "стр", "строение", "подъезд", "этаж", "эт"],
    poBoxes: [{ pattern: "а/я" }, { pattern: "абонентский\\sящик" }],
    names: ["россия", "рф", "russia"],
    districts: ["г.", "город", "пос.", "пгт", "с.", "дер."],
  },
  {
    code: "UA",
    streets: [
      {
        placement: "prefix",
        number: "after",
        words: ["вул", "вулиця", "просп", "проспект", "пров", "провулок", "бульв", "бульвар", "пл.", "площа", "наб", "набережна", "узвіз"],
      },
    ],
    postcodes: [{ pattern: "\\d{5}", short: true }],
    regions: ["київ", "львів", "харків", "одеса", "дніпро"],
    units: ["кв", "квартира", "оф", "офіс", "корп", "корпус", "під'їзд", "поверх"],
    poBoxes: [{ pattern: "а/с" }],
    names: ["україна", "ukraine"],
    districts: ["м.", "смт", "с."],
  },
  {
    code: "PL",
    streets: [
      { placement: "prefix", number: "after", words: ["ul", "ulica", "ulicy", "al.", "aleja", "alei", "aleje", "os.", "osiedle", "pl.", "plac", "placu"] },
    ],
    postcodes: [{ pattern: "\\d{2}-\\d{3}" }],
    regions: ["mazowieckie", "malopolskie", "slaskie", "wielkopolskie", "pomorskie", "dolnoslaskie", "lodzkie"],
    units: ["lok", "lokal", "mieszkanie", "mieszk", "m."],
    poBoxes: [{ pattern: "skrytka\\spocztowa" }],
    names: ["polska", "poland"],
  },
  {
    code: "TR",
    streets: [
      // "Bağdat Cad. No:214", "Atatürk Bulvarı 12", "Gül Sok. No 5": the type word follows the name.
      {
        placement: "compound",
        number: "after",
        words: ["cad.", "cd.", "caddesi", "sok.", "sk.", "sokak", "sokagi", "bulvari", "blv.", "bulv."],
      },
    ],
    postcodes: [{ pattern: "\\d{5}", short: true }],
    regions: ["istanbul", "ankara", "izmir", "bursa", "antalya"],
    units: ["daire", "kat", "blok"],
    // "D:7", "D.7" (daire): the bare letter only with its mark and digits ("D.C." is not a flat).
    unitPatterns: ["d\\s?[:.]\\s?\\d{1,4}(?![\\p{L}\\p{Nd}])"],
    poBoxes: [{ pattern: "posta\\skutusu" }, { pattern: "p\\.k\\." }],
    names: ["turkiye", "turkey"],
    districts: ["mah.", "mahallesi", "mh."],
  },
  {
    code: "ID",
    streets: [
      { placement: "prefix", number: "after", words: ["jl.", "jln", "jalan", "gg.", "gang"] },
    ],
    postcodes: [{ pattern: "\\d{5}", short: true }],
    regions: ["jakarta", "dki jakarta", "jawa barat", "jawa tengah", "jawa timur", "bali", "banten", "yogyakarta", "sumatera utara"],
    units: ["rt", "rw", "blok", "lantai", "lt"],
    poBoxes: [{ pattern: "kotak\\spos" }],
    names: ["indonesia"],
    districts: ["kel.", "kec.", "kelurahan", "kecamatan", "kab.", "kabupaten"],
  },
  {
    code: "VN",
    streets: [
      // "số 27 ngõ 112 Láng Hạ", "12 đường Lê Lợi", "hẻm 45 Nguyễn Trãi" (folded: no tone marks).
      { placement: "prefix", number: "either", words: ["ngo", "ngach", "hem", "kiet"], numberedName: true },
      // "đường" names a street by a person ("12 đường Lê Lợi") as often as by a number ("đường 3/2").
      { placement: "prefix", number: "either", words: ["đuong", "duong"] },
      { placement: "prefix", number: "before", words: ["pho"], weak: true },
    ],
    postcodes: [],
    regions: [
      "ha noi", "hanoi", "tp\\.?\\s?hcm", "hcmc", "(?:tp\\.?\\s?|thanh pho )?ho chi minh", "sai gon", "đa nang", "hai phong",
      "can tho",
    ],
    units: ["phong", "tang", "can ho"],
    poBoxes: [],
    names: ["viet nam", "vietnam"],
    districts: ["phuong", "quan", "huyen", "p.", "q."],
  },
  {
    code: "ARAB",
    serves: ["EG", "SA", "AE", "JO", "LB", "SY", "IQ", "KW", "QA", "BH", "OM", "YE", "PS", "MA", "DZ", "TN", "LY", "SD"],
    streets: [
      // Egypt, the Gulf, the Levant: "١٥ شارع التحرير", "شارع الملك فهد 12".
      { placement: "prefix", number: "either", words: ["شارع", "ش.", "طريق"] },
    ],
    postcodes: [{ pattern: "\\d{5}", short: true }],
    regions: [
      "القاهرة", "الجيزة", "الإسكندرية", "الرياض", "جدة", "مكة", "المدينة المنورة", "الدمام", "الخبر", "دبي", "أبوظبي",
      "الشارقة", "عجمان", "الدوحة", "الكويت", "المنامة", "مسقط", "عمان", "بيروت",
    ],
    // Building, tower and villa numbers are also the house number ("عمارة 12", "برج 3"): see NUMBER_MARKS.
    units: ["شقة", "الطابق", "الدور", "مبنى", "عمارة", "برج", "بناية", "فيلا", "مكتب"],
    poBoxes: [{ pattern: "ص\\.\\s?ب\\.?" }, { pattern: "صندوق\\sبريد" }],
    names: ["مصر", "السعودية", "الإمارات"],
    districts: ["حي"],
  },
  {
    code: "PH",
    // Streets as in English ("123 Rizal Street"); subdivisions number a block and a lot instead (BLOCK_LOT).
    streets: [
      { placement: "suffix", number: "before", words: EN_SUFFIX_STRONG },
      { placement: "suffix", number: "before", words: EN_SUFFIX_WEAK, weak: true },
    ],
    postcodes: [{ pattern: "\\d{4}", short: true }],
    regions: ["metro manila", "ncr", "cebu", "davao", "laguna", "cavite", "bulacan", "pampanga", "batangas", "pangasinan", "iloilo"],
    units: ["blk", "block", "lot", "phase"],
    poBoxes: EN_PO_BOXES,
    names: ["philippines", "pilipinas"],
    districts: ["brgy.", "brgy", "barangay", "bgy.", "purok", "sitio"],
  },
  {
    code: "JP",
    streets: [],
    postcodes: [{ pattern: "〒?\\s?\\d{3}-\\d{4}" }],
    regions: ["tokyo", "osaka", "kyoto", "hokkaido", "kanagawa", "aichi", "fukuoka", "saitama", "chiba", "hyogo"],
    units: [],
    poBoxes: [],
    names: ["japan", "nippon"],
  },
];

/**
 * Japanese block-style addresses ("1-2-3 Shibuya, Tokyo 150-0002"): block number, one to four place
 * words, then a JP postcode. Words are separated by single spaces or a comma, so the match is unique.
 */
export const JP_BLOCK_ADDRESS =
  "\\d{1,3}(?:-\\d{1,4}){1,2}(?:\\s?,)?\\s(?:[a-z][a-z'-]{0,30}(?:\\s?,)?\\s){1,4}(?:japan\\s)?〒?\\d{3}-\\d{4}(?![\\d-])";

/**
 * Addresses written in scripts without spaces between words (Chinese, Japanese, Korean, Thai): the
 * token grammar does not apply, so each country's shape is one bounded pattern over the fold view
 * (which keeps these scripts as written, Thai without its vowel and tone marks). Every pattern
 * needs a street or block marker glued to a number, so a place name alone is never an address.
 */
const HAN = "\\p{Script=Han}々ヶ";
export const SCRIPT_ADDRESSES: readonly { code: string; pattern: string }[] = [
  // 上海市徐汇区漕溪北路88号5号楼1203室, 北京市朝阳区建国路88号
  {
    code: "CN",
    pattern: `[${HAN}]{2,16}(?:路|街|大道|大街|巷|弄|胡同|里)\\d{1,5}(?:号|號|弄)(?:[${HAN}]{0,6}\\d{1,5}(?:号楼|號樓|栋|棟|幢|座|单元|單元|楼|樓|层|層|室|号|號))*`,
  },
  // 〒530-0012 大阪府大阪市北区芝田2丁目4-15, 渋谷区神南1丁目2番3号, 中央区銀座4-6-16 (after 〒)
  { code: "JP", pattern: `〒\\s?\\d{3}-\\d{4}(?:\\s?[${HAN}\\p{Script=Katakana}ー\\d\\-]{1,40})?` },
  {
    code: "JP",
    pattern: `[${HAN}]{2,16}\\d{1,3}(?:丁目\\s?(?:\\d{1,4}(?:番地?|-)\\s?(?:\\d{1,4}号?)?)?|番地(?:\\s?\\d{1,4}号?)?|番\\d{1,4}号)`,
  },
  // 서울특별시 마포구 양화로 45, 302호 / 강남구 테헤란로 123 / 역삼동 123-45
  {
    code: "KR",
    pattern: "(?:[가-힣]{1,8}(?:특별시|광역시|특별자치시|특별자치도|시|도)\\s)?[가-힣]{1,8}(?:구|군|시)\\s[가-힣\\d]{1,12}(?:로|길)\\s?\\d{1,5}(?:-\\d{1,4})?(?:\\s?,?\\s?\\d{1,5}(?:호|층|동))?",
  },
  { code: "KR", pattern: "[가-힣\\d]{1,12}(?:로|길)\\s?\\d{1,5}(?:-\\d{1,4})?\\s?,?\\s?\\d{1,5}호" },
  { code: "KR", pattern: "[가-힣]{1,8}동\\s\\d{1,5}-\\d{1,4}(?:번지)?" },
  // Lot-number addresses: 부산 해운대구 우동 1411, 101동 202호 (district, then neighbourhood and lot, then building and flat).
  {
    code: "KR",
    pattern: "(?:[가-힣]{2,8}\\s)?[가-힣]{1,8}(?:구|군|시)\\s[가-힣\\d]{1,8}(?:동|읍|면|리|가)\\s\\d{1,5}(?:-\\d{1,4})?(?:번지|(?![\\d가-힣]))(?:\\s?,?\\s?\\d{1,5}(?:동|호|층)){0,2}",
  },
  // 99/12 ซอยสุขุมวิท 31 แขวง… (folded: ซอยสขมวท), 123 ถนนพระราม 4
  { code: "TH", pattern: "\\d{1,4}(?:/\\d{1,4})?\\s?(?:ซอย|ถนน|ซ\\.|ถ\\.)\\s?[\\u0e01-\\u0e30\\u0e32\\u0e33\\u0e40-\\u0e46]{2,24}(?:\\s?\\d{1,3})?" },
];
/**
 * Addresses written as a list of parts with no street-type word, each country's shape one bounded
 * pattern (fold form). `hint` is a cheap test a window must pass before the pattern runs; `named`
 * asks, in text that uses capitals, that every part start with one (the parts are names).
 */
export interface ListedAddress {
  code: string;
  pattern: string;
  hint: string;
  named: boolean;
}

/** One comma-separated part of an Indian list: words, an ordinal cross/main road, or "Sector 15". */
const IN_PART = "(?:[^,\\n\\d]{2,40}|\\d{1,3}(?:st|nd|rd|th)\\s[a-z]{3,12}|(?:sector|sec|block|blk|phase|pocket|ward|gali|lane)\\.?\\s?-?\\s?\\d{1,3}[a-z]?)";
/** Vietnamese place names: one to five short syllables. */
const VN_NAME = "[\\p{L}]{1,10}(?:\\s[\\p{L}]{1,10}){0,4}";
const VN_PLACE = `(?:\\d{1,3}|${VN_NAME})`;
const VN_WARD = `\\s?,\\s?(?:phuong|xa|p\\.)\\s?${VN_PLACE}`;
const VN_DISTRICT = `\\s?,\\s?(?:quan|huyen|thi xa|q\\.)\\s?${VN_PLACE}`;
const VN_CITY = `\\s?,\\s?(?:tp\\.?\\s?|thanh pho\\s|tinh\\s)[\\p{L}]{1,10}(?:\\.?\\s?[\\p{L}]{1,10}){0,3}`;

export const LISTED_ADDRESSES: readonly ListedAddress[] = [
  /*
   * Indian addresses are lists: "Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru
   * 560038", "H.No. 45, Sector 15, Gurgaon, Haryana 122001", "B-12, Lajpat Nagar II, New Delhi 110024"
   * have no house number before a street type. A flat/house/plot number (or a block letter and number),
   * two to six comma-separated parts and a six-digit PIN at the end are the shape.
   */
  {
    code: "IN",
    pattern:
      "(?<![\\p{L}\\p{Nd}-])(?:(?:flat|apartment|apt|house|plot|door|villa|h\\.?\\s?no)\\.?\\s?(?:no\\.?\\s?)?\\d{1,5}[a-z]?|[a-z]{1,2}-\\s?\\d{1,4}[a-z]?)" +
      `(?:\\s?,\\s?${IN_PART}){2,6}\\s?,?\\s?\\d{6}(?!\\d)`,
    hint: "(?<!\\d)\\d{6}(?!\\d)",
    named: true,
  },
  /*
   * Vietnamese streets are often written without "đường": "123 Nguyễn Trãi, phường 2, quận 5, TP. Hồ
   * Chí Minh". A house number and a name, then a ward and a district (or a district and a city), each
   * with its marker, are the shape. Writers seldom capitalize the markers, so parts need no capitals.
   */
  {
    code: "VN",
    pattern: `(?<![\\p{L}\\p{Nd}/-])\\d{1,5}[a-z]?(?:/\\d{1,4}[a-z]?){0,2}\\s${VN_NAME}(?:${VN_WARD}${VN_DISTRICT}(?:${VN_CITY})?|${VN_DISTRICT}${VN_CITY})(?![\\p{L}])`,
    hint: "(?<![\\p{L}])(?:quan|huyen|q\\.)\\s?[\\p{L}\\d]",
    named: false,
  },
];

/**
 * A block and a lot number standing where a house number and street would ("Blk 5 Lot 12, Brgy.
 * Maligaya, Quezon City"; Mexican "Mz 5 Lt 12"): subdivisions in the Philippines and Mexico are
 * numbered so. The place parts after it are read by the recognizer's tail grammar.
 */
export const BLOCK_LOT =
  "(?<![\\p{L}\\p{Nd}])(?:blk|block|mz|mza|manzana)\\.?\\s?\\d{1,4}[a-z]?\\s?,?\\s?(?:lot|lt|lote)\\.?\\s?\\d{1,4}[a-z]?(?![\\p{L}\\p{Nd}])";

/** A German floor: "2. OG", "3. Etage", "EG", "DG links". */
export const DE_FLOOR = "(?:\\d{1,2}\\.\\s?)?(?:og|eg|dg|ug|etage|stock)(?:\\s(?:links|rechts|li|re))?\\.?";

/**
 * German streets named with a preposition and no type word ("Am Rosengarten 9", "An der Alster 12",
 * "Unter den Linden 77"), counted only with a postcode and a city after them ("…, 34131 Kassel") and
 * capitalized as names are (checked by the recognizer).
 */
export const DE_PREPOSITION_STREET =
  "(?<![\\p{L}])(?:am|an\\sder|an\\sden|auf\\sder|auf\\sdem|im|in\\sder|in\\sden|zum|zur|unter\\sden|hinter\\sder|vor\\sdem|beim)" +
  "\\s[\\p{L}][\\p{L}-]{2,30}(?:\\s[\\p{L}][\\p{L}-]{1,30}){0,2}\\s\\d{1,3}[a-z]?" +
  // The floor may come between: "Am Markt 3, 2. OG, 50667 Köln".
  `(?:,?\\s${DE_FLOOR})?,?\\s(?:d-)?\\d{5}\\s[\\p{L}][\\p{L}-]{1,30}`;

/** Characters of the scripts SCRIPT_ADDRESSES covers: windows without one skip those patterns. */
export const SCRIPT_ADDRESS_HINT = "[\\p{Script=Han}\\p{Script=Hangul}\\u0e00-\\u0e7f〒]";

/** Directions written before a street name or after its type ("Queen St W", "1234 S Martin Luther King Dr"). */
export const DIRECTIONS: readonly string[] = EN_DIRECTIONS;

/** Letters or words after a house number that belong to it ("12 bis", "5 a"). */
export const HOUSE_NUMBER_SUFFIXES: readonly string[] = ["bis", "ter", "quater", "a", "b", "c", "d", "e", "f"];

/** "s/n" (sin número / sem número) written in place of a house number. */
export const NO_NUMBER_MARKS: readonly string[] = ["s/n", "s.n."];

/** Words before a house number that mark it ("nº 123", "no. 5", "n. 15"). */
export const NUMBER_MARKS: readonly string[] = [
  "no", "n", "nr", "nro", "num", "numero", "nº", "n°", "#", "д", "дом", "буд", "будинок", "nomor", "so", "رقم",
  // Arabic addresses number the building, not the lot: "شارع التحرير، عمارة 12".
  "عمارة", "مبنى", "برج", "بناية", "فيلا",
];

/**
 * Endings of a word that belongs to the glued street name after it ("Nieuwe Binnenweg", "Alte
 * Gasse"): adjective inflections. Other capitalized words before a glued street are a business name.
 */
export const NAME_ADJECTIVE_ENDINGS: readonly string[] = ["e", "er", "es", "en"];

/** Small words that may sit inside a street or place name ("rue de la Paix", "Ciudad de México"). */
export const CONNECTIVES: ReadonlySet<string> = new Set([
  "de", "del", "della", "delle", "dei", "degli", "di", "da", "do", "dos", "das", "du", "des", "la", "las", "le", "les",
  "los", "el", "l'", "d'", "am", "an", "auf", "der", "den", "dem", "zum", "zur", "van", "von", "ten", "ter", "upon",
  "sur", "sous", "y", "e", "i", "al", "of", "the",
]);

/**
 * Words that are never part of a street or place name: they end the name. EN, ES, PT, FR, DE, IT, NL
 * function words, plus counted things ("5 years", "3 times") that follow a number in ordinary prose.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // English
  "a", "an", "and", "or", "but", "if", "so", "to", "in", "on", "at", "by", "for", "from", "with", "without", "into",
  "onto", "about", "as", "is", "are", "was", "were", "be", "been", "am", "i", "me", "my", "we", "us", "our", "you",
  "your", "he", "him", "his", "she", "her", "it", "its", "it's", "they", "them", "their", "this", "that", "these",
  "those", "there", "here", "what", "which", "who", "when", "where", "why", "how", "not", "yes", "do", "does", "did",
  "have", "has", "had", "will", "would", "can", "could", "should", "shall", "might", "must", "get", "got",
  "go", "going", "come", "coming", "see", "call", "text", "email", "send", "meet", "let", "please", "thanks",
  "thank", "hi", "hello", "hey", "ok", "okay", "just", "also", "very", "really", "more", "most", "some", "any", "all",
  "each", "every", "other", "another", "than", "then", "too", "only", "near", "next", "opposite", "behind",
  "outside", "inside", "today", "tomorrow", "tonight", "yesterday", "morning", "evening", "afternoon", "night",
  "week", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "pm", "before",
  "after", "around", "between", "during", "since", "until", "via", "per", "like", "i'm", "i'll", "we're", "don't",
  "i've", "you're", "there's", "that's", "here's", "let's", "see", "around", "because", "while", "ago",
  // counted things and measures
  "years", "year", "yrs", "months", "month", "weeks", "days", "day", "hours", "hour", "hrs", "minutes", "minute",
  "mins", "min", "seconds", "times", "time", "people", "users", "items", "pieces", "pcs", "units", "logos",
  "pages", "words", "blocks", "block", "miles", "mile", "km", "meters", "metres", "feet", "ft", "steps", "doors",
  "stops", "features", "projects", "clients", "orders", "photos", "videos", "designs", "dollars", "euros", "bucks",
  "percent", "kg", "lbs", "experience", "version", "page", "chapter", "section", "paragraph", "step", "part", "mpg",
  "mph", "spd", "speed", "speeds", "cyl", "hp", "gb", "tb", "mb", "ghz", "mhz", "inch", "inches", "cm", "mm", "kw",
  // Spanish / Portuguese / French / German / Italian / Dutch
  "en", "por", "para", "con", "sin", "que", "es", "son", "mi", "tu", "su", "nos", "te", "se", "lo", "cerca",
  "em", "no", "na", "nos", "nas", "um", "uma", "com", "sem", "meu", "minha", "seu", "sua", "perto", "um",
  "et", "ou", "dans", "chez", "pour", "avec", "sans", "est", "sont", "mon", "ma", "mes", "notre", "votre", "pres",
  "und", "oder", "im", "bei", "mit", "fur", "ist", "sind", "mein", "meine", "unser", "unsere", "ich", "wir", "sie",
  "er", "es", "il", "gli", "nel", "nella", "per", "che", "mio", "mia", "nostro", "vicino", "het", "een", "en", "op",
  "bij", "met", "voor", "naar", "zijn", "mijn", "ons", "onze",
  // Russian / Ukrainian ("мебель и пр. 5 штук" is not a street)
  "и", "в", "во", "на", "с", "со", "по", "к", "у", "о", "об", "за", "из", "от", "до", "для", "не", "я", "мы", "вы",
  "і", "й", "та", "з", "із", "від",
]);

/**
 * Words shortly before an address that say it is one. Matched in the fold view; multi-word cues
 * are written with single spaces.
 */
export const CUE_WORDS: readonly string[] = [
  "address", "addr", "mailing address", "postal address", "home address", "located at", "location", "come to",
  "come by", "stop by", "office at", "our office", "my office", "office", "visit us at", "visit us", "find us at",
  "find us", "live at", "i live", "living at", "we are at", "we're at", "ship to", "shipping to", "deliver to",
  "delivery to", "send it to", "mail it to", "mail to", "meet me at", "meet us at", "pick up at", "pickup at",
  "drop off at", "headquarters", "hq", "studio at", "shop at", "store at",
  "direccion", "domicilio", "ubicacion", "oficina", "estamos en", "estoy en", "vivo en", "endereco", "moro na", "moro em",
  "escritorio", "morada", "adresse", "bureau", "anschrift", "wohne in", "buro", "indirizzo", "sede", "ufficio",
  "adres", "kantoor", "postadresse", "住所",
  "адрес", "адреса", "адресу", "по адресу", "доставка", "офис", "офіс", "адресою", "adresie", "adresu", "na adres",
  "adresi", "adresim", "ofisimiz", "alamat", "alamatnya", "đia chi", "dia chi", "العنوان", "عنواني", "주소", "地址",
];

/** A name and type word that together are a thing, not a street ("4 wheel drive", "500GB hard drive"). */
export const NOT_STREETS: ReadonlySet<string> = new Set([
  "wheel drive", "hard drive", "flash drive", "disk drive", "disc drive", "usb drive", "thumb drive", "test drive",
  "cd drive", "dvd drive", "optical drive", "ssd drive", "tape drive", "pen drive", "zip drive", "all wheel drive",
  "road trip", "dirt road", "open road", "toll road", "bike path", "career path", "learning path", "file path",
]);

/** Post box words are also in COUNTRIES; these separate the number groups of a box number. */
export const PO_BOX_NUMBER = "\\d{1,6}(?:\\s\\d{2,3}){0,3}";
