"""Short articles written for the tests: one story told by three outlets."""

FLOOD_WIRE = """Floodwaters closed the main road into Ashford on Tuesday after two days of heavy rain.

The river rose more than two metres overnight and spilled into the market square. Emergency crews moved about 300 residents to the school gym, which opened as a shelter.

Officials said no one was hurt. The road is expected to stay closed until Friday."""

FLOOD_LOCAL = """Ashford flood: market square under water

The river burst its banks on Tuesday after two days of heavy rain and flooded the market square.

About 300 residents spent the night in the school gym, which the council opened as a shelter. Shop owners said the water reached their windows.

Nobody was injured, officials said. The main road into town will stay closed until Friday."""

FLOOD_RADIO = """Ashford residents count the cost of the flood

Shop owners in Ashford began clearing mud from the market square on Wednesday.

Insurers expect claims to run into the millions. The baker on the square said she had lost a week of stock.

The council will hold a meeting on flood defences next month."""

FLOOD = [FLOOD_WIRE, FLOOD_LOCAL, FLOOD_RADIO]

FRENCH = """Le pont a ouvert lundi matin après quatre ans de travaux. Les habitants ont traversé le pont à pied dimanche soir.

Le chantier a coûté deux fois plus que prévu. La maire a expliqué que le sol sous la rivière était trop mou."""

# The same story as saved from web pages, with the chrome the pages carried.
FLOOD_PAGE = """Advertisement

Floodwaters closed the main road into Ashford on Tuesday after two days of heavy rain.

Volunteers fill sandbags in the market square. (AP Photo/Jane Doe)

Sign up for our newsletter to get breaking news alerts in your inbox.

The river rose more than two metres overnight and spilled into the market square, officials said.

Story continued below

Click here to read more about the flood and the cleanup in Ashford.

We use cookies to improve your experience. By using this site you accept our privacy policy.

Emergency crews moved about 300 residents to the school gym, which opened as a shelter.

Copyright 2024 Ashford Gazette. All rights reserved."""

# Chrome-like words used in real sentences: these are story, not chrome.
NOT_CHROME = [
    "The mayor posted a photo of the flooded square on Twitter on Tuesday night.",
    "Readers of the local newsletter raised 20,000 pounds for the families.",
    "The council will sign up volunteers to help clear the mud next week.",
    "A photo released by the council showed the bridge with its railings torn away.",
    "Update: police said the road into Ashford reopened on Friday morning.",
    "The town's new app lets residents report blocked drains to the council.",
    "She told a reporter at the scene that the water rose within minutes.",
    "The council updated its flood map on Monday, Feb. 5, after the river burst its banks.",
    "Half the volunteers left, or went home to check on their own houses.",
]

# A wire story, republished by two outlets with small edits, and a column that
# names the same people without stating the same facts.
FERRY_WIRE = """Ferry crews in Port Ellis walked off the job on Thursday, halting all crossings to the three outer islands.

The union said the strike would last at least 48 hours unless the operator agreed to restore the night shift bonus. About 6,000 passengers use the ferries on a normal weekday.

Mayor Ana Ruiz urged both sides to return to talks before the holiday weekend."""

FERRY_DAILY = """Island crossings halted

Ferry crews in Port Ellis walked off the job Thursday, halting every crossing to the three outer islands.

The union said the strike would last at least 48 hours unless the operator agreed to bring back the night shift bonus. Around 6,000 passengers ride the ferries on a normal weekday.

Islanders queued at the harbour for water taxis, which doubled their fares."""

FERRY_COLUMN = """Ana Ruiz has been mayor of Port Ellis since 2019 and grew up on the outer islands.

Before politics she ran a bakery near the harbour and coached the school rowing team. Friends say she still rows across the bay every Sunday morning."""

FERRY = [FERRY_WIRE, FERRY_DAILY, FERRY_COLUMN]

# The ferry story as news pages: the article among menus, advertising,
# related links, comments and a footer, none of which belongs in a brief.
FERRY_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry strike halts island crossings | Harbour Times</title>
<link rel="canonical" href="https://harbour.example/news/ferry-strike">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="banner">Subscribe today and get your first month for one euro.</div>
<main>
<article>
<h1>Ferry strike halts island crossings</h1>
<p class="byline">By Mira Holt, transport reporter</p>
<p>Ferry crews in Port Ellis walked off the job on Thursday, halting all crossings to the three outer islands.</p>
<div class="ad">Advertisement</div>
<p>The union said the strike would last at least 48 hours unless the operator agreed to restore the night shift bonus. About 6,000 passengers use the ferries on a normal weekday.</p>
<p>Mayor Ana Ruiz urged both sides to return to talks before the holiday weekend.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Council votes to rebuild the old pier by the lighthouse</a></li><li><a href="/b">Storm warning issued for the northern coast this weekend</a></li></ul></aside>
</main>
<section class="comments"><h2>Comments</h2>
<div class="comment"><p>Every winter the same story and nobody in charge ever learns anything from it.</p></div>
<div class="comment"><p>My cousin works on the boats and says the bonus was promised years ago.</p></div>
</section>
<footer><p>Harbour Times, 12 Quay Street, Port Ellis. Contact the newsroom.</p></footer>
</body>
</html>
"""

FERRY_DAILY_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Island crossings halted - Island Daily</title></head>
<body>
<header><a href="/">Island Daily</a> <a href="/login">Log in</a></header>
<div id="content">
<h1>Island crossings halted</h1>
<p>Ferry crews in Port Ellis walked off the job Thursday, halting every crossing to the three outer islands.</p>
<p>The union said the strike would last at least 48 hours unless the operator agreed to bring back the night shift bonus. Around 6,000 passengers ride the ferries on a normal weekday.</p>
<p>Islanders queued at the harbour for water taxis, which doubled their fares.</p>
</div>
<footer>Island Daily. Privacy. Terms. Contact us.</footer>
</body></html>
"""

INDEX_PAGE = """<!DOCTYPE html><html><head><title>Sections</title></head>
<body><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/travel">Travel</a></nav></body></html>
"""

# A wildfire told by three outlets, with several sides to ask about: the
# cause, the evacuation, the damage, the firefighting and the air.
FIRE_WIRE = """A wildfire burned through dry hills above Calder Valley on Saturday, forcing about 2,000 residents to leave their homes.

Fire officials said the blaze started near a power line during strong winds on Friday evening. The utility said it was checking whether its equipment caused the fire.

More than 400 firefighters and six helicopters fought the flames overnight. The fire had destroyed 35 homes and a school gym by Sunday morning."""

FIRE_LOCAL = """Residents of Calder Valley spent a second night in shelters on Sunday after a wildfire forced about 2,000 people from their homes.

The fire destroyed 35 homes and damaged a school, county officials said. Investigators are looking at a power line where witnesses saw sparks before the flames spread.

Smoke closed every school in the district on Monday. Doctors urged people with asthma to stay indoors until the air clears."""

FIRE_RADIO = """Firefighters in Calder Valley were helped by cooler weather on Sunday as they worked to contain the blaze.

About 400 firefighters remained on the lines, supported by six helicopters dropping water from the reservoir. Crews had contained a fifth of the fire by Sunday night.

The county opened two shelters at the fairground and the library for people who left their homes."""

FIRE = [FIRE_WIRE, FIRE_LOCAL, FIRE_RADIO]

# The next day of the same story: two new articles that restate the
# background a reader of FIRE already has, and add what is new.
FIRE_NEXT_WIRE = """A wildfire that forced about 2,000 residents of Calder Valley from their homes was half contained on Tuesday, fire officials said.

The fire destroyed 35 homes and a school gym over the weekend. State investigators said on Tuesday that a broken insulator on a power line started the blaze.

Most residents were allowed to return home on Tuesday afternoon, except those on Ridge Road, where crews were still clearing fallen trees."""

FIRE_NEXT_LOCAL = """Calder Valley residents began returning home on Tuesday as crews gained ground on the wildfire that destroyed 35 homes.

The utility said it would pay for hotel rooms for families whose houses burned while insurers assess the damage. Schools in the district will reopen on Thursday once the smoke has cleared, the superintendent said."""

FIRE_NEXT = [FIRE_NEXT_WIRE, FIRE_NEXT_LOCAL]

# Short stories in other languages, to ask them questions.
FRENCH_FLOOD = [
    "L'armée a ouvert un pont provisoire lundi au-dessus de la rivière en crue. "
    "Les habitants du quartier bas ont passé la nuit dans l'école du village.",
    "Le maire a demandé l'aide de l'armée dimanche soir. "
    "L'eau a atteint deux mètres dans la rue principale.",
]
ITALIAN_FLOOD = [
    "L'esercito ha aperto un ponte provvisorio lunedì sopra il fiume in piena. "
    "Gli abitanti del quartiere basso hanno passato la notte nella scuola.",
    "Il sindaco ha chiesto l'aiuto dell'esercito domenica sera. "
    "L'acqua ha raggiunto due metri nella strada principale.",
]
