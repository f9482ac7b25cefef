package mention

import "strings"

// The word classes below are closed classes of English news grammar (titles,
// organisation head nouns, name particles, calendar words), not names: the
// open classes (people, places, organisations themselves) come from the
// gazetteer and from the text.

// set is a lookup table of lower-case words.
type set map[string]bool

func newSet(words string) set {
	s := set{}
	for _, w := range strings.Fields(words) {
		s[w] = true
	}
	return s
}

func (s set) has(word string) bool {
	w := strings.ToLower(word)
	if s[w] {
		return true
	}
	// "Bay." at the end of a sentence the tokenizer did not split.
	return len(w) > 4 && strings.HasSuffix(w, ".") && !strings.Contains(w[:len(w)-1], ".") && s[w[:len(w)-1]]
}

// titleSet is a set of title words that also knows hyphenated titles:
// "Vice-Premier", "Deputy-Director".
type titleSet struct{ set }

func (t titleSet) has(w string) bool {
	if t.set.has(w) {
		return true
	}
	if len(w) > 4 && (w[len(w)-1] == 's') && t.set.has(w[:len(w)-1]) && !strings.HasSuffix(w, "ss") {
		// A plural before two names: "Chancellors de Zela and Aramayo".
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-1 {
		return t.set.has(w[i+1:]) && titleModifiers.has(w[:i])
	}
	return false
}

// titleHeads are the nouns that end a title written before a person's name:
// "Foreign Minister Ana Ruiz", "Lt. Gen. Omar Haddad", "envoy Li Wei".
var titleHeads = titleSet{newSet(`
president vice-president president-elect premier chancellor minister ministers
secretary secretary-general undersecretary under-secretary envoy ambassador
governor senator sen. rep. representative congressman congresswoman mayor
speaker chairman chairwoman chair chairperson chief director director-general
commissioner commander spokesman spokeswoman spokesperson leader king queen
prince princess emir sheikh sheik sultan pope cardinal archbishop bishop
ayatollah imam rabbi general gen. lt. lieutenant col. colonel maj. major adm.
admiral capt. captain sgt. sergeant marshal brig. brigadier cmdr. justice judge
pm fm eam datuk dato dato' datin tun haji hajjah menteri shaikh sayyid mullah
executive
prosecutor ceo founder head lawmaker legislator mp mep counsellor counselor
adviser advisor aide negotiator delegate taoiseach lord baroness dame sir mr
mr. mrs mrs. ms ms. dr dr. prof prof. professor rev. reverend monsignor
shri smt smt. shrimati kumari dasho lyonpo h.e. excellency majesty highness
president-elect vice-chancellor vp gov. gov governor-general superintendent
attorney-general coordinator administrator deputy-director chancellor-elect
`)}

// honorifics are titles that say only "this is a person": English ones,
// and those of South Asian and Himalayan official usage ("Shri", "Smt.",
// "Dasho", "Lyonpo", "H.E.").
var honorifics = newSet(`mr mr. mrs mrs. ms ms. dr dr. sir dame prof prof. rev. madam
shri smt smt. shrimati kumari dasho lyonpo h.e. excellency majesty highness`)

// titleModifiers qualify a title head: "Foreign Minister", "Deputy Prime
// Minister", "Special Envoy", "Defence Secretary".
var titleModifiers = newSet(`
foreign defense defence finance interior home trade economy economic energy
health education justice agriculture commerce industry labour labor transport
transportation environment culture security national prime deputy vice first
second special chief senior acting former supreme grand crown attorney state
treasury executive managing general presidential top retired then incoming
outgoing interim new veteran opposition external affairs public international
development digital climate migration regional assistant associate principal
permanent high military naval army air majority minority party central
federal provincial royal deposed exiled ousted late current caretaker
emergency humanitarian peace nuclear intelligence police fisheries tourism
science technology information communications housing water sports youth
women family social welfare planning investment infrastructure oil mining
petroleum immigration customs revenue budget cabinet lead senior-most besar
ex field seri`)

// affiliationSkips are title modifiers that may precede the affiliation in
// a title: "Former Cambodian Prime Minister".
var affiliationSkips = newSet(`former then acting late ex deposed ousted
exiled interim incoming outgoing veteran retired`)

// descriptionHeads are nouns that, after "the", "his" or "her", describe a
// person mentioned elsewhere: "the foreign minister", "the top diplomat".
var descriptionHeads = newSet(`
president premier chancellor minister secretary secretary-general envoy
ambassador governor senator mayor speaker chairman chairwoman leader king
queen prince princess emir sheikh sultan pope general commander spokesman
spokeswoman spokesperson diplomat counterpart official negotiator
prime-minister monarch ruler dictator strongman host guest visitor
democrat republican lawmaker legislator senator congressman congresswoman
`)

// orgHeads are nouns that end an organisation's name: "Foreign Ministry",
// "Central Bank", "Workers' Party", "African Union".
var orgHeads = newSet(`
ministry ministries agency agencies council commission committee party union
organisation organization bank fund group corporation corp corp. inc inc.
ltd ltd. llc plc company co. co association federation institute institution
university college court parliament assembly congress senate army navy forces
force guard guards police service services office department administration
authority bureau times post news press television tv radio network media
foundation alliance coalition front movement chamber exchange board cabinet
government secretariat mission club league airlines airways motors
industries holdings partners bloc brigade brigades battalion command
directorate inspectorate prosecutor's tribunal commission's nations
consortium cooperative society trust centre center observatory herald
tribune journal gazette telegraph guardian gazette broadcasting broadcaster
daily weekly review monitor courier express chronicle forum treasury
`)

// orgPrefixes start an organisation's name when followed by "of" or "for":
// "Ministry of Finance", "Bank of Japan", "University of Lagos".
var orgPrefixes = newSet(`
ministry bank university council department office court chamber commission
committee institute academy federation union league association organisation
organization house board bureau school college agency fund church order
party assembly group coalition cabinet directorate authority corporation
`)

// orgCues are lower-case nouns that, right before or after a capitalised
// name, say it is an organisation: "news agency Tass", "the Apex group",
// "tank maker Rheinwerk".
var orgCues = newSet(`
agency company firm group party bank lender insurer carrier airline maker
manufacturer producer operator giant conglomerate broadcaster newspaper daily
outlet network channel ministry militia movement organisation organization
coalition alliance bloc union council committee startup exporter importer
developer retailer miner refiner
`)

// placeHeads end the name of a physical place (LOC): "Black Sea", "Gulf of
// Aden", "Atlas Mountains".
var placeHeads = newSet(`
sea ocean gulf strait straits mountains mountain mount range river peninsula
shoal reef atoll heights
desert bay lake island islands canal valley plateau coast channel basin
archipelago sound cape delta highlands plain plains steppe glacier
`)

// regionNouns follow a place name and make it a governed region:
// "Sumy region", "Kherson oblast", "Sindh province".
var regionNouns = newSet(`
region oblast province state district county governorate prefecture
territory municipality krai republic emirate canton department
`)

// regionDirections combine with a continent into a world region:
// "Northeast Asia", "Western Europe".
var regionDirections = newSet(`
north south east west northeast northwest southeast southwest central eastern
western northern southern sub-saharan
`)

// connectors may join capitalised words inside one name.
var nameParticles = newSet(`
de del della dei di da das dos do du la le van von der den ter bin bint ibn
al el ben y e zu af es
`)

// foreignBuildings open the names of buildings in other languages: "Casa
// Rosada", "Palazzo Chigi", "Estadio Centenario".
var foreignBuildings = newSet(`casa palacio palácio palazzo palais estadio
estádio parque torre quinta castillo`)

// foreignPlaceWords open the names of places in other languages: "Punta del
// Este", "Río de la Plata", "Bab el-Mandeb", "Mina Salman".
var foreignPlaceWords = newSet(`punta río rio nueva nuevo puerto porto bab ras
wadi jebel jabal mina st st. saint`)

// units of measure are written in capitals after a number.
var units = newSet(`mw gw kw tw mwh gwh kwh twh km kg mt bpd bcm mmbtu tcf hp mb gb tb`)

// modals open questions: "Will President X attend?"
var modals = newSet(`will would can could should shall must may might`)

// weekdays are capitalised but never entities.
var weekdays = newSet(`monday tuesday wednesday thursday friday saturday sunday`)

// months are capitalised; they are dates next to a number or after a
// preposition of time.
var months = newSet(`january february march april may june july august
september october november december jan jan. feb feb. mar mar. apr apr. jun
jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.`)

// timePrepositions before a month make it a date: "in May", "since June".
var timePrepositions = newSet(`in on since until till by from to last next
this early late mid end during of before after through`)

// facilityHeads end the name of a building, an airport or a square, which
// the graph does not hold: "Great Hall of the People", "Miraflores Palace".
var facilityHeads = newSet(`palace mosque house airport hall tower towers
square stadium hotel building cathedral temple bridge base camp museum
monument memorial street avenue road gate plaza compound residence villa
chancellery mansion castle fort terminal station arena auditorium
boulevard route corridor highway railway pipeline bhavan park estadio
hospital durbar niwas diwan block`)

// eventHeads end the name of an event or a document, not an entity:
// "World War II", "Paris Agreement", "Belt and Road Initiative".
var eventHeads = newSet(`war wars olympics games cup championship
championships election elections festival expo agreement agreements accord
accords treaty act pact protocol declaration initiative doctrine award prize
conference summit marathon tournament referendum meeting meetings
consultation consultations dialogue retreat session sessions talks project
programme program plan`)

// commonAbbreviations are abbreviations of things, not of bodies: "AI",
// "GDP", "CEO".
var commonAbbreviations = newSet(`ai ok tv ceo cfo coo gdp co2 pm am vat lng lpg
ev evs it sme smes fdi icbm icbms uav uavs pow pows idp idps phd mp mps mep
meps hiv aids dna usd eur gbp jpy cny inr rub bpd gmt utc est edt cst cdt pst
pdt bst cet cest ist jst kst aest aedt mdt mst ipo etf ceo's pdf faq rsvp
asap diy gps sms usb wifi 5g 4g 3g ai's q1 q2 q3 q4 h1 h2 ad bc ce bce`)

// orgWords start or end organisation names in other languages, or in
// company style: "Grupo Bimbo", "Banco Santander", "Siemens AG".
var orgWords = newSet(`grupo banco groupe société societe compagnie deutsche
ag gmbh sa nv bv spa plc bhd berhad tbk pt llc lp`)

// companyWords end the names of companies: "ACWA Power", "Harbin
// Electric", "Siemens Energy".
var companyWords = newSet(`power energy electric electronics motor motors
airlines airways steel chemicals chemical pharmaceuticals pharma telecom
telecoms technologies systems solutions industries holdings capital
resources mining petroleum logistics shipping semiconductor semiconductors
insurance securities investments ventures foods cement automotive aerospace
lng`)

// personPronouns refer to a person.
var personPronouns = newSet(`he him his she her hers himself herself`)

// speechVerbs after a name make it a speaker, which is nearly always a
// person or an organisation, never a place.
var speechVerbs = newSet(`said says told tells added wrote asked stressed
noted insisted argued warned urged declared claimed explained replied
announced posted tweeted`)

// prepositionsOfPlace before a capitalised word favour a place reading:
// "in Tula", "to Harare".
var prepositionsOfPlace = newSet(`in to from at near outside across toward
towards into via between`)

// governmentHeads end the names of bodies of a state, which speak for its
// country: "Russian Defence Ministry", "Turkish Foreign Ministry".
var governmentHeads = newSet(`ministry ministries government embassy army navy
forces force police parliament cabinet presidency administration guard
guards command office department treasury`)

// royalTitles are ranks, not offices: "Prince", "Sheikh", "King".
var royalTitles = newSet(`prince princess king queen sheikh sheik emir sultan
crown`)

// regionTitles end the names of governed regions: "Ogun State", "Sindh
// Province".
var regionTitles = newSet(`state province region oblast county governorate
prefecture district territory krai city`)
