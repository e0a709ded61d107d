/**
 * The message mix the HTTP and stream benchmarks share: 95% ordinary marketplace messages (prices,
 * dates, versions that must not be flagged), 5% sharing contact details, some disguised.
 */
export const CLEAN_MESSAGES = [
  "Hi! I can start on Monday. My rate is $45/hr and I estimate 12-15 hours for the first milestone.",
  "Thanks for the invite. I've migrated three Django 3.2 apps to Django 5; happy to share samples on the platform.",
  "Could you share the brand guidelines and the logo files? I'll send the first draft by 03/20.",
  "The staging build (v2.4.1) is up. Lighthouse score went from 61% to 93%.",
  "Great, let's schedule the kickoff through the platform's calendar for Tuesday 10:30 GMT+9.",
  "I reviewed the 1,024-row spreadsheet; about 40 entries have missing ZIP codes.",
];

export const VIOLATING_MESSAGES = [
  "WhatsApp me on +91 98200 12345 for a quicker reply",
  "my email is kenji (at) sato-studio (dot) jp",
  "call me: eight zero zero, two two two, nine eight seven six",
];

/** Message i of the mix: every 20th shares contact details. */
export const isViolation = (i: number) => i % 20 === 0;
export const messageAt = (i: number): string =>
  isViolation(i) ? VIOLATING_MESSAGES[(i / 20) % VIOLATING_MESSAGES.length]! : CLEAN_MESSAGES[i % CLEAN_MESSAGES.length]!;
