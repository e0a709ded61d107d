import { defineLocale } from "./types.js";

/*
 * Japanese. Written without spaces: the phrase recognizers read each kanji and kana as a token
 * (src/recognizers/phrases/tokens.ts), so "LINEのIDを教えて" is line の id を 教 え て, and gaps
 * (`~N`) count characters. Digits spelled in kanji ("〇八〇") or read out in kana ("ゼロキューゼロ")
 * are read by the digits view (src/normalize/digits.ts) from `numbers.units`.
 */

export default defineLocale({
  code: "ja",
  name: "Japanese",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["履歴書", "職務経歴書", "職歴"],
      sections: ["職務経歴", "職務要約", "学歴", "経歴"],
      words: ["資格", "スキル", "自己PR"],
    },
  },
  link: {
    careerHosts: ["recruit", "saiyo", "saiyou", "careers", "jobs"],
    portalHosts: ["supplier", "suppliers", "chotatsu", "torihiki"],
    applyCues: ["応募", "エントリー", "申し込み", "申込", "登録", "提出", "アップロード"],
    projectCues: ["修正", "直して", "不具合", "エラー", "バグ", "動かない", "リニューアル", "改修", "改善", "移行", "遅い", "送信できない", "表示崩れ"],
    reachCues: ["ご連絡ください", "連絡ください", "メッセージください", "ご連絡は"],
    formFields: ["メールアドレス", "メール", "電話", "電話番号", "連絡先", "携帯"],
    questionnaireCues: ["アンケート", "ヒアリングシート", "質問票"],
    applyPhrases: ["(?:応募|エントリー)は", "(?:見積|見積もり|提案書|提案)(?:は|を)"],
    ownSites: ["(?:弊社|当社)(?:の)?(?:採用)?(?:サイト|ページ|ホームページ)(?:から|より)", "(?:弊社|当社)(?:の)?(?:ウェブサイト|webサイト|公式サイト|ホームページ|hp)(?:の)?(?:採用ページ|採用サイト|応募フォーム)?(?:から|より)", "採用(?:ページ|サイト)(?:から|より)", "(?:調達|サプライヤー|取引先)(?:ポータル|サイト)"],
  },
  regions: ["JP"],
  numbers: {
    // Kanji numerals (shared with Chinese), and the readings used when a number is read out, in
    // katakana and hiragana: ゼロ/レイ/マル, イチ, ニ, サン, ヨン/シ, ゴ/ゴー, ロク, ナナ/シチ, ハチ, キュウ/キュー/ク.
    units: {
      0: ["〇", "零", "ゼロ", "ぜろ", "レイ", "れい", "マル", "まる"],
      1: ["一", "イチ", "いち"],
      2: ["二", "ニ", "に", "ニー", "にー"],
      3: ["三", "サン", "さん"],
      4: ["四", "ヨン", "よん", "シ", "し"],
      5: ["五", "ゴ", "ご", "ゴー", "ごー"],
      6: ["六", "ロク", "ろく"],
      7: ["七", "ナナ", "なな", "シチ", "しち"],
      8: ["八", "ハチ", "はち"],
      9: ["九", "キュウ", "きゅう", "キュー", "きゅー", "ク", "く"],
    },
  },
  email: {
    atWords: ["アット", "あっと", "アットマーク", "あっとまーく", "at"],
    dotWords: ["ドット", "どっと"],
    cues: ["メール", "メアド", "メールアドレス", "送付先"],
    labels: ["メール", "メアド", "メールアドレス"],
    providerNames: { ジーメール: "gmail.com", gメール: "gmail.com", ヤフー: "yahoo.co.jp", ヤフーメール: "yahoo.co.jp" },
    mailboxWords: ["メール", "アドレス", "メアド"],
    providerConnectors: ["は"],
  },
  phone: {
    cues: ["電話", "電話番号", "携帯", "携帯番号", "ケータイ", "連絡先", "tel", "電話して", "お電話"],
    gluedCues: ["電話", "携帯", "tel"],
    idWords: ["注文番号", "受付番号", "会員番号", "管理番号", "伝票番号", "請求番号", "品番", "型番"],
    unitWords: ["円", "件", "個", "回", "人", "万"],
    groupJoiners: ["それから", "次は", "次に", "最後は", "最後に", "続いて"],
    reverseCues: ["逆から", "逆順", "反対から", "後ろから"],
    shiftAdd: ["足して", "足す", "プラス"],
    shiftSubtract: ["引いて", "引く", "マイナス"],
    eachDigit: ["各桁", "それぞれの数字", "各数字"],
  },
  handle: {
    invitePhrases: ["追加して", "友だち追加", "友達追加"],
    labelWords: ["id", "アカウント", "ユーザー名"],
    fillers: ["は", "の", "：", "です"],
  },
  request: {
    possessives: ["あなたの", "貴方の", "そちらの", "ご自身の"],
    requestVerbs: ["教えて", "おしえて", "送って", "ください", "下さい"],
    questionWords: [],
    haveCues: ["やってますか", "やっていますか"],
    haveQuestionCues: ["やってる", "ある"],
    onPlatformCues: [],
    articles: [],
    leads: ["では", "じゃあ", "あと", "ちなみに"],
    please: ["教えて", "教えてください", "教えて下さい", "お願いします", "ください"],
    reachQuestions: [],
    reachVerbs: [],
    away: [],
    // "LINE交換しませんか", "連絡先を交換", "メールアドレスを教えてください", "連絡先をご記入ください".
    exchangeVerbs: ["交換"],
    exchangeAfter: [
      "交換", "を交換", "教えて", "おしえて", "教えてください", "を教えて", "送って", "ご記入", "記入", "記載", "ご記載", "書いて",
      "明記", "お知らせ", "必ずご記入", "必ずご記載", "必ず記入", "必ず明記", "ご明記",
    ],
    // Japanese says "not" at the end of the sentence: the long forms are sentence-wide (prohibitions).
    negations: ["禁止", "ご遠慮", "控えて", "やめて", "ダメ", "だめ", "不可"],
    negationAfter: 10,
    barriers: [],
    nouns: {
      電話番号: "phone", 携帯番号: "phone", 電話: "phone", 携帯: "phone",
      メールアドレス: "email", メアド: "email", メール: "email",
      連絡先: "contact", 住所: "address", 番号: "phone",
      ライン: "line", "line id": "line", "line の id": "line", インスタ: "instagram",
    },
    pluralNouns: {
      電話番号: "phone", 携帯番号: "phone", メールアドレス: "email", メアド: "email", 連絡先: "contact", 住所: "address",
      line: "line", ライン: "line", "line の id": "line", "line id": "line", "ラインの id": "line",
    },
    ambiguousNouns: ["番号"],
    modifiers: ["電話", "携帯", "連絡"],
    coordinators: ["と", "や", "か"],
    nounBlockers: ["公式", "公式アカウント", "連携", "開発", "ログイン", "api"],
    linkers: [],
    onPlatform: ["こちらのメッセージ", "このチャット", "こちらのチャット", "ここで"],
    prohibitions: ["禁止されて", "規約違反", "できません", "出来ません", "使いません", "使っていません", "しないで"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["次の案件", "次のプロジェクト", "次回の案件", "次の仕事", "第二フェーズ", "今後の案件"],
    conversionFee: ["転換手数料", "コンバージョン手数料", "移行手数料"],
    classes: {
      // "インスタのDMください", "LINEでメッセージください": asking for a message on an outside app.
      no: ["の", "で", "に", "から"],
      dm: ["dm", "メッセージ", "メッセ", "連絡", "メール"],
      dmPlease: ["ください", "下さい", "くれ", "ちょうだい", "して", "ください ね", "お願いします", "お待ちしてます"],
      // "直接連絡を取り合いませんか", "直接銀行振込でお支払い".
      direct: ["直接", "個別に", "外部で", "サイト外で", "プラットフォーム外で", "ここ以外で"],
      // "手数料を節約したいので", "システム利用料がもったいない": dodging the commission.
      fee: ["手数料", "システム利用料", "サービス料", "仲介手数料"],
      save: ["節約", "浮かせ", "払いたくない", "もったいない", "回避", "避け", "省き", "かからないように"],
      talk: ["連絡", "やり取り", "やりとり", "取引", "ご連絡"],
      pay: ["支払い", "お支払い", "支払う", "支払っ", "払っ", "振込", "振り込み", "振り込ん", "振り込む", "お振込", "送金"],
      qr: ["qrコード", "qr"],
      addme: ["友だち追加", "友達追加", "追加して"],
      // "LINEで話しましょう", "ラインで連絡します".
      by: ["で", "にて", "から"],
      chan: ["line", "ライン", "らいん", "カカオトーク", "テレグラム", "ワッツアップ", "インスタ", "ディスコード", "スカイプ", "wechat", "whatsapp", "telegram", "discord", "skype", "instagram", "kakaotalk"],
      chat: ["話しましょう", "話せます", "話しませんか", "連絡", "やり取り", "やりとり", "ご連絡", "相談", "打ち合わせ"],
    },
    frames: [
      { kind: "channel", pattern: "@chan @no @dm @dmPlease", confidence: 0.8 },
      { kind: "channel", pattern: "@direct ~2 @talk", confidence: 0.8, anchorGuard: true },
      { kind: "payment", pattern: "@direct *6 @pay", confidence: 0.85, anchorGuard: true },
      { kind: "channel", pattern: "@qr *4 @addme", confidence: 0.8 },
      { kind: "fees", pattern: "@fee *3 @save", confidence: 0.8 },
      // "LINEで話しましょう", "LINEで続きを話しましょう": a short object between.
      { kind: "channel", pattern: "@chan !@skill @by *4 @chat", confidence: 0.8, anchorGuard: true },
    ],
    sharedFrames: false,
    negations: ["禁止", "ご遠慮", "控えて", "やめて", "ダメ", "だめ", "不可"],
    negationAfter: 10,
    prohibitions: ["禁止されて", "規約違反", "詐欺", "できません", "出来ません", "使いません", "使っていません", "しないで"],
    onPlatform: ["こちらのメッセージ", "このチャット", "こちらのチャット", "ここで"],
    barriers: [],
  },
  sharedPhrases: {
    channelWords: ["電話", "メール", "携帯"],
    platformWords: ["プラットフォーム"],
    nounBlockers: ["公式アカウント", "連携"],
  },
  // "電話番号は090…", "…ゴーロクナナハチです", "ぜろはちぜろ の いちにさんよん" (の reads the dash).
  particles: ["でした", "です", "だよ", "まで", "から", "だ", "へ", "に", "の", "は", "で", "を", "と", "ね", "よ", "：", ":"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["見積もり", "見積り", "見積", "料金", "金額", "価格", "予算", "報酬", "支払い", "請求書", "単価", "費用"],
      verbs: ["送って", "送り", "送る", "送ります", "相談", "話し", "連絡", "返信", "教えて", "決め", "交渉"],
      channels: ["メールで", "メールアドレス宛て", "メール宛て", "アドレス宛て", "メールにて", "メールアドレスに", "メールアドレスへ", "メールへ", "メールの方"],
      there: ["そちらで", "そちらに"],
      notAfter: ["テンプレート", "署名"],
    },
    accessCues: [
      "ユーザー追加", "ユーザーを追加", "ユーザー登録", "追加して", "追加をお願い", "追加します", "招待", "権限", "閲覧権限", "編集権限", "管理者権限", "アクセス権", "共有して",
      "共有します", "共有をお願い", "メンバー追加", "メンバーに追加", "署名", "サイン", "アカウント発行", "アカウントを発行",
    ],
    accessContext: ["アクセス"],
    legal: [
      "nda", "秘密保持契約", "機密保持契約", "営業許可", "登記簿謄本", "履歴事項全部証明書", "反社チェック", "身元確認", "本人確認", "kyc", "取引先登録", "法務部",
      "法務担当",
    ],
  },
});
