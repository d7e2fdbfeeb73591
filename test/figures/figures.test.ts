import { describe, expect, it } from 'vitest';
import { figuresOf } from './run.js';

type Row = [sentence: string, text: string, expected: Record<string, unknown>];

/** Our own news-style sentences: the figure's text and the fields it must have. */
const ROWS: Row[] = [
  // money in many countries' styles
  ['The province approved Rs 7.4 billion for new schools in Punjab.', 'Rs 7.4 billion', { value: 7.4e9, quantity: 'money' }],
  ['The federal cabinet released Rs3.1bn for canal repairs in Sindh, Pakistan.', 'Rs3.1bn', { value: 3.1e9, unit: 'PKR' }],
  ['Mumbai civic body set aside Rs 2,500 crore for roads, officials in India said.', 'Rs 2,500 crore', { value: 2.5e10, unit: 'INR' }],
  ['Each flood-hit household in Kerala, India will get Rs 4 lakh.', 'Rs 4 lakh', { value: 4e5, unit: 'INR' }],
  ['The board raised PKR 12.5 billion from the sukuk sale.', 'PKR 12.5 billion', { value: 1.25e10, unit: 'PKR' }],
  ['Lagos will spend N45bn on drainage this year.', 'N45bn', { value: 4.5e10, unit: 'NGN' }],
  ['Customs recovered goods worth ₦1.2 billion at the Apapa port.', '₦1.2 billion', { value: 1.2e9, unit: 'NGN', counts: 'goods' }],
  ['Nairobi county will borrow KSh 4.8 billion to clear arrears.', 'KSh 4.8 billion', { value: 4.8e9, unit: 'KES' }],
  ['The fund received US$450 million from donors.', 'US$450 million', { value: 4.5e8, unit: 'USD' }],
  ['The club paid £85m for the striker.', '£85m', { value: 8.5e7, unit: 'GBP' }],
  ['Brussels fined the firm €2.4 billion.', '€2.4 billion', { value: 2.4e9, unit: 'EUR' }],
  ['Tokyo allocated ¥300 billion to the scheme.', '¥300 billion', { value: 3e11, unit: 'JPY' }],
  ['The rupee plan costs ₹1,200 crore.', '₹1,200 crore', { value: 1.2e10, unit: 'INR' }],
  ['The contract is worth 50 million USD.', '50 million USD', { value: 5e7, unit: 'USD' }],
  ['Ticket prices rose to 120 euros.', '120 euros', { value: 120, unit: 'EUR', change: 'increase' }],
  ['The firm posted a profit of $3.2bn.', '$3.2bn', { value: 3.2e9, unit: 'USD', counts: 'profit' }],
  // percentages, points, multipliers
  ['Unemployment fell to 7.9 per cent in June.', '7.9 per cent', { value: 7.9, unit: '%', change: 'decrease', counts: 'unemployment' }],
  ['Officials reported a 32% drop in polio cases.', '32%', { value: 32, unit: '%', change: 'decrease', counts: 'polio cases' }],
  ['Remittances posted a 12 percent increase in the first half.', '12 percent', { value: 12, unit: '%', change: 'increase' }],
  ['The Reserve Bank cut the repo rate by 25 basis points.', '25 basis points', { value: 25, unit: 'bp', change: 'decrease', counts: 'repo rate' }],
  ["The party's vote share rose by 3.5 percentage points.", '3.5 percentage points', { value: 3.5, unit: 'pp', change: 'increase', counts: 'vote share' }],
  ['Arrivals grew fourfold over five years.', 'fourfold', { value: 4, unit: 'x', change: 'increase' }],
  ['Wheat prices rose two-fold in a month.', 'two-fold', { value: 2, unit: 'x', change: 'increase' }],
  ['Rents climbed 8-12% across the capital.', '8-12%', { value: { low: 8, high: 12 }, unit: '%', change: 'increase' }],
  ['Growth is forecast at between 2.5% and 3% next year.', 'between 2.5% and 3%', { value: { low: 2.5, high: 3 }, unit: '%' }],
  ['The index dropped 410 points, or 2.3%, by the close.', '2.3%', { value: 2.3, change: 'decrease' }],
  // counts, people, subsets
  ['Police said 312 suspects were detained, including 41 foreign nationals.', '312', { value: 312, unit: 'person', counts: 'suspects detained' }],
  ['Police said 312 suspects were detained, including 41 foreign nationals.', '41', { value: 41, unit: 'person', counts: 'foreign nationals detained' }],
  ['In all, 918 migrants — including 66 minors — were rescued off the coast.', '66', { value: 66, counts: 'minors rescued' }],
  ['Some 640 shops, or a fifth of the bazaar, were gutted by the fire.', 'Some 640', { value: 640, counts: 'shops gutted' }],
  ['About 90 workers, most of them migrants, were laid off.', 'About 90', { unit: 'person', counts: 'workers laid off' }],
  ['Authorities arrested 58 Somali nationals at the border.', '58', { value: 58, unit: 'person', counts: 'Somali nationals arrested' }],
  ['Over 1,400 pilgrims were stranded at the airport.', 'Over 1,400', { value: 1400, approximate: 'more-than', counts: 'pilgrims stranded' }],
  ['Nearly 700 families were moved to relief camps.', 'Nearly 700', { value: 700, approximate: 'less-than' }],
  ['Up to 20,000 workers could lose their jobs.', 'Up to 20,000', { value: 20000, approximate: 'up-to', unit: 'person' }],
  ['At least 17 people died in the fire.', 'At least 17', { value: 17, approximate: 'at-least', unit: 'person', counts: 'people died' }],
  ['Some 4,000 to 5,000 troops remain in the region.', 'Some 4,000 to 5,000', { value: { low: 4000, high: 5000 }, approximate: 'about' }],
  ['Twenty-two schools were shut after the attack.', 'Twenty-two', { value: 22, counts: 'schools shut' }],
  ['Half a million voters registered online.', 'Half a million', { value: 5e5, unit: 'person' }],
  ['A dozen vehicles were torched.', 'A dozen', { value: 12 }],
  ['The programme will reach 2.4 lakh households.', '2.4 lakh', { value: 2.4e5 }],
  ['Police seized 2.5m pills in the raid.', '2.5m', { value: 2.5e6, counts: 'pills' }],
  ['A 15-member committee will review the law.', '15-member', { value: 15, unit: 'person', counts: 'committee members' }],
  // measures
  ['Officials destroyed 212 tonnes of hashish.', '212 tonnes', { value: 212, unit: 't', quantity: 'mass', counts: 'hashish' }],
  ['The ship carried 40,000 tons of wheat.', '40,000 tons', { value: 40000, unit: 'ton', quantity: 'mass' }],
  ['Rangers recovered 46 kg of crystal meth on Monday.', '46 kg', { value: 46, unit: 'kg', counts: 'crystal meth' }],
  ['Floods damaged 18,300 acres of crops.', '18,300 acres', { value: 18300, unit: 'acre', quantity: 'area', counts: 'crops damaged' }],
  ['The blaze burnt about 1,200 hectares of pine forest.', 'about 1,200 hectares', { value: 1200, unit: 'hectare', approximate: 'about' }],
  ['The new motorway is 296 km long.', '296 km', { value: 296, unit: 'km', quantity: 'length' }],
  ['The lake covers 2,100 square kilometres.', '2,100 square kilometres', { value: 2100, unit: 'km2' }],
  ['Output rose to 1.1 million barrels per day.', '1.1 million barrels per day', { value: 1.1e6, unit: 'bbl/day', quantity: 'rate' }],
  ['The mercury touched 49°C in Turbat.', '49°C', { value: 49, unit: 'degC', quantity: 'temperature' }],
  ['Night temperatures fell to minus 12 degrees Celsius.', 'minus 12 degrees Celsius', { value: -12, unit: 'degC' }],
  ['A magnitude 5.8 tremor hit the area; the 6.1-magnitude quake followed.', '6.1-magnitude', { value: 6.1, unit: 'magnitude' }],
  // durations and ages
  ['The court jailed him for 10 years.', '10 years', { value: 10, unit: 'year', quantity: 'duration' }],
  ['The talks lasted three days.', 'three days', { value: 3, unit: 'day', quantity: 'duration' }],
  ['A 27-year-old woman was among the dead.', '27-year-old', { value: 27, unit: 'year', quantity: 'age', counts: 'woman' }],
  ['The victim, 19 years old, was a student.', '19 years old', { value: 19, unit: 'year', quantity: 'age' }],
  ['The project will take 18 months to finish.', '18 months', { value: 18, unit: 'month' }],
  // number grammar
  ['The bid of C$16.4 million was rejected.', 'C$16.4 million', { value: 16400000, unit: 'CAD' }],
  ['Growth slowed to two point five percent.', 'two point five percent', { value: 2.5, unit: '%' }],
  ['The tank holds 2½ litres.', '2½ litres', { value: 2.5, unit: 'l' }],
  ['The wall is 3 1/2 feet tall.', '3 1/2 feet', { value: 3.5, unit: 'ft' }],
  ['He is 6 feet 2 inches tall.', '6 feet 2 inches', { value: 6 + 2 / 12, unit: 'ft' }],
  ['The census counted 1 234 567 residents.', '1 234 567', { value: 1234567, unit: 'person' }],
  ['The survey reached 3,12,500 households.', '3,12,500', { value: 312500 }],
  ['A further three hundred and forty-two cases were confirmed.', 'three hundred and forty-two', { value: 342 }],
  ['Deposits rose to 75 USD million.', '75 USD million', { value: 75e6, unit: 'USD' }],
  ['The guard was jailed for 50 days and fined thirteen dollars and forty-five cents.', 'thirteen dollars and forty-five cents', { value: 13.45, unit: 'USD' }],
  ['He lives 300 km from the capital, and the town is 12 miles away.', '12 miles', { value: 12, unit: 'mi' }],
  // round 2: number grammar classes
  ['The ticket costs 15 dollars 50.', '15 dollars 50', { value: 15.5, unit: 'USD' }],
  ['The tip was twenty dollars seventy five.', 'twenty dollars seventy five', { value: 20.75, unit: 'USD' }],
  ['Sales reached 340 MEUR last year.', '340 MEUR', { value: 3.4e8, unit: 'EUR' }],
  ['the bid was c $ 12.5 million .', 'c $ 12.5 million', { value: 1.25e7, unit: 'CAD' }],
  ['The parcel weighs 12 [kg].', '12 [kg]', { value: 12, unit: 'kg' }],
  ['The striker is 5\'11" tall.', '5\'11"', { value: 5 + 11 / 12, unit: 'ft' }],
  ['The screen is 55" wide.', '55"', { value: 55, unit: 'in' }],
  ['Light travels 3 x 10^5 km per second.', '3 x 10^5 km per second', { value: 3e5, unit: 'km/s' }],
  ['The share of girls was per cent of 40.', 'per cent of 40', { value: 40, unit: '%' }],
  ['The hall measures 40 x 60 feet.', '40', { value: 40, unit: 'ft' }],
  ['The rope is 12 and a half metres long.', '12 and a half metres', { value: 12.5, unit: 'm' }],
  ['The goalkeeper is 6 foot 3.', '6 foot 3', { value: 6.25, unit: 'ft' }],
  ['The stamp cost 2 pounds 40 pence.', '2 pounds 40 pence', { value: 2.4, unit: 'GBP' }],
  ['Buses may not exceed 80 km per hour.', '80 km per hour', { value: 80, unit: 'km/h' }],
  ['The turbine spins at 1,500 rpm.', '1,500 rpm', { value: 1500, unit: 'rpm' }],
  ['The line carries 512 kbps.', '512 kbps', { value: 512, unit: 'kbps' }],
  ['Lunch cost 12 bucks.', '12 bucks', { value: 12, unit: 'USD' }],
  ['The field yields 450 mmcfd of gas.', '450 mmcfd', { value: 450, unit: 'mmcfd' }],
  ['Spot LNG traded at $13.2/MMBtu.', '$13.2/MMBtu', { value: 13.2, unit: 'USD/MMBtu', quantity: 'price' }],
  ['The village is half a mile from the river.', 'half a mile', { value: 0.5, unit: 'mi' }],
  ['The Fed moved by a quarter of a percentage point.', 'a quarter of a percentage point', { value: 0.25, unit: 'pp' }],
  ['The sled accelerates at 4.2 m/s2.', '4.2 m/s2', { value: 4.2, unit: 'm/s2', quantity: 'acceleration' }],
  ['Kia shares closed at 98,400 won.', '98,400 won', { value: 98400, unit: 'KRW' }],
  ['The Nigerian naira firmed to 1,465 against the dollar.', '1,465 against the dollar', { value: 1465, unit: 'NGN/USD', quantity: 'exchange-rate' }],
  ['A magnitude 6.3 quake shook Herat.', '6.3', { value: 6.3, unit: 'magnitude' }],
  ['Of the passengers, 14 were injured.', '14', { value: 14, unit: 'person', counts: 'injured' }],
  ['Sterling slipped 0.4% to $1.2710 on Friday.', '$1.2710', { value: 1.271, unit: 'USD/GBP', quantity: 'exchange-rate' }],
  ['The euro zone economy grew to $15 trillion.', '$15 trillion', { value: 1.5e13, unit: 'USD', quantity: 'money' }],
  ['Power tariffs rose to Rs 9.5 per unit in Lahore, Pakistan.', 'Rs 9.5 per unit', { value: 9.5, unit: 'PKR/unit', quantity: 'price' }],
  ['The talks resumed two days after the vote, and he served 3 years after that.', '3 years', { value: 3, unit: 'year' }],
];

describe('figures: table of news sentences', () => {
  for (const [sentence, text, expected] of ROWS) {
    it(`${text} ← ${sentence}`, () => {
      const f = figuresOf(sentence).find((x) => x.text === text);
      expect(f, `no figure "${text}" in ${JSON.stringify(figuresOf(sentence).map((x) => x.text))}`).toBeDefined();
      for (const [k, v] of Object.entries(expected)) {
        if (k === 'counts') expect(f?.counts ?? '').toContain(v as string);
        else if (k === 'value' && typeof v === 'number') expect(f?.value as number).toBeCloseTo(v, 9);
        else expect((f as Record<string, unknown>)[k]).toEqual(v);
      }
    });
  }
});

describe('figures: same fact in other words', () => {
  it('"47%" and "47 percent" give the same value and unit', () => {
    const a = figuresOf('Crime showed a 47% decline.')[0];
    const b = figuresOf('Crime showed a 47 percent decline.')[0];
    expect([a.value, a.unit, a.change]).toEqual([47, '%', 'decrease']);
    expect([b.value, b.unit, b.change]).toEqual([47, '%', 'decrease']);
  });
  it('"tonnes" and "tons" are both mass, recorded as written', () => {
    const [t] = figuresOf('Police seized 9 tonnes of opium.');
    const [ton] = figuresOf('Police seized 9 tons of opium.');
    expect([t.unit, t.quantity, ton.unit, ton.quantity]).toEqual(['t', 'mass', 'ton', 'mass']);
  });
});

describe('figures: ids, spans and sentences', () => {
  it('numbers ids in text order, spans slice the text, sentence holds the span', () => {
    const text = 'Rescuers found 14 bodies. Another 23 people are missing after 3 days of rain.\nOfficials pledged $2 million.';
    const figs = figuresOf(text);
    expect(figs.map((f) => f.id)).toEqual(figs.map((_, k) => `f${k + 1}`));
    for (const f of figs) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(text.slice(f.sentence.start, f.sentence.end)).toBe(f.sentence.text);
      expect(f.sentence.start <= f.start && f.end <= f.sentence.end).toBe(true);
    }
    expect(figs.map((f) => f.text)).toEqual(['14', '23', '3 days', '$2 million']);
  });
  it('keeps "Rs. 500" together although the sentence splitter breaks after "Rs."', () => {
    const [f] = figuresOf('The fine was raised to Rs. 500 for each violation.');
    expect([f.text, f.value]).toEqual(['Rs. 500', 500]);
  });
});
