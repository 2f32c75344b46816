//! Find: typed words located in the article forgiving case, accents, quote and apostrophe styles, dashes and runs of whitespace, as spans of code points of the original text.

use article_annotator::model::selection::find_next;
use article_annotator::model::IndexedText;

struct Case {
    name: &'static str,
    text: &'static str,
    phrase: &'static str,
    from: usize,
    /// The text the match covers, if any.
    found: Option<&'static str>,
    /// Where it starts, in code points.
    start: usize,
}

#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { name: "straight apostrophe finds a curly one", text: "The dockers’ union struck.", phrase: "dockers' union", from: 0, found: Some("dockers’ union"), start: 4 },
    Case { name: "curly apostrophe finds a straight one", text: "The dockers' union struck.", phrase: "dockers’ union", from: 0, found: Some("dockers' union"), start: 4 },
    Case { name: "prime and modifier apostrophe", text: "Côte d′Ivoire and d\u{2bc}Artagnan", phrase: "d'ivoire", from: 0, found: Some("d′Ivoire"), start: 5 },
    Case { name: "case", text: "A workable peace deal.", phrase: "PEACE deal", from: 0, found: Some("peace deal"), start: 11 },
    Case { name: "straight quotes find curly ones", text: "He called it “a key condition” today.", phrase: "\"a key condition\"", from: 0, found: Some("“a key condition”"), start: 13 },
    Case { name: "guillemets and low quotes", text: "Il a dit «\u{202f}non\u{202f}» puis „ja“.", phrase: "\"ja\"", from: 0, found: Some("„ja“"), start: 22 },
    Case { name: "accents folded", text: "Zoë Martínez in Zürich", phrase: "zoe martinez", from: 0, found: Some("Zoë Martínez"), start: 0 },
    Case { name: "capital accents folded", text: "Zoë Martínez in Zürich", phrase: "ZOË", from: 0, found: Some("Zoë"), start: 0 },
    Case { name: "decomposed accent kept whole", text: "Zoe\u{308} spoke", phrase: "zoë", from: 0, found: Some("Zoe\u{308}"), start: 0 },
    Case { name: "typed decomposed finds precomposed", text: "Zoë spoke", phrase: "Zoe\u{308} spoke", from: 0, found: Some("Zoë spoke"), start: 0 },
    Case { name: "sharp s and ligature", text: "Die Straße, ein Cœur", phrase: "strasse", from: 0, found: Some("Straße"), start: 4 },
    Case { name: "oe ligature", text: "Die Straße, ein Cœur", phrase: "COEUR", from: 0, found: Some("Cœur"), start: 16 },
    Case { name: "Latin Extended-A", text: "Łódź and Kraków", phrase: "lodz", from: 0, found: Some("Łódź"), start: 0 },
    Case { name: "Cyrillic and Greek case", text: "Москва, ΑΘΗΝΑ", phrase: "МОСКВА, αθηνα", from: 0, found: Some("Москва, ΑΘΗΝΑ"), start: 0 },
    Case { name: "Arabic vowel marks and alef forms", text: "قالَ إنّ السلام", phrase: "ان السلام", from: 0, found: Some("إنّ السلام"), start: 5 },
    Case { name: "hyphen finds an en dash", text: "peace – not war", phrase: "peace - not war", from: 0, found: Some("peace – not war"), start: 0 },
    Case { name: "dash optional between spaces", text: "peace — not war", phrase: "peace not war", from: 0, found: Some("peace — not war"), start: 0 },
    Case { name: "unspaced em dash and a spaced hyphen", text: "peace—not war", phrase: "peace - not", from: 0, found: Some("peace—not"), start: 0 },
    Case { name: "space finds a hyphen", text: "a 30-day halt", phrase: "30 day", from: 0, found: Some("30-day"), start: 2 },
    Case { name: "missing hyphen", text: "a well‑known man", phrase: "wellknown", from: 0, found: Some("well‑known"), start: 2 },
    Case { name: "extra hyphen", text: "a wellknown man", phrase: "well-known", from: 0, found: Some("wellknown"), start: 2 },
    Case { name: "spaces never vanish", text: "the therapist", phrase: "the rapist", from: 0, found: None, start: 0 },
    Case { name: "runs of whitespace", text: "no\u{a0}\u{a0}deal\n\tyet", phrase: " no   deal yet ", from: 0, found: Some("no\u{a0}\u{a0}deal\n\tyet"), start: 0 },
    Case { name: "soft hyphen and zero-width space ignored", text: "cease\u{ad}fire now", phrase: "ceasefire", from: 0, found: Some("cease\u{ad}fire"), start: 0 },
    Case { name: "ellipsis", text: "and then… nothing", phrase: "then...", from: 0, found: Some("then…"), start: 4 },
    Case { name: "emoji counted as one code point", text: "Peace 🕊 now. No peace 🕊 yet. Peace?", phrase: "🕊 yet", from: 0, found: Some("🕊 yet"), start: 22 },
    Case { name: "next occurrence from an offset", text: "Peace 🕊 now. No peace 🕊 yet. Peace?", phrase: "peace", from: 1, found: Some("peace"), start: 16 },
    Case { name: "from the last occurrence", text: "Peace 🕊 now. No peace 🕊 yet. Peace?", phrase: "peace", from: 17, found: Some("Peace"), start: 29 },
    Case { name: "wraps round", text: "Peace 🕊 now. No peace 🕊 yet. Peace?", phrase: "peace", from: 30, found: Some("Peace"), start: 0 },
    Case { name: "past the end wraps", text: "Peace 🕊 now.", phrase: "Peace", from: 999, found: Some("Peace"), start: 0 },
    Case { name: "absent", text: "Peace 🕊 now.", phrase: "war", from: 0, found: None, start: 0 },
    Case { name: "blank phrase", text: "Peace 🕊 now.", phrase: "   ", from: 0, found: None, start: 0 },
    Case { name: "dashes only", text: "a – b", phrase: " — ", from: 0, found: None, start: 0 },
    Case { name: "phrase longer than the text", text: "peace", phrase: "peace deal", from: 0, found: None, start: 0 },
    Case { name: "across a paragraph break", text: "ends here.\nNext one", phrase: "here. next", from: 0, found: Some("here.\nNext"), start: 5 },
];

#[test]
fn forgiving_find_table() {
    for case in CASES {
        let text = IndexedText::new(case.text.to_string());
        let span = find_next(&text, case.phrase, case.from);
        let found = span.and_then(|s| text.slice(s));
        assert_eq!(found, case.found, "{}", case.name);
        if let Some(span) = span {
            assert_eq!(span.start(), case.start, "{}", case.name);
        }
    }
}

#[test]
fn the_seed_finds_each_of_its_own_sentences_typed_plainly() {
    let seed = article_annotator::seed::SEED_TEXT;
    let text = IndexedText::new(seed.to_string());
    // Every line typed the way a reader would: straight quotes, ASCII hyphens, lower case.
    for line in seed.lines().filter(|l| l.chars().count() > 20).take(40) {
        let typed: String = line
            .chars()
            .take(60)
            .map(|c| match c {
                '’' | '‘' => '\'',
                '“' | '”' => '"',
                '–' | '—' => '-',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        let span = find_next(&text, &typed, 0).expect("found");
        let found = text.slice(span).expect("in range");
        assert!(
            line.starts_with(found.trim_end()),
            "{typed:?} found {found:?}"
        );
    }
}
