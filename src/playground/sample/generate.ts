/**
 * The playground's sample data: a French SME selling lighting to professionals and individuals, two
 * years of activity (2024–2025). Seeded, so the files in src/playground/sample/data are the same on
 * every machine (`npm run sample` writes them; a test checks they are up to date):
 * - commandes.csv: one line per order or refund (customer, date, amount excl. VAT, order number,
 *   channel, product category), the table an RFM analysis starts from;
 * - clients.csv: one line per customer (last order, number of orders, net revenue — computed by the
 *   product's own aggregation — then name, city, acquisition channel, first order);
 * - canaux.csv: one line per acquisition channel (spend, leads, opportunities, new customers, revenue),
 *   in the order of the KPI sheet's inputs.
 * The files are written as a French export would be: semicolons, decimal commas, dd/mm/yyyy dates.
 */
import { isSheetError } from '../../cells/errors.js';
import { civilFromDay, dayFromCivil, type DayNumber } from '../../cells/dates.js';
import { formatCsv } from '../../io/csv.js';
import { aggregateTransactions } from '../../metrics/rfm/aggregate.js';
import { mulberry32 } from '../../random.js';

/** Seed of the shipped files. */
export const SAMPLE_SEED = 20_240_101;
/** First and last day of the orders. */
export const SAMPLE_START: DayNumber = dayFromCivil(2024, 1, 1);
export const SAMPLE_END: DayNumber = dayFromCivil(2025, 12, 31);

/** One order (or refund, with a negative amount). */
export interface SampleOrder {
  readonly customer: string;
  readonly day: DayNumber;
  readonly amount: number;
  readonly order: string;
  readonly channel: string;
  readonly category: string;
}

/** One customer with the figures the product computes from the orders. */
export interface SampleCustomer {
  readonly id: string;
  readonly name: string;
  readonly city: string;
  readonly channel: string;
  readonly firstDay: DayNumber;
  readonly lastDay: DayNumber;
  readonly orders: number;
  readonly revenue: number;
}

/** One acquisition channel over the two years. */
export interface SampleChannel {
  readonly channel: string;
  readonly spend: number;
  readonly leads: number;
  readonly opportunities: number;
  readonly newCustomers: number;
  readonly revenue: number;
}

/** The whole dataset. */
export interface Sample {
  readonly orders: readonly SampleOrder[];
  readonly customers: readonly SampleCustomer[];
  readonly channels: readonly SampleChannel[];
}

/** The channels: their share of new customers, cost per customer (€), lead → customer rate, typical basket (€). */
const CHANNELS = [
  { name: 'Google Ads', share: 0.27, cac: 420, conversion: 0.06, basket: 640 },
  { name: 'Salons professionnels', share: 0.13, cac: 1150, conversion: 0.22, basket: 1850 },
  { name: 'E-mailing', share: 0.15, cac: 95, conversion: 0.05, basket: 380 },
  { name: 'LinkedIn', share: 0.1, cac: 680, conversion: 0.04, basket: 1200 },
  { name: 'Bouche-à-oreille', share: 0.2, cac: 45, conversion: 0.45, basket: 900 },
  { name: 'Site web (SEO)', share: 0.15, cac: 130, conversion: 0.08, basket: 520 },
] as const;

const CATEGORIES = ['Suspensions', 'Appliques', 'Lampadaires', 'Éclairage extérieur', 'Lampes à poser', 'Accessoires'] as const;
const CITIES = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Nantes', 'Bordeaux', 'Lille', 'Rennes', 'Strasbourg', 'Montpellier', 'Nice', 'Grenoble', 'Dijon', 'Angers', 'Tours', 'Annecy'] as const;
const TRADES = ['Hôtel', 'Restaurant', 'Boutique', 'Cabinet', 'Atelier', 'Agence', 'Brasserie', 'Studio', 'Galerie', 'Maison'] as const;
const NAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'Lambert'] as const;

/** The kinds of customers: share, orders a year, chance of leaving after each order. */
const PROFILES = [
  { share: 0.15, perYear: 10, leave: 0.02 },
  { share: 0.35, perYear: 4, leave: 0.08 },
  { share: 0.5, perYear: 1.5, leave: 0.35 },
] as const;

function pick<T>(next: () => number, items: readonly T[]): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T extends { readonly share: number }>(next: () => number, items: readonly T[]): T {
  let u = next();
  for (const item of items) {
    u -= item.share;
    if (u < 0) return item;
  }
  const last = items[items.length - 1];
  if (last === undefined) throw new Error('weighted pick from an empty list');
  return last;
}

/** A log-normal factor of median 1. */
function spread(next: () => number, sigma: number): number {
  const u = Math.max(next(), 1e-12);
  const v = next();
  return Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
}

const cents = (value: number): number => Math.round(value * 100) / 100;

/**
 * Generates the dataset.
 * @param seed - the seed (default: the shipped files' one)
 * @param customerCount - number of customers, default 240
 * @returns orders sorted by date, customers by id, channels in the KPI sheet's order
 */
export function generateSample(seed = SAMPLE_SEED, customerCount = 240): Sample {
  const next = mulberry32(seed);
  const orders: SampleOrder[] = [];
  const people: { id: string; name: string; city: string; channel: string }[] = [];
  let orderNumber = 0;
  let refundNumber = 0;
  for (let c = 1; c <= customerCount; c++) {
    const id = `C${String(c).padStart(4, '0')}`;
    const channel = weighted(next, CHANNELS);
    const profile = weighted(next, PROFILES);
    const name = next() < 0.7 ? `${pick(next, TRADES)} ${pick(next, NAMES)}` : `${pick(next, NAMES)} ${String.fromCharCode(65 + Math.floor(next() * 26))}.`;
    people.push({ id, name, city: pick(next, CITIES), channel: channel.name });
    const basket = channel.basket * spread(next, 0.4);
    let day = SAMPLE_START + Math.floor(next() * (SAMPLE_END - SAMPLE_START - 20));
    for (;;) {
      const amount = cents(Math.max(25, basket * spread(next, 0.35)));
      orderNumber++;
      orders.push({ customer: id, day, amount, order: `CMD-${String(orderNumber).padStart(5, '0')}`, channel: channel.name, category: pick(next, CATEGORIES) });
      if (next() < 0.03) {
        // A partial refund a few days later: a negative line the RFM analysis nets off.
        refundNumber++;
        const refundDay = Math.min(SAMPLE_END, day + 3 + Math.floor(next() * 20));
        orders.push({ customer: id, day: refundDay, amount: -cents(amount * (0.2 + 0.8 * next())), order: `AVR-${String(refundNumber).padStart(4, '0')}`, channel: channel.name, category: 'Avoir' });
      }
      if (next() < profile.leave) break;
      day += Math.max(1, Math.round((-Math.log(Math.max(next(), 1e-12)) * 365) / profile.perYear));
      if (day > SAMPLE_END) break;
    }
  }
  orders.sort((a, b) => a.day - b.day || a.order.localeCompare(b.order));

  const table = aggregateTransactions(
    { customer: orders.map((o) => o.customer), day: orders.map((o) => o.day), amount: orders.map((o) => o.amount) },
    { asOf: SAMPLE_END + 1 },
  );
  if (isSheetError(table)) throw new Error(`sample aggregation failed: ${table.message.en}`);
  const index = new Map(table.customers.map((id, i) => [id, i]));
  const customers: SampleCustomer[] = people.map((person) => {
    const i = index.get(person.id);
    if (i === undefined) throw new Error(`customer ${person.id} has no order`);
    return {
      ...person,
      firstDay: table.firstDay[i] ?? 0,
      lastDay: table.lastDay[i] ?? 0,
      orders: table.frequency[i] ?? 0,
      revenue: cents(table.monetary[i] ?? 0),
    };
  });

  const channels: SampleChannel[] = CHANNELS.map((channel) => {
    const acquired = customers.filter((customer) => customer.channel === channel.name);
    const newCustomers = acquired.length;
    const leads = Math.round(newCustomers / (channel.conversion * spread(next, 0.1)));
    const opportunities = Math.min(leads, Math.round(newCustomers * (1.8 + next())));
    return {
      channel: channel.name,
      spend: Math.round((newCustomers * channel.cac * spread(next, 0.15)) / 10) * 10,
      leads,
      opportunities,
      newCustomers,
      revenue: cents(acquired.reduce((sum, customer) => sum + customer.revenue, 0)),
    };
  });
  return { orders, customers, channels };
}

function frenchDate(day: DayNumber): string {
  const { year, month, day: d } = civilFromDay(day);
  return `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

function frenchNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace('.', ',');
}

/** Headers of the three files (French, as the company's exports). */
export const SAMPLE_HEADERS = Object.freeze({
  orders: ['Client', 'Date', 'Montant HT (€)', 'N° commande', 'Canal', 'Catégorie'],
  customers: ['Client', 'Dernier achat', 'Commandes', 'CA net (€)', 'Nom', 'Ville', "Canal d'acquisition", 'Premier achat'],
  channels: ['Canal', 'Dépenses (€)', 'Leads', 'Opportunités', 'Nouveaux clients', "Chiffre d'affaires (€)"],
});

/** The shipped files: name → CSV text. */
export type SampleFiles = Readonly<Record<'commandes.csv' | 'clients.csv' | 'canaux.csv', string>>;

/**
 * The dataset as the three CSV files shipped in src/playground/sample/data.
 * @param sample - the dataset (default: the seeded one)
 * @returns the files' text
 */
export function sampleCsvFiles(sample: Sample = generateSample()): SampleFiles {
  const csv = (rows: readonly (readonly string[])[]): string => formatCsv(rows, ';');
  return {
    'commandes.csv': csv([
      SAMPLE_HEADERS.orders,
      ...sample.orders.map((o) => [o.customer, frenchDate(o.day), frenchNumber(o.amount), o.order, o.channel, o.category]),
    ]),
    'clients.csv': csv([
      SAMPLE_HEADERS.customers,
      ...sample.customers.map((c) => [c.id, frenchDate(c.lastDay), String(c.orders), frenchNumber(c.revenue), c.name, c.city, c.channel, frenchDate(c.firstDay)]),
    ]),
    'canaux.csv': csv([
      SAMPLE_HEADERS.channels,
      ...sample.channels.map((c) => [c.channel, frenchNumber(c.spend), String(c.leads), String(c.opportunities), String(c.newCustomers), frenchNumber(c.revenue)]),
    ]),
  };
}
