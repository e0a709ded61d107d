import { defineLocale } from "./types.js";

/*
 * Vietnamese, in the fold view's spelling: tone and vowel marks removed ("chín" → "chin", "số điện
 * thoại" → "so đien thoai"), "đ" kept. Many digit names are also common syllables ("hai", "ba",
 * "nam", "sau", "bay", "khong" = "not"), so they are weak: they count only beside another number word.
 */

export default defineLocale({
  code: "vi",
  name: "Vietnamese",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["sơ yếu lý lịch", "lý lịch", "quá trình công tác", "công việc trước đây"],
      sections: ["cv", "kinh nghiệm làm việc", "học vấn", "trình độ học vấn", "thông tin cá nhân"],
      words: ["kinh nghiệm", "kỹ năng", "ngoại ngữ"],
    },
  },
  link: {
    careerHosts: ["tuyendung", "vieclam", "careers", "jobs"],
    portalHosts: ["nhacungcap", "suppliers"],
    applyCues: ["ung tuyen", "nop ho so", "dang ky", "gui cv", "tai len"],
    projectCues: ["sua loi", "loi", "bug", "khong hoat dong", "thiet ke lai", "toi uu", "cham", "không gửi được", "bị lỗi"],
    reachCues: ["liên hệ với tôi", "nhắn tin cho tôi", "liên hệ tôi", "gọi cho tôi"],
    formFields: ["email", "số điện thoại", "điện thoại", "zalo", "thông tin liên hệ"],
    questionnaireCues: ["bảng hỏi", "khảo sát", "brief"],
    applyPhrases: ["(?:ung tuyen|nop ho so|gui cv)", "(?:gửi|nộp|tải lên) (?:báo giá|đề xuất|hồ sơ dự thầu)"],
    ownSites: ["(?:qua|tren|tai) (?:website|trang web|trang tuyen dung|cong tuyen dung) (?:cua )?(?:cong ty|chung toi)", "(?:qua|trên|tại) (?:cổng|hệ thống) (?:nhà cung cấp|đấu thầu|mua sắm)(?: của chúng tôi)?"],
  },
  regions: ["VN"],
  numbers: {
    units: {
      0: ["khong"],
      1: ["mot"],
      2: ["hai"],
      3: ["ba"],
      4: ["bon"],
      5: ["nam"],
      6: ["sau"],
      7: ["bay"],
      8: ["tam"],
      9: ["chin"],
    },
    teens: { 10: ["muoi"] },
    weak: ["khong", "mot", "hai", "ba", "nam", "sau", "bay", "tam", "muoi"],
  },
  email: {
    atWords: ["a cong", "a moc"],
    dotWords: ["cham"],
    cues: ["gui qua", "gui ve", "gui vao"],
    providerConnectors: ["cua minh", "cua em", "cua toi", "cua anh", "la"],
  },
  phone: {
    cues: ["sđt", "so đien thoai", "đien thoai", "đt", "goi", "goi cho", "lien he", "zalo", "hotline", "so em", "so anh", "so minh"],
    gluedCues: ["sđt", "đt", "zalo"],
    idWords: ["đon hang", "don hang", "ma đon", "ma don", "hoa đon", "hoa don", "cmnd", "cccd", "ma so"],
    unitWords: ["đ", "đong", "dong", "vnđ", "vnd", "nghin", "trieu", "k"],
    groupJoiners: ["sau đo", "roi", "tiep theo", "cuoi cung", "tiep"],
    reverseCues: ["nguoc lai", "đoc nguoc", "viet nguoc", "tu phai sang trai"],
    shiftAdd: ["cong", "cong them"],
    shiftSubtract: ["tru", "tru đi"],
    eachDigit: ["moi so", "tung so", "moi chu so"],
  },
  handle: {
    // Words that name the account after a platform word or later in its sentence: "Zalo, nick: kenji_88". Account nouns
    // ("cuenta", "Konto") are left out: "Instagram cuenta verificada" names no account.
    labelWords: ["nick", "id", "user"],
  },
  request: {
    possessives: ["cua anh", "cua chi", "cua ban", "cua em", "cua a", "cua c"],
    // "Email của bạn là gì?": the possessive follows the noun.
    possessivesAfter: ["cua anh", "cua chi", "cua ban", "cua em", "cua a", "cua c"],
    // "Vui lòng ghi email và số điện thoại trong hồ sơ".
    bareRequestVerbs: ["đe lai"],
    applicationVerbs: ["ghi", "ghi ro", "ghi lai"],
    applications: ["trong ho so", "trong đe xuat", "trong bao gia"],
    requestVerbs: ["cho minh xin", "cho em xin", "cho toi xin", "cho anh xin", "cho chi xin", "gui", "gui cho em", "đe lai"],
    questionWords: ["la gi", "bao nhieu"],
    haveCues: ["cho minh xin", "cho em xin", "cho toi xin", "cho anh xin", "cho chi xin", "xin", "xin cai", "xin lai"],
    haveQuestionCues: ["co", "anh co", "chi co", "ban co", "em co", "a co", "c co"],
    onPlatformCues: ["co dung"],
    articles: ["cai"],
    leads: ["the", "con", "va", "oke", "ok", "da"],
    please: ["voi", "nhe", "nha", "đuoc khong", "a"],
    reachQuestions: ["lam sao", "the nao"],
    reachVerbs: ["lien he anh", "lien he chi", "lien he ban", "lien lac voi anh", "lien lac voi chi"],
    away: ["ben ngoai", "truc tiep", "ngoai nen tang"],
    exchangeVerbs: ["trao đoi", "ket ban"],
    requestAfter: ["la gi", "la bao nhieu", "bao nhieu"],
    negations: ["đung", "khong", "chua", "cam", "khong nen", "khong đuoc"],
    barriers: ["cho", "ve", "tu", "voi"],
    nouns: {
      "so đien thoai": "phone", sđt: "phone", "so đt": "phone", "đien thoai": "phone", "so zalo": "zalo", "so cua anh": "phone",
      "so cua chi": "phone", "so cua ban": "phone", email: "email", "đia chi email": "email", "đia chi": "address",
      "thong tin lien he": "contact", "thong tin lien lac": "contact",
    },
    pluralNouns: { "so đien thoai": "phone", sđt: "phone", zalo: "zalo" },
    ambiguousNouns: ["đia chi"],
    modifiers: ["nha", "email", "cong ty", "giao hang"],
    coordinators: ["va", "hoac", "hay"],
    nounBlockers: ["đon hang", "tai khoan ngan hang"],
    linkers: [],
    onPlatform: ["o đay", "tren nay", "tren nen tang", "qua nen tang", "trong app"],
    prohibitions: ["bi cam", "khong đuoc phep", "vi pham"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["du an tiep theo", "du an sau", "viec tiep theo", "giai doan hai", "giai doan 2", "cong viec tiep theo"],
    conversionFee: ["phi chuyen doi", "conversion fee"],
    classes: {
      // "add zl em nha", "kết bạn zalo nhé": adding on the app, then a pronoun or a softening particle.
      addverb: ["add", "ket ban", "kb", "ib", "inbox", "nhan tin", "lien he", "goi"],
      viTail: ["em", "anh", "chi", "minh", "toi", "nhe", "nha", "voi", "nhen", "di", "e", "a"],
      pay: ["chuyen khoan", "chuyen tien", "ban tien", "thanh toan", "tra tien", "ck", "gui tien"],
      direct: ["thang", "truc tiep", "ngoai nen tang", "ngoai san", "vao tai khoan", "vao stk"],
      payvia: ["vao", "qua", "bang", "cho"],
      askpay: ["cho em xin"],
      yourpay: ["so"],
      discount: ["giam gia", "re hon"],
      away: ["ben ngoai", "ngoai nen tang"],
      havepay: ["co"],
      avoid: ["đo mat", "khoi mat", "tranh mat", "khong mat"],
      feeDet: [],
      fee: ["phi", "phi san", "hoa hong", "chiet khau"],
      sin: ["khong mat", "mien"],
      propose: ["chung ta", "minh hay", "hay", "ket ban", "nhan tin", "inbox", "lien he"],
      via: ["qua", "tren", "bang", "o"],
      contactme: ["nhan tin cho em", "nhan tin cho minh", "goi cho em", "goi cho minh", "ib em", "ib minh", "inbox em", "add zalo", "ket ban"],
      outside: ["ngoai", "ben ngoai"],
      // "Qua Zalo nói chuyện cho tiện nhé".
      talk: ["noi chuyen", "trao đoi", "nhan tin", "lien lac", "lien he", "chat"],
      meet: ["gap", "gap mat", "cafe"],
      inperson: ["truc tiep", "ngoai đoi"],
    },
    frames: [
      { kind: "channel", pattern: "@addverb @via? @channel @viTail", confidence: 0.8 },
      { kind: "payment", pattern: "@pay ~1 @direct ~2 @payapp", confidence: 0.85, anchorGuard: true },
      { kind: "payment", pattern: "@pay ~1 @direct", confidence: 0.8, anchorGuard: true },
      { kind: "channel", pattern: "@outside @platform", confidence: 0.85 },
      { kind: "channel", pattern: "@via @channel !@skill ~2 @talk", confidence: 0.8, anchorGuard: true },
      { kind: "meeting", pattern: "@meet ~1 @inperson", confidence: 0.75 },
    ],
    sharedFrames: true,
    negations: ["đung", "khong", "chua", "cam", "khong nen"],
    prohibitions: ["bi cam", "khong đuoc phep", "vi pham", "lua đao"],
    onPlatform: ["o đay", "tren nay", "tren nen tang", "qua nen tang", "trong app"],
    barriers: [],
  },
  sharedPhrases: {
    channelWords: ["so đien thoai", "sđt"],
    platformWords: ["nen tang"],
    paymentRails: ["momo", "zalopay", "vnpay", "viettelpay", "stk"],
  },
  functionWords: ["la", "va", "cua", "cho", "co", "đe", "thi", "em", "anh"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["gia", "bao gia", "ngan sach", "chi phi", "thanh toan", "tien cong", "hoa don", "dat coc", "bao nhieu tien"],
      verbs: ["gui", "gui cho", "trao doi", "ban", "noi chuyen", "thoa thuan", "viet", "bao cho"],
      channels: ["qua email", "qua mail", "qua e-mail", "vao email", "vao mail", "trong email", "den dia chi do", "toi email", "den email"],
      there: ["o do", "ben do"],
      notAfter: ["mau", "chu ky"],
    },
    accessCues: [
      "thêm tôi", "thêm mình", "thêm bạn", "thêm anh", "thêm em", "mời tôi", "mời bạn", "lời mời", "quyền truy cập",
      "cấp quyền", "phân quyền", "truy cập vào", "với vai trò", "làm quản trị viên", "quản trị viên",
      "chia sẻ thư mục", "chia sẻ cho", "để ký", "ký điện tử", "tạo tài khoản",
    ],
    accessContext: ["truy cập"],
    legal: [
      "nda", "thỏa thuận bảo mật", "hợp đồng bảo mật", "giấy phép kinh doanh", "đăng ký kinh doanh",
      "xác minh danh tính", "kiểm tra lý lịch", "lý lịch tư pháp", "kyc", "bộ phận pháp lý",
    ],
  },
});
