import type { PlatformEntry } from "./types.js";

/*
 * Other freelance marketplaces (C5: "a profile on another marketplace with messaging"). A profile or
 * gig page there has a "contact me" button, so a link with a path is a way to reach the user off
 * this platform. Hosts only: the names are ordinary talk ("I have 300 reviews on Fiverr") and are
 * no handle marker, so `aliases` stays empty and the handle and phrase recognizers never read them.
 * `linkPaths` keeps the pages that are a person's profile or offer where the site has other pages.
 */
const marketplace = (id: string, name: string, hosts: string[], linkPaths?: string[]): PlatformEntry => ({
  id,
  name,
  family: "marketplace",
  aliases: [],
  hosts,
  // User names on these sites: letters, digits and "._-" (the account in a finding's value comes from the link's path).
  handle: /[a-z0-9][a-z0-9._\-]{1,49}/,
  ...(linkPaths ? { linkPaths } : {}),
});

export const MARKETPLACES: PlatformEntry[] = [
  marketplace("fiverr", "Fiverr", ["fiverr.com"]),
  marketplace("freelancer", "Freelancer.com", ["freelancer.com", "freelancer.es", "freelancer.com.br", "freelancer.de", "freelancer.fr", "freelancer.in", "freelancer.co.id", "freelancer.ph", "freelancer.mx", "freelancer.co.uk"], ["/u/"]),
  marketplace("workana", "Workana", ["workana.com"], ["/freelancer/", "/es/freelancer/", "/pt/freelancer/", "/en/freelancer/"]),
  marketplace("bionluk", "Bionluk", ["bionluk.com"]),
  marketplace("peopleperhour", "PeoplePerHour", ["peopleperhour.com"], ["/freelancer/", "/hourlie/"]),
  marketplace("guru", "Guru", ["guru.com"], ["/freelancers/"]),
  marketplace("malt", "Malt", ["malt.com", "malt.fr", "malt.de", "malt.es", "malt.it", "malt.nl", "malt.be"], ["/profile/"]),
  marketplace("99designs", "99designs", ["99designs.com"], ["/profiles/"]),
  marketplace("toptal", "Toptal", ["toptal.com"], ["/resume/"]),
  marketplace("codeur", "Codeur.com", ["codeur.com"], ["/-"]),
  marketplace("comeup", "ComeUp", ["comeup.com"], ["/fr/@", "/en/@", "/@"]),
  marketplace("twago", "twago", ["twago.de", "twago.com"], ["/freelancer/"]),
  marketplace("freelancermap", "freelancermap", ["freelancermap.de", "freelancermap.com"], ["/freelancer-verzeichnis/profile/", "/profil/"]),
  marketplace("99freelas", "99Freelas", ["99freelas.com.br"], ["/user/"]),
  marketplace("getninjas", "GetNinjas", ["getninjas.com.br"], ["/profissional/"]),
  marketplace("kwork", "Kwork", ["kwork.ru", "kwork.com"], ["/user/"]),
  marketplace("flru", "FL.ru", ["fl.ru"], ["/users/"]),
  marketplace("freelancehunt", "Freelancehunt", ["freelancehunt.com"], ["/freelancer/"]),
  marketplace("weblancer", "Weblancer", ["weblancer.net"], ["/users/"]),
  marketplace("useme", "Useme", ["useme.com"], ["/pl/roles/contractor/"]),
  marketplace("armut", "Armut", ["armut.com"], ["/profil/"]),
  marketplace("khamsat", "Khamsat", ["khamsat.com"], ["/user/"]),
  marketplace("mostaql", "Mostaql", ["mostaql.com"], ["/u/"]),
  marketplace("lancers", "Lancers", ["lancers.jp"], ["/profile/"]),
  marketplace("crowdworks", "CrowdWorks", ["crowdworks.jp"], ["/public/employees/"]),
  marketplace("coconala", "coconala", ["coconala.com"], ["/users/", "/services/"]),
  marketplace("kmong", "Kmong", ["kmong.com"], ["/@", "/gig/"]),
  marketplace("zbj", "Zhubajie", ["zbj.com"], ["/shop/", "/fw/"]),
  marketplace("sribulancer", "Sribulancer", ["sribulancer.com"], ["/id/users/", "/en/users/"]),
  marketplace("projects-co-id", "Projects.co.id", ["projects.co.id"], ["/public/browse_users/view/"]),
  marketplace("fastwork", "Fastwork", ["fastwork.co", "fastwork.id"], ["/user/"]),
  marketplace("onlinejobs", "OnlineJobs.ph", ["onlinejobs.ph"], ["/jobseekers/info/"]),
  marketplace("truelancer", "Truelancer", ["truelancer.com"], ["/freelancer/"]),
  marketplace("soomgo", "Soomgo", ["soomgo.com"], ["/profile/"]),
];
