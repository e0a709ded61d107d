import { defineLocale } from "./types.js";

/*
 * Indonesian (and the Malay it shares words with). Possessives follow the noun ("nomor WA nya",
 * "email kakak"), so requests are mostly a verb before the noun ("minta nomor WA", "cantumkan
 * nomor WA"): those verbs ask for the addressee's detail whatever the possessive.
 */

export default defineLocale({
  code: "id",
  name: "Indonesian",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["daftar riwayat hidup", "riwayat hidup", "riwayat pekerjaan", "pekerjaan sebelumnya"],
      sections: ["cv", "pengalaman kerja", "pengalaman profesional", "riwayat pendidikan", "data pribadi"],
      words: ["pengalaman", "pendidikan", "keahlian", "keterampilan", "bahasa"],
    },
  },
  link: {
    careerHosts: ["karir", "karier", "lowongan", "rekrutmen", "careers", "jobs"],
    portalHosts: ["vendor", "supplier", "pengadaan", "eproc"],
    applyCues: ["lamar", "melamar", "lamaran", "daftar", "kirim", "unggah"],
    projectCues: ["perbaiki", "memperbaiki", "error", "bug", "tidak berfungsi", "rusak", "redesain", "optimasi", "lambat", "migrasi", "tidak terkirim", "tidak bisa mengirim"],
    reachCues: ["hubungi saya", "kontak saya", "chat saya", "kirim pesan ke saya", "hubungi aku"],
    formFields: ["email", "nomor hp", "telepon", "nomor telepon", "whatsapp", "kontak"],
    questionnaireCues: ["kuesioner", "survei", "brief", "briefing"],
    applyPhrases: ["(?:kirim(?:kan)?|ajukan) lamaran(?: anda| kamu)?", "(?:silakan )?(?:melamar|lamar|daftar)", "(?:kirim(?:kan)?|ajukan|unggah) (?:penawaran|proposal)(?: anda| kamu)?"],
    ownSites: ["(?:melalui|lewat|di) (?:situs|website|web|halaman karir|portal) (?:kami|resmi kami|perusahaan)", "(?:melalui|lewat|di) (?:portal|sistem) (?:vendor|pengadaan|e-procurement|supplier)(?: kami)?"],
  },
  regions: ["ID", "MY", "SG", "BN"],
  numbers: {
    units: {
      0: ["nol", "kosong"],
      1: ["satu"],
      2: ["dua"],
      3: ["tiga"],
      4: ["empat"],
      5: ["lima"],
      6: ["enam"],
      7: ["tujuh"],
      8: ["delapan"],
      9: ["sembilan"],
    },
    teens: { 10: ["sepuluh"], 11: ["sebelas"] },
    weak: ["satu", "kosong", "dua", "lima"],
  },
  email: {
    atWords: ["et", "at"],
    dotWords: ["titik"],
    cues: ["kirim ke", "email ke", "ke email"],
    providerConnectors: ["ku", "aku", "saya", "adalah", "nya"],
    splitDomainCues: ["domain", "domainnya", "bagian kedua"],
  },
  phone: {
    cues: ["telpon", "telepon", "telp", "no hp", "nomor hp", "nomor wa", "hubungi", "angka pertama", "whatsapp"],
    gluedCues: ["telp"],
    idWords: ["pesanan", "resi", "invoice", "faktur", "nik", "npwp", "rekening"],
    unitWords: ["rb", "ribu", "juta", "rupiah", "rp", "wib", "wita", "wit"],
    groupJoiners: ["terus", "lalu", "kemudian", "lanjut", "terakhir", "habis itu", "abis itu", "trus"],
    reverseCues: ["dibalik", "terbalik", "dari belakang", "dibaca terbalik", "baca dari belakang"],
    shiftAdd: ["tambah", "tambahkan", "tambahin", "ditambah"],
    shiftSubtract: ["kurangi", "kurangin", "dikurangi"],
    eachDigit: ["setiap angka", "tiap angka", "masing masing angka"],
  },
  handle: {
    // Words that name the account after a platform word or later in its sentence: "Telegram, username: kenji_88". Account nouns
    // ("cuenta", "Konto") are left out: "Instagram cuenta verificada" names no account.
    labelWords: ["username", "nick", "id"],
  },
  request: {
    possessives: ["kamu", "anda", "kakak", "mu", "nya"],
    // "nomor kamu?", "email kakak?": the possessive after the noun ("nya" alone is "its": left out).
    possessivesAfter: ["kamu", "anda", "kakak", "mu", "km", "kak"],
    requestVerbs: ["minta", "boleh minta", "bagi", "bagiin", "kirim", "kirimkan", "share", "kasih"],
    questionWords: ["berapa", "brp", "apa"],
    haveCues: ["minta", "boleh minta", "mau minta", "bagi", "bagiin", "cantumkan", "sertakan", "tuliskan", "kasih tau"],
    haveQuestionCues: ["ada", "punya"],
    onPlatformCues: ["ada di", "pakai"],
    articles: [],
    leads: ["kak", "gan", "halo", "terus", "dan"],
    please: ["dong", "ya", "kak", "tolong"],
    reachQuestions: ["gimana", "bagaimana", "kemana"],
    reachVerbs: ["menghubungi kamu", "menghubungi anda", "hubungi kakak", "kontak kakak"],
    away: ["di luar", "langsung", "japri"],
    exchangeVerbs: ["tukeran", "tukar"],
    requestAfter: ["berapa", "brp", "apa ya", "apa kak", "dong", "nya apa"],
    negations: ["jangan", "tidak", "nggak", "gak", "enggak", "tak", "bukan", "dilarang", "tanpa"],
    barriers: ["untuk", "dari", "ke", "di", "dengan"],
    nouns: {
      "nomor wa": "whatsapp", "no wa": "whatsapp", "nomor whatsapp": "whatsapp", "nomer wa": "whatsapp", "wa nya": "whatsapp", "wa mu": "whatsapp", "wa kamu": "whatsapp", "wa kakak": "whatsapp",
      "nomor hp": "phone", "no hp": "phone", "nomer hp": "phone", "nomor telepon": "phone", "nomor telpon": "phone",
      "nomor handphone": "phone", "nomor kamu": "phone", "nomor kakak": "phone", "email kakak": "email", "email kamu": "email",
      "alamat email": "email", alamat: "address", "alamat rumah": "address", kontak: "contact", "kontak kamu": "contact",
      // "nomor kamu?": the bare noun, ambiguous ("nomor pesanan" is an order number).
      nomor: "phone", nomer: "phone",
    },
    pluralNouns: { nomor: "phone", kontak: "contact" },
    ambiguousNouns: ["alamat", "nomor", "nomer"],
    modifiers: ["rumah", "lengkap", "kantor"],
    coordinators: ["dan", "atau"],
    nounBlockers: ["pesanan", "resi", "rekening", "antrian", "urut"],
    linkers: [],
    onPlatform: ["di sini", "disini", "lewat sini", "di aplikasi", "di platform"],
    prohibitions: ["dilarang", "tidak boleh", "tidak diperbolehkan"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["proyek berikutnya", "project berikutnya", "pekerjaan berikutnya", "proyek selanjutnya", "tahap dua", "fase dua", "fase 2"],
    conversionFee: ["biaya konversi", "conversion fee"],
    classes: {
      // "chat wa aku ya kak": a chat verb, the app, and "me" (Indonesian drops the preposition).
      chatverb: ["chat", "japri", "dm", "pc", "hubungi", "kontak", "kabari", "telpon"],
      idTail: ["aku", "saya", "gue", "gw", "kami"],
      pay: ["bayar", "bayarnya", "pembayaran", "transfer", "transfernya", "tf", "kirim uang", "kirim duit"],
      direct: ["langsung", "langsung ke rekening", "ke rekening saya", "ke rekening aku", "di luar"],
      payvia: ["via", "lewat", "ke", "pakai", "pake", "pakai", "melalui"],
      askpay: ["minta"],
      yourpay: ["nomor"],
      discount: ["diskon", "lebih murah"],
      away: ["di luar", "langsung aja"],
      havepay: ["ada", "punya"],
      avoid: ["hemat", "biar nggak kepotong", "biar gak kepotong", "tanpa potongan"],
      feeDet: [],
      fee: ["biaya admin", "potongan", "komisi", "fee"],
      sin: ["tanpa", "bebas"],
      propose: ["yuk", "ayo", "mending", "lebih baik", "kita lanjut", "lanjut", "kita ngobrol", "ngobrol", "chat"],
      via: ["di", "ke", "lewat", "via"],
      contactme: ["hubungi saya", "hubungi aku", "chat aku", "chat saya", "wa aku", "wa saya", "japri", "dm aku", "kontak saya"],
      outside: ["di luar", "keluar dari"],
      meet: ["ketemu", "ketemuan", "bertemu", "kopdar"],
      inperson: ["langsung", "tatap muka", "di kafe"],
    },
    frames: [
      { kind: "channel", pattern: "@chatverb @via? @channel @idTail !@skill", confidence: 0.8 },
      { kind: "channel", pattern: "@outside @platform", confidence: 0.85 },
      { kind: "payment", pattern: "@pay ~1 @direct", confidence: 0.85, anchorGuard: true },
      { kind: "meeting", pattern: "@meet ~1 @inperson", confidence: 0.75 },
    ],
    sharedFrames: true,
    negations: ["jangan", "tidak", "nggak", "gak", "enggak", "tak", "bukan", "dilarang", "ga"],
    negatingDeterminers: ["tidak ada", "gak ada", "nggak ada", "tidak boleh ada"],
    negatedNouns: ["pembayaran", "transaksi", "transfer"],
    prohibitions: ["dilarang", "tidak boleh", "tidak diperbolehkan", "penipu", "penipuan"],
    onPlatform: ["di sini", "disini", "lewat sini", "di aplikasi", "di platform", "lewat platform"],
    barriers: [],
  },
  sharedPhrases: {
    channelWords: ["nomor hp", "telpon"],
    platformWords: ["platform", "aplikasi"],
    paymentRails: ["dana", "ovo", "gopay", "shopeepay", "linkaja", "transfer bank", "rekening"],
  },
  functionWords: ["dan", "yang", "di", "ke", "dari", "ini", "itu", "ya"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["harga", "biaya", "budget", "anggaran", "penawaran", "pembayaran", "bayaran", "tarif", "invoice", "tagihan", "dp"],
      verbs: ["kirim", "kirimkan", "kirimin", "kabari", "bahas", "dibahas", "bicarakan", "ngobrol", "omongin", "tulis", "sampaikan", "balas", "nego"],
      channels: ["lewat email", "via email", "ke email", "melalui email", "di email", "ke email saya", "ke alamat itu", "ke alamat email", "lewat surel", "ke email yang sama"],
      there: ["ke sana", "di sana", "disana", "kesana"],
      notAfter: ["template", "tanda tangan", "adalah"],
    },
    accessCues: [
      "tambahkan saya", "tambahin saya", "menambahkan", "tambahkan anda", "undang saya", "mengundang", "undangan",
      "akses ke", "beri akses", "kasih akses", "memberi akses", "sebagai admin", "sebagai kolaborator",
      "sebagai editor", "sebagai viewer", "bagikan folder", "share folder",
      "izin akses", "untuk ditandatangani", "tanda tangan",
    ],
    accessContext: ["akses"],
    legal: [
      "nda", "perjanjian kerahasiaan", "izin usaha", "siup", "verifikasi identitas", "pemeriksaan latar belakang",
      "skck", "kyc", "tim legal", "bagian hukum",
    ],
  },
});
