package relate

import "strings"

// set is a lookup table of lower-case words.
type set map[string]bool

func newSet(words string) set {
	s := set{}
	for _, w := range strings.Fields(words) {
		s[w] = true
	}
	return s
}

func (s set) has(w string) bool { return s[strings.ToLower(w)] }

// The word classes below are English grammar for reporting meetings, calls
// and trips: verbs, the nouns they take, and the words that say a meeting
// is planned, refused or only imagined.

// meetVerbs are forms of "meet", which take their partner as object or
// after "with".
var meetVerbs = newSet(`meet meets met meeting dined dines dine dining
lunched lunches breakfasted`)

// receptionVerbs take their guest as object: "Lula hosted Petro".
var receptionVerbs = newSet(`host hosts hosted hosting receive receives received
receiving welcome welcomes welcomed welcoming greet greets greeted greeting
summon summons summoned summoning`)

// lightVerbs take a meeting noun: "held talks with", "had a call with".
var lightVerbs = newSet(`hold holds held holding have has had having conduct
conducts conducted conducting host hosts hosted hosting chair chairs chaired
attend attends attended pay pays paid paying make makes made making`)

// meetingNouns name a meeting, a call or a conversation.
var meetingNouns = newSet(`talks meeting meetings meet call calls conversation
conversations discussion discussions consultations summit dialogue bilateral
bilaterals videoconference video-conference encounter audience dinner lunch
breakfast tete-a-tete session sessions phone-call teleconference
negotiations`)

// callModifiers sit between a light verb and a meeting noun.
var callModifiers = newSet(`a an the their his her its phone telephone video
bilateral private closed-door brief lengthy productive separate
one-on-one face-to-face hour-long two-hour first second third fresh new
further formal informal official high-level direct rare landmark working
virtual joint extensive long separate courtesy "`)

// speakVerbs take a partner after "with" or "to": "spoke with", "talked
// to".
var speakVerbs = newSet(`spoke speak speaks speaking talked talk talking
chatted conferred confer confers consulted spoken`)

// phoneVerbs take their partner as object: "phoned Ruiz".
var phoneVerbs = newSet(`phoned phones phone telephoned telephones rang`)

// phoneWords in a sentence make "called X" a phone call.
var phoneWords = newSet(`phone telephone call phone-call video videoconference
video-link`)

// visitVerbs take the place as object: "visited Hanoi".
var visitVerbs = newSet(`visit visits visited visiting tour tours toured touring`)

// travelVerbs take the place after "to", "in" or "at".
var travelVerbs = newSet(`travel travels travelled traveled travelling
traveling fly flies flew flying head heads headed heading arrive arrives
arrived arriving land lands landed landing go goes went going`)

// visitNouns name a trip: "her visit to Hanoi".
var visitNouns = newSet(`visit visits trip trips tour stop stopover journey`)

// negations cancel the relation of their clause.
var negations = newSet(`not n't never no without nor cannot against`)

// refusals cancel a meeting or visit: "declined to meet", "cancelled the
// talks".
var refusals = newSet(`declined decline declines refused refuse refuses
rejected reject rejects cancelled canceled cancel cancels scrapped scrap
postponed postpone postpones called-off snubbed snub avoided avoid avoids
ruled denied deny denies failed fail fails boycotted boycott shunned
dismissed unlikely barred banned prevented blocked unable`)

// hypotheticals make a meeting only imagined or wished for.
var hypotheticals = newSet(`if could might may unless whether ready willing
open wants want wanted wish wishes wished hope hopes hoped hoping offered
offer offers invited invite invites proposed propose proposes suggested
suggest asked ask asks sought seek seeks requested request requests urged
urge urges called calls possible possibility potential would-be`)

// futureMarkers make a meeting or visit planned.
var futureMarkers = newSet(`will 'll shall would due expected set scheduled
plans plan planned planning going upcoming next tomorrow intends
intend intended prepare prepares preparing`)

// progressiveTravel are the forms of travel verbs that say a trip is under
// way and has not yet arrived.
var progressiveTravel = newSet(`travelling traveling flying heading going`)

// subjectSkips may stand between a subject and its verb.
var subjectSkips = newSet(`also earlier later then again separately briefly
jointly reportedly first last recently previously already subsequently
personally directly twice once finally still only just even`)

// clauseStarts end the search for a subject to the left: a new clause
// begins after them.
var clauseStarts = newSet(`that ; : because while although though whereas
since after before when where which`)

// topicWords introduce what a meeting was about.
var topicWords = newSet(`about regarding concerning`)

// heldNounCues before a meeting noun say the meeting took place: "after
// talks", "during talks".
var heldNounCues = newSet(`after following during at`)

// stayPurposes after "was in X" make a stay of it.
var stayPurposes = newSet(`talks visit meetings meeting summit consultations
forum conference ceremony funeral inauguration negotiations`)

// eventNouns name gatherings whose host meets the guests: "a ceremony
// hosted by X".
var eventNouns = newSet(`ceremony banquet reception gala forum conference
retreat signing celebration`)

// arrivalVerbs tell of arriving where the story is told from.
var arrivalVerbs = newSet(`arrived arrives arrive flew flies landed lands`)

// briefVerbs take the person briefed as their object.
var briefVerbs = newSet(`brief briefs briefed briefing`)

// coVerbs say that people chaired, hosted or signed something together:
// "X and Y signed the accord", "X signed the deal with Y".
var coVerbs = newSet(`co-chaired co-chair co-chairs co-chairing co-hosted
co-host co-hosts co-hosting co-presided co-presides signed sign signs
signing inked`)

// purposeVerbs state what a visit is for: "called on the governor to
// discuss land approvals".
var purposeVerbs = newSet(`discuss review explore exchange brief deliver
convey pay present`)

// quoteMarks may close a quoted description of a meeting: a "very good
// call" with X.
var quoteMarks = newSet(`" “ ” ' ‘ ’`)

// titleModifierWords qualify a title head: "Deputy Prime Minister".
var titleModifierWords = newSet(`deputy vice acting first senior chief special
defence defense interior finance trade state general`)

// relativePronouns open a relative clause: "X, who arrived on Monday, ...".
var relativePronouns = newSet(`who whom which whose`)

// fronting words introduce a phrase before the main clause whose subject is
// also the phrase's subject: "Ahead of his meeting with Ruiz, Lee said...".
var fronting = newSet(`ahead after before during following upon since
when while`)

// groupWords after "the two" or "both" refer to the two people just named:
// "the two leaders", "both men".
var groupWords = newSet(`leaders men women ministers presidents sides
diplomats officials heads counterparts`)

// titledGroups are the group nouns that name a title their people hold:
// "the two presidents" are presidents, "the two leaders" anyone.
var titledGroups = newSet(`ministers presidents`)

// lesserRanks before a title make another office: "Vice President".
var lesserRanks = newSet(`vice deputy assistant under junior`)

// dateWords start or end a date expression.
var dateWords = newSet(`monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec today
tomorrow yesterday tonight week month year weekend morning evening afternoon
day night`)

// pastVerbs are verb forms the tagger may mistake for nouns but that are
// verbs in news text.
var pastVerbs = newSet(`met spoke talked phoned telephoned hosted visited
travelled traveled flew arrived held welcomed greeted conferred chatted`)

// titleNouns are title words that may take "of" or be coordinated inside a
// title before a name: "President of Kazakhstan X".
var titleNouns = newSet(`president minister secretary chairman chairwoman
chair governor director head leader prime-minister premier chancellor
ambassador envoy commissioner secretary-general king prince emir chief
commander adviser advisor aide spokesman spokeswoman spokesperson deputy
founder member`)

// cancelWords after a meeting noun call it off: "the meeting was
// cancelled".
var cancelWords = newSet(`cancelled canceled called postponed scrapped
suspended shelved aborted`)

// subordinators open a clause whose subject follows them: "after Ruiz
// spoke with Tan", "before Lee met Kim".
var subordinators = newSet(`after before since until once while when as
because although though`)
