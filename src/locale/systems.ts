/*
 * The systems POLICY.md E3 names (code hosting, ad analytics, bookkeeping, cloud drives,
 * e-signature, web hosts and builders): someone asks for an email to give access to one of them.
 * Product names are the same in every language, so they live here once, not in a locale; so do the
 * few common nouns for such a system in each language ("repository", "仓库", "общая папка"), because
 * this one list is read both by the policy (src/policy/purpose.ts) and, as context words, by the
 * request recognizer (src/recognizers/phrases/lexicon.ts PURPOSE_WORDS).
 *
 * Lower case, matched as whole words over the phrase tokenizer's tokens (Han and kana one character
 * a token). A word ending in `*` is a stem ("гитхаб*" for гитхабе, гитхабу). Names that are also
 * common words ("wave", "base", "logo", "linear", "monday") are written with what makes them the product.
 * The policy infers E3 only from a system AND an access cue (each locale's `purpose.accessCues`) near it.
 */
export const ACCESS_SYSTEMS = [
  // code hosting and project tools
  "github", "gitlab", "bitbucket", "azure devops", "gitee", "码云", "codeberg", "sourcehut", "гитхаб*", "гитлаб*",
  "깃허브", "깃랩", "ギットハブ", "جيت هب",
  "repo", "repos", "repository", "repositories", "codebase", "repositorio", "repositório", "repositori", "repozytori*",
  "репозитори*", "репозитор*", "dépôt git", "dépôt github", "dépôt gitlab", "kod deposu*", "代码库", "代码仓库", "仓库",
  "リポジトリ", "저장소", "레포", "مستودع", "المستودع", "kho mã",
  "jira", "confluence", "figma", "notion", "airtable", "trello", "asana", "clickup", "miro", "yougile", "kaiten",
  // ad analytics and marketing accounts
  "google analytics", "analytics", "ga4", "google ads", "adwords", "ads account", "ad account", "ads manager",
  "business manager", "meta business", "meta business suite", "meta ads", "facebook ads", "facebook ads manager",
  "facebook business manager", "instagram ads", "linkedin ads", "linkedin campaign manager", "tiktok ads",
  "tiktok ads manager", "youtube studio", "microsoft ads", "bing ads", "search console", "tag manager", "gtm",
  "looker studio", "data studio", "hotjar", "mixpanel", "amplitude", "matomo", "semrush", "ahrefs", "hubspot",
  "mailchimp", "klaviyo", "brevo", "sendinblue", "activecampaign", "rd station", "salesforce", "pipedrive", "amocrm",
  "яндекс метрик*", "яндекс директ*", "метрик* яндекс*", "вк реклам*", "google аналитик*", "гугл аналитик*",
  "гугл адс", "google реклам*", "百度统计", "百度推广", "巨量引擎", "巨量广告", "腾讯广告", "友盟",
  "google アナリティクス", "グーグルアナリティクス", "サーチコンソール", "google 広告", "yahoo 広告", "ヤフー広告",
  "구글 애널리틱스", "네이버 광고", "네이버 애널리틱스", "구글 광고", "تحليلات جوجل", "إعلانات جوجل",
  // bookkeeping and accounting
  "quickbooks", "xero", "freshbooks", "waveapps", "wave accounting", "sage", "zoho books", "myob", "bookkeeping",
  "accounting software", "datev", "lexoffice", "lexware", "sevdesk", "buchhaltungsbutler", "debitoor", "pennylane",
  "tiime", "holded", "quipu", "contasimple", "conta azul", "contaazul", "omie", "bling", "nibo", "contabilizei",
  "fatture in cloud", "teamsystem", "danea", "exact online", "moneybird", "snelstart", "twinfield", "e-conomic",
  "wfirma", "ifirma", "fakturownia", "infakt", "paraşüt", "parasut", "logo isbasi", "1с", "1c бухгалтери*",
  "1с бухгалтери*", "контур бухгалтери*", "контур эльб*", "эльба", "сбис", "м е док", "medoc", "freee",
  "マネーフォワード", "money forward", "弥生会計", "やよいの青色申告", "金蝶", "用友", "畅捷通", "好会计",
  "jurnal", "accurate online", "mekari", "misa", "tally", "daftra", "دفترة", "قيود", "qoyod", "더존", "자비스앤빌런즈",
  "buchhaltungssoftware", "logiciel comptable", "logiciel de comptabilité", "software contable",
  "programa de contabilidad", "sistema contábil", "software gestionale", "boekhoudpakket", "program księgowy",
  "бухгалтерск* программ*", "muhasebe programı", "会计软件", "会計ソフト", "회계 프로그램",
  // cloud drives and shared documents
  "google drive", "gdrive", "drive", "drive folder", "shared folder", "shared drive", "dropbox*", "onedrive",
  "sharepoint", "box folder", "icloud drive", "pcloud", "mega folder", "google docs", "google doc", "google sheets",
  "google sheet", "google slides", "google диск*", "гугл диск*", "яндекс диск*", "облако mail", "google таблиц*",
  "гугл таблиц*", "гугл док*", "百度网盘", "百度云", "阿里云盘", "腾讯微云", "坚果云", "腾讯文档", "飞书文档",
  "石墨文档", "金山文档", "共享文件夹", "グーグルドライブ", "google ドライブ", "共有フォルダ", "共有ドライブ",
  "구글 드라이브", "네이버 마이박스", "공유 폴더", "공유 드라이브",
  "dossier partagé", "dossier drive", "carpeta compartida", "carpeta de drive", "pasta compartilhada",
  "pasta do drive", "cartella condivisa", "cartella drive", "freigegebener ordner", "freigegebenen ordner",
  "gedeelde map", "folder udostępnion*", "общ* папк*", "paylaşılan klasör", "paylasılan klasor", "المجلد المشترك",
  "folder bersama", "thư mục chia sẻ", "shared na folder",
  // e-signature
  "docusign", "hellosign", "dropbox sign", "adobe sign", "adobe acrobat sign", "pandadoc", "e-signature",
  "esignature", "signnow", "clicksign", "d4sign", "zapsign", "docuten", "signaturit", "yousign", "docage",
  "skribble", "autenti", "e-imza", "e imza", "クラウドサイン", "cloudsign", "gmoサイン", "電子契約", "e签宝", "法大大",
  "上上签", "契约锁", "电子签", "모두싸인", "싸인오케이", "privyid", "диадок", "контур диадок", "контур сайн",
  "firma electrónica", "assinatura eletrônica", "signature électronique", "firma elettronica", "elektronische signatur",
  "podpis elektroniczny", "электронн* подпис*", "эдо",
  // web hosts and builders, cloud consoles, stores
  "wordpress", "wp admin", "wix", "squarespace", "shopify", "webflow", "godaddy", "cpanel", "plesk", "hpanel",
  "directadmin", "hosting", "web host", "webhost", "bluehost", "hostinger", "hostgator", "siteground", "namecheap",
  "ionos", "strato", "ovh", "o2switch", "hetzner", "linode", "locaweb", "aws", "aws console", "vercel", "netlify",
  "heroku", "digitalocean", "cloudflare", "firebase", "supabase", "google cloud", "gcp", "azure", "app store connect",
  "testflight", "play console", "google play console", "tiendanube", "nuvemshop", "loja integrada", "vtex",
  "mercado shops", "jumpseller", "jimdo", "prestashop", "magento", "woocommerce", "opencart", "joomla", "drupal",
  "framer", "elementor", "shoper", "ideasoft", "ikas", "ticimax", "tilda", "тильд*", "timeweb", "beget", "insales",
  "1с битрикс", "вордпресс*", "хостинг*", "админк*", "makeshop", "カラーミーショップ", "ペライチ", "xserver",
  "エックスサーバー", "ロリポップ", "ワードプレス", "管理画面", "阿里云", "腾讯云", "有赞", "微盟", "网站后台", "管理后台",
  "cafe24", "카페24", "아임웹", "imweb", "식스샵", "가비아", "워드프레스", "관리자 페이지",
  "hospedagem", "hébergement", "hébergeur", "alojamiento web", "hosting web", "webhosting", "sunucu paneli",
  "الاستضافة", "لوحة التحكم", "lojanuvem",
] as const;

/**
 * Communication tools beyond the platform tables (src/recognizers/platforms: messengers, meetings,
 * social networks): never E3, whatever access a message gives to them ("I'll add you to our Slack",
 * "canal de Teams", "Discord-Server", "拉你进钉钉群").
 */
export const COMMUNICATION_TOOLS = [
  "teams", "microsoft teams", "slack", "google chat", "mattermost", "rocket chat", "chatwork", "チャットワーク",
  "钉钉", "企业微信", "飞书", "ライン", "pumble", "zulip", "workplace chat", "битрикс24", "bitrix24",
] as const;

/**
 * Generic words for a system ("our Slack workspace", "the admin panel"): reported as context next to
 * a request, but not enough for the policy to infer E3 on its own. Over the shared data, "workspace"
 * + "access to" fires in flat listings ("dedicated workspace … access to the pool").
 */
export const GENERIC_SYSTEM_WORDS = ["workspace", "admin"] as const;
