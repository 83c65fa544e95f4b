/**
 * Word lists for the benchmark's synthetic DUO files: Dutch (and Dutch-resident) first names and
 * surnames with diacritics, street names, programme names per mbo domain and level, and the
 * colleges (onderwijsaanbieders) of a ROC. Synthetic: any match with a real person is chance.
 */

export const FEMALE_NAMES = [
  "Emma", "Julia", "Sophie", "Tess", "Zoë", "Sara", "Anna", "Eva", "Lotte", "Fleur", "Noa", "Lisa", "Sanne", "Isa", "Femke",
  "Chloë", "Anaïs", "Renée", "Inès", "Noor", "Yara", "Fatima", "Aya", "Meryem", "Elif", "Zeynep", "Hüma", "Nadia", "Ilse",
  "Maaike", "Esmée", "Loïs", "Mila", "Sarah", "Marloes", "Daphne", "Roos", "Merel", "Joëlle", "Céline", "Naomi", "Britt",
  "Demi", "Kim", "Romy", "Jasmijn", "Amélie", "Hatice", "Şeyma", "Salma", "Imane", "Priya", "Shanice", "Gaëlle", "Iris",
];

export const MALE_NAMES = [
  "Daan", "Sem", "Lucas", "Levi", "Finn", "Milan", "Jesse", "Thijs", "Ruben", "Bram", "Luuk", "Stijn", "Tim", "Thomas",
  "Jayden", "Mohamed", "Mehmet", "Yusuf", "Ömer", "Emre", "Ayoub", "Noël", "Daniël", "Raphaël", "Joël", "Michiel", "Sven",
  "Jörg", "Kevin", "Dylan", "Rayan", "Ahmed", "Bilal", "Gijs", "Teun", "Niels", "Wessel", "Koen", "Jens", "Ángel", "Mick",
  "Jordy", "Rik", "Stefan", "Mustafa", "Oğuz", "Hamza", "Ismaïl", "Rodrigo", "Kerem", "Sjoerd", "Hidde", "Wouter", "Ivo",
];

export const MIDDLE_NAMES_F = ["Maria", "Johanna", "Wilhelmina", "Petronella", "Adriana", "Cornelia", "Elisabeth", "Catharina", "Hendrika", "Geertruida", "Anne", "Louise"];
export const MIDDLE_NAMES_M = ["Johannes", "Hendrik", "Cornelis", "Jacobus", "Petrus", "Wilhelmus", "Adrianus", "Gerardus", "Theodorus", "Antonius", "Jan", "Willem"];

/** [voorvoegsel, achternaam]. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ["de", "Jong"], ["", "Jansen"], ["de", "Vries"], ["van den", "Berg"], ["van", "Dijk"], ["", "Bakker"], ["", "Janssen"],
  ["", "Visser"], ["", "Smit"], ["", "Meijer"], ["de", "Boer"], ["", "Mulder"], ["de", "Groot"], ["", "Bos"], ["", "Vos"],
  ["", "Peters"], ["", "Hendriks"], ["van", "Leeuwen"], ["", "Dekker"], ["", "Brouwer"], ["de", "Wit"], ["", "Dijkstra"],
  ["", "Smits"], ["de", "Graaf"], ["van der", "Meer"], ["van der", "Linden"], ["", "Kok"], ["", "Jacobs"], ["de", "Haan"],
  ["", "Vermeulen"], ["van den", "Heuvel"], ["van der", "Veen"], ["van den", "Broek"], ["de", "Bruijn"], ["van der", "Heijden"],
  ["", "Schouten"], ["van", "Beek"], ["", "Willems"], ["van", "Vliet"], ["", "Yılmaz"], ["", "Kaya"], ["", "Demir"],
  ["", "Şahin"], ["", "Çelik"], ["", "Öztürk"], ["", "Aydın"], ["", "El Amrani"], ["", "Bouzid"], ["", "Benali"],
  ["", "El Idrissi"], ["", "Boukhari"], ["", "Kroeze"], ["", "Hoekstra"], ["ter", "Horst"], ["in 't", "Veld"], ["van 't", "Hof"],
  ["", "Müller"], ["", "Nguyen"], ["", "Gonçalves"], ["", "Kowalski"], ["", "Wiśniewska"], ["", "Ramdin"], ["", "Sewnarain"],
  ["", "Martina"], ["", "Kuipers"], ["van", "Wijk"], ["", "Postma"], ["", "Zijlstra"], ["van der", "Wal"], ["", "Koopmans"],
  ["", "Huisman"], ["op den", "Kamp"], ["d'", "Ancona"], ["", "Boëseken"], ["", "Hoëgee"], ["van", "Rooij"], ["", "Verhoeven"],
];

export const STREETS = [
  "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenstraat", "Stationsweg", "Julianastraat", "Wilhelminastraat", "Beatrixlaan",
  "Nieuwstraat", "Hoofdstraat", "Markt", "Prins Hendrikstraat", "Burgemeester van Randwijcklaan", "Kastanjelaan", "Eikenlaan",
  "Lindelaan", "Van Goghstraat", "Rembrandtlaan", "Händelstraat", "Dr. Schaepmanstraat", "'t Zand", "Oranjestraat",
  "Ruysdaelstraat", "Hendrik Werkmanstraat", "Piet Heinstraat", "Marijkestraat", "Vondellaan", "Lange Nieuwstraat",
  "Zuiderzeestraatweg", "Noordeinde", "Koningin Julianaweg", "Anne Frankstraat", "Graaf Florisstraat", "Sint Jansstraat",
  "Burgemeester Bösstraat", "Populierenlaan", "Merelstraat", "Kievitstraat", "Pieter de Hoochstraat", "Jan van Galenstraat",
  "Laan van Meerdervoort", "Amsterdamsestraatweg", "Spoorlaan", "Parallelweg", "Industrieweg", "Ambachtsweg", "Bètaplein",
];

export const HOUSE_ADDITIONS = ["bis", "1", "2", "3", "hs", "I", "II", "A", "rood", "zw"];

/** Programme names per mbo domain (programmes.ts) and level: 1 at level 1, 2 at levels 2 and 3, 3 at level 4. */
export const PROGRAMME_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  "Zorg en welzijn": [["Assistent dienstverlening en zorg"], ["Helpende zorg en welzijn", "Medewerker maatschappelijke zorg niveau 2"], ["Verzorgende-IG", "Medewerker maatschappelijke zorg"], ["Verpleegkundige", "Pedagogisch medewerker kinderopvang", "Doktersassistent"]],
  "Economie en administratie": [["Assistent logistiek/administratie"], ["Medewerker secretariaat en receptie", "Administratief medewerker"], ["Financieel administratief medewerker", "Management assistent"], ["Juridisch medewerker zakelijke dienstverlening", "Bedrijfsadministrateur", "Office manager"]],
  "Handel en ondernemerschap": [["Assistent verkoop/retail"], ["Verkoopmedewerker", "Medewerker goederenstroom"], ["Eerste verkoper", "Commercieel medewerker binnendienst"], ["Manager retail", "Ondernemer retail", "Medewerker marketing en communicatie"]],
  "ICT en creatieve industrie": [["Assistent ICT"], ["Medewerker ICT-support", "Medewerker mediaproductie"], ["Medewerker ICT", "Allround medewerker IT systems and devices"], ["Software developer", "Expert IT systems and devices", "Mediavormgever"]],
  "Techniek en procesindustrie": [["Assistent bouwen, wonen en onderhoud"], ["Monteur elektrotechnische installaties", "Operator A"], ["Eerste monteur elektrotechnische installaties", "Operator B"], ["Technicus engineering", "Procestechnoloog", "Middenkader engineering elektrotechniek"]],
  "Bouw en infra": [["Assistent bouw en infra"], ["Timmerman", "Metselaar"], ["Allround timmerman", "Machinist grondverzet"], ["Middenkaderfunctionaris bouw", "Uitvoerder infra", "Werkvoorbereider bouw"]],
  "Mobiliteit en voertuigen": [["Assistent mobiliteitsbranche"], ["Autotechnicus", "Fietstechnicus"], ["Eerste autotechnicus", "Bedrijfsautotechnicus"], ["Technisch specialist personenauto's", "Servicemanager mobiliteitsbranche", "Carrosseriebouwer-expert"]],
  "Transport en logistiek": [["Assistent logistiek"], ["Logistiek medewerker", "Chauffeur wegvervoer"], ["Logistiek teamleider", "Vakkracht havenlogistiek"], ["Manager transport en logistiek", "Supply chain operator", "Luchtvaartdienstverlener"]],
  "Horeca en bakkerij": [["Assistent horeca, voeding of voedingsindustrie"], ["Zelfstandig werkend kok", "Gastheer/-vrouw"], ["Zelfstandig werkend kok niveau 3", "Zelfstandig werkend bakker"], ["Leidinggevende keuken", "Manager/ondernemer horeca", "Leidinggevende bediening"]],
  "Uiterlijke verzorging": [["Assistent uiterlijke verzorging"], ["Kapper", "Medewerker schoonheidsverzorging"], ["Allround kapper", "Schoonheidsspecialist"], ["Salonmanager", "Allround schoonheidsspecialist", "Specialist haarverzorging"]],
  "Veiligheid en sport": [["Assistent veiligheid en sport"], ["Beveiliger", "Medewerker sport en recreatie"], ["Coördinator beveiliging", "Sport- en bewegingsbegeleider"], ["Coördinator sport, bewegen en gezondheid", "Handhaver toezicht en veiligheid", "Sport- en bewegingscoördinator"]],
  "Media en vormgeving": [["Assistent media en vormgeving"], ["Medewerker podium- en evenemententechniek", "Signmaker"], ["Podium- en evenemententechnicus", "Medewerker fotografie"], ["Mediamaker", "Ruimtelijk vormgever", "Grafisch vormgever"]],
  "Dier en natuur": [["Assistent dier en natuur"], ["Dierverzorger", "Medewerker natuur"], ["Vakbekwaam dierverzorger", "Vakbekwaam medewerker natuur"], ["Manager dierverzorging", "Opzichter natuur en groen", "Paraveterinair"]],
  "Voedsel, teelt en groen": [["Assistent teelt en groen"], ["Medewerker teelt", "Medewerker hovenier"], ["Vakbekwaam medewerker teelt", "Vakbekwaam hovenier"], ["Manager teelt en techniek", "Groen, grond, infra", "Vakexpert voedsel"]],
};

/** The colleges of a ROC: name and the domains they offer. */
export const COLLEGES: readonly (readonly [string, readonly string[]])[] = [
  ["College Zorg en Welzijn", ["Zorg en welzijn"]],
  ["Economie & Ondernemen College", ["Economie en administratie", "Handel en ondernemerschap"]],
  ["ICT & Creatief College", ["ICT en creatieve industrie", "Media en vormgeving"]],
  ["Techniek College", ["Techniek en procesindustrie", "Bouw en infra", "Mobiliteit en voertuigen"]],
  ["Logistiek & Mobiliteit Academie", ["Transport en logistiek"]],
  ["Horeca, Toerisme & Uiterlijke Verzorging", ["Horeca en bakkerij", "Uiterlijke verzorging"]],
  ["Sport & Veiligheid Academie", ["Veiligheid en sport"]],
  ["Groen & Natuur College", ["Dier en natuur", "Voedsel, teelt en groen"]],
];
export const VAVO_COLLEGE = "VAVO Lyceum";
