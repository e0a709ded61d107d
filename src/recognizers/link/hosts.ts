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
  type: Extract<FindingType, "contact_link" | "external_application" | "portfolio_link" | "off_platform">;
  label: string;
  /**
   * A form builder: the form may be a contact form (C6) or a questionnaire about the project that asks
   * no contact details (S3); the link recognizer reads which from the sentence around the link.
   */
  form?: true;
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
  { host: "forms.gle", type: "contact_link", label: "Google Forms", form: true },
  { host: "docs.google.com", paths: ["/forms"], type: "contact_link", label: "Google Forms", form: true },
  { host: "typeform.com", type: "contact_link", label: "Typeform", form: true },
  { host: "jotform.com", type: "contact_link", label: "Jotform", form: true },
  { host: "jotform.me", type: "contact_link", label: "Jotform", form: true },
  { host: "tally.so", type: "contact_link", label: "Tally", form: true },
  { host: "forms.office.com", type: "contact_link", label: "Microsoft Forms", form: true },
  { host: "forms.microsoft.com", type: "contact_link", label: "Microsoft Forms", form: true },
  { host: "formstack.com", type: "contact_link", label: "Formstack", form: true },
  { host: "cognitoforms.com", type: "contact_link", label: "Cognito Forms", form: true },
  { host: "wufoo.com", type: "contact_link", label: "Wufoo", form: true },
  { host: "paperform.co", type: "contact_link", label: "Paperform", form: true },
  { host: "airtable.com", paths: ["/shr", "/app"], type: "contact_link", label: "Airtable form", form: true },
  { host: "123formbuilder.com", type: "contact_link", label: "123FormBuilder", form: true },
  { host: "hsforms.com", type: "contact_link", label: "HubSpot form", form: true },
  { host: "hsforms.net", type: "contact_link", label: "HubSpot form", form: true },
  { host: "zohopublic.com", paths: ["/forms"], type: "contact_link", label: "Zoho Forms", form: true },
  { host: "forms.zohopublic.com", type: "contact_link", label: "Zoho Forms", form: true },
  { host: "formsite.com", type: "contact_link", label: "Formsite", form: true },
  { host: "surveymonkey.com", paths: ["/r/"], type: "contact_link", label: "SurveyMonkey", form: true },
  { host: "forms.app", type: "contact_link", label: "forms.app", form: true },
  { host: "formspree.io", paths: ["/f/"], type: "contact_link", label: "Formspree" },
  { host: "wj.qq.com", type: "contact_link", label: "Tencent Survey", form: true },
  { host: "wjx.cn", type: "contact_link", label: "Wenjuanxing", form: true },
  { host: "jinshuju.net", type: "contact_link", label: "Jinshuju", form: true },
  // Booking pages: the invitee types a name and an email to book (C6). Schedulers that ask no
  // contact details (when2meet, Doodle polls) are not here: S6 allows them.
  { host: "calendly.com", type: "contact_link", label: "Calendly" },
  { host: "cal.com", type: "contact_link", label: "Cal.com" },
  { host: "calendar.app.google", type: "contact_link", label: "Google booking page" },
  { host: "calendar.google.com", paths: ["/calendar/appointments", "/calendar/u/0/appointments", "/appointments"], type: "contact_link", label: "Google booking page" },
  { host: "savvycal.com", type: "contact_link", label: "SavvyCal" },
  { host: "tidycal.com", type: "contact_link", label: "TidyCal" },
  { host: "zcal.co", type: "contact_link", label: "zcal" },
  { host: "youcanbook.me", type: "contact_link", label: "YouCanBookMe" },
  { host: "acuityscheduling.com", type: "contact_link", label: "Acuity Scheduling" },
  { host: "as.me", type: "contact_link", label: "Acuity Scheduling" },
  { host: "meetings.hubspot.com", type: "contact_link", label: "HubSpot booking page" },
  { host: "koalendar.com", paths: ["/e/"], type: "contact_link", label: "Koalendar" },
  { host: "harmonizely.com", type: "contact_link", label: "Harmonizely" },
  { host: "oncehub.com", type: "contact_link", label: "OnceHub" },
  { host: "setmore.com", type: "contact_link", label: "Setmore" },
  { host: "simplybook.me", type: "contact_link", label: "SimplyBook.me" },
  { host: "bookings.zoho.com", type: "contact_link", label: "Zoho Bookings" },
  { host: "zohobookings.com", type: "contact_link", label: "Zoho Bookings" },
  { host: "book.ms", type: "contact_link", label: "Microsoft Bookings" },
  { host: "outlook.office365.com", paths: ["/owa/calendar", "/book/"], type: "contact_link", label: "Microsoft Bookings" },
  { host: "doodle.com", paths: ["/bp/", "/mm/"], type: "contact_link", label: "Doodle booking page" },
  { host: "timerex.net", paths: ["/s/"], type: "contact_link", label: "TimeRex" },
  { host: "jicoo.com", type: "contact_link", label: "Jicoo" },
  { host: "bio.link", type: "contact_link", label: "bio.link" },
  { host: "about.me", type: "contact_link", label: "about.me" },
  // C9: payment links. Offered for work not contracted on the platform, they move the payment off it.
  { host: "paypal.me", type: "off_platform", label: "PayPal.Me link" },
  { host: "paypal.com", paths: ["/paypalme/", "/pools/", "/donate"], type: "off_platform", label: "PayPal.Me link" },
  { host: "venmo.com", paths: ["/u/", "/code"], type: "off_platform", label: "Venmo link" },
  { host: "cash.app", paths: ["/$"], type: "off_platform", label: "Cash App link" },
  { host: "revolut.me", type: "off_platform", label: "Revolut link" },
  { host: "monzo.me", type: "off_platform", label: "Monzo link" },
  { host: "wise.com", paths: ["/pay/"], type: "off_platform", label: "Wise payment link" },
  { host: "buy.stripe.com", type: "off_platform", label: "Stripe payment link" },
  { host: "checkout.stripe.com", type: "off_platform", label: "Stripe payment link" },
  { host: "link.payoneer.com", type: "off_platform", label: "Payoneer payment link" },
  { host: "buymeacoffee.com", type: "off_platform", label: "Buy Me a Coffee" },
  { host: "ko-fi.com", type: "off_platform", label: "Ko-fi" },
  { host: "qr.alipay.com", type: "off_platform", label: "Alipay payment link" },
  { host: "yoomoney.ru", paths: ["/to/", "/quickpay"], type: "off_platform", label: "YooMoney payment link" },
  { host: "tinkoff.ru", paths: ["/rm/", "/cf/"], type: "off_platform", label: "Tinkoff payment link" },
  { host: "papara.com", paths: ["/personal/"], type: "off_platform", label: "Papara link" },
  { host: "picpay.me", type: "off_platform", label: "PicPay link" },
  { host: "nubank.com.br", paths: ["/pagar/", "/cobrar/"], type: "off_platform", label: "Nubank payment link" },
  { host: "mpago.la", type: "off_platform", label: "Mercado Pago link" },
  { host: "link.mercadopago.com", type: "off_platform", label: "Mercado Pago link" },
  { host: "razorpay.me", type: "off_platform", label: "Razorpay link" },
  { host: "rzp.io", type: "off_platform", label: "Razorpay link" },
  { host: "bunq.me", type: "off_platform", label: "bunq.me link" },
  { host: "paylib.fr", type: "off_platform", label: "Paylib link" },
  { host: "lydia-app.com", paths: ["/collect/", "/pots/"], type: "off_platform", label: "Lydia link" },
  { host: "sumup.me", type: "off_platform", label: "SumUp link" },
  { host: "pay.sumup.com", type: "off_platform", label: "SumUp link" },
  { host: "square.link", type: "off_platform", label: "Square payment link" },
  { host: "trakteer.id", type: "off_platform", label: "Trakteer link" },
  { host: "saweria.co", type: "off_platform", label: "Saweria link" },
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
