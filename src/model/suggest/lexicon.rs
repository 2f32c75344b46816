//! The suggester's English cue words, typed for this project: each list sorted for binary search.
//!
//! Inflections are spelled out (say, says, said, saying) instead of stemming, which is smaller
//! and never conflates. The lists draw on the categories of the research note
//! (`suggest-anchors.md` §3: reporting verbs as in textacy and GenderGapTracker, Hyland's hedges
//! and boosters, sentencex's abbreviations) but are written here, not copied. Entries are
//! lookup forms: ASCII lower case, ’ as '.

/// True when `word` is in the sorted `list`.
pub fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Reporting verbs that attribute a statement to a source.
#[rustfmt::skip]
pub const REPORTING: &[&str] = &[
    "acknowledged", "acknowledges", "added", "adds", "admits", "admitted", "alleged", "alleges",
    "announced", "announces", "argue", "argued", "argues", "arguing", "assert", "asserted",
    "asserts", "believe", "believed", "believes", "blamed", "blames", "boasted", "claim",
    "claimed", "claiming", "claims", "conceded", "concedes", "confirmed", "confirms",
    "contend", "contended", "contends", "declared", "declares", "denied", "denies", "deny",
    "disclosed", "dismissed", "dismisses", "disputed", "disputes", "estimated", "estimates",
    "expect", "expected", "expects", "explained", "explains", "feared", "fears", "forecast",
    "forecasts", "hoped", "hopes", "insist", "insisted", "insisting", "insists", "maintained",
    "maintains", "noted", "notes", "pledged", "pledges", "predicted", "predicts", "promised",
    "promises", "rejected", "rejects", "reported", "reports", "revealed", "reveals", "said",
    "say", "saying", "says", "stated", "states", "stressed", "stresses", "suggest",
    "suggested", "suggesting", "suggests", "tell", "tells", "think", "thinks", "thought",
    "told", "tweeted", "vowed", "vows", "warned", "warning", "warns", "wrote",
];

/// Verbs that ask another party to act: their complement is a demand.
#[rustfmt::skip]
pub const DIRECTIVE: &[&str] = &[
    "appealed", "appealing", "appeals", "ask", "asked", "asking", "asks", "begged", "call",
    "called", "calling", "calls", "campaigning", "demand", "demanded", "demanding", "demands",
    "implored", "insist", "insisted", "insisting", "insists", "lobbied", "lobbying", "ordered",
    "orders", "pleaded", "pleading", "press", "pressed", "presses", "pressing", "propose",
    "proposed", "proposes", "proposing", "push", "pushed", "pushes", "pushing", "request",
    "requested", "requesting", "requests", "urge", "urged", "urges", "urging", "want", "wanted",
    "wanting", "wants",
];

/// Nouns naming a demand or condition put to another party.
#[rustfmt::skip]
pub const DEMAND_NOUNS: &[&str] = &[
    "condition", "conditions", "demand", "demands", "precondition", "preconditions",
    "prerequisite", "request", "requests", "requirement", "requirements", "ultimatum",
];

/// Nouns naming a plan put to a party, which is a demand on it when spelled out.
#[rustfmt::skip]
pub const PROPOSAL_NOUNS: &[&str] = &[
    "offer", "proposal", "proposals",
];

/// Forms of "to be".
pub const COPULAS: &[&str] = &["am", "are", "be", "been", "being", "is", "was", "were"];

/// Words of comparison.
#[rustfmt::skip]
pub const COMPARATIVES: &[&str] = &[
    "double", "fewer", "half", "less", "more", "most", "than", "third", "treble", "twice",
];

/// Words that hedge or qualify a statement (Hyland's hedge category).
#[rustfmt::skip]
pub const HEDGES: &[&str] = &[
    "allegedly", "almost", "apparently", "appear", "appeared", "appears", "arguably",
    "could", "likely", "may", "maybe", "might", "perhaps", "possibly", "presumably",
    "probably", "reportedly", "seem", "seemed", "seems", "unlikely", "would",
];

/// Words that boost a statement's certainty.
#[rustfmt::skip]
pub const BOOSTERS: &[&str] = &[
    "certainly", "clearly", "definitely", "indeed", "never", "obviously", "surely",
    "undoubtedly",
];

/// Evaluative words: judgements a reader could dispute.
#[rustfmt::skip]
pub const EVALUATIVE: &[&str] = &[
    "alarming", "bad", "best", "better", "biggest", "bold", "catastrophic", "chaotic",
    "crucial", "damaging", "dangerous", "devastating", "difficult", "disastrous", "dramatic",
    "elusive", "enormous", "excessive", "failed", "failing", "fair", "far", "flawed",
    "fragile", "generous", "good", "great", "harmful", "historic", "huge", "impossible",
    "inadequate", "major", "massive", "meaningful", "modest", "poor", "reckless", "record",
    "remarkable", "serious", "severe", "significant", "so", "strong", "sweeping", "too",
    "unacceptable", "unfair", "unprecedented", "unsustainable", "viable", "vital",
    "vulnerable", "weak", "worse", "worst", "wrong",
];

/// Forms of "to be", "to have" and the modals: a clause with one of them has a verb.
#[rustfmt::skip]
pub const AUXILIARIES: &[&str] = &[
    "am", "are", "aren't", "be", "been", "being", "can", "can't", "cannot", "could",
    "couldn't", "did", "didn't", "do", "does", "doesn't", "had", "has", "hasn't", "have",
    "haven't", "is", "isn't", "it's", "may", "might", "must", "shall", "should", "was",
    "wasn't", "were", "weren't", "will", "won't", "would", "wouldn't",
];

/// Common verb forms that do not end in -ed, so a clause without an auxiliary still has a verb.
#[rustfmt::skip]
pub const VERBS: &[&str] = &[
    "accepts", "adds", "admits", "agrees", "allows", "amounts", "appears", "applies", "argues",
    "arose", "asks", "ate", "backs", "became", "becomes", "began", "begins", "believes",
    "belongs", "benefits", "bit", "blames", "blew", "bought", "breaks", "brings", "broke",
    "brought", "builds", "built", "buys", "calls", "came", "cares", "carries", "caught",
    "causes", "changes", "chooses", "chose", "claims", "comes", "continues", "cost", "costs",
    "counts", "covers", "creates", "cut", "cuts", "deals", "dealt", "decides", "denies",
    "depends", "describes", "did", "does", "doubts", "drags", "drank", "drew", "drives",
    "drops", "drove", "earns", "ends", "enjoys", "expects", "explains", "faces", "fails",
    "falls", "fears", "fed", "feels", "fell", "felt", "fights", "fills", "finds", "fits",
    "fled", "flew", "follows", "forces", "forgot", "fought", "found", "froze", "gains", "gave",
    "get", "gets", "give", "gives", "goes", "got", "grew", "grows", "had", "hangs", "happens",
    "heard", "held", "helps", "hid", "hires", "hit", "hits", "holds", "hopes", "hung", "hurt",
    "includes", "insists", "invests", "involves", "joins", "keeps", "kept", "knew", "knows",
    "lacks", "laid", "lands", "lasts", "lay", "leads", "leaves", "led", "left", "lent", "let",
    "lets", "lies", "likes", "limits", "lives", "looks", "lose", "loses", "lost", "lowers",
    "made", "makes", "marks", "matters", "means", "meant", "meets", "met", "misses", "moves",
    "needs", "offers", "opens", "owes", "owns", "paid", "passes", "pays", "plans", "plays",
    "prefers", "produces", "promises", "provides", "pushes", "put", "puts", "quit", "raises",
    "ran", "rang", "reaches", "read", "reads", "receives", "rejects", "relies", "remain",
    "remains", "replaces", "reports", "represents", "requires", "rests", "returns", "rises",
    "risks", "rode", "rose", "rules", "runs", "said", "sang", "sank", "sat", "saves", "saw",
    "says", "seeks", "seems", "sees", "sells", "sends", "sent", "serves", "set", "sets",
    "shares", "shook", "shot", "shows", "shut", "sits", "slept", "slips", "sold", "sought",
    "speaks", "spends", "spent", "split", "spoke", "spread", "stands", "starts", "stays",
    "stole", "stood", "stops", "stresses", "struck", "struggles", "stuck", "suggests",
    "supports", "swam", "takes", "talks", "taught", "tells", "tends", "thinks", "thought",
    "threatens", "threw", "told", "took", "tore", "trails", "treats", "tries", "turns",
    "understood", "uses", "wants", "warns", "welcomes", "went", "wins", "woke", "won", "wore",
    "works", "worries", "writes", "wrote",
];

/// Leading discourse markers stripped from a clause: editors start their marks after them.
/// Multi-word markers are listed as phrases.
#[rustfmt::skip]
pub const LEAD_MARKERS: &[&str] = &[
    "above all", "after all", "after which", "also", "and", "and yet", "as a result",
    "at the same time", "but", "by contrast", "crucially", "even so", "finally", "for now",
    "furthermore", "given that", "however", "if so", "importantly", "in addition",
    "in contrast", "in fact", "in other words", "in short", "in the end", "in turn", "indeed",
    "instead", "meanwhile", "moreover", "most notably", "nevertheless", "nonetheless",
    "notably", "of course", "on the other hand", "or", "overall", "separately", "so", "still",
    "that", "then", "therefore", "thus", "ultimately", "when that happens", "yet",
];

/// Abbreviations after which a period does not end a sentence.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    "a.m", "adm", "ala", "approx", "apr", "ariz", "ark", "aug", "ave", "calif", "capt", "cmdr",
    "co", "col", "colo", "conn", "corp", "dec", "del", "dept", "dr", "e.g", "e.u", "est", "etc",
    "feb", "fig", "fla", "ga", "gen", "gov", "hon", "i.e", "ill", "inc", "ind", "jan", "jr",
    "jul", "jun", "kan", "ky", "la", "lt", "ltd", "maj", "mar", "mass", "md", "mich", "minn",
    "miss", "mo", "mont", "mr", "mrs", "ms", "mt", "neb", "nev", "no", "nov", "oct", "okla",
    "ore", "p.m", "pa", "prof", "rep", "rev", "sen", "sep", "sept", "sgt", "sr", "st", "tenn",
    "tex", "u.k", "u.n", "u.s", "va", "vol", "vs", "vt", "wash", "wis", "wyo",
];

/// Abbreviations that may also close a sentence ("… to the U.S. The …").
#[rustfmt::skip]
pub const FINAL_ABBREVIATIONS: &[&str] = &[
    "a.m", "co", "corp", "e.u", "etc", "inc", "ltd", "p.m", "u.k", "u.n", "u.s",
];

/// Words that open sentences; after a closing abbreviation they show a new sentence began.
#[rustfmt::skip]
pub const SENTENCE_STARTERS: &[&str] = &[
    "a", "after", "an", "and", "as", "at", "but", "he", "her", "his", "i", "in", "it", "its",
    "mr", "ms", "on", "she", "that", "the", "their", "there", "these", "they", "this", "we",
    "when", "yet",
];

/// Words that open an embedded question.
#[rustfmt::skip]
pub const WH: &[&str] = &[
    "how", "if", "what", "when", "where", "whether", "which", "who", "whom", "whose", "why",
];

/// Negations, for "not clear", "did not say" and the like.
#[rustfmt::skip]
pub const NEGATIONS: &[&str] = &[
    "can't", "cannot", "couldn't", "didn't", "doesn't", "don't", "hasn't", "haven't", "isn't",
    "neither", "never", "no", "no-one", "nobody", "none", "nor", "not", "wasn't", "won't",
    "wouldn't",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_lower_case() {
        let lists: [(&str, &[&str]); 18] = [
            ("REPORTING", REPORTING),
            ("DIRECTIVE", DIRECTIVE),
            ("DEMAND_NOUNS", DEMAND_NOUNS),
            ("PROPOSAL_NOUNS", PROPOSAL_NOUNS),
            ("HEDGES", HEDGES),
            ("BOOSTERS", BOOSTERS),
            ("EVALUATIVE", EVALUATIVE),
            ("AUXILIARIES", AUXILIARIES),
            ("VERBS", VERBS),
            ("LEAD_MARKERS", LEAD_MARKERS),
            ("ABBREVIATIONS", ABBREVIATIONS),
            ("FINAL_ABBREVIATIONS", FINAL_ABBREVIATIONS),
            ("SENTENCE_STARTERS", SENTENCE_STARTERS),
            ("WH", WH),
            ("NEGATIONS", NEGATIONS),
            ("COPULAS", COPULAS),
            ("COMPARATIVES", COMPARATIVES),
            ("BOOSTERS", BOOSTERS),
        ];
        for (name, list) in lists {
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
            for word in list {
                assert_eq!(word.to_ascii_lowercase(), *word, "{name}");
                assert!(has(list, word));
            }
        }
    }
}
