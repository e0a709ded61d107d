import { defineLocale } from "./types.js";

/*
 * Arabic (Modern Standard with Egyptian and Gulf forms), in the fold view's spelling: hamza seats
 * folded ("أربعة" → "اربعة", "إيميل" → "ايميل"), "ة" and "ى" kept. Possessives are suffixes
 * ("رقمك", "جوالك") or "بتاعك" after the noun, so the nouns below carry them; a noun followed by
 * "ايه" / "كام" asks for it (request.requestAfter).
 */

export default defineLocale({
  code: "ar",
  name: "Arabic",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["السيرة الذاتية", "سيرة ذاتية", "الوظائف السابقة"],
      sections: ["cv", "الخبرة العملية", "الخبرات العملية", "المؤهلات العلمية", "المؤهل العلمي", "البيانات الشخصية"],
      words: ["المهارات", "اللغات", "التعليم", "الخبرات"],
    },
  },
  link: {
    careerHosts: ["careers", "jobs", "career", "recruitment"],
    portalHosts: ["suppliers", "vendors", "procurement"],
    applyCues: ["قدم", "تقدم", "التقديم", "طلبك", "سجل", "ارفع"],
    projectCues: ["اصلاح", "خطا", "مشكلة", "لا يعمل", "تعديل", "تحسين", "اعادة تصميم", "بطيء", "لا يرسل", "توقف عن العمل"],
    reachCues: ["راسلني", "تواصل معي", "تواصلوا معي", "اكتب لي", "راسلوني"],
    formFields: ["البريد", "الايميل", "هاتف", "الهاتف", "رقم", "بيانات الاتصال", "واتساب"],
    questionnaireCues: ["استبيان", "استبيانا", "بريف"],
    applyPhrases: ["(?:قدم|تقدم|ارسل) (?:طلبك|سيرتك الذاتية)", "التقديم", "(?:قدم|قدموا|ارسل|ارسلوا|ارفع|ارفعوا) (?:عرضك|عرضكم|العرض|عروضكم)", "سجل في", "تقديم (?:عرضك|عرضكم|العرض|العروض)"],
    ownSites: ["(?:عبر|من خلال|على|في) موقعنا(?: الالكتروني)?", "(?:عبر|من خلال|على|في) (?:صفحة|بوابة) (?:الوظائف|التوظيف)", "(?:عبر|من خلال|على|في) (?:بوابة|منصة) (?:الموردين|المشتريات|المناقصات)"],
  },
  regions: ["EG", "SA", "DZ", "IQ", "MA", "SD", "YE", "SY", "JO", "AE", "TN", "LY", "LB", "KW", "OM", "QA", "BH", "PS"],
  numbers: {
    units: {
      0: ["صفر", "زيرو"],
      1: ["واحد", "واحدة"],
      2: ["اثنان", "اثنين", "اتنين", "اثنتان"],
      3: ["ثلاثة", "ثلاث", "تلاتة", "تلات"],
      4: ["اربعة", "اربع"],
      5: ["خمسة", "خمس"],
      6: ["ستة", "ست"],
      7: ["سبعة", "سبع"],
      8: ["ثمانية", "ثمان", "تمانية", "تمنية"],
      9: ["تسعة", "تسع"],
    },
    teens: { 10: ["عشرة"] },
    weak: ["واحد", "واحدة", "ست", "خمس", "سبع", "ثلاث", "اربع", "تسع"],
  },
  email: {
    atWords: ["ات"],
    dotWords: ["دوت", "نقطة"],
    cues: ["الايميل", "ايميلي", "البريد"],
    // "ات جيميل دوت كوم": the provider and the suffix read aloud in Arabic letters.
    domainWords: { جيميل: "gmail", جيمل: "gmail", هوتميل: "hotmail", هوتمايل: "hotmail", ياهو: "yahoo", اوتلوك: "outlook", كوم: "com", نت: "net" },
    providerNames: { جيميل: "gmail.com", جيمل: "gmail.com", هوتميل: "hotmail.com", هوتمايل: "hotmail.com", ياهو: "yahoo.com", اوتلوك: "outlook.com" },
    mailboxWords: ["ايميل", "بريد", "حساب"],
    providerConnectors: ["هو", "نفس الاسم"],
  },
  phone: {
    cues: ["رقمي", "جوالي", "جوال", "موبايلي", "موبايل", "تلفون", "تليفون", "هاتف", "اتصل", "كلمني", "واتساب", "واتس"],
    gluedCues: ["رقمي", "جوال", "هاتف"],
    idWords: ["الطلب", "طلب", "فاتورة", "الفاتورة", "الهوية", "السجل"],
    unitWords: ["ريال", "جنيه", "درهم", "دينار", "دولار", "كلمة", "سنوات", "ساعة"],
    groupJoiners: ["ثم", "بعدين", "بعدها", "واخيرا", "اخيرا"],
    reverseCues: ["بالعكس", "بالمقلوب", "معكوس"],
    shiftAdd: ["اضف", "زود"],
    shiftSubtract: ["اطرح", "انقص"],
    eachDigit: ["كل رقم", "لكل رقم"],
  },
  handle: {
    // Words that name the account after a platform word or later in its sentence: "تيليجرام، المعرف: kenji_88". Account nouns
    // ("cuenta", "Konto") are left out: "Instagram cuenta verificada" names no account.
    labelWords: ["معرف", "يوزر", "ايدي", "id"],
  },
  request: {
    possessives: ["بتاعك", "حقك", "الخاص بك"],
    // "الايميل بتاعك", and the ending of "رقمك", "ايميلك": "ممكن رقمك؟", "ما هو ايميلك؟".
    possessivesAfter: ["بتاعك", "حقك", "الخاص بك"],
    possessiveSuffixes: ["ك", "كم"],
    requestVerbs: ["ارسل لي", "ارسلي", "ترسل لي", "ابعتلي", "ابعت لي", "ابعث لي", "اعطني", "عطني", "اديني", "ممكن", "شاركني"],
    questionWords: ["ما هو", "ما هي", "ايش", "شو", "ايه", "كم"],
    haveCues: [
      "ترسل لي", "ترسلي", "ارسل لي", "ارسلي", "ابعتلي", "ابعت لي", "ابعث لي", "ابعثلي", "اعطني", "عطني", "اديني", "ادني",
      "يرجى كتابة", "الرجاء كتابة", "يرجى ارسال", "الرجاء ارسال", "يرجى ارفاق", "اكتب لي", "شاركني", "تعطيني", "تديني",
    ],
    haveQuestionCues: ["عندك", "عندكم", "معاك", "معك"],
    onPlatformCues: [],
    articles: [],
    leads: ["و", "طيب", "اوكي", "مرحبا"],
    please: ["لو سمحت", "من فضلك", "رجاء"],
    reachQuestions: ["كيف", "ازاي", "وين", "فين"],
    reachVerbs: ["اتواصل معك", "اتواصل معاك", "اكلمك", "اتصل بك", "اوصلك"],
    away: ["برا", "بره", "خارج", "مباشرة"],
    exchangeVerbs: ["نتبادل", "نبادل"],
    requestAfter: ["ايه", "ايش", "كام", "كم", "لو سمحت", "من فضلك"],
    negations: ["لا", "ما", "مش", "ممنوع", "لن", "ابدا", "بدون"],
    barriers: ["في", "على", "من", "الى", "عن"],
    nouns: {
      رقم: "phone", رقمك: "phone", "رقم جوالك": "phone", جوالك: "phone", "رقم موبايلك": "phone", موبايلك: "phone", "رقم تليفونك": "phone",
      "رقم هاتفك": "phone", "رقم تلفونك": "phone", نمرتك: "phone", "الرقم بتاعك": "phone", "رقمك الخاص": "phone",
      "رقم الجوال": "phone", "رقم الهاتف": "phone", "رقم الموبايل": "phone", "رقم التواصل": "phone",
      "رقم الواتساب": "whatsapp", "رقم الواتس": "whatsapp", "رقم واتساب": "whatsapp", "رقم واتس": "whatsapp", واتسابك: "whatsapp",
      ايميلك: "email", "الايميل بتاعك": "email", "الايميل": "email", "بريدك": "email", "بريدك الالكتروني": "email",
      "البريد الالكتروني": "email", "عنوانك": "address", "بيانات التواصل": "contact", "معلومات التواصل": "contact",
    },
    pluralNouns: { الارقام: "phone", ارقامنا: "phone", "وسايل التواصل": "contact" },
    ambiguousNouns: ["رقم"],
    modifiers: [],
    coordinators: ["و", "او"],
    nounBlockers: ["الطلب", "الفاتورة", "الحساب"],
    linkers: [],
    onPlatform: ["هنا", "على الموقع", "في الموقع", "على المنصة", "في المنصة", "عبر المنصة"],
    prohibitions: ["ممنوع", "غير مسموح", "مخالف", "يخالف"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["المشروع القادم", "المشروع التالي", "الشغل الجاي", "المرحلة الثانية", "العمل القادم"],
    conversionFee: ["رسوم التحويل من المنصة", "conversion fee"],
    classes: {
      propose: ["خلينا", "خلينا نكمل", "خلينا نتكلم", "نكمل", "نتكلم", "نتواصل", "نشتغل", "نتفاهم", "تعال", "تعالى", "كلمني"],
      outside: ["برا", "بره", "خارج", "بعيد عن"],
      pay: ["تحول لي", "حول لي", "حولي", "تحول", "حول", "تحويل", "ادفع", "تدفع", "الدفع", "ابعت الفلوس", "ارسل المبلغ"],
      payvia: ["على", "عبر", "ب", "من خلال"],
      direct: ["مباشرة", "كاش", "بدل الموقع", "برا الموقع", "خارج المنصة"],
      askpay: ["ابعتلي", "ارسل لي"],
      yourpay: ["رقم", "حساب"],
      discount: ["خصم", "ارخص"],
      away: ["برا الموقع", "خارج المنصة"],
      havepay: ["عندك"],
      avoid: ["نوفر", "توفير", "بدون"],
      feeDet: ["ال"],
      fee: ["عمولة", "العمولة", "رسوم", "الرسوم", "نسبة الموقع"],
      sin: ["بدون", "بلا"],
      search: ["دور على اسمي", "ابحث عن اسمي", "دورني", "ابحث عني", "دور عليا", "سيرش على اسمي"],
      findme: ["هتلاقيني", "حتلاقيني", "تلاقيني", "بتلاقيني", "ستجدني"],
      via: ["على", "عبر", "في", "ب"],
      contactme: ["كلمني", "راسلني", "تواصل معي", "تواصل معايا", "ضيفني", "اضفني", "كلمنى", "ابعتلي"],
      meet: ["نتقابل", "نلتقي", "نجتمع"],
      inperson: ["وجها لوجه", "في مكتب", "في كافيه"],
    },
    frames: [
      // "كلمني واتس", "راسلني واتساب": Arabic drops the preposition before the app.
      { kind: "channel", pattern: "@contactme @channel !@skill", confidence: 0.8 },
      { kind: "channel", pattern: "@propose ~1 @outside @platform", confidence: 0.85 },
      { kind: "channel", pattern: "@outside @platform", confidence: 0.75, anchorGuard: true },
      { kind: "payment", pattern: "@pay ~1 @payvia @payapp", confidence: 0.85 },
      { kind: "payment", pattern: "@pay ~3 @direct", confidence: 0.8, anchorGuard: true },
      { kind: "channel", pattern: "@search ~1 @channel", confidence: 0.8 },
      { kind: "channel", pattern: "@channel ~1 @findme", confidence: 0.75 },
      { kind: "channel", pattern: "@search ~1 @social", confidence: 0.8 },
      { kind: "channel", pattern: "@social ~1 @findme", confidence: 0.75 },
      { kind: "meeting", pattern: "@meet ~1 @inperson", confidence: 0.75 },
    ],
    sharedFrames: true,
    negations: ["لا", "ما", "مش", "ممنوع", "لن", "ابدا", "مابدي", "ما بدي", "مش عايز"],
    prohibitions: ["ممنوع", "غير مسموح", "مخالف", "يخالف", "نصاب", "نصابين", "احتيال"],
    onPlatform: ["هنا", "على الموقع", "في الموقع", "على المنصة", "في المنصة", "عبر المنصة"],
    barriers: [],
  },
  sharedPhrases: {
    channelWords: ["رقمي", "جوالي", "الايميل"],
    platformWords: ["الموقع", "المنصة", "التطبيق"],
    paymentRails: ["فودافون كاش", "انستاباي", "stc pay", "تحويل بنكي", "ويسترن يونيون"],
  },
  functionWords: ["في", "من", "على", "الى", "عن", "و"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["السعر", "سعر", "الاسعار", "التسعيرة", "تسعيرة", "الميزانية", "ميزانية", "الدفع", "الدفعة", "الفاتورة", "عرض السعر", "التكلفة", "المبلغ", "الاجر"],
      verbs: ["ارسل", "ارسلي", "ابعث", "ابعت", "ابعتلي", "نتفاهم", "نتكلم", "نتحدث", "نناقش", "نتفق", "اكتب", "اكتبلي", "راسلني"],
      channels: ["عبر الايميل", "بالايميل", "على الايميل", "عبر البريد", "بالبريد الالكتروني", "على البريد", "على نفس الايميل", "على هذا العنوان", "في الايميل", "عالايميل", "على الميل"],
      there: ["هناك", "هنالك"],
      notAfter: ["قالب", "توقيع"],
    },
    accessCues: [
      "أضفني", "اضفني", "أضيفك", "اضيفك", "سأضيفك", "إضافتك", "اضافتك", "ادعني", "أدعوك", "سأدعوك", "دعوة",
      "صلاحية الوصول", "صلاحيات", "صلاحية", "الوصول إلى", "الوصول الى", "منحك", "امنحني", "كمسؤول", "كمشرف",
      "شارك المجلد", "مشاركة المجلد", "للتوقيع", "موقع على",
    ],
    accessContext: ["الوصول"],
    legal: [
      "nda", "اتفاقية عدم الإفصاح", "اتفاقية السرية", "اتفاقية عدم إفشاء", "رخصة تجارية", "الرخصة التجارية",
      "السجل التجاري", "سجل تجاري", "التحقق من الهوية", "فحص الخلفية", "التحقق من الخلفية", "kyc", "القسم القانوني",
      "متطلب قانوني",
    ],
  },
});
