"""Golden table of the number grammar and quantity matcher: a surface in a sentence ->
value, upper, unit, qualifier (SPEC "Quantity"); and surfaces that are no quantity."""

from __future__ import annotations

import pytest

from extractor.numbers import parse_number
from extractor.quantities import find_quantities

# (sentence, surface, value, upper, unit, qualifier)
QUANTITIES = [
    # SI thousands groups: a (thin, no-break) space between groups of three digits
    ("Jobless numbers fell by 214 000 in the euro area in May.", "214 000", 214_000, None, None, "down"),
    ("The census counted 2\u202f406\u202f118 residents.", "2\u202f406\u202f118", 2_406_118, None, None, "exact"),
    ("Some 7\u00a0250 farms were inspected.", "Some 7\u00a0250", 7_250, None, None, "approx"),
    # a day of the month before a count is no thousands group
    ("On June 14 300 stores shut their doors.", "300", 300, None, None, "exact"),
    # a bare count after "in" is where the rise happened, not its size
    ("Third-quarter GDP rose 1.1 pct, the first rise in two quarters.", "two", 2, None, None, "exact"),
    ("Employment increased in four provinces.", "four", 4, None, None, "exact"),
    # commas around "respectively" do not cut a rise word from its figures
    ("Orders and margins widened, respectively, by 7.4 percent and 16.9 percent.", "16.9 percent", 16.9,
     None, "percent", "up"),
    ("Prices spiked by 5.8 percent in September.", "5.8 percent", 5.8, None, "percent", "up"),
    # a signed change "to" a level is no range
    ("Wages rose 5.2% (+$1.57 to $31.67) on the year.", "+$1.57", 1.57, None, "USD", "up"),
    # a count of a noun after a bracketed aside takes no currency from an earlier amount
    ("Fares averaged $7.25. The survey found just under one million (955,000; 38.6%) riders on buses.",
     "just under one million", 1_000_000, None, None, "below"),
    # a share after a rise is no rise
    ("Imports grew by 18.7 percent, making up 65 percent of trade.", "65 percent", 65, None,
     "percent", "exact"),
    # a currency after a bracketed conversion belongs to the bare amount before the bracket
    ("Turnover reached 148.37 billion (US$20.9 billion) yuan.", "148.37 billion", 148_370_000_000, None, "CNY", "exact"),
    ("Output was 1.2 trillion (about 170 billion US dollars) yuan.", "1.2 trillion", 1_200_000_000_000, None,
     "CNY", "exact"),
    # a breakdown after a rise or fall: each bracketed rate shares its direction
    ("Turnover rose in Ontario (0.2%), Quebec (0.8%) and Alberta (0.5%).", "0.8%", 0.8, None, "percent", "up"),
    ("Falls were seen in fuel retailing (0.4 per cent) and department stores (1.1 per cent).",
     "1.1 per cent", 1.1, None, "percent", "down"),
    ("Output fell in Hebei (0.3%), while Shanxi grew.", "0.3%", 0.3, None, "percent", "down"),
    # digits, separators, decimals, scale words
    ("There were 1,068 high-tech enterprises.", "1,068", 1068, None, None, "exact"),
    ("The turnover of technology contracts was 14.68 billion.", "14.68 billion", 14_680_000_000, None, None, "exact"),
    ("In that year, 1010 primary schools were put into storage.", "1010", 1010, None, None, "exact"),
    ("Revenue hit 1,284.56 billion yuan in 2019.", "1,284.56 billion yuan", 1_284_560_000_000, None, "CNY", "exact"),
    ("It reached 3.2 million in March.", "3.2 million", 3_200_000, None, None, "exact"),
    ("Having flown more than 350 million km, the satellite went quiet.", "more than 350 million km", 350_000_000, None, "kilometer", "above"),
    ("Sales were 20 mln dlrs last year.", "20 mln dlrs", 20_000_000, None, "USD", "exact"),
    ("Exports were 1.5 bln stg in May.", "1.5 bln stg", 1_500_000_000, None, "GBP", "exact"),
    ("The grant was 10,000 yuan per firm.", "10,000 yuan", 10_000, None, "CNY", "exact"),
    ("The plan needs RMB 5 billion in funds.", "RMB 5 billion", 5_000_000_000, None, "CNY", "exact"),
    ("The fund reached US$3 billion.", "US$3 billion", 3_000_000_000, None, "USD", "exact"),
    ("Its value is HK$12 million.", "HK$12 million", 12_000_000, None, "HKD", "exact"),
    ("Profit was 4.5 billion Taiwan dlrs.", "4.5 billion Taiwan dlrs", 4_500_000_000, None, "TWD", "exact"),
    ("Profit was 4.5 billion Australian dlrs.", "4.5 billion Australian dlrs", 4_500_000_000, None, "AUD", "exact"),
    ("Sales rose to 300 million euros.", "300 million euros", 300_000_000, None, "EUR", "exact"),
    ("A loan of 2 billion yen was agreed.", "2 billion yen", 2_000_000_000, None, "JPY", "exact"),
    ("sales came to roughly 9.4 trillion yuan (about 1.31 trillion U.S. dollars) in all", "about 1.31 trillion U.S. dollars", 1_310_000_000_000, None, "USD", "approx"),
    ("port trade totalled 842.5 billion yuan (about $118 billion), up", "about $118 billion", 118_000_000_000, None, "USD", "approx"),
    # number words, fractions
    ("Two new provincial-level institutions were built.", "Two", 2, None, None, "exact"),
    ("Nineteen of the 24 districts reported gains.", "Nineteen", 19, None, None, "exact"),
    ("There were twenty-three new projects.", "twenty-three", 23, None, None, "exact"),
    ("The city hosts a dozen labs.", "a dozen", 12, None, None, "exact"),
    ("About one-third of the firms are small.", "About one-third", 1 / 3, None, None, "approx"),
    ("services made up around two thirds of new hiring", "around two thirds", 2 / 3, None, None, "approx"),
    ("Half of the firms are small.", "Half", 0.5, None, None, "exact"),
    ("energy output rose 1/2 pct in May", "1/2 pct", 0.5, None, "percent", "up"),
    ("Shipbuilding posted a 4-1/2 pct rise in orders.", "4-1/2 pct", 4.5, None, "percent", "up"),
    ("brewery sales fell 12-1/2 pct in March", "12-1/2 pct", 12.5, None, "percent", "down"),
    ("Export growth in 1994 of five pct is expected.", "five pct", 5, None, "percent", "up"),
    ("Textile mill production fell one pct.", "one pct", 1, None, "percent", "down"),
    # percent, percentage points, points
    ("accounting for 35% of the city", "35%", 35, None, "percent", "exact"),
    ("Firms with R&D accounted for 71.2%, ranking first.", "71.2%", 71.2, None, "percent", "exact"),
    ("accounting for 100% of the city", "100%", 100, None, "percent", "exact"),
    ("the share was 12 per cent last year", "12 per cent", 12, None, "percent", "exact"),
    ("small firms made up 58% of all exporters, up 1.7 percentage points on 2020", "1.7 percentage points", 1.7, None, "percentage_point", "up"),
    ("The savings ratio hit 6.41 percent, 0.13 percentage points higher than before", "0.13 percentage points", 0.13, None, "percentage_point", "up"),
    ("The jobless rate fell 0.3 pct points to 5.1 pct.", "0.3 pct points", 0.3, None, "percentage_point", "down"),
    ("the freight gauge rose by 6.4 percent from a year earlier to 174.6 points", "174.6 points", 174.6, None, None, "exact"),
    ("the freight gauge rose by 6.4 percent from a year earlier to 174.6 points", "6.4 percent", 6.4, None, "percent", "up"),
    ("The rate rose to 5 percent and then dipped 0.2 points.", "0.2 points", 0.2, None, "percentage_point", "down"),
    # ranges
    ("Prices rose between 5 and 10 percent.", "between 5 and 10 percent", 5, 10, "percent", "up"),
    ("a wage rise of 5-10 percent is expected", "5-10 percent", 5, 10, "percent", "up"),
    ("margins of 5 to 10 percent are normal", "5 to 10 percent", 5, 10, "percent", "exact"),
    ("a budget of 2 to 3 billion yuan", "2 to 3 billion yuan", 2_000_000_000, 3_000_000_000, "CNY", "exact"),
    # hedges
    ("nearly 200 technology transfer projects were promoted", "nearly 200", 200, None, None, "approx"),
    ("More than 100 high-tech talents participated.", "More than 100", 100, None, None, "above"),
    ("Approximately 26,000 of the gap came from new hires", "Approximately 26,000", 26_000, None, None, "approx"),
    ("we handled over 100 parcels a day", "over 100", 100, None, None, "above"),
    ("fee waivers came to 86.2 billion yuan, exceeding 80 billion yuan", "exceeding 80 billion yuan", 80_000_000_000, None, "CNY", "above"),
    ("Rail spending exceeded 1.65 trillion yuan", "1.65 trillion yuan", 1_650_000_000_000, None, "CNY", "above"),
    ("The port has surpassed 3,000 trains.", "3,000", 3000, None, None, "above"),
    ("It will cost less than 50 million yuan.", "less than 50 million yuan", 50_000_000, None, "CNY", "below"),
    ("Loans of up to 2 million yuan are offered.", "up to 2 million yuan", 2_000_000, None, "CNY", "below"),
    ("at least 40 firms joined", "at least 40", 40, None, None, "above"),
    ("the estimate could be revised, perhaps just under one percentage point", "just under one percentage point", 1, None, "percentage_point", "below"),
    ("just 41,000 (3.9%) trade in more than one country", "more than one", 1, None, None, "above"),
    ("some 300 firms attended", "some 300", 300, None, None, "approx"),
    # physical units, multiples, durations
    ("the new gauge cuts measuring error to 0.8 meters", "0.8 meters", 0.8, None, "meter", "exact"),
    ("The zone covers 52 square kilometers.", "52 square kilometers", 52, None, "square_kilometer", "exact"),
    ("The farm plants 3,000 mu of rice.", "3,000 mu", 3000, None, "mu", "exact"),
    ("Output was 1.2 million tons of steel.", "1.2 million tons", 1_200_000, None, "metric_ton", "exact"),
    ("It generated 5 billion kilowatt-hours of power.", "5 billion kilowatt-hours", 5_000_000_000, None, "kilowatt_hour", "exact"),
    ("The park occupies 120 hectares.", "120 hectares", 120, None, "hectare", "exact"),
    ("Exports were 2.5 times the level of 2010.", "2.5 times", 2.5, None, "times", "exact"),
    ("over the last five years", "five years", 5, None, "year", "exact"),
    ("vacancies climbed over the past couple of years", "couple of years", 2, None, "year", "exact"),
    ("rents have held steady for four consecutive years", "four consecutive years", 4, None, "year", "exact"),
    ("the ministry considers two-monthly comparisons", "two-monthly", 2, None, "month", "exact"),
    ("a rise in the two-month period", "two-month", 2, None, "month", "exact"),
    # directions
    ("invention patents were granted, up 35% year-on-year", "35%", 35, None, "percent", "up"),
    ("industrial production rose 2.6 pct in 1986", "2.6 pct", 2.6, None, "percent", "up"),
    ("corporate businesses increased by 4.4%.", "4.4%", 4.4, None, "percent", "up"),
    ("London grew by 8%.", "8%", 8, None, "percent", "up"),
    ("claimed the new allowance, an increase of 27.6 percent", "27.6 percent", 27.6, None, "percent", "up"),
    ("thought to have risen by 12,000 (0.6%) over the year", "0.6%", 0.6, None, "percent", "up"),
    ("Membership saw a rise of around 7,500 (1.4%).", "around 7,500", 7_500, None, None, "approx"),
    ("we saw a 3.7% reduction in market stalls", "3.7%", 3.7, None, "percent", "down"),
    ("following a downwards revised decline of 2.6 pct in April", "2.6 pct", 2.6, None, "percent", "down"),
    ("paper and printing output 2-1/2 pct lower", "2-1/2 pct", 2.5, None, "percent", "down"),
    ("issued 2.3 million licences, 8 percent more than in 2016", "8 percent", 8, None, "percent", "up"),
    # a year after "in" stays a year before a bracketed rate, and the rate keeps its rise
    ("Coastal counties expanded the most in 2019 (4.4 percent).", "4.4 percent", 4.4, None, "percent", "up"),
    ("The north saw the weakest growth in 2011 (0.6 per cent).", "0.6 per cent", 0.6, None, "percent", "up"),
    # a falling "A to B" is two figures compared, not a range; both share the rise
    ("Pay growth outpaced price growth (4.1 percent to 3.2 percent) last year.", "4.1 percent", 4.1, None,
     "percent", "up"),
    ("Pay growth outpaced price growth (4.1 percent to 3.2 percent) last year.", "3.2 percent", 3.2, None,
     "percent", "up"),
    ("Farm growth outstripped mining growth (2.2% to 1.9% in the east, 2.8% to 2.1% in the west).",
     "2.8%", 2.8, None, "percent", "up"),
    ("Farm growth outstripped mining growth (2.2% to 1.9% in the east, 2.8% to 2.1% in the west).",
     "2.1%", 2.1, None, "percent", "up"),
    ("Pay growth outpaced price growth (4.1 to 3.2 percent) in the year.", "4.1", 4.1, None, "percent", "up"),
    ("Visitors numbered 3 million to 800,000 in favour of the coast.", "3 million", 3_000_000, None, None,
     "exact"),
    # a rising "A to B" is still a range, with a scale word written once
    ("Costs are put at 4 to 6 million euros.", "4 to 6 million euros", 4_000_000, 6_000_000, "EUR", "exact"),
    # a parallel list "A in X, B in Y" shares the rise of its first item
    ("Rents rose 3.1% in Leeds, 2.4% in York and 1.9% in Hull.", "2.4%", 2.4, None, "percent", "up"),
    ("Prices rose 3% in May, 40% of shops said.", "40%", 40, None, "percent", "exact"),
    # "in total" after the first figure does not block the second one's rise
    ("Exports climbed 4 per cent in total and 1.5 per cent excluding fuel.", "1.5 per cent", 1.5, None,
     "percent", "up"),
    ("Imports fell 2% overall and 0.7% for food.", "0.7%", 0.7, None, "percent", "down"),
    ("sales in March and April combined fell around three pct", "around three pct", 3, None, "percent", "approx"),
    ("wages and rents rose 6.2 pct and 9.7 pct respectively", "9.7 pct", 9.7, None, "percent", "up"),
    ("Cornwall and Devon fell by 300 and 450 farms respectively", "450", 450, None, None, "down"),
    ("Sales in the retail trade rose six pct and wholesale sales 12 pct.", "12 pct", 12, None, "percent", "up"),
    ("bond issuance slumped, down 7.3 percent year on year to 860 billion yuan", "7.3 percent", 7.3, None, "percent", "down"),
    ("port fees rose to 48.37 billion yuan from 45.91 billion", "48.37 billion yuan", 48_370_000_000, None, "CNY", "exact"),
    ("port fees rose to 48.37 billion yuan from 45.91 billion", "45.91 billion", 45_910_000_000, None, "CNY", "exact"),
    ("rent income was 5.7 billion yuan, up from 5.18 billion in 1992", "5.18 billion", 5_180_000_000, None, "CNY", "exact"),
    # more traps
    ("the roll is believed to have grown by 2019 (14.6 per cent) in 2015", "2019", 2019, None, None, "up"),
    ("Some 5,000 to 6,000 people attended.", "Some 5,000 to 6,000", 5000, 6000, None, "approx"),
    ("Shares rose 1-1/4 to 35-3/8.", "35-3/8", 35.375, None, None, "exact"),
    ("three quarters of output", "three quarters", 0.75, None, None, "exact"),
    ("Rates were cut by half a percentage point.", "half a percentage point", 0.5, None, "percentage_point", "down"),
    ("Profits fell to 12.3 mln dlrs, or 45 cts a share", "45 cts", 0.45, None, "USD", "exact"),
    ("The bank cut its rate by 25 basis points", "25 basis points", 25, None, "basis_point", "down"),
    ("the city will build 1,000 5G base stations", "1,000", 1000, None, None, "exact"),
    ("The firm will cut 1,200 jobs over two years.", "two years", 2, None, "year", "exact"),
    ("the unemployment rate stood at 5.2 percent, down 0.3 percentage point", "5.2 percent", 5.2, None, "percent", "exact"),
    ("It reported a net loss of 2.3 mln dlrs.", "2.3 mln dlrs", 2_300_000, None, "USD", "exact"),
    ("The index closed at 1,234.56 points, up 12.3 points.", "12.3 points", 12.3, None, None, "up"),
    ("GDP growth was -1.2% in the quarter", "-1.2%", 1.2, None, "percent", "down"),  # the sign beats "growth"
    ("Exports rose 4.1 pct year-on-year, down from 5.6 pct in 1991.", "5.6 pct", 5.6, None, "percent", "up"),
    ("Imports should rise 1.8 pct in 1995 after 2.7 pct in 1994.", "2.7 pct", 2.7, None, "percent", "up"),
    ("The zone covers 5km of coast and 10pct of the bay.", "10pct", 10, None, "percent", "exact"),
    # scale letters glued to the number; Indian scales and digit grouping
    ("The firm raised $2.3m from investors.", "$2.3m", 2_300_000, None, "USD", "exact"),
    # a raise word directs a rate, or a figure right after "by"; money it raises is a level
    ("Enterprises that raise their R&D spending by 15-20 percent get a subsidy.", "15-20 percent", 15, 20, "percent", "up"),
    ("The lender lifted its base rate 0.75 point to 9 pct.", "0.75 point", 0.75, None, "percentage_point", "up"),
    ("The brewer raised 410 mln stg by placing new shares.", "410 mln stg", 410_000_000, None, "GBP", "exact"),
    ("Money raised by the share sale came to 95 mln dlrs.", "95 mln dlrs", 95_000_000, None, "USD", "exact"),
    ("The airline raised fares by 12 dlrs a ticket.", "12 dlrs", 12, None, "USD", "up"),
    ("The flood lifted 30,000 tonnes of silt onto the fields.", "30,000 tonnes", 30_000, None, "metric_ton", "exact"),
    ("It paid £450m for the stake.", "£450m", 450_000_000, None, "GBP", "exact"),
    ("The deal was worth 450m euros.", "450m euros", 450_000_000, None, "EUR", "exact"),
    ("Sales of 12k units were reported.", "12k", 12_000, None, None, "exact"),
    ("The startup is valued at $1.2bn.", "$1.2bn", 1_200_000_000, None, "USD", "exact"),
    ("Public debt reached 3.5tn yen.", "3.5tn yen", 3_500_000_000_000, None, "JPY", "exact"),
    ("The company booked revenue of $2.3M in May.", "$2.3M", 2_300_000, None, "USD", "exact"),
    ("The chain sold the unit for US$1.2B.", "US$1.2B", 1_200_000_000, None, "USD", "exact"),
    ("Some 2.3m people are out of work.", "Some 2.3m", 2_300_000, None, None, "approx"),
    ("It ships 2m tonnes of grain a year.", "2m tonnes", 2_000_000, None, "metric_ton", "exact"),
    ("The new sea wall is 10m high.", "10m", 10, None, "meter", "exact"),
    ("They plan a 50m-long bridge.", "50m", 50, None, "meter", "exact"),
    ("The pipe runs at a depth of 30m.", "30m", 30, None, "meter", "exact"),
    ("The road is 5km long.", "5km", 5, None, "kilometer", "exact"),
    ("The project will cost Rs 500 crore.", "Rs 500 crore", 5_000_000_000, None, "INR", "exact"),
    ("Each farmer gets Rs. 20 lakh.", "Rs. 20 lakh", 2_000_000, None, "INR", "exact"),
    ("The state spent ₹1,200 crore on roads.", "₹1,200 crore", 12_000_000_000, None, "INR", "exact"),
    ("Farmers were paid 2 lakh rupees each.", "2 lakh rupees", 200_000, None, "INR", "exact"),
    ("The fund invested INR 2,000 crore.", "INR 2,000 crore", 20_000_000_000, None, "INR", "exact"),
    ("total expenditure of Rs 34.8 lakh crore", "Rs 34.8 lakh crore", 34_800_000_000_000, None, "INR", "exact"),
    ("tax revenue of Rs 12,27,014 crore", "Rs 12,27,014 crore", 12_270_140_000_000, None, "INR", "exact"),
    ("It borrowed 3 thousand million pounds.", "3 thousand million pounds", 3_000_000_000, None, "GBP", "exact"),
    ("It will cost $5-10 million to build.", "$5-10 million", 5_000_000, 10_000_000, "USD", "exact"),
    ("It left a £2-3bn hole in the budget.", "£2-3bn", 2_000_000_000, 3_000_000_000, "GBP", "exact"),
    ("a £1.2bn-£1.5bn shortfall", "£1.2bn-£1.5bn", 1_200_000_000, 1_500_000_000, "GBP", "exact"),
    # signs: a sign (or "minus") on a rate, and a plus on any figure, is its direction, as
    # "down 0.3%" is: the value is the magnitude. A minus on an amount is a negative level.
    ("Prices fell -0.3% in May.", "-0.3%", 0.3, None, "percent", "down"),
    ("Prices changed by −0.3% in May.", "−0.3%", 0.3, None, "percent", "down"),
    ("The quarterly change (−0.4%) was revised.", "−0.4%", 0.4, None, "percent", "down"),
    ("Core inflation was minus 2.1 percent.", "minus 2.1 percent", 2.1, None, "percent", "down"),
    ("The output gap is negative 1.5 percent.", "negative 1.5 percent", 1.5, None, "percent", "down"),
    ("It recorded a fall of -1.2%.", "-1.2%", 1.2, None, "percent", "down"),
    ("Other services contributed -0.11 percentage point.", "-0.11 percentage point", 0.11, None, "percentage_point", "down"),
    ("Construction contributed +1.84 percentage point.", "+1.84 percentage point", 1.84, None, "percentage_point", "up"),
    ("Fares rose (+4.5%) while fuel fell (-2.0%).", "-2.0%", 2.0, None, "percent", "down"),
    ("Hourly wages (+$1.25) reached $30.10.", "+$1.25", 1.25, None, "USD", "up"),
    ("The operating result was -$5m in the year.", "-$5m", -5_000_000, None, "USD", "exact"),
    # more rise/fall words
    ("The trade deficit widened 2.1 percent in May.", "2.1 percent", 2.1, None, "percent", "up"),
    # percentage points written the Korean or Eurostat way; "%" before a word stays percent
    ("The jobless rate edged up 0.2%p on the year.", "0.2%p", 0.2, None, "percentage_point", "up"),
    ("The share of exports fell 1.5 pp in a year.", "1.5 pp", 1.5, None, "percentage_point", "down"),
    ("Staff got a 4% pay rise.", "4%", 4, None, "percent", "exact"),
    ("The gap narrowed by 0.4 percentage points.", "0.4 percentage points", 0.4, None, "percentage_point", "down"),
    ("Retail sales rebounded 5.3 percent.", "5.3 percent", 5.3, None, "percent", "up"),
    ("Investment growth accelerated by 1.2 percentage points.", "1.2 percentage points", 1.2, None, "percentage_point", "up"),
    ("Growth slowed by 0.5 percentage points.", "0.5 percentage points", 0.5, None, "percentage_point", "down"),
    ("Inflation eased 0.2 points to 2.1 percent.", "0.2 points", 0.2, None, "percentage_point", "down"),
    ("GDP contracted 1.4 percent in the quarter.", "1.4 percent", 1.4, None, "percent", "down"),
    ("The economy expanded 2.2 percent.", "2.2 percent", 2.2, None, "percent", "up"),
    ("Exports shrank 3 percent.", "3 percent", 3, None, "percent", "down"),
    ("Shares plunged 12 percent.", "12 percent", 12, None, "percent", "down"),
    ("Shares soared 40 percent.", "40 percent", 40, None, "percent", "up"),
    ("Retail sales slumped 4.5 percent.", "4.5 percent", 4.5, None, "percent", "down"),
    ("Imports jumped 15 percent.", "15 percent", 15, None, "percent", "up"),
    ("Output climbed 2.3 percent.", "2.3 percent", 2.3, None, "percent", "up"),
    ("Output dipped 0.1 percent.", "0.1 percent", 0.1, None, "percent", "down"),
    ("Prices edged up 0.1 percent.", "0.1 percent", 0.1, None, "percent", "up"),
    ("Prices edged down 0.2 percent.", "0.2 percent", 0.2, None, "percent", "down"),
    ("The firm cut 1,200 jobs.", "1,200", 1200, None, None, "down"),
    ("The carmaker shed 3,000 jobs last year.", "3,000", 3000, None, None, "down"),
    ("The participation rate gave back 0.1 percentage point in July.", "0.1 percentage point", 0.1, None, "percentage_point", "down"),
    ("The growth rate was 0.4 percentage point slower than in April.", "0.4 percentage point", 0.4, None, "percentage_point", "down"),
    ("online sales grew 17.8%, 2.5 percentage points faster than in March", "2.5 percentage points", 2.5, None, "percentage_point", "up"),
    ("Prices rose 5 - 10 percent.", "5 - 10 percent", 5, 10, "percent", "up"),
    ("sales reached 1.03 trillion yuan, making up 41.5 percent of the total", "41.5 percent", 41.5, None, "percent", "exact"),
    # multiples
    ("some 8,900 graduates took jobs, nearly twice the number a year earlier", "nearly twice", 2, None, "times", "approx"),
    ("Exports were twice as high as imports.", "twice", 2, None, "times", "exact"),
    # a hard-wrapped line is one sentence for rise/fall words; a blank line is a break
    ("Exports dropped\n1.7 percent in March.", "1.7 percent", 1.7, None, "percent", "down"),
    ("Steel output climbed\n3.4 percent last quarter.", "3.4 percent", 3.4, None, "percent", "up"),
    ("Use of plant capacity eased\n0.4 percentage point to 77.2 percent.", "0.4 percentage point", 0.4, None, "percentage_point", "down"),
    ("Housing starts gained 2 percent after\nslumping 6.3 percent in June.", "6.3 percent", 6.3, None, "percent", "down"),
    ("Retail sales rose sharply\nin the south, by 2.2 percent.", "2.2 percent", 2.2, None, "percent", "exact"),
    ("Output rose\n\n12 firms closed in May.", "12", 12, None, None, "exact"),
    ("Prices rose\nThe 40 largest firms were surveyed.", "40", 40, None, None, "exact"),
    ("Regional exports recovered\n- 52 ports were open", "52", 52, None, None, "exact"),
    # a rise/fall word closing a compound adjective governs no number
    ("It counts 40 fast-growing startups and 15 labs.", "15", 15, None, None, "exact"),
    ("the 9 high-growth firms and 30 others", "30", 30, None, None, "exact"),
    ("There are 12 slow-growing sectors and 7 new parks.", "7", 7, None, None, "exact"),
    # "added value" / "value added" is a measure, not a rise
    ("the added value of farming was 8.1 billion yuan, up 2.3%", "8.1 billion yuan", 8_100_000_000, None, "CNY", "exact"),
    ("the added value of farming was 8.1 billion yuan, up 2.3%", "2.3%", 2.3, None, "percent", "up"),
    ("Gross value added reached 640 million pounds in 2022.", "640 million pounds", 640_000_000, None, "GBP", "exact"),
    ("industrial value added was 3.5 trillion yuan", "3.5 trillion yuan", 3_500_000_000_000, None, "CNY", "exact"),
    # a rate or points below/above a reference level is a fall/rise
    ("The jobless rate was 0.8 percentage point below its 10-year average.", "0.8 percentage point", 0.8, None, "percentage_point", "down"),
    ("Wages were 4 percent above their pre-crisis level.", "4 percent", 4, None, "percent", "up"),
    ("The index stood 15 points below its peak.", "15 points", 15, None, None, "down"),
    ("The summit is 1,800 meters above sea level.", "1,800 meters", 1800, None, "meter", "exact"),
    ("It hired 300 people above its target.", "300", 300, None, None, "exact"),
    # currency carried within a document
    ("a shortfall of 4.6 billion yuan, after a surplus of 1.95 billion in 1990", "1.95 billion", 1_950_000_000, None, "CNY", "exact"),
    ("Revenue was 2 billion yuan. It granted 2.474 million domestic patents.", "2.474 million", 2_474_000, None, None, "exact"),
    # a lost space glues a word to the digits after it; the number is still read
    ("Shipments hit US$3.1 billion, up7.9 percent on the year.", "7.9 percent", 7.9, None, "percent", "up"),
    ("Orders were worth about$ 2 million; output fell to4.5% in May.", "4.5%", 4.5, None, "percent", "exact"),
    ("Spending reached Rs.2,150 crore and RM8 billion.", "Rs.2,150 crore", 21_500_000_000, None, "INR", "exact"),
    ("Spending reached Rs.2,150 crore and RM8 billion.", "RM8 billion", 8_000_000_000, None, "MYR", "exact"),
    ("The budget was RMB6 billion yuan.", "RMB6 billion yuan", 6_000_000_000, None, "CNY", "exact"),
    # a currency sign written apart from its number
    ("Exports came to $ 615 million in March.", "$ 615 million", 615_000_000, None, "USD", "exact"),
    ("Shoes were estimated at US $ 2.9 billion.", "US $ 2.9 billion", 2_900_000_000, None, "USD", "exact"),
    ("Tourism brought in nearly € 40 million.", "nearly € 40 million", 40_000_000, None, "EUR", "approx"),
    # more currencies written before the number
    ("The fund holds R$ 12 billion.", "R$ 12 billion", 12_000_000_000, None, "BRL", "exact"),
    ("Profit was CHF 1.8 billion.", "CHF 1.8 billion", 1_800_000_000, None, "CHF", "exact"),
    ("Bonds of Rp 7 trillion were sold.", "Rp 7 trillion", 7_000_000_000_000, None, "IDR", "exact"),
    ("Chip exports earned ₩45 trillion.", "₩45 trillion", 45_000_000_000_000, None, "KRW", "exact"),
    # participles of exceeding are bounds written with the number
    ("Imports, topping 4.2 billion euros, rose.", "topping 4.2 billion euros", 4_200_000_000, None, "EUR", "above"),
    ("with sales surpassing 900,000 units", "surpassing 900,000", 900_000, None, None, "above"),
    ("No fewer than 35 labs opened.", "No fewer than 35", 35, None, None, "above"),
    ("a loss slightly less than 2 percent", "slightly less than 2 percent", 2, None, "percent", "below"),
    ("It employs a little over 6,000 people.", "a little over 6,000", 6000, None, None, "above"),
    ("Margins were well below 10 percent.", "well below 10 percent", 10, None, "percent", "below"),
    ("Rents rose in the region of 15 percent.", "in the region of 15 percent", 15, None, "percent", "approx"),
    ("The deal is worth north of $3 billion.", "north of $3 billion", 3_000_000_000, None, "USD", "above"),
    ("Turnout was just shy of 60 percent.", "just shy of 60 percent", 60, None, "percent", "below"),
    # "a" before a scale word is one
    ("The fair drew more than a million visitors.", "more than a million", 1_000_000, None, None, "above"),
    ("Nearly a billion dollars was raised.", "Nearly a billion dollars", 1_000_000_000, None, "USD", "approx"),
    ("about a thousand workers went on strike", "about a thousand", 1000, None, None, "approx"),
    # a bounded "a year" / "a decade" is a span of one unit
    ("Exports fell to their lowest in more than a decade.", "more than a decade", 1, None, "decade", "above"),
    ("The plant was idle for almost a year.", "almost a year", 1, None, "year", "approx"),
    # a share verb after a rise starts a new figure, not a second rise
    ("Sales rose 14.2 percent and covering 31.5 percent of the market.", "31.5 percent", 31.5, None, "percent", "exact"),
    ("Output grew 6 percent, occupying 12 percent of the total.", "12 percent", 12, None, "percent", "exact"),
    # ages are years
    ("Hiring slowed among men aged 20 to 29.", "20 to 29", 20, 29, "year", "exact"),
    ("Workers aged between 45 and 60 gained most.", "between 45 and 60", 45, 60, "year", "exact"),
    ("Parents of children under 12 worked fewer hours.", "under 12", 12, None, "year", "below"),
    ("Residents aged 70 or older were surveyed.", "70 or older", 70, None, "year", "above"),
    ("Firms under 50 staff were exempt.", "under 50", 50, None, None, "below"),
    # A comma before one or two final digits is a decimal comma (South African, European
    # English); before three it groups thousands.
    ("Output expanded by 2,4% in the quarter.", "2,4%", 2.4, None, "percent", "up"),
    ("Farming added 0,7 of a percentage point to growth.", "0,7 of a percentage point", 0.7, None,
     "percentage_point", "up"),
    ("The utility posted a loss of R3,25 billion.", "R3,25 billion", 3.25e9, None, "ZAR", "exact"),
    ("The province hired 2,300 nurses.", "2,300", 2300, None, None, "exact"),
    ("The bank lent R1,200 to each client.", "R1,200", 1200, None, "ZAR", "exact"),
    ("Tax receipts reached R450 million.", "R450 million", 450e6, None, "ZAR", "exact"),
    # A rate unit written once at the end of a list is every listed number's.
    ("Sales gained 1,3 and 2,2% in the two months.", "1,3", 1.3, None, "percent", "up"),
    ("Prices rose 0.8, 1.2 and 1.9 percent in turn.", "0.8", 0.8, None, "percent", "up"),
    ("Exports and imports grew 4 and 6 percent.", "4", 4, None, "percent", "up"),
    ("Rates fell a tenth of a percentage point.", "a tenth of a percentage point", 0.1, None,
     "percentage_point", "down"),
    ("A fifth of the firms closed.", "A fifth", 0.2, None, None, "exact"),
    # A bracketed figure whose item leads the rises is a rise; the falls, a fall.
    ("Employment rose in most states; mining (1.1%) led the rises.", "1.1%", 1.1, None, "percent", "up"),
    ("Fuel (4.2 percent) led the way higher.", "4.2 percent", 4.2, None, "percent", "up"),
    ("Coal (2%) led the falls.", "2%", 2, None, "percent", "down"),
]

# (sentence, surface that must not be (part of) a quantity)
NOT_QUANTITIES = [
    # a year after a month stays a year before a bracketed rate
    ("Arrivals reached 2.1 million in June 2021 (4% fewer than a year before).", "2021"),
    ("In 2021, the zone led the city.", "2021"),
    ("PROVINCE SAYS 1993 TRADE SURPLUS 3.6 BILLION YUAN", "1993"),
    ("after a surplus in 1985.", "1985"),
    ("BONN, Oct. 9 - West German output rose.", "9"),
    ("LISBON, May 14 - Portugal posted a surplus.", "14"),
    ("It took effect on Jan. 1, 2022.", "1"),
    ("2022-05-07 16:53", "2022-05-07"),
    ("2022-05-07 16:53", "16:53"),
    ("The High-tech Zone ranks first in the city.", "first"),
    ("the fourth highest level", "fourth"),
    ("the second biggest fleet in the region", "second"),
    ("the COVID-19 epidemic", "19"),
    ("The research vessel Aurora-3 left port.", "3"),
    ("The S&P 500 index fell.", "500"),
    ("leaders of the Group of 20 met", "20"),
    ("the G20 summit", "20"),
    ("tourist arrivals in the first 9 months of the season", "9"),
    ("it is the only one in Northeast China", "one"),
    ("one of them was closed", "one"),
    ("Figure 4 plots the steady decline", "4"),
    ("the 4th largest city", "4"),
    ("1. Roughly 12,000 of the new jobs", "1"),
    ("the 13th Five-Year Plan (2016-2020) period", "Five"),
    ("the 13th Five-Year Plan (2016-2020) period", "2016-2020"),
    ("It ranked No. 1 in the nation", "1"),
    ("By 2025, the city aims to grow.", "2025"),
    ("Spending rose fastest in 2016 (7.7 per cent).", "2016"),
    ("The gap narrowed during 2009 (2.5%).", "2009"),
    ("someone often said so", "one"),
    ("In the first half of 2021 output rose.", "half"),
    ("The bank said M-1 money supply rose.", "1"),
    # a day number next to a month name is part of a date
    ("Published: 21 March 2025", "21"),
    ("The survey closed on 4 July 2023 with 600 replies.", "4"),
    ("Figures were revised on 30 Sept. 2022.", "30"),
    ("Next update: 2 Feb 2026", "2"),
    ("The deal was signed on 8-Nov-2021.", "8"),
    ("The period from 1 April to 31 May was calm.", "31"),
    ("Trading resumes on 5 May, officials said.", "5"),
    ("The index closed on September 19, 2024.", "19"),
    ("The notice is dated 19/09/2024.", "19"),
    ("Filed 2023/11/04 by the bureau.", "11"),
    ("Updated 11/04/2023 | 07:45pm GMT", "07"),
    ("The board met at 10:15am and again at 4:30 p.m.", "4"),
    # a glued "M"/"K"/"b" without money beside it is a name or a size
    ("3M said profits fell.", "3M"),
    ("sales of 4K televisions", "4K"),
    ("a Phase 3b trial", "3b"),
    ("savings in 401(k) plans", "401(k)"),
    ("savings in 401k plans", "401k"),
    # "twice" saying how often is no quantity
    ("The bank cut rates twice this year.", "twice"),
    ("They meet twice a year.", "twice"),
    # lower-case "rs" is no rupee sign
    ("the prs 5 fund", "prs"),
    # digits glued to other words stay inside names
    ("the mp3 player and covid19 wards", "3"),
    ("the mp3 player and covid19 wards", "19"),
    ("It rose 3 percent on2021 levels.", "2021"),
    # "a year" without a bound, or as a point in time, is no quantity
    ("Prices were 4 percent higher than a year ago.", "a year"),
    ("It hired 30 more than a year earlier.", "a year"),
    ("The plan took over a year.", "a year"),
    ("It was one reason why exports fell.", "one"),
    # "1,1000" is neither a thousands group nor a decimal comma: no number to trust.
    ("The code 1,1000 was entered.", "1,1000"),
    # A one-letter currency is money only with a scale or a separated number.
    ("Traffic on the R2 road rose.", "R2"),
    # "one" after an ordinal is a pronoun.
    ("Growth was 0.9% in the first quarter and 0.5% in the second one.", "one"),
    ("The last one closed in May.", "one"),
]

KNOWN_FAILURES = [
    pytest.param("Output fell in Hebei (0.3%), while Shanxi (0.2%) expanded.", "0.2%",
                 0.2, None, "percent", "up",
                 marks=pytest.mark.xfail(reason="a rise word after a bracketed figure is not read "
                                                "(the breakdown's fall stops at 'while')", strict=True)),
    pytest.param("GDP grew 6.5% in the third quarter of 2019 and 6.0% in the fourth.", "6.0%",
                 6.0, None, "percent", "up",
                 marks=pytest.mark.xfail(reason="coordination across a long gap is not followed",
                                         strict=True)),
    pytest.param("Rates were cut twice, by half a percentage point.", "half a percentage point",
                 0.5, None, "percentage_point", "down",
                 marks=pytest.mark.xfail(reason="a comma between a fall word and its number "
                                                "blocks the direction", strict=True)),
    pytest.param("The new dock is 300m from the shore.", "300m", 300, None, "meter", "exact",
                 marks=pytest.mark.xfail(reason="a glued 'm' is metres only next to a dimension "
                                                "word; a distance is read as a million", strict=True)),
    pytest.param("The index rose 12.3 points to 2,300, or 0.5 percent.", "0.5 percent",
                 0.5, None, "percent", "up",
                 marks=pytest.mark.xfail(reason="'or' after a level does not carry the rise "
                                                "of the figure before it", strict=True)),
]


def _mention_with_surface(sentence: str, surface: str):
    for q in find_quantities(sentence):
        if sentence[q.start:q.end] == surface:
            return q
    found = [sentence[q.start:q.end] for q in find_quantities(sentence)]
    raise AssertionError(f"{surface!r} not found; got {found}")


@pytest.mark.parametrize(("sentence", "surface", "value", "upper", "unit", "qualifier"),
                         QUANTITIES + KNOWN_FAILURES,
                         ids=[f"{q[1]}" for q in QUANTITIES] + [f"known:{p.values[1]}" for p in KNOWN_FAILURES])
def test_quantity_is_read(sentence, surface, value, upper, unit, qualifier):
    q = _mention_with_surface(sentence, surface)
    assert q.value == pytest.approx(value, rel=1e-9)
    assert q.upper == (pytest.approx(upper, rel=1e-9) if upper is not None else None)
    assert (q.unit, q.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(("sentence", "surface"), NOT_QUANTITIES,
                         ids=[f"{s}|{w}" for s, w in NOT_QUANTITIES])
def test_not_a_quantity(sentence, surface):
    at = sentence.index(surface)
    overlapping = [sentence[q.start:q.end] for q in find_quantities(sentence)
                   if q.start < at + len(surface) and at < q.end]
    assert overlapping == []


@pytest.mark.parametrize(("surface", "value"), [
    ("1,071.74", 1071.74), ("3-1/2", 3.5), ("1/2", 0.5), ("Nineteen", 19),
    ("twenty-three", 23), ("a dozen", 12), ("two thirds", 2 / 3), ("one-third", 1 / 3),
    ("two and a half", 2.5), ("one hundred and five", 105), ("a hundred", 100),
    ("21,46,735", 2146735), ("168,47,455", 16847455), ("1,234,567", 1234567), ("twice", 2),
    ("1,1", 1.1), ("0,75", 0.75), ("12,5", 12.5), ("1,100", 1100),
])
def test_parse_number(surface, value):
    assert parse_number(surface) == pytest.approx(value, rel=1e-12)


def test_mentions_sorted_and_disjoint():
    text = ("up 8.2 percent, 4.6 percent, 12.9 percent, and 2.7 percent on the prior year. "
            "Fourteen of the 17 districts grew, and three saw double-digit gains.")
    found = find_quantities(text)
    assert [text[q.start:q.end] for q in found] == [
        "8.2 percent", "4.6 percent", "12.9 percent", "2.7 percent", "Fourteen", "17", "three"]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert [q.qualifier for q in found] == ["up"] * 4 + ["exact"] * 3


def test_currency_is_not_carried_without_money_before():
    text = "The turnover of technology contracts was 14.68 billion, up 5%."
    (amount, _) = find_quantities(text)
    assert amount.unit is None and not amount.unit_inferred


def test_carried_currency_is_marked_inferred():
    text = "a shortfall of 4.6 billion yuan, after a surplus of 1.95 billion in 1990"
    carried = find_quantities(text)[1]
    assert carried.unit == "CNY" and carried.unit_inferred


def test_bare_dollar_in_australian_dateline_is_aud():
    text = "CANBERRA, March 3 - Australia's current account deficit was 1.2 billion dlrs."
    (amount,) = find_quantities(text)
    assert amount.unit == "AUD"


@pytest.mark.parametrize(("numeral", "value"), [
    ("1,1", 1.1), ("0,05", 0.05), ("1,100", 1100), ("21,46,735", 2146735), ("3.25", 3.25),
    ("1,1000", None), ("1,2,3", None), ("12,3456", None), ("167 000", 167000), ("1\u202f234\u202f567", 1234567),
    ("1234 567", None), ("12 34", None),
])
def test_read_digits_trusts_only_thousands_groups_and_decimal_commas(numeral, value):
    from extractor.numbers import read_digits

    read = read_digits(numeral)
    assert read == (pytest.approx(value) if value is not None else None)
