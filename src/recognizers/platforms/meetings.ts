import type { PlatformEntry } from "./types.js";

/*
 * Meeting tools (C4: "Zoom meeting links and IDs"). Findings are type "messenger": a meeting
 * link or number is a way to talk off the platform. Scheduling pages (Calendly, Cal.com) are
 * not here: the link recognizer classes them as contact links (C6/S6) from ../link/hosts.ts.
 * Positive and negative examples: test/recognizers/fixtures/platforms/meetings.json.
 */
export const MEETINGS: PlatformEntry[] = [
  {
    id: "zoom",
    name: "Zoom",
    family: "meeting",
    aliases: ["zoom", "zoom call", "зум"],
    hosts: ["zoom.us", "zoom.com", "zoomgov.com"],
    schemes: ["zoommtg", "zoomus"],
    linkPaths: ["/j/", "/my/", "/w/", "/s/", "/wc/", "/meeting/", "/join"],
    // Meeting numbers: 9–11 digits, often grouped 3-4-4.
    handle: /[0-9]{3}[ \-]?[0-9]{3,4}[ \-]?[0-9]{3,5}/,
    strictHandle: true,
    numericHandle: true,
  },
  {
    id: "googlemeet",
    name: "Google Meet",
    family: "meeting",
    aliases: ["google meet", "gmeet", "googlemeet", "hangouts", "google hangouts", "google hangout", "gmeets"],
    ambiguousAliases: ["meet", "hangout"],
    hosts: ["meet.google.com", "hangouts.google.com"],
    // Meeting codes: "abc-defg-hij".
    handle: /[a-z]{3}-[a-z]{4}-[a-z]{3}/,
    strictHandle: true,
  },
  {
    id: "teams",
    name: "Microsoft Teams",
    family: "meeting",
    aliases: ["microsoft teams", "ms teams", "msteams", "teams meeting", "teams call", "teams chat", "microsoft team"],
    ambiguousAliases: ["teams"],
    hosts: ["teams.microsoft.com", "teams.live.com"],
    schemes: ["msteams"],
    linkPaths: ["/l/meetup-join", "/l/meet", "/meet", "/l/chat", "/l/invite", "/l/team", "/l/channel", "/join"],
    // Meeting IDs: 12–15 digits grouped in threes ("123 456 789 012"). Users are e-mail addresses.
    handle: /[0-9]{3} ?[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?: ?[0-9]{2,3})?/,
    strictHandle: true,
    numericHandle: true,
  },
  {
    id: "webex",
    name: "Webex",
    family: "meeting",
    aliases: ["webex", "cisco webex"],
    hosts: ["webex.com"],
    schemes: ["webex"],
    // Meeting numbers: 9–11 digits ("2634 123 4567").
    handle: /[0-9]{3,4}[ \-]?[0-9]{3}[ \-]?[0-9]{3,4}/,
    strictHandle: true,
    numericHandle: true,
  },
  {
    id: "whereby",
    name: "Whereby",
    family: "meeting",
    aliases: ["whereby meeting", "whereby room", "whereby call"],
    // "whereby" is an ordinary English word.
    ambiguousAliases: ["whereby"],
    hosts: ["whereby.com", "appear.in"],
    handle: /[a-z0-9][a-z0-9\-]{2,39}/,
  },
  {
    id: "jitsi",
    name: "Jitsi Meet",
    family: "meeting",
    aliases: ["jitsi", "jitsi meet", "jitsimeet"],
    hosts: ["meet.jit.si", "jit.si", "8x8.vc"],
    handle: /[a-z0-9][a-z0-9_\-]{2,63}/,
  },
  {
    id: "gotomeeting",
    name: "GoTo Meeting",
    family: "meeting",
    aliases: ["gotomeeting", "goto meeting", "gotomeet"],
    hosts: ["gotomeeting.com", "meet.goto.com", "gotomeet.me", "global.gotomeeting.com"],
    handle: /[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{3}/,
    strictHandle: true,
    numericHandle: true,
  },
  {
    id: "tencentmeeting",
    name: "Tencent Meeting (VooV)",
    family: "meeting",
    aliases: ["腾讯会议", "騰訊會議", "tencent meeting", "voov meeting", "voovmeeting"],
    ambiguousAliases: ["voov"],
    hosts: ["meeting.tencent.com", "voovmeeting.com"],
    linkPaths: ["/dm/", "/p/", "/s/"],
    // Meeting numbers: 9 digits, often grouped 3-3-3 ("457-882-913").
    handle: /[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{3}/,
    strictHandle: true,
    numericHandle: true,
  },
];
