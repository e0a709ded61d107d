import type { PlatformEntry } from "./types.js";

/*
 * Social networks (C5). Aliases are in fold form; the handle recognizer adds separator and leet
 * variants itself. Handle shapes carry no leading "@" and no anchors; repetitions are bounded.
 * Code hosting and portfolio sites (GitHub, Behance, Dribbble…) are not here: S1 allows them
 * and the link recognizer classes them as portfolio links.
 * Positive and negative examples for every entry: test/recognizers/fixtures/platforms/social.json.
 */
export const SOCIAL_NETWORKS: PlatformEntry[] = [
  {
    id: "instagram",
    name: "Instagram",
    family: "social",
    aliases: [
      "instagram", "insta", "instagramm", "instgram", "instagam", "instagran", "instagrm", "instagr", "instaa",
      "инстаграм", "инста", "инстаграмм", "the gram", "インスタ", "インスタグラム", "인스타", "인스타그램", "انستغرام", "انستجرام", "الانستغرام", "الانستجرام", "انستا",
    ],
    ambiguousAliases: ["ig", "gram"],
    hosts: ["instagram.com", "instagr.am", "ig.me"],
    handle: /[a-z0-9._]{1,30}/,
  },
  {
    id: "facebook",
    name: "Facebook",
    family: "social",
    aliases: ["facebook", "facebok", "faceboook", "フェイスブック", "페이스북", "脸书", "臉書", "facebk", "fcbk", "face book", "fbook", "феисбук", "феисбуке", "فيسبوك", "الفيسبوك", "فيس بوك", "الفيس بوك"],
    ambiguousAliases: ["fb", "фб"],
    hosts: ["facebook.com", "fb.com", "fb.me"],
    handle: /[a-z0-9.]{5,50}/,
  },
  {
    id: "x",
    name: "X (Twitter)",
    family: "social",
    // nicknames: "la red del pajarito" (es), "l'oiseau bleu" (fr), "the bird app" (en)
    aliases: ["twitter", "twiter", "twitt", "tweeter", "twitta", "твиттер", "твитер", "red del pajarito", "the bird app", "ツイッター", "트위터", "推特"],
    // A single letter: it counts only before an "@handle".
    ambiguousAliases: ["x"],
    hosts: ["twitter.com", "x.com"],
    handle: /[a-z0-9_]{1,15}/,
  },
  {
    id: "linkedin",
    name: "LinkedIn",
    family: "social",
    aliases: ["linkedin", "linked in", "linkedln", "linkdin", "linkden", "linkdn", "linkedinn", "lnkdin", "линкедин", "линкедине", "リンクトイン", "링크드인", "领英", "領英"],
    hosts: ["linkedin.com", "lnkd.in"],
    shortPaths: ["in/"],
    // Vanity names: 3–100 of a-z, 0-9 and "-".
    handle: /[a-z0-9][a-z0-9\-]{2,99}/,
  },
  {
    id: "tiktok",
    name: "TikTok",
    family: "social",
    aliases: ["tiktok", "tik tok", "tictok", "tiktock", "tictoc", "tik tock", "тикток", "抖音", "douyin", "ティックトック", "틱톡"],
    ambiguousAliases: ["tt"],
    hosts: ["tiktok.com", "douyin.com"],
    handle: /[a-z0-9._]{2,24}/,
  },
  {
    id: "snapchat",
    name: "Snapchat",
    family: "social",
    aliases: ["snapchat", "snap chat", "snapchatt", "snapcht", "снапчат", "снэпчат", "سناب شات", "سناب"],
    ambiguousAliases: ["snap", "sc"],
    hosts: ["snapchat.com"],
    schemes: ["snapchat"],
    handle: /[a-z][a-z0-9._\-]{2,14}/,
    verb: true,
  },
  {
    id: "youtube",
    name: "YouTube",
    family: "social",
    aliases: ["youtube", "you tube", "youtub", "ютуб", "ютюб"],
    ambiguousAliases: ["yt"],
    hosts: ["youtube.com", "youtu.be"],
    // Only channel pages are contact routes; a video link is a work sample (S1) and stays a plain URL.
    linkPaths: ["/@", "/c/", "/channel/", "/user/"],
    handle: /[a-z0-9._\-]{3,30}/,
  },
  {
    id: "threads",
    name: "Threads",
    family: "social",
    aliases: ["threads app", "threadsapp"],
    ambiguousAliases: ["threads"],
    hosts: ["threads.net", "threads.com"],
    handle: /[a-z0-9._]{1,30}/,
  },
  {
    id: "bluesky",
    name: "Bluesky",
    family: "social",
    aliases: ["bluesky", "bsky", "blueskyapp"],
    hosts: ["bsky.app", "bsky.social"],
    // Handles are domain names: "kenji.bsky.social".
    handle: /[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9][a-z0-9\-]{0,62}){1,4}/,
  },
  {
    id: "reddit",
    name: "Reddit",
    family: "social",
    aliases: ["reddit", "redit", "redditt", "реддит"],
    hosts: ["reddit.com", "redd.it"],
    shortPaths: ["u/"],
    handle: /(?:\/?u\/)?[a-z0-9_\-]{3,20}/,
  },
  {
    id: "vk",
    name: "VK",
    family: "social",
    aliases: ["vkontakte", "вконтакте", "вконтакт", "vkontakt"],
    ambiguousAliases: ["vk", "вк"],
    hosts: ["vk.com", "vk.me", "vkontakte.ru"],
    handle: /[a-z0-9_.]{3,32}/,
  },
  {
    id: "pinterest",
    name: "Pinterest",
    family: "social",
    aliases: ["pinterest", "pintrest", "pinterst", "pinterset"],
    hosts: [
      "pinterest.com", "pin.it", "pinterest.co.uk", "pinterest.ca", "pinterest.de", "pinterest.fr", "pinterest.es",
      "pinterest.it", "pinterest.com.au", "pinterest.jp", "pinterest.com.mx", "pinterest.ru",
    ],
    handle: /[a-z0-9_]{3,30}/,
  },
  {
    id: "mastodon",
    name: "Mastodon",
    family: "social",
    aliases: ["mastodon", "fediverse", "мастодон"],
    ambiguousAliases: ["masto", "fedi"],
    hosts: ["mastodon.social", "mastodon.online", "mstdn.social", "mas.to", "fosstodon.org", "hachyderm.io", "mastodon.world", "infosec.exchange"],
    // "@kenji@mastodon.social" (the first "@" is stripped before the shape is checked).
    handle: /[a-z0-9_]{1,30}@[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){1,4}/,
  },
  {
    id: "tumblr",
    name: "Tumblr",
    family: "social",
    aliases: ["tumblr", "tumbr", "tmblr"],
    ambiguousAliases: ["tumbler"],
    hosts: ["tumblr.com"],
    handle: /[a-z0-9\-]{1,32}/,
  },
  {
    id: "twitch",
    name: "Twitch",
    family: "social",
    aliases: ["twitch", "twich", "twitchtv", "твич"],
    hosts: ["twitch.tv"],
    handle: /[a-z0-9_]{4,25}/,
  },
  {
    id: "weibo",
    name: "Weibo",
    family: "social",
    aliases: ["weibo", "sina weibo", "微博", "新浪微博"],
    hosts: ["weibo.com", "weibo.cn"],
    handle: /[0-9]{5,12}|[a-z][a-z0-9_\-]{1,29}/,
    numericHandle: true,
  },
  {
    id: "xiaohongshu",
    name: "Xiaohongshu (RedNote)",
    family: "social",
    aliases: ["xiaohongshu", "小红书", "小紅書", "xhs"],
    ambiguousAliases: ["rednote", "red note"],
    hosts: ["xiaohongshu.com", "xhslink.com"],
    handle: /[0-9]{6,12}|[a-z][a-z0-9_.]{1,23}/,
    numericHandle: true,
  },
  // Link-in-bio pages: one link that lists the owner's social accounts and contact channels (C5).
  {
    id: "linktree",
    name: "Linktree",
    family: "social",
    aliases: ["linktree"],
    hosts: ["linktr.ee"],
    handle: /[a-z0-9._]{2,30}/,
  },
  {
    id: "beacons",
    name: "Beacons",
    family: "social",
    // The name alone is an ordinary word (Bluetooth beacons, "beacons of hope"): links and "beacons: @name" only.
    aliases: [],
    ambiguousAliases: ["beacons"],
    hosts: ["beacons.ai", "beacons.page"],
    handle: /[a-z0-9._]{2,30}/,
  },
  {
    id: "taplink",
    name: "Taplink",
    family: "social",
    aliases: ["taplink", "таплинк"],
    hosts: ["taplink.cc", "taplink.ws", "taplink.at"],
    handle: /[a-z0-9._]{2,30}/,
  },
  {
    id: "lnkbio",
    name: "Lnk.Bio",
    family: "social",
    aliases: ["lnkbio"],
    hosts: ["lnk.bio"],
    handle: /[a-z0-9._]{2,30}/,
  },
];
