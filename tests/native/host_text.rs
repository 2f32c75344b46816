//! Host text: canonical text of a host article's text nodes and the maps between DOM boundaries and canonical offsets, by table and by property.

use proptest::prelude::*;

use article_annotator::model::article::{Article, ArticleId, ArticleMeta};
use article_annotator::model::host_text::{Bias, HostText, HostTextBuilder, NodeIndex};

/// A text node's raw data, or a block break.
#[derive(Clone, Debug)]
enum Item {
    Text(String),
    Break,
}

fn t(s: &str) -> Item {
    Item::Text(s.to_string())
}

const BR: Item = Item::Break;

fn build(items: &[Item]) -> HostText {
    let mut b = HostTextBuilder::new();
    let mut numbers = 0..;
    for item in items {
        match item {
            Item::Text(s) => assert_eq!(Some(b.push_text(s).0), numbers.next()),
            Item::Break => b.block_break(),
        }
    }
    b.finish()
}

fn collapsible(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C')
}

/// The obvious, slow definition: split at breaks, collapse, trim, drop empty paragraphs.
fn reference(items: &[Item]) -> String {
    let mut paragraphs = vec![String::new()];
    for item in items {
        match item {
            Item::Text(s) => paragraphs.last_mut().unwrap().push_str(s),
            Item::Break => paragraphs.push(String::new()),
        }
    }
    // Collapsing then trimming is joining the non-empty pieces between whitespace with one space.
    let collapse = |p: &String| {
        p.split(collapsible)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let kept: Vec<String> = paragraphs
        .iter()
        .map(collapse)
        .filter(|p| !p.is_empty())
        .collect();
    kept.join("\n")
}

fn article_text(text: &str) -> String {
    let meta = ArticleMeta {
        id: ArticleId::parse("host").unwrap(),
        title: "Host".into(),
        standfirst: None,
        source: "urn:x:host".into(),
    };
    Article::from_plain_text(meta, text)
        .text()
        .as_str()
        .to_string()
}

fn nodes(items: &[Item]) -> Vec<Vec<char>> {
    items
        .iter()
        .filter_map(|i| match i {
            Item::Text(s) => Some(s.chars().collect()),
            Item::Break => None,
        })
        .collect()
}

/// Every canonical character round-trips through both biases; every DOM boundary maps into range
/// and monotonically.
fn check_maps(items: &[Item]) {
    let host = build(items);
    let raw = nodes(items);
    let text: Vec<char> = host.text().chars().collect();
    assert_eq!(host.len_chars(), text.len());
    assert_eq!(host.n_nodes(), raw.len());
    for (i, &c) in text.iter().enumerate() {
        if c == '\n' {
            // A paragraph break: Start goes to the next character, End (at i + 1) to the previous.
            assert_eq!(host.to_raw(i, Bias::Start), host.to_raw(i + 1, Bias::Start));
            assert_eq!(host.to_raw(i + 1, Bias::End), host.to_raw(i, Bias::End));
            continue;
        }
        let (n, off) = host.to_raw(i, Bias::Start).unwrap();
        let (m, end) = host.to_raw(i + 1, Bias::End).unwrap();
        let fits = |r: char| r == c || (c == ' ' && collapsible(r));
        assert!(fits(raw[n.0][off]) && fits(raw[m.0][end - 1]), "{i}: {c:?}");
        let back = (host.to_canonical(n, off), host.to_canonical(m, end));
        assert_eq!(
            back,
            (Some(i), Some(i + 1)),
            "{i} via {n:?}:{off}, {m:?}:{end}"
        );
    }
    let mut last = 0;
    for (n, chars) in raw.iter().enumerate() {
        for off in 0..=chars.len() {
            let pos = host.to_canonical(NodeIndex(n), off).unwrap();
            assert!(
                pos <= text.len() && pos >= last,
                "{n}:{off} -> {pos} after {last}"
            );
            // A boundary just before a kept character maps to that character.
            if let Some(&c) = chars.get(off) {
                if !collapsible(c) {
                    assert_eq!(text.get(pos), Some(&c), "{n}:{off}");
                }
            }
            last = pos;
        }
        assert_eq!(host.to_canonical(NodeIndex(n), chars.len() + 1), None);
    }
    assert_eq!(host.to_canonical(NodeIndex(raw.len()), 0), None);
    assert_eq!(host.to_raw(text.len() + 1, Bias::Start), None);
}

fn check_text(items: &[Item], expected: &str) {
    let host = build(items);
    assert_eq!(host.text(), expected, "{items:?}");
    assert_eq!(host.text(), reference(items), "{items:?}");
    assert_eq!(article_text(host.text()), host.text(), "{items:?}");
    check_maps(items);
}

/// Nodes separated by `|`; a `¶` node is a block break.
fn parse(spec: &str) -> Vec<Item> {
    let item = |s: &str| if s == "¶" { BR } else { t(s) };
    let nodes = spec.split('|').filter(|_| !spec.is_empty());
    nodes.map(item).collect()
}

#[test]
fn canonical_text_table() {
    for (spec, expected) in [
        ("", ""),
        ("Hello |world", "Hello world"),
        ("Hello | world", "Hello world"),
        ("Hello| |world", "Hello world"),
        ("Hello||world", "Helloworld"),
        (" lead", "lead"),
        ("trail ", "trail"),
        ("\n  \n", ""),
        ("\n  \n|¶|  \t|¶", ""),
        ("a\u{a0} b", "a\u{a0} b"),
        ("\u{a0}", "\u{a0}"),
        ("a \u{2003} b", "a \u{2003} b"),
        ("one\r\ntwo\r\n", "one two"),
        ("x\x0C\ty", "x y"),
        ("a|¶|b", "a\nb"),
        ("a |¶| b", "a\nb"),
        ("¶|a|¶|¶|¶|b|¶", "a\nb"),
        ("a|¶|  |¶|b", "a\nb"),
        ("Hel|¶|lo", "Hel\nlo"),
        ("  |¶|a", "a"),
        ("a|¶|  ", "a"),
        ("😀 é|\u{301}x | 漢字", "😀 é\u{301}x 漢字"),
        ("multi   space\t\tand\n\nlines", "multi space and lines"),
    ] {
        check_text(&parse(spec), expected);
    }
    check_text(&[t("")], "");
}

#[test]
fn boundaries_in_collapsed_and_trimmed_whitespace() {
    // "Hello " + " world" -> "Hello world": the run's last character is the kept space.
    let host = build(&[t("Hello "), t(" world")]);
    let at = |n, off| host.to_canonical(NodeIndex(n), off);
    assert_eq!(
        (at(0, 5), at(0, 6), at(1, 0), at(1, 1), at(1, 6)),
        (Some(5), Some(5), Some(5), Some(6), Some(11))
    );
    assert_eq!(host.to_raw(5, Bias::Start), Some((NodeIndex(1), 0)));
    assert_eq!(host.to_raw(5, Bias::End), Some((NodeIndex(0), 5)));
    assert_eq!(host.to_raw(6, Bias::Start), Some((NodeIndex(1), 1)));
    assert_eq!(host.to_raw(6, Bias::End), Some((NodeIndex(1), 1)));
    assert_eq!(host.to_raw(0, Bias::End), Some((NodeIndex(0), 0)));
    assert_eq!(host.to_raw(11, Bias::Start), Some((NodeIndex(1), 6)));
    // Leading whitespace maps to the paragraph's start, trailing to its end.
    let host = build(&[t("  a  "), BR, t(" b ")]);
    let at = |n, off| host.to_canonical(NodeIndex(n), off);
    assert_eq!(host.text(), "a\nb");
    assert_eq!(
        (at(0, 0), at(0, 2), at(0, 3), at(0, 5)),
        (Some(0), Some(0), Some(1), Some(1))
    );
    assert_eq!(
        (at(1, 0), at(1, 1), at(1, 2), at(1, 3)),
        (Some(2), Some(2), Some(3), Some(3))
    );
    // At the paragraph break Start goes forward, End back.
    assert_eq!(host.to_raw(1, Bias::Start), Some((NodeIndex(1), 1)));
    assert_eq!(host.to_raw(2, Bias::End), Some((NodeIndex(0), 3)));
    // Whitespace after the last paragraph maps to the end of the text.
    let host = build(&[t("a"), BR, t("  "), t("")]);
    assert_eq!(host.to_canonical(NodeIndex(1), 1), Some(1));
    assert_eq!(host.to_canonical(NodeIndex(2), 0), Some(1));
}

#[test]
fn empty_text_has_no_raw_positions_but_nodes_still_map() {
    let host = build(&[]);
    assert_eq!((host.text(), host.n_nodes()), ("", 0));
    assert_eq!(host.to_raw(0, Bias::Start), None);
    assert_eq!(host.to_canonical(NodeIndex(0), 0), None);
    let host = build(&[t("  "), BR, t("")]);
    assert_eq!(host.to_raw(0, Bias::End), None);
    assert_eq!(host.to_canonical(NodeIndex(0), 2), Some(0));
    assert_eq!(host.to_canonical(NodeIndex(0), 3), None);
    assert_eq!(host.to_canonical(NodeIndex(1), 0), Some(0));
    assert_eq!(host.node_len(NodeIndex(0)), Some(2));
    assert_eq!(host.node_len(NodeIndex(2)), None);
}

#[test]
fn a_megabyte_of_nodes_builds_and_maps_fast() {
    let words = parse("Peace |in  |Ukraine\n|  remains |élusive| 😀 |\u{a0}|");
    let mut items = Vec::new();
    for i in 0..200_000 {
        items.push(words[i % words.len()].clone());
        if i % 97 == 0 {
            items.push(BR);
        }
    }
    let started = std::time::Instant::now();
    let host = build(&items);
    assert!(host.text().len() > 900_000);
    let n = host.len_chars();
    for i in (0..n).step_by(997) {
        let (node, off) = host.to_raw(i, Bias::Start).unwrap();
        let back = host.to_canonical(node, off).unwrap();
        assert!(back == i || host.text().chars().nth(i) == Some('\n'));
    }
    assert_eq!(host.text(), reference(&items));
    // Generous for a debug build; the builder is one pass, lookups bisect.
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

fn item() -> impl Strategy<Value = Item> {
    let piece = prop::sample::select(vec![
        "", " ", "  ", "\t", "\n", "\r\n", "\x0C", "a", "bc", "Word", "é", "e\u{301}", "😀",
        "漢字", "\u{a0}", "\u{2003}", ".", "x y", " z ", "\n\n",
    ]);
    prop_oneof![
        4 => prop::collection::vec(piece, 0..5).prop_map(|p| Item::Text(p.concat())),
        1 => Just(Item::Break),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

    #[test]
    fn text_matches_reference_and_article(items in prop::collection::vec(item(), 0..24)) {
        let host = build(&items);
        prop_assert_eq!(host.text(), reference(&items));
        prop_assert_eq!(article_text(host.text()), host.text());
    }

    #[test]
    fn maps_round_trip(items in prop::collection::vec(item(), 0..24)) {
        check_maps(&items);
    }

    #[test]
    fn arbitrary_strings_never_panic(items in prop::collection::vec(any::<String>(), 0..8), breaks in any::<u8>()) {
        let items: Vec<Item> = items
            .into_iter()
            .enumerate()
            .flat_map(|(i, s)| if breaks >> (i % 8) & 1 == 1 { vec![BR, Item::Text(s)] } else { vec![Item::Text(s)] })
            .collect();
        check_maps(&items);
        let host = build(&items);
        prop_assert_eq!(host.text(), reference(&items));
    }
}
