import { describe, expect, it } from 'vitest';
import { figuresOf } from './run.js';

/**
 * News sentences written for this table (Pakistan, India, Nigeria, Kenya, UK, US, Gulf, East
 * Asia): every figure a data desk would want, and nothing else, as "span = value unit".
 * Decisions this table fixes:
 * - "the two countries", "the three suspects", "one of the two": a small spelled number after
 *   the/these/those names a group already introduced; it is not reported again ("all three",
 *   digits "the 150 passengers", and compounds "the three-member panel" stay figures).
 * - labels and names are not figures: Section 144, Article 370, No. 10, COVID-19, G-20, PTI.
 * - dash scores and rulings ("2-1", "7-2", "6-3") are not figures; a tally written with "to"
 *   ("voted 320 to 206", "143 votes to nine") gives two counts.
 * - times (10:30 pm) and fiscal years (2023-24) belong to the dates stage.
 * - ages ("52-year-old") and event lengths ("two-day visit") are figures (the probe counts ages).
 * - an exchange rate is a rate between two currencies: "278.65 against the US dollar" is PKR/USD.
 * - "Imran Khan, 72," is an age; "children under five" an age bracket; "one in three" a ratio (1/3).
 * - "two weeks ago" is a point in time (not a length); "top 10 exporters" is a rank; "the
 *   10-year JGB yield" names an instrument's maturity; bowling figures "5-32", "5/104" are not figures.
 */
const NEWS: Array<[string, string[]]> = [
  ["Pakistan's federal government unveiled a Rs14.46 trillion budget, with Rs2.1tr set aside for defence.", ["Rs14.46 trillion = 14460000000000 PKR", "Rs2.1tr = 2100000000000 PKR"]],
  ["Officials of the two countries met in Islamabad, where Section 144 had been imposed.", []],
  ["PTI claimed 93 seats in the 266-member National Assembly.", ["93 = 93", "266-member = 266 person"]],
  ["The State Bank of Pakistan cut its policy rate by 250 basis points to 15%.", ["250 basis points = 250 bp", "15% = 15 %"]],
  ["The Pakistani rupee closed at 278.65 against the US dollar in the interbank market.", ["278.65 against the US dollar = 278.65 PKR/USD"]],
  ["The abrogation of Article 370 was upheld by a five-judge bench.", ["five-judge = 5 person"]],
  ["Police seized 1.5 lakh litres of illicit liquor in Bihar.", ["1.5 lakh litres = 150000 l"]],
  ["Reliance Industries reported a 7% rise in net profit to ₹19,299 crore.", ["7% = 7 %", "₹19,299 crore = 192990000000 INR"]],
  ["The 52-year-old MLA was arrested at 10:30 pm on Tuesday.", ["52-year-old = 52 year"]],
  ["India's retail inflation eased to 4.85 per cent in March from 5.09 per cent in February.", ["4.85 per cent = 4.85 %", "5.09 per cent = 5.09 %"]],
  ["Nigeria's headline inflation rose to 33.95 per cent in May, the National Bureau of Statistics said.", ["33.95 per cent = 33.95 %"]],
  ["The naira weakened to N1,580 per dollar at the official window.", ["N1,580 per dollar = 1580 NGN/USD"]],
  ["Gunmen killed at least 40 villagers in two attacks in Plateau State.", ["at least 40 = 40 person", "two = 2"]],
  ["The Senate passed the N54.99 trillion 2025 budget.", ["N54.99 trillion = 54990000000000 NGN"]],
  ["Kenya's Treasury plans to borrow KSh 600 billion to plug the deficit.", ["KSh 600 billion = 600000000000 KES"]],
  ["Floods have displaced more than 130,000 people across 40 of the country's 47 counties.", ["more than 130,000 = 130000 person", "40 = 40", "47 = 47"]],
  ["The Kenyan shilling traded at 129.2 to the dollar on Friday.", ["129.2 to the dollar = 129.2 KES/USD"]],
  ["Harambee Stars beat Gabon 2-1 in Nairobi.", []],
  ["A spokesman for No. 10 said the Chancellor would raise £40bn in taxes.", ["£40bn = 40000000000 GBP"]],
  ["UK inflation fell to 2.3% in April, the lowest in nearly three years.", ["2.3% = 2.3 %", "nearly three years = 3 year"]],
  ["The Bank of England held rates at 5.25% in a 7-2 vote.", ["5.25% = 5.25 %"]],
  ["Arsenal beat Chelsea 3-1 to go two points clear at the top.", ["two points = 2 point"]],
  ["MPs voted 320 to 206 in favour of the bill.", ["320 = 320", "206 = 206"]],
  ["The Federal Reserve cut rates by a quarter of a percentage point to a range of 4.25% to 4.5%.", ["a quarter of a percentage point = 0.25 pp", "4.25% to 4.5% = 4.25..4.5 %"]],
  ["The Supreme Court ruled 6-3 in favour of the administration.", []],
  ["Apple reported quarterly revenue of $94.9 billion, up 6% from a year earlier.", ["$94.9 billion = 94900000000 USD", "6% = 6 %"]],
  ["The COVID-19 pandemic killed more than 1.1 million Americans.", ["more than 1.1 million = 1100000 person"]],
  ["Both sides agreed to hold a second round of talks.", []],
  ["Saudi Aramco posted a net income of $27.3 billion for the second quarter.", ["$27.3 billion = 27300000000 USD"]],
  ["The UAE dirham is pegged at 3.6725 to the US dollar.", ["3.6725 to the US dollar = 3.6725 AED/USD"]],
  ["Qatar will invest $10 billion over five years, the emir said during a two-day visit.", ["$10 billion = 10000000000 USD", "five years = 5 year", "two-day = 2 day"]],
  ["Brent crude rose 1.2% to $82.40 a barrel.", ["1.2% = 1.2 %", "$82.40 a barrel = 82.4 USD/bbl"]],
  ["China's economy grew 5.2% in 2023, missing the target of around 5%.", ["5.2% = 5.2 %", "around 5% = 5 %"]],
  ["Samsung shares fell 3.1% to 71,200 won.", ["3.1% = 3.1 %", "71,200 won = 71200 KRW"]],
  ["Japan's yen slid to 160 against the dollar, a 34-year low.", ["160 against the dollar = 160 JPY/USD", "34-year = 34 year"]],
  ["A magnitude 7.4 earthquake struck off Taiwan, killing nine people and injuring more than 1,000.", ["7.4 = 7.4 magnitude", "nine = 9 person", "more than 1,000 = 1000 person"]],
  ["The three-member panel will submit its report within 30 days.", ["three-member = 3 person", "30 days = 30 day"]],
  ["One of the suspects was a 19-year-old student.", ["19-year-old = 19 year"]],
  ["The two leaders held talks on the sidelines of the G-20 summit.", []],
  ["The court adjourned the hearing for two weeks.", ["two weeks = 2 week"]],
  ["The resolution was adopted by 143 votes to nine, with 25 abstentions.", ["143 = 143", "nine = 9", "25 = 25"]],
  ["Pakistan beat Australia by nine wickets in Adelaide.", ["nine = 9"]],
  ["The first of the two ships docked at Mombasa on Sunday.", []],
  ["Interior ministers of both countries signed three agreements.", ["three = 3"]],
  ["The death toll from the bus crash rose to 52, a rescue official said.", ["52 = 52"]],
  ["India's economy grew 8.2 per cent in the 2023-24 fiscal year.", ["8.2 per cent = 8.2 %"]],
  ["The Sensex closed 500 points higher at 74,000.", ["500 points = 500 point", "74,000 = 74000"]],
  ["Kenya Airways cut its loss by 57% to KSh 9.9 billion.", ["57% = 57 %", "KSh 9.9 billion = 9900000000 KES"]],
  ["The Nigerian army said troops had rescued 23 kidnapped schoolchildren.", ["23 = 23 person"]],
  ["The Dubai Metro carried 2.3 million passengers during the two-week festival.", ["2.3 million = 2300000 person", "two-week = 2 week"]],
  ["Protesters in Dhaka demanded a 30% hike in the minimum wage of Tk 12,500.", ["30% = 30 %", "Tk 12,500 = 12500 BDT"]],
  ["The three suspects were remanded in custody for 14 days.", ["14 days = 14 day"]],
  ["Customs officials seized 400 kg of gold at Jomo Kenyatta International Airport.", ["400 kg = 400 kg"]],
  ["The Pakistani firm will charge Rs 5,000/- per application.", ["Rs 5,000 = 5000 PKR"]],
  ["Pakistan is importing 1.2m barrels per day and 500 mmcfd of gas from Qatar.", ["1.2m barrels per day = 1200000 bbl/day", "500 mmcfd = 500 mmcfd"]],
  ["LNG was priced at $10.5/MMBtu, while Pakistan's petrol price rose by Rs 10.27 per litre to Rs 272.", ["$10.5/MMBtu = 10.5 USD/MMBtu", "Rs 10.27 per litre = 10.27 PKR/l", "Rs 272 = 272 PKR"]],
  ["The deal is worth US$1.5 billion, or £1.2 billion ($1.5 billion).", ["US$1.5 billion = 1500000000 USD", "£1.2 billion = 1200000000 GBP", "$1.5 billion = 1500000000 USD"]],
  ["India's 2.5 crore farmers produced 7.5 lakh tonnes of pulses.", ["2.5 crore = 25000000 person", "7.5 lakh tonnes = 750000 t"]],
  ["The blast killed 12 people, including three children, and wounded over 100.", ["12 = 12 person", "three = 3 person", "over 100 = 100 person"]],
  ["At least 15 were dead and dozens injured, police said.", ["At least 15 = 15 person"]],
  ["Trump leads Harris by 5 points, 52% to 47%.", ["5 points = 5 point", "52% = 52 %", "47% = 47 %"]],
  ["The KSE-100 index gained 1,250 points, or 1.3pc, to close at 98,500.", ["1,250 points = 1250 point", "1.3pc = 1.3 %", "98,500 = 98500"]],
  ["The plane, carrying 179 passengers and six crew, crashed at 9 am.", ["179 = 179 person", "six = 6 person"]],
  ["Around 70 per cent of the 1.4 billion people live in rural areas.", ["Around 70 per cent = 70 %", "1.4 billion = 1400000000"]],
  ["Former prime minister Imran Khan, 72, has been in jail since 2023.", ["72 = 72 year"]],
  ["One in three children under five in Nigeria is stunted, UNICEF said.", ["One in three = 0.333333333333333", "under five = 5 year"]],
  ["Six out of 10 Kenyans said the economy was worse, a poll found.", ["Six out of 10 = 0.6"]],
  ["The minister resigned two weeks ago after the scandal.", []],
  ["Reliance is among India's top 10 exporters.", []],
  ["The 10-year JGB yield rose 3 basis points to 1.58%.", ["3 basis points = 3 bp", "1.58% = 1.58 %"]],
  ["Mbadi, 68, told MPs the economy grew 4.7 percent.", ["68 = 68 year", "4.7 percent = 4.7 %"]],
  ["Tata Motors reported a 31% fall in net profit to ₹3,924 crore.", ["31% = 31 %", "₹3,924 crore = 39240000000 INR"]],
  ["Sterling rose 0.3% to $1.3455 after the data.", ["0.3% = 0.3 %", "$1.3455 = 1.3455 USD/GBP"]],
  ["The BJP won 12 of the 28 seats in Karnataka.", ["12 = 12", "28 = 28"]],
  ["Mohammed Siraj took 5/104 and Shaheen finished with figures of 5-32.", []],
  ["It said about 100 Iraqi Kurds were killed or wounded in the attack.", ["about 100 = 100 person"]],
  ["The blast killed seven, including a five-year-old girl.", ["seven = 7 person", "five-year-old = 5 year"]],
  ["The 50-year old monarch and his wife, both 48, were welcomed.", ["50-year old = 50 year", "48 = 48 year"]],
  ["Coach Jorge named an 18-man squad for the qualifier.", ["18-man = 18 person"]],
  ["More than 40 million copies of Windows 95 have been sold.", ["More than 40 million = 40000000"]],
  ["C. Tolley took 4-68 while Pakistan were 318-2 at stumps.", []],
  ["Pakistan were 255 for three at stumps on day two in Rawalpindi.", []],
  ["Shaheen Afridi took four for 38 as Pakistan won by 95 runs.", ["95 = 95"]],
];

const show = (f: ReturnType<typeof figuresOf>[number]) =>
  `${f.text} = ${typeof f.value === 'number' ? f.value : `${f.value.low}..${f.value.high}`} ${f.unit}`.trim();

describe('figures: news sentences from several regions', () => {
  for (const [text, want] of NEWS) {
    it(text, () => {
      expect(figuresOf(text).map(show)).toEqual(want);
    });
  }
  it('says what an exchange rate and an elliptical count measure', () => {
    const rupee = figuresOf('The Pakistani rupee closed at 278.65 against the US dollar.')[0];
    expect([rupee.quantity, rupee.counts]).toEqual(['exchange-rate', 'Pakistani rupee']);
    const quake = figuresOf('The quake killed nine people and injured 40, after a tremor killing 12 people and injuring more than 1,000.');
    expect(quake.map((f) => [f.text, f.unit, f.counts])).toEqual([
      ['nine', 'person', 'people killed'],
      ['40', 'person', 'people injured'],
      ['12', 'person', 'people'],
      ['more than 1,000', 'person', 'people'],
    ]);
  });
});
