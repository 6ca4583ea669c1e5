// The demo story behind `prisma/seed.ts`: shared KPIs with 14 monthly measurements, and the joint CMO–CIO
// initiatives with their timelines. Days are counted back from the day the seed runs ("daysAgo"); the order
// of INITIATIVES is the priority order of the live ones. The examples follow docs/domain.md.
import type {
  Health,
  InitiativeStatus,
  KpiDirection,
  Lever,
  RiskLevel,
  StandardsReview,
} from "../src/generated/prisma/enums.ts";

/** Demo staff, by the e-mail address of their account in demo-accounts.ts. */
export const STAFF_EMAIL = {
  cmo: "cmo@levers.example",
  cio: "cio@levers.example",
  m1: "marketing1@levers.example", // Giulia Ferri
  m2: "marketing2@levers.example", // Luca Bianchi
  m3: "marketing3@levers.example", // Sofia Ricci
  it1: "it1@levers.example", // Marco Gallo
  it2: "it2@levers.example", // Elena Costa
  it3: "it3@levers.example", // Davide Greco
} as const;
export type StaffKey = keyof typeof STAFF_EMAIL;
export type MarketingKey = "cmo" | "m1" | "m2" | "m3";
export type ItKey = "cio" | "it1" | "it2" | "it3";

export interface KpiSeed {
  key: string;
  name: string;
  description: string;
  unit: string;
  direction: KpiDirection;
  baseline: number;
  target: number;
  /** 14 monthly values, oldest first; the last one is this month's. */
  series: readonly number[];
  recorders: readonly StaffKey[];
  /** Notes by index into `series`. */
  notes: Readonly<Record<number, string>>;
}

export const KPIS: readonly KpiSeed[] = [
  {
    key: "nps",
    name: "Net Promoter Score",
    description:
      "The one customer KPI every customer-facing team reports on, marketing and IT alike. Share of promoters minus share of detractors, all journeys, one survey tool.",
    unit: "points",
    direction: "HIGHER_IS_BETTER",
    baseline: 18,
    target: 35,
    series: [18, 17, 19, 21, 20, 22, 24, 23, 25, 27, 26, 28, 29, 31],
    recorders: ["m2", "cmo", "m1"],
    notes: {
      0: "Baseline: first wave from the shared survey tool.",
      7: "Dip after the checkout outage; 'get help' journey down 6 points.",
      13: "All three journeys measured for the full month.",
    },
  },
  {
    key: "data-completeness",
    name: "Customer data completeness",
    description:
      "Share of active customers whose record holds all attributes in the shared data dictionary (contact, consent, purchase history, service history).",
    unit: "%",
    direction: "HIGHER_IS_BETTER",
    baseline: 61,
    target: 90,
    series: [61, 62, 62, 64, 63, 66, 67, 69, 70, 72, 71, 74, 76, 78],
    recorders: ["it1", "it2"],
    notes: {
      10: "Re-import of the newsletter list briefly lowered completeness.",
      12: "Shop and newsletter records merged.",
    },
  },
  {
    key: "time-to-market",
    name: "Campaign time-to-market",
    description:
      "Median working days from approved campaign brief to first customer contact, for campaigns needing IT work.",
    unit: "days",
    direction: "LOWER_IS_BETTER",
    baseline: 42,
    target: 21,
    series: [42, 43, 41, 40, 41, 38, 37, 38, 35, 33, 34, 32, 30, 29],
    recorders: ["m3", "it3"],
    notes: { 9: "First full month with tags published without a website release." },
  },
  {
    key: "attributed-pipeline",
    name: "Marketing-attributed pipeline",
    description:
      "New sales pipeline in the month whose first or last touch is a marketing campaign (current rule-based model).",
    unit: "EUR k",
    direction: "HIGHER_IS_BETTER",
    baseline: 850,
    target: 1400,
    series: [850, 790, 905, 880, 940, 910, 1005, 980, 1040, 1010, 1095, 1120, 1080, 1185],
    recorders: ["m1", "m2"],
    notes: { 1: "Summer low season.", 12: "Trade fair moved to next month." },
  },
  {
    key: "martech-reviewed",
    name: "Share of MarTech tools reviewed against IT standards",
    description:
      "Marketing tools in use that passed the IT-standards review (security, privacy, integration), as a share of all marketing tools in the register.",
    unit: "%",
    direction: "HIGHER_IS_BETTER",
    baseline: 22,
    target: 100,
    series: [22, 22, 24, 25, 31, 38, 45, 48, 52, 55, 61, 64, 68, 74],
    recorders: ["it3", "it1", "cio"],
    notes: { 4: "Inventory complete: 47 tools in the register.", 6: "Six unused tools retired." },
  },
];

export interface UpdateSeed {
  daysAgo: number;
  author: StaffKey;
  health: Health;
  progress: number;
  body: string;
}

export interface CommentSeed {
  daysAgo: number;
  author: StaffKey;
  body: string;
}

export interface InitiativeSeed {
  key: string;
  title: string;
  lever: Lever;
  status: InitiativeStatus;
  health: Health;
  progress: number;
  marketingOwner: MarketingKey;
  itOwner: ItKey;
  createdBy: "cmo" | "cio";
  createdDaysAgo: number;
  /** Days ago of the CMO's and the CIO's sign-off. */
  approvedDaysAgo?: readonly [marketing: number, it: number];
  startedDaysAgo?: number;
  /** When it became DONE or DROPPED, and who closed it (the marketing owner unless said). */
  closedDaysAgo?: number;
  closedBy?: StaffKey;
  /** Days from today; negative is in the past. */
  targetInDays: number | null;
  description: string;
  customerExperienceOutcome: string;
  businessOutcome: string;
  requirementsDetail: string;
  successMeasure: string;
  riskLevel: RiskLevel | null;
  riskNote: string;
  standardsReview: StandardsReview | null;
  standardsReviewNote: string;
  outcomeNote?: string;
  dropReason?: string;
  kpis: readonly string[];
  updates: readonly UpdateSeed[];
  comments: readonly CommentSeed[];
}

export const INITIATIVES: readonly InitiativeSeed[] = [
  {
    key: "single-customer-view",
    title: "Single customer view shared by marketing and IT",
    lever: "TECHNOLOGIES",
    status: "IN_PROGRESS",
    health: "AT_RISK",
    progress: 55,
    marketingOwner: "m1",
    itOwner: "it1",
    createdBy: "cio",
    createdDaysAgo: 150,
    approvedDaysAgo: [138, 136],
    startedDaysAgo: 120,
    targetInDays: 75,
    description:
      "One customer record that campaigns, service and sales all read from, instead of five partial copies. Marketing decides which attributes matter for personalisation; IT owns identity resolution, data quality and access control.\n\n- Consolidate CRM, web shop, newsletter and service-desk records\n- Matching rules for the golden record agreed by both teams\n- Campaign tools read through one governed API\n- Consent flags travel with the record",
    customerExperienceOutcome:
      "Customers are recognised across web shop, newsletter and service desk: nobody asks for the same details twice, and nobody gets offers for products they already own.",
    businessOutcome:
      "Fewer wasted contacts, sharper segments, and one count of active customers that finance, marketing and IT all accept.",
    requirementsDetail:
      "Sources: CRM (accounts, contacts), shop orders, newsletter platform, service desk. Match on verified e-mail first, then postcode plus name. Nightly batch first; consent changes near real time. Marketing needs the 25 attributes listed in data dictionary v3.",
    successMeasure: "Customer data completeness above 85% for active customers; duplicate rate below 2%.",
    riskLevel: "HIGH",
    riskNote:
      "A wrong match would merge two real customers and show one person's data to the other. Mitigation: conservative matching rules, a manual review queue, and sign-off by the data protection officer before go-live.",
    standardsReview: "PASSED_WITH_CONDITIONS",
    standardsReviewNote:
      "Approved on condition that campaign tools read through the governed API only: no direct database extracts.",
    kpis: ["data-completeness", "nps"],
    updates: [
      {
        daysAgo: 110,
        author: "it1",
        health: "ON_TRACK",
        progress: 10,
        body: "Source inventory finished: four systems, 1.9 million raw records. Matching rules drafted with Giulia.",
      },
      {
        daysAgo: 62,
        author: "m1",
        health: "ON_TRACK",
        progress: 35,
        body: "Data dictionary v3 signed off by marketing: 25 attributes, 6 of them new. First golden records visible in staging.",
      },
      {
        daysAgo: 27,
        author: "it1",
        health: "AT_RISK",
        progress: 48,
        body: "The service-desk export is two months behind the vendor's schedule, so matching on service data slips. Asked the CIO to escalate with the vendor.",
      },
      {
        daysAgo: 5,
        author: "m1",
        health: "AT_RISK",
        progress: 55,
        body: "Completeness at 78% for active customers. Newsletter and shop records are merged; service desk still missing. The spring campaign's pilot segment is built on the new record.",
      },
    ],
    comments: [
      {
        daysAgo: 30,
        author: "cmo",
        body: "The spring campaign depends on this. If the service-desk feed stays late, can we go live with three sources and add the fourth later?",
      },
      {
        daysAgo: 26,
        author: "cio",
        body: "Yes, as long as records are flagged as missing service history. I'll take the vendor escalation.",
      },
      {
        daysAgo: 3,
        author: "it1",
        body: "Vendor confirmed the service-desk export for the end of next month. The staging API is ready for the campaign tool on Monday.",
      },
    ],
  },
  {
    key: "nps-shared-kpi",
    title: "Net Promoter Score as the one KPI both teams report on",
    lever: "METRICS",
    status: "IN_PROGRESS",
    health: "ON_TRACK",
    progress: 70,
    marketingOwner: "m2",
    itOwner: "it2",
    createdBy: "cmo",
    createdDaysAgo: 200,
    approvedDaysAgo: [190, 189],
    startedDaysAgo: 180,
    targetInDays: 30,
    description:
      "Marketing and IT each reported their own scorecard, so the board heard two stories. Both teams now report Net Promoter Score first, and every customer-facing team is measured on it.\n\n- One survey tool and one question wording across channels\n- Monthly NPS per journey: buy, onboard, get help\n- IT incident reviews record the NPS impact of outages\n- Board dashboard shows NPS next to initiative progress",
    customerExperienceOutcome:
      "Customers are asked once, the same way everywhere, and hear back when they give a low score.",
    businessOutcome: "One measure the board can track, with both teams' objectives tied to the same customer outcome.",
    requirementsDetail:
      "Survey after purchase, after onboarding and after a support ticket is closed; at most one survey per customer every 90 days. Results reach the shared warehouse daily. Detractor alerts go to the owning team within 24 hours.",
    successMeasure: "NPS reported monthly by both teams from one source; +10 points within 12 months.",
    riskLevel: "MEDIUM",
    riskNote: "Survey fatigue where journeys overlap; the 90-day cap is enforced in the survey tool.",
    standardsReview: "PASSED",
    standardsReviewNote: "Survey tool already on the approved list; data-processing agreement in place.",
    kpis: ["nps"],
    updates: [
      {
        daysAgo: 160,
        author: "it2",
        health: "ON_TRACK",
        progress: 20,
        body: "Survey tool connected to order and ticket events. The one-survey-per-90-days rule is tested.",
      },
      {
        daysAgo: 75,
        author: "m2",
        health: "ON_TRACK",
        progress: 50,
        body: "All three journeys are live. Marketing's and IT's monthly reports now quote the same figure.",
      },
      {
        daysAgo: 9,
        author: "it2",
        health: "ON_TRACK",
        progress: 70,
        body: "Incident post-mortems now include the NPS impact on the affected journey. Remaining: the board dashboard view.",
      },
    ],
    comments: [
      {
        daysAgo: 12,
        author: "cio",
        body: "Good to see outages show up in NPS. Let's agree a target per journey at the next joint review.",
      },
      {
        daysAgo: 8,
        author: "m2",
        body: "Proposal for per-journey targets is attached to the review agenda. 'Get help' starts lowest, at 9 points.",
      },
    ],
  },
  {
    key: "martech-intake",
    title: "MarTech intake: new marketing tools only through an IT-standards review",
    lever: "PROCESSES",
    status: "IN_PROGRESS",
    health: "ON_TRACK",
    progress: 40,
    marketingOwner: "m3",
    itOwner: "it3",
    createdBy: "cio",
    createdDaysAgo: 120,
    approvedDaysAgo: [112, 110],
    startedDaysAgo: 100,
    targetInDays: 60,
    description:
      "Almost half of CIOs say marketing adopts technology without respecting IT standards; marketers say IT reviews take too long. One intake path fixes both: a light review with a guaranteed answer time.\n\n- One request form for any new marketing tool or plug-in\n- Security, privacy and integration checklist, answered together\n- An answer within 10 working days; a fast lane for trials under 60 days\n- A register of approved tools every marketer can see",
    customerExperienceOutcome:
      "New campaign tools reach customers without leaking their data or slowing down the website.",
    businessOutcome: "Fewer shadow-IT tools and duplicate licences; fast, predictable approval for marketing.",
    requirementsDetail:
      "Form fields: purpose, data categories processed, users, integrations, cost, trial length. Reviewers: one IT architect, one security analyst and the requesting marketer. Answer within 10 working days, 3 for fast-lane trials.",
    successMeasure: "Every new tool goes through intake; 90% of requests answered within the agreed time.",
    riskLevel: "LOW",
    riskNote: "A process change only. The risk is that answers come late and marketing goes around the process again.",
    standardsReview: "PASSED",
    standardsReviewNote: "The review checklist itself was approved by the architecture board.",
    kpis: ["martech-reviewed", "time-to-market"],
    updates: [
      {
        daysAgo: 85,
        author: "it3",
        health: "ON_TRACK",
        progress: 15,
        body: "Checklist agreed with security and privacy. The request form is live in the service portal.",
      },
      {
        daysAgo: 40,
        author: "m3",
        health: "ON_TRACK",
        progress: 30,
        body: "12 requests through the new path so far; median answer time 7 working days.",
      },
      {
        daysAgo: 6,
        author: "it3",
        health: "ON_TRACK",
        progress: 40,
        body: "Register of approved tools published. Next: retrospective reviews of the 20 tools adopted before the process existed.",
      },
    ],
    comments: [
      {
        daysAgo: 11,
        author: "m3",
        body: "Marketers like the fast lane. Could the register show which tools already connect to the single customer view?",
      },
      {
        daysAgo: 10,
        author: "it3",
        body: "Added a 'connects to the customer view' column; filled in for 14 tools so far.",
      },
    ],
  },
  {
    key: "privacy-risk-review",
    title: "Security and privacy risk review for new marketing platforms",
    lever: "TECHNOLOGIES",
    status: "IN_PROGRESS",
    health: "OFF_TRACK",
    progress: 25,
    marketingOwner: "m2",
    itOwner: "it1",
    createdBy: "cio",
    createdDaysAgo: 95,
    approvedDaysAgo: [90, 88],
    startedDaysAgo: 80,
    targetInDays: -10,
    description:
      "The CMO cannot afford to underestimate technology and security risks. Before a new marketing platform processes more customer data, it gets a data-protection impact assessment and a security test.\n\n- Impact-assessment template for marketing use cases\n- Penetration tests of the three platforms launched this year\n- Data-retention rules configured in each platform\n- Quarterly re-check of access rights",
    customerExperienceOutcome:
      "Customer data is used only for what customers agreed to and is never exposed by a marketing tool.",
    businessOutcome: "Avoids fines and breach costs, and spares marketing last-minute launch blocks.",
    requirementsDetail:
      "Scope: loyalty-app backend, event-registration platform, personalisation engine. Impact assessments owned by marketing, penetration tests by IT security. High findings must be fixed before more data is loaded.",
    successMeasure: "All three platforms assessed and every high finding closed.",
    riskLevel: "HIGH",
    riskNote:
      "Two high findings open on the personalisation engine: admin access without MFA and an unencrypted export bucket.",
    standardsReview: "PASSED_WITH_CONDITIONS",
    standardsReviewNote:
      "Platforms keep running on existing data; no new data sources until the high findings are closed.",
    kpis: ["martech-reviewed"],
    updates: [
      {
        daysAgo: 70,
        author: "it1",
        health: "ON_TRACK",
        progress: 10,
        body: "Penetration test of the loyalty-app backend done: no high findings.",
      },
      {
        daysAgo: 45,
        author: "m2",
        health: "AT_RISK",
        progress: 20,
        body: "Impact assessment for the event platform finished. The personalisation-engine vendor is slow to answer our questionnaire.",
      },
      {
        daysAgo: 20,
        author: "it1",
        health: "OFF_TRACK",
        progress: 25,
        body: "The test of the personalisation engine found two high issues. No fix date from the vendor, so the target date will be missed.",
      },
      {
        daysAgo: 7,
        author: "m2",
        health: "OFF_TRACK",
        progress: 25,
        body: "New data feeds into the personalisation engine paused, agreed with the CMO. Campaigns use the previous segment export meanwhile.",
      },
    ],
    comments: [
      {
        daysAgo: 19,
        author: "cio",
        body: "Escalating to the vendor's account executive. Without a fix date by the end of the month we should look at alternatives.",
      },
      {
        daysAgo: 13,
        author: "cmo",
        body: "Agreed. Let's keep the target date honest and move it once we have the vendor's plan.",
      },
      {
        daysAgo: 4,
        author: "it1",
        body: "The MFA fix is in the vendor's release next week, and the export bucket is now encrypted. Re-test booked.",
      },
    ],
  },
  {
    key: "attribution-model",
    title: "Attribution model for campaign outcomes, closed-loop test and learn",
    lever: "METRICS",
    status: "AGREED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m1",
    itOwner: "it2",
    createdBy: "cmo",
    createdDaysAgo: 45,
    approvedDaysAgo: [20, 18],
    targetInDays: 120,
    description:
      "Start from use cases of manageable complexity and check whether what we do works. A simple attribution model, agreed by both teams, reviewed every month and corrected when it is wrong.\n\n- Position-based model for paid search, e-mail and events first\n- Campaign IDs carried from first click to the CRM opportunity\n- Monthly test-and-learn review: keep, change or stop each campaign\n- Model assumptions written down and owned by both teams",
    customerExperienceOutcome:
      "Customers see fewer irrelevant campaigns, because the ones that do not help are stopped sooner.",
    businessOutcome:
      "Budget moves to campaigns that demonstrably create pipeline; one answer to 'what did marketing contribute?'",
    requirementsDetail:
      "UTM and campaign-ID naming standard enforced in every channel; CRM opportunities link to the first and last campaign touch. Daily data. Start with 3 channels and 10 campaigns.",
    successMeasure: "Marketing-attributed pipeline reported monthly with under 10% unattributed opportunities.",
    riskLevel: "MEDIUM",
    riskNote:
      "The model may be read as exact truth; we present it with ranges and revisit the assumptions every quarter.",
    standardsReview: "PASSED",
    standardsReviewNote: "Uses the existing warehouse and BI tool; no new platform.",
    kpis: ["attributed-pipeline"],
    updates: [],
    comments: [
      { daysAgo: 17, author: "cmo", body: "Signed off. Let's pick the first ten campaigns at the next joint review." },
      {
        daysAgo: 9,
        author: "it2",
        body: "Campaign-ID field added to CRM opportunities in test. We need marketing's UTM naming standard before we can validate.",
      },
      { daysAgo: 6, author: "m1", body: "UTM standard draft shared; the channel managers review it this week." },
    ],
  },
  {
    key: "upskill-marketers-data-science",
    title: "Upskill marketers in data science",
    lever: "TALENTS",
    status: "IN_PROGRESS",
    health: "AT_RISK",
    progress: 35,
    marketingOwner: "m3",
    itOwner: "it2",
    createdBy: "cmo",
    createdDaysAgo: 130,
    approvedDaysAgo: [122, 121],
    startedDaysAgo: 110,
    targetInDays: 45,
    description:
      "45% of CMOs want their teams to use data without IT's intervention. That takes skills: a twelve-week programme teaching marketers data-science basics on our own customer data, with IT data engineers as coaches.\n\n- SQL and notebook basics in the analytics sandbox\n- Segmentation and churn models on pseudonymised data\n- Each marketer paired with an IT data engineer\n- Final project: a campaign built on a model they made",
    customerExperienceOutcome: "Offers based on what customers actually do rather than on broad guesses.",
    businessOutcome: "Fewer analysis requests queued at IT; marketers answer their own questions.",
    requirementsDetail:
      "Sandbox with pseudonymised data refreshed weekly; 12 seats; 4 hours a week per participant, 2 hours a week per coach.",
    successMeasure: "Twelve marketers build and explain a segment model on their own; three campaigns use one.",
    riskLevel: "LOW",
    riskNote: "Time: participants get pulled back into campaign work.",
    standardsReview: "PASSED",
    standardsReviewNote: "Sandbox runs on the approved notebook platform with pseudonymised data only.",
    kpis: [],
    // One-sided on purpose: only the marketing side has spoken, and not for weeks.
    updates: [
      {
        daysAgo: 95,
        author: "m3",
        health: "ON_TRACK",
        progress: 15,
        body: "A cohort of 12 started; everyone has sandbox access.",
      },
      {
        daysAgo: 38,
        author: "m3",
        health: "AT_RISK",
        progress: 35,
        body: "Half the cohort missed the last two sessions because of the autumn campaign. Four participants still have no IT coach.",
      },
    ],
    comments: [
      {
        daysAgo: 36,
        author: "cmo",
        body: "I'll protect the Thursday slot in the marketing calendar. Can IT confirm coaches for the remaining four?",
      },
      { daysAgo: 30, author: "m3", body: "Still no answer on coaches; moving the four into group sessions for now." },
    ],
  },
  {
    key: "agile-it-squad",
    title: "A standing IT squad for market requests",
    lever: "TALENTS",
    status: "AGREED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m2",
    itOwner: "it3",
    createdBy: "cio",
    createdDaysAgo: 60,
    approvedDaysAgo: [35, 33],
    targetInDays: 90,
    description:
      "Campaign changes wait in the general IT backlog for weeks. A standing squad of two developers, a tester and a marketing product owner takes market requests in two-week sprints, making IT more agile toward the market.\n\n- A marketing product owner with authority over the backlog\n- Sprint reviews open to campaign managers\n- Definition of done includes tracking and consent checks\n- Marketing basics for the squad, agile basics for the product owner",
    customerExperienceOutcome: "Website and app improvements customers ask for arrive in weeks, not quarters.",
    businessOutcome: "Shorter campaign time-to-market; IT seen as a strategic partner rather than a ticket queue.",
    requirementsDetail:
      "Two full-time developers and one tester move from the web team; marketing names a product owner at 50% of their time. The squad uses the existing delivery pipeline.",
    successMeasure: "Campaign time-to-market below 25 days for requests handled by the squad.",
    riskLevel: "MEDIUM",
    riskNote: "Moving developers reduces the web team's maintenance capacity for two quarters.",
    standardsReview: "PASSED",
    standardsReviewNote: "No new tooling; the squad follows the existing release and security gates.",
    kpis: ["time-to-market"],
    updates: [],
    comments: [
      { daysAgo: 32, author: "cio", body: "Signed off. The squad can start once the web team's release freeze ends." },
      { daysAgo: 10, author: "m2", body: "I'll be the product owner. The first backlog of 14 requests is ready." },
      {
        daysAgo: 8,
        author: "it3",
        body: "Developers confirmed for the first sprint after the freeze; sprint zero is planned.",
      },
    ],
  },
  {
    key: "omnichannel-journey",
    title: "Omnichannel journey: think omnichannel, act multichannel",
    lever: "PROCESSES",
    status: "AGREED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m1",
    itOwner: "it3",
    createdBy: "cmo",
    createdDaysAgo: 50,
    approvedDaysAgo: [26, 24],
    targetInDays: 150,
    description:
      "Design the customer journey once, across all channels, then deliver it channel by channel. The first journey is order to delivery: the app, the website and the service desk should all tell the customer the same thing.\n\n- Map the journey with service, logistics and marketing\n- One order-status event feed used by every channel\n- Contact rules: one message per event, in the customer's preferred channel\n- Test and learn in one region before rolling out",
    customerExperienceOutcome: "One consistent, timely update about each order, in the channel the customer prefers.",
    businessOutcome: "Fewer 'where is my order?' calls to the service desk.",
    requirementsDetail:
      "Order-status events from the logistics system; channel preference from the single customer view; messages by app push, e-mail and SMS.",
    successMeasure: "'Where is my order?' calls down 30% in the pilot region; NPS for the buy journey up 5 points.",
    riskLevel: "MEDIUM",
    riskNote: "Depends on the single customer view for channel preferences.",
    standardsReview: "PASSED_WITH_CONDITIONS",
    standardsReviewNote: "SMS must go through the provider on the approved list.",
    kpis: ["nps"],
    updates: [],
    comments: [
      {
        daysAgo: 22,
        author: "it3",
        body: "Logistics confirmed the event feed can be exposed through the integration platform.",
      },
      {
        daysAgo: 7,
        author: "m1",
        body: "Journey workshop booked with service and logistics. Pilot region proposal: North-East.",
      },
      {
        daysAgo: 5,
        author: "it3",
        body: "Event-feed spec drafted: six states, plus 'delayed', which logistics added.",
      },
    ],
  },
  {
    key: "consent-preference-centre",
    title: "One consent and preference centre for every channel",
    lever: "TECHNOLOGIES",
    status: "PROPOSED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m3",
    itOwner: "it1",
    createdBy: "cmo",
    createdDaysAgo: 12,
    targetInDays: 180,
    description:
      "Customers can change their e-mail preferences today, but not SMS or app push. One preference centre for all channels, feeding consent straight into the single customer view.\n\n- Self-service page in the account area\n- Consent changes applied to all channels within minutes\n- Full consent history kept for audits",
    customerExperienceOutcome:
      "Customers decide in one place how and how often we contact them, and it is respected everywhere.",
    businessOutcome: "Fewer unsubscribes and complaints; consent evidence ready for audits.",
    requirementsDetail:
      "Channels: e-mail, SMS, app push, post. Consent changes propagate within 15 minutes. History retained for 5 years.",
    successMeasure: "Consent data complete for 95% of active customers.",
    riskLevel: "MEDIUM",
    riskNote: "Consent is legally sensitive; a propagation failure would mean contacting people who opted out.",
    standardsReview: null,
    standardsReviewNote: "",
    kpis: ["data-completeness"],
    updates: [],
    comments: [
      {
        daysAgo: 11,
        author: "m3",
        body: "This would also close the biggest gap in data completeness: consent for SMS and push.",
      },
      {
        daysAgo: 4,
        author: "it1",
        body: "Makes sense. Before agreeing we need the standards review: the newsletter vendor has a preference module, so we may not need to build one.",
      },
    ],
  },
  {
    key: "board-cx-dashboard",
    title: "Monthly customer-experience dashboard for the board",
    lever: "METRICS",
    status: "PROPOSED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m2",
    itOwner: "it2",
    createdBy: "cio",
    createdDaysAgo: 9,
    targetInDays: 60,
    description:
      "The board wants progress, not activity. One page a month, generated from this board's data.\n\n- Shared KPIs against target\n- The top five initiatives and their health\n- What we stopped, and why",
    customerExperienceOutcome: "Board attention goes to the customer outcomes that matter, not to activity reports.",
    businessOutcome: "Faster board decisions on budget and priorities for joint initiatives.",
    requirementsDetail:
      "Generated automatically on the 3rd working day of each month; readable on a phone; no manual slides.",
    successMeasure:
      "The board uses the dashboard instead of separate marketing and IT reports for three months in a row.",
    riskLevel: "LOW",
    riskNote: "Low: read-only view of data we already hold.",
    standardsReview: "PENDING",
    standardsReviewNote: "Review requested: check the BI tool's external-sharing setting for board members' devices.",
    kpis: ["nps", "attributed-pipeline"],
    updates: [],
    comments: [
      { daysAgo: 8, author: "cio", body: "The board asked for this at the last meeting. Let's keep it to one page." },
      {
        daysAgo: 3,
        author: "m2",
        body: "Draft layout attached: KPIs on top, initiatives below, never more than five.",
      },
    ],
  },
  {
    key: "marketing-it-rotation",
    title: "Marketing–IT job rotation",
    lever: "TALENTS",
    status: "PROPOSED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m1",
    itOwner: "it1",
    createdBy: "cio",
    createdDaysAgo: 6,
    targetInDays: null,
    description:
      "Update skills on both sides: a marketer spends three months in an IT product team while an IT analyst spends three months in campaign management.\n\n- Pairs swap for one quarter\n- Each writes down what the other side should stop doing\n- Findings presented at the joint review",
    customerExperienceOutcome: "",
    businessOutcome:
      "Each side understands the other's constraints, so joint initiatives are scoped right the first time.",
    requirementsDetail: "",
    successMeasure:
      "Four people rotated in the first year; both sides rate the rotation useful in the follow-up survey.",
    riskLevel: null,
    riskNote: "",
    standardsReview: null,
    standardsReviewNote: "",
    kpis: [],
    updates: [],
    comments: [
      { daysAgo: 5, author: "m1", body: "Two marketers have already asked to join the first rotation." },
      {
        daysAgo: 2,
        author: "it1",
        body: "IT can release one analyst from next quarter; we need to agree how their current work is covered.",
      },
    ],
  },
  {
    key: "campaign-brief-template",
    title: "Shared campaign brief with the detail IT needs",
    lever: "PROCESSES",
    status: "PROPOSED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m3",
    itOwner: "it3",
    createdBy: "cmo",
    createdDaysAgo: 40,
    targetInDays: 45,
    description:
      "46% of IT executives say marketing does not give enough detail to meet business requirements. A short brief template for every campaign that needs IT work.\n\n- Audience and data needed\n- Channels, dates and volumes\n- Tracking and consent\n- What success looks like",
    customerExperienceOutcome: "Campaigns launch on the promised date, with working links and tracking.",
    businessOutcome: "Less rework and fewer clarification rounds between campaign managers and IT.",
    requirementsDetail: "One page in the existing project tool; mandatory for any campaign request that needs IT work.",
    successMeasure: "Clarification rounds per campaign request down from three to one.",
    riskLevel: "LOW",
    riskNote: "Only a template; the risk is that it is filled in carelessly.",
    standardsReview: "PASSED",
    standardsReviewNote: "No new tooling: the brief lives in the existing project tool.",
    kpis: ["time-to-market"],
    updates: [],
    // One-sided on purpose: IT has not answered for weeks.
    comments: [
      {
        daysAgo: 38,
        author: "m3",
        body: "First version drafted from the last five campaign briefs. Waiting for IT's view on the data and tracking sections.",
      },
      {
        daysAgo: 24,
        author: "cmo",
        body: "This needs IT's input before we can agree it. Davide, could you look at the data section?",
      },
    ],
  },
  {
    key: "martech-inventory",
    title: "Inventory of every marketing tool in use",
    lever: "PROCESSES",
    status: "DONE",
    health: "ON_TRACK",
    progress: 100,
    marketingOwner: "m1",
    itOwner: "it2",
    createdBy: "cio",
    createdDaysAgo: 320,
    approvedDaysAgo: [312, 311],
    startedDaysAgo: 305,
    closedDaysAgo: 259,
    targetInDays: -255,
    description:
      "Before setting standards, know what is in use. A complete list of marketing tools, who uses them and what customer data they hold.\n\n- Scan expense reports and single-sign-on logs\n- Every team lead confirms their list\n- Cancel what nobody uses",
    customerExperienceOutcome: "No customer data left behind in forgotten tools.",
    businessOutcome: "Licence savings and a baseline for the MarTech intake process.",
    requirementsDetail:
      "Sources: expense reports of the last 24 months, SSO logs, vendor contracts. Output: register with owner, purpose, data categories, cost.",
    successMeasure: "Register complete and confirmed by every marketing team lead.",
    riskLevel: "LOW",
    riskNote: "Inventory only.",
    standardsReview: "PASSED",
    standardsReviewNote: "No new tools involved.",
    outcomeNote:
      "Yes. The inventory found 47 tools, 11 of them unknown to IT; 6 were cancelled, saving EUR 38k a year. The share of MarTech tools reviewed against IT standards went from 25% to 45% within three months.",
    kpis: ["martech-reviewed"],
    updates: [
      {
        daysAgo: 290,
        author: "it2",
        health: "ON_TRACK",
        progress: 30,
        body: "Expense reports and SSO logs scanned: 47 tools found so far.",
      },
      {
        daysAgo: 275,
        author: "m1",
        health: "ON_TRACK",
        progress: 75,
        body: "Every team lead confirmed their list; 11 tools were unknown to IT.",
      },
      {
        daysAgo: 260,
        author: "it2",
        health: "ON_TRACK",
        progress: 100,
        body: "Register published. Six unused tools cancelled.",
      },
    ],
    comments: [
      {
        daysAgo: 258,
        author: "cmo",
        body: "Useful, and a little embarrassing. Let's make sure the list never goes stale again: that's what the intake process is for.",
      },
    ],
  },
  {
    key: "tag-manager",
    title: "Consolidate web tracking into one tag manager",
    lever: "TECHNOLOGIES",
    status: "DONE",
    health: "ON_TRACK",
    progress: 100,
    marketingOwner: "m2",
    itOwner: "it1",
    createdBy: "cio",
    createdDaysAgo: 240,
    approvedDaysAgo: [232, 230],
    startedDaysAgo: 225,
    closedDaysAgo: 150,
    targetInDays: -155,
    description:
      "Three tracking tools, each needing a website release for every new tag. One tag manager lets marketing publish tracking safely without a release.\n\n- Migrate all tags to one container\n- Consent mode for every tag\n- Publishing rights for trained marketers, with IT review of new vendors",
    customerExperienceOutcome: "Faster pages and tracking that respects each customer's consent.",
    businessOutcome: "Campaigns no longer wait for a website release to be measured.",
    requirementsDetail:
      "Migrate 140 tags from three tools; consent mode on; two-person publishing rule; old scripts removed.",
    successMeasure: "All tags in one container; no website release needed for tracking changes.",
    riskLevel: "MEDIUM",
    riskNote: "A broken checkout tag would blind the attribution reports.",
    standardsReview: "PASSED",
    standardsReviewNote: "Tag manager is on the approved list; publishing rules agreed with security.",
    outcomeNote:
      "Partly. Campaign time-to-market fell from 38 to 33 days in the following quarter because tracking no longer needs a release. Pages got 0.3 s faster, less than the 0.8 s hoped for.",
    kpis: ["time-to-market"],
    updates: [
      {
        daysAgo: 200,
        author: "it1",
        health: "ON_TRACK",
        progress: 40,
        body: "Tags from two of the three tools migrated; consent mode configured.",
      },
      {
        daysAgo: 170,
        author: "m2",
        health: "AT_RISK",
        progress: 80,
        body: "The shop's event-tracking plan took longer than planned; two campaigns were still tracked the old way.",
      },
      {
        daysAgo: 151,
        author: "it1",
        health: "ON_TRACK",
        progress: 100,
        body: "Old tag scripts removed from every page. Marketing publishes tags without a release.",
      },
    ],
    comments: [
      {
        daysAgo: 168,
        author: "cio",
        body: "Let's not rush the last 20%: a broken checkout tag is worse than a late one.",
      },
    ],
  },
  {
    key: "marketing-data-lake",
    title: "Separate marketing data lake on a self-service cloud account",
    lever: "TECHNOLOGIES",
    status: "DROPPED",
    health: "ON_TRACK",
    progress: 0,
    marketingOwner: "m2",
    itOwner: "it3",
    createdBy: "cmo",
    createdDaysAgo: 180,
    closedDaysAgo: 165,
    closedBy: "cmo",
    targetInDays: null,
    description:
      "Marketing's own copy of customer data on a cloud account it manages, so analysts need no IT ticket.\n\n- Daily copy of CRM and shop data\n- Marketing-managed access",
    customerExperienceOutcome: "Faster insight into customer behaviour.",
    businessOutcome: "Analyses without waiting for IT.",
    requirementsDetail: "Daily extracts of CRM and shop data into a marketing-owned storage account.",
    successMeasure: "",
    riskLevel: "HIGH",
    riskNote: "A second copy of customer data outside IT security controls.",
    standardsReview: "FAILED",
    standardsReviewNote:
      "Customer data copied to an unmanaged account: no single sign-on, no retention rules, no monitoring.",
    dropReason:
      "Dropped by the CMO and CIO together: it would have created a second customer record outside IT's security controls (standards review failed). The self-service need is met by the single customer view and the analytics sandbox.",
    kpis: [],
    updates: [],
    comments: [
      {
        daysAgo: 167,
        author: "cio",
        body: "The standards review failed on the unmanaged account. I understand the need for speed; can we meet it with a sandbox on our platform instead?",
      },
    ],
  },
  {
    key: "nps-sales-bonus",
    title: "NPS bonus for individual sales reps",
    lever: "METRICS",
    status: "DROPPED",
    health: "AT_RISK",
    progress: 20,
    marketingOwner: "m1",
    itOwner: "it2",
    createdBy: "cmo",
    createdDaysAgo: 220,
    approvedDaysAgo: [214, 213],
    startedDaysAgo: 205,
    closedDaysAgo: 185,
    closedBy: "cio",
    targetInDays: -120,
    description:
      "Pilot: part of each sales rep's bonus tied to the NPS of their own customers, in one region.\n\n- NPS per rep from the shared survey\n- Monthly feed to the HR system",
    customerExperienceOutcome: "Reps pay more attention to customer satisfaction.",
    businessOutcome: "Higher retention in the pilot region.",
    requirementsDetail:
      "NPS per rep computed monthly from the shared survey; sent to HR through the existing payroll interface.",
    successMeasure: "",
    riskLevel: "MEDIUM",
    riskNote: "Individual targets on NPS invite gaming.",
    standardsReview: "PASSED",
    standardsReviewNote: "Uses the existing HR interface.",
    dropReason:
      "Stopped after the pilot: reps started asking customers for high scores, lifting the pilot region's NPS by 9 points while complaints stayed flat. NPS stays a shared team measure, not an individual target.",
    kpis: ["nps"],
    updates: [
      {
        daysAgo: 198,
        author: "it2",
        health: "ON_TRACK",
        progress: 10,
        body: "NPS-per-rep feed to the HR system ready for the pilot region.",
      },
      {
        daysAgo: 188,
        author: "m1",
        health: "AT_RISK",
        progress: 20,
        body: "Pilot scores up 9 points, but comments show reps asking customers for a 10. Recommending we stop.",
      },
    ],
    comments: [
      {
        daysAgo: 186,
        author: "cio",
        body: "Agreed to stop. Measuring teams on NPS works; paying individuals on it invites gaming.",
      },
    ],
  },
];
