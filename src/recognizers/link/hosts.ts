import type { FindingType } from "../../core/types.js";

/**
 * Link classes other than messenger/social platforms (those live in ../platforms). A rule matches
 * a host (exact or any subdomain of it) and, optionally, a path prefix. First match wins, so
 * specific rules (linkedin.com/jobs) come before general ones.
 */
export interface LinkRule {
  host: string;
  /** Path prefixes (lower case, starting with "/"); omitted = any path. */
  paths?: string[];
  type: Extract<FindingType, "contact_link" | "external_application" | "portfolio_link">;
  label: string;
}

export const LINK_RULES: readonly LinkRule[] = [
  // C7: applicant-tracking systems and job-application pages.
  { host: "greenhouse.io", type: "external_application", label: "Greenhouse" },
  { host: "lever.co", type: "external_application", label: "Lever" },
  { host: "workable.com", type: "external_application", label: "Workable" },
  { host: "ashbyhq.com", type: "external_application", label: "Ashby" },
  { host: "smartrecruiters.com", type: "external_application", label: "SmartRecruiters" },
  { host: "myworkdayjobs.com", type: "external_application", label: "Workday" },
  { host: "myworkday.com", type: "external_application", label: "Workday" },
  { host: "icims.com", type: "external_application", label: "iCIMS" },
  { host: "bamboohr.com", type: "external_application", label: "BambooHR" },
  { host: "jobvite.com", type: "external_application", label: "Jobvite" },
  { host: "recruitee.com", type: "external_application", label: "Recruitee" },
  { host: "breezy.hr", type: "external_application", label: "Breezy HR" },
  { host: "applytojob.com", type: "external_application", label: "JazzHR" },
  { host: "teamtailor.com", type: "external_application", label: "Teamtailor" },
  { host: "personio.de", paths: ["/job", "/jobs"], type: "external_application", label: "Personio" },
  { host: "jobs.personio.com", type: "external_application", label: "Personio" },
  { host: "taleo.net", type: "external_application", label: "Taleo" },
  { host: "successfactors.com", type: "external_application", label: "SuccessFactors" },
  { host: "rippling-ats.com", type: "external_application", label: "Rippling" },
  { host: "ats.rippling.com", type: "external_application", label: "Rippling" },
  { host: "pinpointhq.com", type: "external_application", label: "Pinpoint" },
  { host: "homerun.co", type: "external_application", label: "Homerun" },
  { host: "wellfound.com", paths: ["/jobs", "/company"], type: "external_application", label: "Wellfound" },
  { host: "linkedin.com", paths: ["/jobs"], type: "external_application", label: "LinkedIn Jobs" },
  { host: "indeed.com", type: "external_application", label: "Indeed" },
  { host: "glassdoor.com", paths: ["/job", "/jobs"], type: "external_application", label: "Glassdoor" },
  // Job boards whose every page is a vacancy or a way to apply ("откликайтесь на hh.ru").
  { host: "hh.ru", type: "external_application", label: "HeadHunter" },
  { host: "hh.kz", type: "external_application", label: "HeadHunter" },
  { host: "superjob.ru", type: "external_application", label: "SuperJob" },
  { host: "rabota.ua", type: "external_application", label: "rabota.ua" },
  { host: "work.ua", type: "external_application", label: "Work.ua" },
  { host: "stepstone.de", type: "external_application", label: "StepStone" },
  { host: "infojobs.net", type: "external_application", label: "InfoJobs" },
  { host: "pracuj.pl", type: "external_application", label: "Pracuj.pl" },
  { host: "kariyer.net", type: "external_application", label: "Kariyer.net" },
  { host: "zhipin.com", type: "external_application", label: "BOSS Zhipin" },
  { host: "51job.com", type: "external_application", label: "51job" },
  { host: "zhaopin.com", type: "external_application", label: "Zhaopin" },
  { host: "naukri.com", type: "external_application", label: "Naukri" },
  { host: "jobstreet.com", type: "external_application", label: "JobStreet" },
  { host: "seek.com.au", type: "external_application", label: "SEEK" },
  { host: "ziprecruiter.com", type: "external_application", label: "ZipRecruiter" },
  { host: "monster.com", paths: ["/job", "/jobs"], type: "external_application", label: "Monster" },
  // C6: contact pages, forms, scheduling and link-in-bio pages that carry contact details.
  { host: "forms.gle", type: "contact_link", label: "Google Forms" },
  { host: "docs.google.com", paths: ["/forms"], type: "contact_link", label: "Google Forms" },
  { host: "typeform.com", type: "contact_link", label: "Typeform" },
  { host: "jotform.com", type: "contact_link", label: "Jotform" },
  { host: "jotform.me", type: "contact_link", label: "Jotform" },
  { host: "tally.so", type: "contact_link", label: "Tally" },
  { host: "forms.office.com", type: "contact_link", label: "Microsoft Forms" },
  { host: "forms.microsoft.com", type: "contact_link", label: "Microsoft Forms" },
  { host: "formstack.com", type: "contact_link", label: "Formstack" },
  { host: "cognitoforms.com", type: "contact_link", label: "Cognito Forms" },
  { host: "wufoo.com", type: "contact_link", label: "Wufoo" },
  { host: "paperform.co", type: "contact_link", label: "Paperform" },
  { host: "airtable.com", paths: ["/shr", "/app"], type: "contact_link", label: "Airtable form" },
  { host: "123formbuilder.com", type: "contact_link", label: "123FormBuilder" },
  { host: "hsforms.com", type: "contact_link", label: "HubSpot form" },
  { host: "hsforms.net", type: "contact_link", label: "HubSpot form" },
  { host: "zohopublic.com", paths: ["/forms"], type: "contact_link", label: "Zoho Forms" },
  { host: "forms.zohopublic.com", type: "contact_link", label: "Zoho Forms" },
  { host: "formsite.com", type: "contact_link", label: "Formsite" },
  { host: "surveymonkey.com", paths: ["/r/"], type: "contact_link", label: "SurveyMonkey" },
  { host: "forms.app", type: "contact_link", label: "forms.app" },
  { host: "formspree.io", paths: ["/f/"], type: "contact_link", label: "Formspree" },
  { host: "wj.qq.com", type: "contact_link", label: "Tencent Survey" },
  { host: "wjx.cn", type: "contact_link", label: "Wenjuanxing" },
  { host: "jinshuju.net", type: "contact_link", label: "Jinshuju" },
  { host: "calendly.com", type: "contact_link", label: "Calendly" },
  { host: "cal.com", type: "contact_link", label: "Cal.com" },
  { host: "bio.link", type: "contact_link", label: "bio.link" },
  { host: "about.me", type: "contact_link", label: "about.me" },
  // S1/S2: portfolios and code hosting — reported so the policy can allow them.
  { host: "github.com", type: "portfolio_link", label: "GitHub" },
  { host: "github.io", type: "portfolio_link", label: "GitHub Pages" },
  { host: "gitlab.com", type: "portfolio_link", label: "GitLab" },
  { host: "bitbucket.org", type: "portfolio_link", label: "Bitbucket" },
  { host: "behance.net", type: "portfolio_link", label: "Behance" },
  { host: "dribbble.com", type: "portfolio_link", label: "Dribbble" },
  { host: "artstation.com", type: "portfolio_link", label: "ArtStation" },
  { host: "deviantart.com", type: "portfolio_link", label: "DeviantArt" },
  { host: "codepen.io", type: "portfolio_link", label: "CodePen" },
  { host: "kaggle.com", type: "portfolio_link", label: "Kaggle" },
  { host: "huggingface.co", type: "portfolio_link", label: "Hugging Face" },
  { host: "myportfolio.com", type: "portfolio_link", label: "Adobe Portfolio" },
  { host: "carbonmade.com", type: "portfolio_link", label: "Carbonmade" },
  { host: "coroflot.com", type: "portfolio_link", label: "Coroflot" },
  { host: "figma.com", paths: ["/community", "/@"], type: "portfolio_link", label: "Figma" },
  { host: "stackoverflow.com", paths: ["/users"], type: "portfolio_link", label: "Stack Overflow" },
];

/** Path segments that make any site's page a contact page (C6). */
export const CONTACT_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:contact(?:[-_]?us|o|[-_]me)?|contacto|contato|contatti|kontakt|nous-contacter|get-in-touch|reach-us|fale-conosco|contactez-nous)(?:[/?#.]|$)/;
/** Path segments that make any site's page a job application (C7). */
export const APPLY_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:careers?|jobs?|apply|vacancies|vacatures|stellenangebote|karriere|empleo|trabaja-con-nosotros|vagas|carrieres|lavora-con-noi)(?:[/?#]|$)/;

/**
 * Top-level domains that are far more often file extensions in project talk ("readme.md",
 * "main.py", "deploy.sh", "logo.ai"). Such links count only with a scheme or "www.".
 */
export const FILE_LIKE_TLDS: ReadonlySet<string> = new Set(["md", "py", "rs", "sh", "pl", "zip", "mov", "ps", "cs", "cc", "ai", "so", "go", "ts", "rb", "kt", "sql", "csv", "doc", "exe", "jar"]);
