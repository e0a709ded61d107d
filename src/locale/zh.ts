import { defineLocale } from "./types.js";

/*
 * Chinese (simplified and traditional). Chinese is written without spaces: the phrase recognizers
 * read each Han character as a token (src/recognizers/phrases/tokens.ts), so a phrase here is
 * matched wherever its characters stand in a row ("加个微信吧" holds 加个 + 微信), and gaps (`~N`)
 * count characters. Digits spelled with Han numerals ("幺三九…") are read by the digits view
 * (src/normalize/digits.ts) from `numbers.units`.
 */

export default defineLocale({
  code: "zh",
  name: "Chinese",
  // Document kinds (src/policy/document-kind.ts): a résumé, C.V. or listing of past jobs is never a portfolio (S5, W2).
  documents: {
    resume: {
      titles: ["简历", "个人简历", "履历", "簡歷", "個人簡歷", "履歷"],
      sections: ["工作经历", "工作经验", "教育背景", "教育经历", "个人信息", "工作經歷", "工作經驗", "教育背景", "學歷"],
      words: ["技能", "专业技能", "自我评价", "學歷", "学历"],
    },
  },
  link: {
    careerHosts: ["zhaopin", "job", "jobs", "careers", "campus"],
    portalHosts: ["gys", "supplier", "suppliers", "caigou"],
    applyCues: ["投递", "应聘", "申请", "报名", "注册", "提交", "上传", "投标"],
    projectCues: ["修复", "修改", "报错", "错误", "bug", "打不开", "不能用", "改版", "重做", "优化", "迁移", "太慢", "显示错乱", "提交不了", "无法提交", "需要修复"],
    reachCues: ["找我", "私信我", "给我留言", "给我发消息", "直接联系我", "联系本人", "联系我吧"],
    formFields: ["邮箱", "电话", "手机", "手机号", "微信", "联系方式", "电子邮件"],
    questionnaireCues: ["问卷", "调查问卷", "需求表", "需求问卷", "设计需求"],
    applyPhrases: ["投递简历", "(?:投递|申请|报名)", "(?:提交|上传)(?:报价|投标|标书|方案)", "投标"],
    ownSites: ["官网", "招聘网站", "招聘页面", "供应商(?:门户|平台|系统)", "采购(?:门户|平台|系统)", "招标平台", "招聘(?:网站|页面|门户)"],
  },
  regions: ["CN", "TW", "HK", "SG", "MO"],
  numbers: {
    // 幺 is "one" as read out in phone numbers; 两 is "two" before a measure word; 〇/零 both zero.
    units: {
      0: ["零", "〇"],
      1: ["一", "幺", "壹"],
      2: ["二", "两", "兩", "贰", "貳"],
      3: ["三", "叁", "參"],
      4: ["四", "肆"],
      5: ["五", "伍"],
      6: ["六", "陆", "陸"],
      7: ["七", "柒"],
      8: ["八", "捌"],
      9: ["九", "玖"],
    },
  },
  email: {
    // "zhang.wei 艾特 163 点 com", "圈a" (a circled a) for "@".
    atWords: ["艾特", "圈a", "at"],
    dotWords: ["点", "點", "句点"],
    cues: ["邮箱", "郵箱", "电邮", "電郵", "邮件", "发到", "發到"],
    labels: ["邮箱", "郵箱", "电邮", "電郵"],
    // "QQ邮箱就是我的QQ号 38472916", "163邮箱: zhang.wei"
    providerNames: { "163": "163.com", "126": "126.com", 网易: "163.com", 新浪: "sina.com", 搜狐: "sohu.com" },
    mailboxWords: ["邮箱", "郵箱", "邮件", "信箱"],
    providerConnectors: ["是", "就是", "号", "账号", "就是我的qq号", "是我的qq号", "就是qq号", "是qq号"],
  },
  phone: {
    cues: ["电话", "電話", "手机", "手機", "手机号", "手機號", "电话号码", "電話號碼", "打我电话", "致电", "联系电话", "聯繫電話", "微信号", "微信號", "号码", "號碼"],
    gluedCues: ["电话", "電話", "手机", "手機", "手机号", "手機號", "tel"],
    idWords: ["订单号", "訂單號", "单号", "單號", "编号", "編號", "工号", "学号", "身份证", "快递单号", "发票号"],
    unitWords: ["元", "块", "人民币", "万", "次", "个"],
    groupJoiners: ["然后", "接着", "再", "最后", "後面", "后面"],
    reverseCues: ["倒过来", "倒過來", "反过来", "反過來", "倒着", "倒著", "倒序"],
    shiftAdd: ["加", "加上"],
    shiftSubtract: ["减", "减去"],
    eachDigit: ["每位", "每一位", "每个数字", "每位数字"],
  },
  handle: {
    // "加我微信" ("add me on WeChat"), "联系我", "私聊" ("private chat").
    invitePhrases: ["加我", "加", "联系我", "聯繫我", "私聊"],
    labelWords: ["号", "号码", "號", "號碼", "账号", "帳號", "帐号", "id号"],
    // "微信是 kenji88", "微信：kenji88" (the full-width colon).
    fillers: ["是", "："],
  },
  request: {
    possessives: ["你的", "您的", "你们的", "您们的", "贵司的", "妳的", "你", "您"],
    // "能加一下您的微信吗", "请留下您的手机号", "告诉我你的电话".
    requestVerbs: ["加", "加一下", "给我", "發我", "发我", "告诉我", "告訴我", "留下", "留一下", "请留下", "发一下", "報", "报一下", "提供"],
    // "请在投标里留下邮箱和手机号": the imperative with the noun alone.
    bareRequestVerbs: ["留下", "请留下", "留一下", "填写", "填寫", "写上", "寫上", "写下", "寫下"],
    // "把你的微信号发给我": the verb after the noun.
    requestAfter: ["发给我", "發給我", "发我", "發我", "告诉我", "告訴我", "发过来", "發過來", "发一下", "發一下"],
    questionWords: ["请问", "請問"],
    // "方便留个微信吗", "有微信吗" (a question only: "有" is also "there is").
    haveCues: ["你有", "您有", "你用", "您用"],
    haveQuestionCues: ["有", "用"],
    onPlatformCues: ["你在", "您在", "你玩"],
    articles: ["个", "個", "一个", "一個", "下"],
    leads: ["好的", "那", "那么", "请问", "請問", "对了", "對了", "还有", "還有", "方便的话", "那你", "嗯"],
    // Sentence-final question words close "你的微信是多少？" the way "please" closes "your email pls?".
    please: ["是多少", "多少", "是什么", "是啥", "发我", "发一下", "给一下", "谢谢"],
    reachQuestions: ["怎么", "怎麼", "如何"],
    reachVerbs: ["联系你", "联系您", "聯繫你", "聯繫您", "找到你", "找到您"],
    away: ["私下", "线下", "平台外", "站外"],
    // "加个微信吧", "我们加个好友", "交换一下联系方式", "留个电话".
    exchangeVerbs: ["加个", "加個", "加一下", "互加", "交换", "交換", "留个", "留個", "留一下", "加下"],
    exchangeAfter: ["交换", "交換", "互加"],
    negations: ["不要", "不能", "不可以", "不可", "别", "別", "勿", "禁止", "不会", "不會", "不用", "不想", "不方便", "没有", "沒有"],
    negationAfter: 2,
    barriers: ["到", "给", "在", "用"],
    nouns: {
      微信: "wechat", 微信号: "wechat", 微信號: "wechat", 威信: "wechat", 薇信: "wechat", v信: "wechat", vx: "wechat", wx: "wechat",
      qq号: "qq", qq: "qq",
      电话: "phone", 電話: "phone", 电话号码: "phone", 電話號碼: "phone", 手机: "phone", 手機: "phone", 手机号: "phone", 手機號: "phone",
      手机号码: "phone", 手機號碼: "phone", 联系电话: "phone",
      邮箱: "email", 郵箱: "email", 电邮: "email", 電郵: "email", 邮箱地址: "email", 电子邮箱: "email",
      联系方式: "contact", 聯繫方式: "contact", 联系方法: "contact",
      地址: "address", 收货地址: "address",
    },
    pluralNouns: { 联系方式: "contact", 聯繫方式: "contact", 微信: "wechat", 好友: "contact", 电话: "phone", 手机号: "phone" },
    ambiguousNouns: ["地址"],
    modifiers: ["收货", "家庭", "详细"],
    coordinators: ["或", "和", "及", "跟"],
    // "微信支付", "微信小程序", "微信公众号": products, not a contact.
    nounBlockers: ["支付", "小程序", "公众号", "公眾號", "群", "红包", "紅包", "开发", "開發", "营销", "商城", "登录", "接口"],
    linkers: [],
    onPlatform: ["这里", "這裡", "在平台上", "站内", "在这", "在這"],
    prohibitions: ["违规", "違規", "不允许", "不允許", "禁止"],
  },
  offPlatform: {
    // E6: the next job, and the conversion fee that lets it leave the platform (src/policy/rules/w1-contract.ts).
    nextJob: ["下一个项目", "下个项目", "下一个工作", "下次合作", "第二期", "二期", "后续项目", "以后的项目", "下一单"],
    conversionFee: ["转换费", "转化费", "转换费用"],
    classes: {
      // "私下联系", "线下交易", "平台外沟通".
      privately: ["私下", "线下", "線下", "平台外", "站外", "绕过平台", "繞過平台", "不走平台"],
      talk: ["联系", "聯繫", "沟通", "溝通", "聊", "交易", "付款", "转账", "轉賬", "合作", "对接"],
      direct: ["直接", "私下"],
      pay: ["转我", "轉我", "转账", "轉賬", "转给我", "打款", "付款", "付钱", "汇款", "匯款", "支付给我"],
      payapp: ["支付宝", "支付寶", "微信转账", "银行卡", "銀行卡"],
      bypass: ["不走平台", "绕过平台", "繞過平台", "跳过平台", "避开平台", "省手续费", "省平台费", "免手续费", "省佣金", "省服务费"],
      scan: ["扫码", "掃碼", "扫一扫", "掃一掃", "扫二维码", "二维码"],
      addme: ["加我", "加好友", "联系我"],
      // "转到微信聊", "我们微信联系吧", "去QQ上谈".
      moveto: ["转到", "轉到", "换到", "換到", "去", "到", "改用", "用"],
      chat: ["聊", "联系", "聯繫", "沟通", "溝通", "谈", "談", "细聊", "細聊", "详聊", "詳聊"],
    },
    frames: [
      { kind: "channel", pattern: "@privately ~1 @talk", confidence: 0.85, anchorGuard: true },
      { kind: "payment", pattern: "@direct *4 @pay", confidence: 0.85, anchorGuard: true },
      { kind: "payment", pattern: "@direct ~1 @payapp", confidence: 0.8, anchorGuard: true },
      { kind: "fees", pattern: "@bypass", confidence: 0.8 },
      { kind: "channel", pattern: "@scan ~2 @addme", confidence: 0.8 },
      { kind: "channel", pattern: "@moveto @channel !@skill ~1 @chat", confidence: 0.85, anchorGuard: true },
      { kind: "channel", pattern: "@channel !@skill ~1 @chat", confidence: 0.75, anchorGuard: true },
    ],
    sharedFrames: false,
    negations: ["不要", "不能", "不可以", "不可", "别", "別", "勿", "禁止", "不会", "不會", "不想", "拒绝", "拒絕"],
    negatingDeterminers: ["不接受", "谢绝", "謝絕"],
    prohibitions: ["违规", "違規", "不允许", "不允許", "被封", "骗子", "騙子"],
    onPlatform: ["这里", "這裡", "在平台上", "站内", "在这", "在這"],
    barriers: [],
  },
  sharedPhrases: {
    channelWords: ["电话", "電話", "手机", "手機", "邮箱", "郵箱"],
    platformWords: ["平台"],
    nounBlockers: ["支付", "小程序", "公众号", "公眾號", "开发", "開發", "接口"],
  },
  // "手机号是138…", "电话：138…".
  particles: ["是", "为", "為", "：", ":"],
  // What a contact detail is for (E2 legal, E3 access to a system): src/policy/purpose.ts.
  purpose: {
    // E7 / C9: the talk about the job or its money moved to another channel (off-platform work frames).
    workTalk: {
      topics: ["报价", "价格", "价钱", "预算", "费用", "付款", "付款方式", "报酬", "定金", "发票", "多少钱", "收费"],
      verbs: ["谈", "聊", "发", "发给", "寄", "商量", "沟通", "讨论", "告诉", "确定", "回复"],
      channels: ["邮箱", "邮件", "邮件里", "这个邮箱", "那个邮箱", "我的邮箱", "电子邮件", "邮件中"],
      there: ["那边", "那里"],
      notAfter: ["模板", "签名", "营销"],
    },
    accessCues: [
      "加到", "加进", "拉进", "拉到", "把我加", "把你加", "添加", "邀请", "授权", "开通权限", "开权限", "给我权限", "给你权限", "权限", "访问权限", "只读",
      "管理员", "协作者", "共享给", "分享给", "签署", "签字",
    ],
    accessContext: ["访问"],
    legal: [
      "保密协议", "nda", "营业执照", "经营许可", "背景调查", "背调", "身份验证", "实名认证", "身份核验", "kyc", "合规审查", "供应商准入", "法务部", "我们法务",
    ],
  },
});
