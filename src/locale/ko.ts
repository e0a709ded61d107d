import { defineLocale } from "./types.js";

/*
 * Korean. Spaced, but particles stick to the word before them ("번호를", "카톡으로"), so the words
 * below list the particle forms that occur; a Hangul token never runs into a Latin one ("ID를" is
 * id + 를, src/recognizers/phrases/tokens.ts). Digits read out in Sino-Korean (공일공 칠삼오일…)
 * are read by the digits view (src/normalize/digits.ts) from `numbers.units`.
 */

export default defineLocale({
  code: "ko",
  name: "Korean",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["이력서", "경력기술서", "경력 기술서"],
      sections: ["경력", "경력 사항", "경력사항", "학력", "학력 사항", "학력사항", "인적 사항", "인적사항"],
      words: ["자격증", "보유 기술", "기술", "어학"],
    },
  },
  link: {
    careerHosts: ["recruit", "careers", "jobs", "career"],
    portalHosts: ["supplier", "suppliers"],
    applyCues: ["지원", "접수", "등록", "제출"],
    projectCues: ["수정", "오류", "에러", "버그", "안돼요", "리뉴얼", "개선", "최적화", "느려요", "전송이 안", "작동하지 않"],
    reachCues: ["연락 주세요", "연락주세요", "문의 주세요", "메시지 주세요", "연락하세요"],
    formFields: ["이메일", "전화", "전화번호", "연락처", "휴대폰"],
    questionnaireCues: ["설문", "설문지", "질문지", "브리프"],
    applyPhrases: ["(?:지원|접수)(?:은|는)?", "(?:견적서|제안서|입찰서)(?:를|는|은)?"],
    ownSites: ["(?:저희|당사|회사) (?:채용 ?)?(?:사이트|홈페이지)(?:에서|에|를 통해|로|으로)?", "(?:저희|당사|회사) (?:협력사|공급업체|구매|입찰) ?(?:포털|사이트|시스템)(?:에서|에|를 통해|로|으로)?"],
  },
  regions: ["KR"],
  numbers: {
    // Sino-Korean digit names, as phone numbers are read: 공/영 0, 일 1, 이 2 … 구 9 (육/륙 6).
    // Native numbers (하나, 둘, 셋…) are counted with, not read out digit by digit.
    units: {
      0: ["공", "영"],
      1: ["일", "하나"],
      2: ["이", "둘"],
      3: ["삼", "셋"],
      4: ["사", "넷"],
      5: ["오", "다섯"],
      6: ["육", "륙", "여섯"],
      7: ["칠", "일곱"],
      8: ["팔", "여덟"],
      9: ["구", "아홉"],
    },
  },
  email: {
    atWords: ["골뱅이", "앳", "at"],
    dotWords: ["점", "닷", "쩜"],
    cues: ["메일", "이메일", "메일주소", "이메일 주소"],
    labels: ["메일", "이메일", "메일주소"],
    // "네이버 메일 jimin_0420"
    providerNames: { 네이버: "naver.com", 지메일: "gmail.com", 한메일: "hanmail.net", 네이트: "nate.com" },
    // "gmail 닷 컴", "네이버 닷 컴으로" (a particle may follow: Locale.particles).
    domainWords: { 컴: "com", 넷: "net", 오알지: "org", 케이알: "kr", 지메일: "gmail", 네이버: "naver", 한메일: "hanmail", 네이트: "nate" },
    mailboxWords: ["메일", "이메일", "메일은", "메일로", "아이디", "아이디는", "주소", "주소는"],
    providerConnectors: ["은", "는", "이", "는요"],
  },
  phone: {
    cues: ["전화", "전화번호", "폰", "휴대폰", "핸드폰", "번호", "연락처", "전번", "폰번호", "번호는", "전화번호는", "연락처는"],
    gluedCues: ["전화", "휴대폰", "핸드폰", "tel"],
    idWords: ["주문번호", "송장번호", "운송장", "사업자번호", "회원번호", "접수번호"],
    unitWords: ["원", "개", "명", "건", "만원"],
    groupJoiners: ["그다음", "그리고", "다음", "마지막"],
    reverseCues: ["거꾸로", "반대로", "역순"],
    shiftAdd: ["더하", "더해", "플러스"],
    shiftSubtract: ["빼", "마이너스"],
    eachDigit: ["각 자리", "각 숫자", "자리마다"],
  },
  handle: {
    labelWords: ["아이디", "번호", "아디", "id"],
    fillers: ["는", "은", "：", "이에요", "입니다"],
  },
  request: {
    possessives: ["당신의", "님의", "너의", "네"],
    requestVerbs: ["알려주세요", "알려줘", "알려주실"],
    questionWords: [],
    haveCues: ["하세요", "하시나요"],
    haveQuestionCues: ["있으세요", "있나요", "있어요"],
    onPlatformCues: [],
    articles: [],
    leads: ["그럼", "혹시", "그리고", "아"],
    please: ["좀", "주세요"],
    reachQuestions: ["어떻게"],
    reachVerbs: ["연락드리면", "연락하면", "연락할"],
    away: ["따로", "직접", "밖에서"],
    // "카톡 아이디 알려주세요", "전화번호 좀 알려주세요", "카카오톡 ID를 꼭 남겨주세요", "번호 교환해요".
    exchangeVerbs: ["교환", "교환해요", "교환할까요"],
    exchangeAfter: [
      "알려주세요", "알려주실", "알려줘", "알려줄래", "알려주시겠어요", "알려주시면", "남겨주세요", "남겨", "남겨주시면", "보내주세요",
      "주세요", "줄래요", "주실래요", "주실 수", "교환", "교환해요", "교환할까요", "교환하실래요", "적어주세요", "기재해주세요",
    ],
    negations: ["안", "안돼", "안 돼", "안돼요", "안 돼서요", "안 돼요", "못", "하지 마세요", "마세요", "금지", "말고", "없어요", "불가"],
    negationAfter: 3,
    barriers: [],
    nouns: {
      전화번호: "phone", 전화번호를: "phone", 번호: "phone", 번호를: "phone", 폰번호: "phone", 휴대폰: "phone", 휴대폰번호: "phone", 핸드폰: "phone",
      연락처: "contact", 연락처를: "contact", 메일: "email", 이메일: "email", 메일주소: "email", 주소: "address", 주소를: "address",
      카톡: "kakaotalk", 카톡으로: "kakaotalk", 카카오톡: "kakaotalk", "카톡 아이디": "kakaotalk", "카톡 id": "kakaotalk",
      "카카오톡 id": "kakaotalk", "카카오톡 아이디": "kakaotalk", "카톡 아이디를": "kakaotalk", "카카오톡 id 를": "kakaotalk",
      "카톡 id 를": "kakaotalk", 라인: "line", "이메일 주소": "email", "메일 주소": "email",
    },
    pluralNouns: {
      전화번호: "phone", 전화번호를: "phone", 번호: "phone", 번호를: "phone", 폰번호: "phone", 연락처: "contact", 연락처를: "contact",
      이메일: "email", 메일주소: "email", 주소를: "address",
      카톡: "kakaotalk", 카카오톡: "kakaotalk", "카톡 아이디": "kakaotalk", "카톡 아이디를": "kakaotalk", "카톡 id": "kakaotalk",
      "카톡 id 를": "kakaotalk", "카카오톡 id": "kakaotalk", "카카오톡 id 를": "kakaotalk", "카카오톡 아이디": "kakaotalk",
      "카카오톡 아이디를": "kakaotalk",
    },
    // "이메일 주소가 뭐예요?", "번호를 알려주세요": not "으로" ("카톡으로" is the way, not the detail).
    nounParticles: ["을", "를", "이", "가", "은", "는", "도", "만"],
    // The request after the noun: "카톡 아이디 알려줄래요?", "이메일 주소가 뭐예요?".
    requestAfter: [
      "알려주세요", "알려줘", "알려줄래요", "알려줄래", "알려주실래요", "알려주시겠어요", "알려주실", "남겨주세요", "보내주세요",
      "보내줄래요", "주세요", "줄래요", "주실래요", "뭐예요", "뭐에요", "뭔가요", "뭐야", "뭐죠", "어떻게 되나요", "어떻게 돼요",
      "적어주세요", "기재해주세요",
    ],
    ambiguousNouns: ["주소"],
    modifiers: ["집", "배송지", "회사", "연락"],
    coordinators: ["또는", "이나", "와", "과", "랑"],
    nounBlockers: ["로그인", "연동", "채널", "api", "개발", "선물하기"],
    linkers: [],
    onPlatform: ["여기서", "여기에서", "플랫폼에서", "채팅으로"],
    prohibitions: ["금지", "금지입니다", "위반", "안 돼서요", "안돼요"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["다음 프로젝트", "다음 작업", "다음 건", "2차 작업", "다음 일"],
    conversionFee: ["전환 수수료", "전환수수료"],
    classes: {
      // "플랫폼 밖에서 따로 연락하는 게 어떨까요?", "직접 거래해요".
      outside: ["플랫폼 밖에서", "밖에서", "따로", "직접", "개인적으로"],
      talk: ["연락하는", "연락해요", "연락할까요", "연락하죠", "연락", "거래해요", "거래하는", "거래", "얘기해요", "이야기해요", "연락드릴게요"],
      pay: ["입금", "송금", "계좌이체", "이체", "결제"],
      direct: ["직접", "따로"],
      // "수수료 아끼려면 직접 거래해요": dodging the commission.
      fee: ["수수료", "수수료를", "수수료가", "수수료도"],
      save: ["아끼려면", "아끼게", "아껴요", "아낄", "아끼고", "피하려면", "빼고", "안 내게", "안 내도"],
      // "카톡으로 얘기해요", "텔레그램으로 연락주세요": a channel with its particle.
      viachannel: ["카톡으로", "카카오톡으로", "카톡에서", "라인으로", "텔레그램으로", "왓츠앱으로", "문자로", "전화로", "디엠으로"],
      // "직거래로 하시면": a direct deal, weak alone (a secondhand sale in person is one too).
      directdeal: ["직거래", "직거래로", "직거래하면", "직거래하시면", "직거래해요", "직거래할까요", "직거래하죠"],
      // "수수료 없이": without the commission, weak alone.
      without: ["없이", "없게", "안 받고", "면제"],
      chat: ["얘기해요", "얘기하죠", "얘기해", "이야기해요", "연락주세요", "연락해요", "연락할게요", "연락드릴게요", "대화해요"],
    },
    frames: [
      { kind: "channel", pattern: "@outside ~2 @talk", confidence: 0.8, anchorGuard: true },
      { kind: "payment", pattern: "@direct ~2 @pay", confidence: 0.85, anchorGuard: true },
      { kind: "channel", pattern: "@viachannel ~1 @chat", confidence: 0.8, anchorGuard: true },
      { kind: "fees", pattern: "@fee ~1 @save", confidence: 0.8 },
      { kind: "payment", pattern: "@directdeal", confidence: 0.4, weak: true },
      { kind: "fees", pattern: "@fee @without", confidence: 0.4, weak: true },
    ],
    sharedFrames: false,
    negations: ["안", "못", "하지 마세요", "마세요", "금지", "말고", "불가"],
    negationAfter: 3,
    prohibitions: ["금지", "위반", "사기"],
    onPlatform: ["여기서", "여기에서", "플랫폼에서", "플랫폼 안에서"],
    barriers: [],
  },
  sharedPhrases: {
    channelWords: ["전화", "이메일", "휴대폰"],
    platformWords: ["플랫폼"],
    nounBlockers: ["로그인", "연동"],
  },
  // Copula endings and case particles written against a number or a domain word: "오육칠팔이에요",
  // "오사삼이로", "공일공에 구팔칠육에…" (에 reads the dash), "닷 컴으로". Longest first is tried first.
  particles: [
    "이에요", "예요", "에요", "입니다", "이요", "이고", "이랑", "으로요", "로요", "으로", "로", "에", "요", "은", "는", "을", "를",
    "도", "와", "과", "랑", "：", ":",
  ],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["견적", "견적은", "견적을", "견적서", "견적서는", "견적서를", "가격", "가격은", "가격을", "비용", "비용은", "비용을", "예산", "예산은", "예산을", "금액", "금액은", "금액을", "결제", "결제는", "단가", "단가는"],
      verbs: ["보내", "보내주세요", "보내줘", "보내드릴게요", "보낼게요", "얘기해요", "이야기해요", "얘기하죠", "논의해요", "상의해요", "정해요", "알려주세요"],
      channels: ["이메일로", "메일로", "이메일에서", "메일에서", "이 주소로", "그 주소로", "제 이메일로", "이메일 주소로", "그 이메일로", "그 메일로"],
      there: ["거기로", "거기서", "그쪽으로"],
      notAfter: ["템플릿", "서명"],
    },
    accessCues: [
      "추가해", "추가해 주", "추가해주", "추가할게", "추가하겠", "초대", "초대해", "권한", "접근 권한", "열람 권한", "관리자로", "공유해", "공유할게",
      "공유 드릴", "서명", "계정 발급", "계정을 만들",
    ],
    accessContext: ["접근"],
    legal: [
      "nda", "비밀유지계약", "비밀유지 계약", "기밀유지계약", "사업자등록증", "사업자 등록증", "신원 조회", "신원조회", "본인 인증", "본인확인", "kyc", "법무팀",
      "협력사 등록",
    ],
  },
});
