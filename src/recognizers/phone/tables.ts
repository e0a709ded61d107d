/**
 * Data for the phone recognizer: which words make a digit run a phone number, and which make it
 * something else. All in fold form (lower case, accents removed).
 */

/** Words that, shortly before a number, say it is a phone number (EN, ES, PT, FR, DE, IT). */
export const STRONG_PHONE_WORDS: ReadonlySet<string> = new Set([
  "call", "phone", "tel", "tel.", "telephone", "mobile", "mob", "cell", "cellphone", "cel", "text", "sms", "whatsapp",
  "whatsap", "watsapp", "viber", "signal", "telegram", "wechat", "hotline", "fax", "landline", "ring", "dial", "celular",
  "telefono", "movil", "llama", "llamame", "llamar", "telefone", "ligue", "liga", "ligar", "zap", "appelle", "appelez",
  "appeler", "portable", "handy", "anrufen", "ruf", "cellulare", "chiama", "chiamami", "number", "numero", "nummer",
  "contact", "reach", "questions", "ph", "num", "nr",
]);

/** Words right before a number that make it an identifier, not a phone number. */
export const ID_WORDS: ReadonlySet<string> = new Set([
  "order", "orders", "invoice", "inv", "tracking", "track", "shipment", "ref", "reference", "ticket", "case", "sku",
  "isbn", "issn", "ean", "upc", "iban", "account", "acct", "routing", "swift", "bic", "po", "id", "serial", "sn",
  "model", "part", "item", "lot", "batch", "transaction", "txn", "receipt", "booking", "confirmation", "pnr",
  "policy", "claim", "license", "licence", "vat", "tax", "ein", "ssn", "nif", "cpf", "cnpj", "pedido", "factura",
  "commande", "bestellung", "rechnung", "ordine", "fattura", "version", "v", "build", "release", "page", "pages",
  "chapter", "room", "zip", "postcode", "code", "pin", "otp", "password", "passcode",
]);

/** Unit words and symbols right after a number that make it a measurement, amount or count. */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  "mm", "cm", "m", "km", "kg", "g", "mg", "lb", "lbs", "oz", "ft", "in", "inch", "inches", "yd", "mi", "ml", "l",
  "kb", "mb", "gb", "tb", "px", "pt", "dpi", "ppi", "hz", "khz", "mhz", "ghz", "kw", "w", "v", "mah", "k", "mil",
  "words", "word", "hours", "hour", "hrs", "hr", "h", "min", "mins", "minutes", "sec", "seconds", "days", "day",
  "weeks", "months", "years", "yrs", "users", "people", "views", "followers", "subscribers", "downloads", "rows",
  "records", "lines", "items", "pages", "units", "pcs", "usd", "eur", "gbp", "inr", "aud", "cad", "brl", "mxn",
  "dollars", "euros", "pounds", "rupees", "reais", "pesos", "bucks", "sqft", "sq", "x", "times", "percent",
]);

/** Currency signs: a number right after one is an amount. */
export const CURRENCY_SIGNS = "$€£¥₹₩₽₺₫฿₴₦₱";

/** Regions tried, in order, for a number with context words that is not valid in the default region. */
export const FALLBACK_REGIONS = ["US", "GB", "IN", "DE", "FR", "ES", "IT", "BR", "MX", "AU", "CA", "NL", "IE", "PH", "NG", "PK", "ZA", "UA", "PL", "RU", "TR", "JP", "CN", "AR", "CO"] as const;
