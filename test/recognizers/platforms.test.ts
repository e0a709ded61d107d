import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { detectWith } from "../../src/detect/detect.js";
import { fold } from "../../src/normalize/fold.js";
import { ALIAS_CONFLICTS, AT_ONLY_ALIASES_FOR_TESTS, handleRecognizers } from "../../src/recognizers/handle/index.js";
import {
  MARKETPLACES,
  MEETINGS,
  MESSENGERS,
  PLATFORMS,
  SOCIAL_NETWORKS,
  platformById,
  platformForHost,
  platformForScheme,
  type Platform,
} from "../../src/recognizers/platforms/index.js";
import { cpuSince, LINEAR_100KB_CPU_MS } from "../helpers/cpu.js";

interface PlatformFixture {
  sample: string;
  sampleValue: string;
  positive: Array<{ text: string; value: string; span?: string; region?: string }>;
  negative: string[];
}
interface FamilyFixture {
  family: "messenger" | "meeting" | "social";
  platforms: Record<string, PlatformFixture>;
}

const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/platforms/${name}.json`, import.meta.url), "utf8")) as FamilyFixture;

const FAMILIES: Array<[string, readonly Platform[], FamilyFixture]> = [
  ["messengers", MESSENGERS, load("messengers")],
  ["meetings", MEETINGS, load("meetings")],
  ["social", SOCIAL_NETWORKS, load("social")],
];

const HANGUL = /\p{Script=Hangul}/u;

describe("platform tables", () => {
  it("have unique ids, hosts and schemes", () => {
    const ids = PLATFORMS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const hosts = PLATFORMS.flatMap((p) => p.hosts ?? []);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
    const schemes = PLATFORMS.flatMap((p) => p.schemes ?? []);
    expect(schemes.filter((s, i) => schemes.indexOf(s) !== i)).toEqual([]);
  });

  it("put each platform in the table of its family, which gives its type (meeting tools are messenger findings)", () => {
    for (const p of MESSENGERS) expect([p.id, p.family, p.type]).toEqual([p.id, "messenger", "messenger"]);
    for (const p of MEETINGS) expect([p.id, p.family, p.type]).toEqual([p.id, "meeting", "messenger"]);
    for (const p of SOCIAL_NETWORKS) expect([p.id, p.family, p.type]).toEqual([p.id, "social", "social"]);
    // Other marketplaces with messaging are C5, like social profiles.
    for (const p of MARKETPLACES) expect([p.id, p.family, p.type]).toEqual([p.id, "marketplace", "social"]);
  });

  it("leave other marketplaces without aliases: their names are ordinary talk, only their links count", () => {
    for (const p of MARKETPLACES) expect([p.id, p.aliases, p.ambiguousAliases ?? []]).toEqual([p.id, [], []]);
    expect(platformForHost("fiverr.com")?.id).toBe("fiverr");
    expect(platformForHost("www.freelancer.com")?.id).toBe("freelancer");
  });

  it("give every platform a way to name the account (handle shape or phone)", () => {
    for (const p of PLATFORMS) expect(p.handle !== undefined || p.phoneIsHandle === true, p.id).toBe(true);
  });

  it("write handle shapes without anchors, flags or a leading @", () => {
    for (const p of PLATFORMS) {
      if (!p.handle) continue;
      expect(p.handle.flags, p.id).toBe("");
      expect(p.handle.source, p.id).not.toMatch(/^\^|\$$|^@/);
    }
  });

  it("write aliases in fold form (Hangul excepted: fold decomposes it, the compiler folds it too)", () => {
    for (const p of PLATFORMS) {
      for (const a of [...p.aliases, ...(p.ambiguousAliases ?? [])]) {
        if (HANGUL.test(a)) continue;
        expect(fold(a).text, `${p.id}: ${a}`).toBe(a);
      }
    }
  });

  it("have no alias shared by two platforms (after separator and leet folding)", () => {
    expect(ALIAS_CONFLICTS).toEqual([]);
  });

  it("keep at-only aliases among the ambiguous ones", () => {
    const ambiguous = new Set(PLATFORMS.flatMap((p) => p.ambiguousAliases ?? []));
    for (const a of AT_ONLY_ALIASES_FOR_TESTS) expect(ambiguous.has(a), a).toBe(true);
  });

  it("handle shapes are linear on hostile input", () => {
    const hostile = ["a".repeat(20_000), "a.".repeat(10_000), "1 ".repeat(10_000), "a-".repeat(10_000), "a@a.".repeat(5000)];
    const t0 = process.cpuUsage();
    for (const p of PLATFORMS) {
      if (!p.handle) continue;
      const re = new RegExp(p.handle.source, "y");
      for (const s of hostile) {
        for (let i = 0; i < s.length; i += 97) {
          re.lastIndex = i;
          re.exec(s);
        }
      }
    }
    expect(cpuSince(t0)).toBeLessThan(LINEAR_100KB_CPU_MS);
  });
});

describe("platformForHost / platformForScheme", () => {
  const hosts: Array<[string, string | undefined]> = [
    ["wa.me", "whatsapp"],
    ["chat.whatsapp.com", "whatsapp"],
    ["t.me", "telegram"],
    ["www.instagram.com", "instagram"],
    ["x.com", "x"],
    ["mobile.twitter.com", "x"],
    ["acme.zoom.us", "zoom"],
    ["meet.google.com", "googlemeet"],
    ["teams.microsoft.com", "teams"],
    ["acme.webex.com", "webex"],
    ["m.me", "messenger"],
    ["www.facebook.com", "facebook"],
    ["discord.gg", "discord"],
    ["kenji.bsky.social", "bluesky"],
    ["line.me", "line"],
    ["weixin.qq.com", "wechat"],
    ["qm.qq.com", "qq"],
    ["www.linkedin.com", "linkedin"],
    ["youtu.be", "youtube"],
    ["example.com", undefined],
    ["google.com", undefined],
    ["microsoft.com", undefined],
    ["qq.com", undefined],
  ];
  for (const [host, id] of hosts) {
    it(`${host} → ${id ?? "none"}`, () => expect(platformForHost(host)?.id).toBe(id));
  }
  it("maps URL schemes", () => {
    expect(platformForScheme("skype")?.id).toBe("skype");
    expect(platformForScheme("TG")?.id).toBe("telegram");
    expect(platformForScheme("whatsapp")?.id).toBe("whatsapp");
    expect(platformForScheme("viber")?.id).toBe("viber");
    expect(platformForScheme("http")).toBeUndefined();
    expect(platformForScheme("tel")).toBeUndefined();
  });
  it("restricts shared hosts to contact paths", () => {
    expect(platformById("teams")?.linkPaths).toContain("/l/meetup-join");
    expect(platformById("zoom")?.linkPaths).toContain("/j/");
  });
});

for (const [name, table, fixture] of FAMILIES) {
  describe(`fixtures/platforms/${name}.json`, () => {
    it("covers every platform of the family, with positives and negatives", () => {
      expect(Object.keys(fixture.platforms).sort()).toEqual(table.map((p) => p.id).sort());
      for (const [id, f] of Object.entries(fixture.platforms)) {
        expect(f.positive.length, id).toBeGreaterThan(0);
        expect(f.negative.length, id).toBeGreaterThan(0);
      }
    });

    for (const [id, f] of Object.entries(fixture.platforms)) {
      const platform = platformById(id);
      for (const c of f.positive) {
        it(`${id}: finds ${JSON.stringify(c.text)}`, () => {
          const found = detectWith(handleRecognizers, c.text, c.region ? { defaultRegion: c.region } : {});
          const hit = found.find((x) => x.value === c.value);
          expect(hit, JSON.stringify(found.map((x) => x.value))).toBeDefined();
          expect(hit!.platform).toBe(id);
          expect(hit!.type).toBe(platform?.type);
          expect(hit!.text).toBe(c.text.slice(hit!.start, hit!.end));
          if (c.span) expect(hit!.text).toBe(c.span);
        });
      }
      for (const text of f.negative) {
        it(`${id}: ignores ${JSON.stringify(text)}`, () => {
          expect(detectWith(handleRecognizers, text).map((x) => `${x.value} [${x.text}]`)).toEqual([]);
        });
      }
    }
  });
}

describe("every alias in the tables is recognized", () => {
  const samples = new Map<string, PlatformFixture>();
  for (const [, , fixture] of FAMILIES) for (const [id, f] of Object.entries(fixture.platforms)) samples.set(id, f);
  const atOnly = new Set(AT_ONLY_ALIASES_FOR_TESTS);

  for (const p of PLATFORMS) {
    const f = samples.get(p.id);
    const aliases: Array<[string, boolean]> = [
      ...p.aliases.map((a): [string, boolean] => [a, false]),
      ...(p.ambiguousAliases ?? []).map((a): [string, boolean] => [a, true]),
    ];
    for (const [alias, ambiguous] of aliases) {
      it(`${p.id}: ${JSON.stringify(alias)}${ambiguous ? " (ambiguous)" : ""}`, () => {
        expect(f, `no sample for ${p.id}`).toBeDefined();
        const phone = /^\+/.test(f!.sample);
        const needsAt = ambiguous && !phone && !p.strictHandle && !f!.sample.startsWith("@") && (atOnly.has(alias) || !/[0-9_.]/.test(f!.sample));
        // Cyrillic aliases inside Latin text fold to Latin look-alikes ("вк" → "bk"): use a Cyrillic frame.
        const my = /\p{Script=Cyrillic}/u.test(alias) ? "мой" : "my";
        const text = `${my} ${alias}: ${needsAt ? "@" : ""}${f!.sample}`;
        const found = detectWith(handleRecognizers, text);
        expect(found.map((x) => x.value), text).toContain(f!.sampleValue);
      });
    }
  }
});
