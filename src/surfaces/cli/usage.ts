export const USAGE = `contactguard — find contact information shared or requested in marketplace text

Usage:
  contactguard scan [--policy FILE]        JSON Lines on stdin → one decision per line on stdout
  contactguard scan-file FILE... [--context JSON] [--policy FILE] [--no-ocr] [--time-budget SECONDS]
                                           read documents and images (PDF, DOCX, DOC, RTF, text, HTML,
                                           CSV, vCard, PNG, JPEG, WebP) → one JSON line per file
  contactguard policy check FILE           validate a policy preset file
  contactguard policy show [NAME]          print a built-in preset (default marketplace-default)
  contactguard check [--region CC] [--context JSON] "TEXT"
                                           show findings and the decision for TEXT (or stdin), for people
  contactguard serve                       start the HTTP service (PORT, DATA_DIR, DATABASE_URL, STORE_TEXT)
  contactguard worker --nats URL [--prefix NAME] [--batch N]
                                           a stream worker: checks from NATS JetStream, same policy and
                                           ledger (DATABASE_URL), results and dead letters back to NATS
  contactguard keys create --role ROLE [--name NAME] | keys list | keys revoke ID   [--url URL [--key KEY]]
                                           API keys (platform, reviewer, admin; a new key is printed last):
                                           through a running service's admin route with --url (admin key
                                           in --key or CONTACTGUARD_ADMIN_KEY), else in DATA_DIR/DATABASE_URL
  contactguard demo                        check a few sample messages
  contactguard --version | --help
`;
