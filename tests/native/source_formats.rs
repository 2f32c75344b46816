//! Source formats: telling JSON, Markdown and plain text apart, and reading Markdown and plain text into an article's title, standfirst and paragraphs.

use proptest::prelude::*;

use article_annotator::model::source::{
    detect, read_markdown, read_plain_text, SourceArticle, SourceFormat,
};
use article_annotator::seed::SEED_TEXT;

use SourceFormat::{Json, Markdown, PlainText};

#[test]
fn detect_table() {
    let cases: &[(Option<&str>, &str, &str, SourceFormat)] = &[
        (Some("application/json"), "a.md", "# x", Json),
        (Some("application/ld+json; charset=utf-8"), "a", "", Json),
        (Some("Application/JSON"), "a.txt", "", Json),
        (Some("text/markdown; charset=UTF-8"), "a.txt", "{", Markdown),
        (Some("text/x-markdown"), "a", "", Markdown),
        (
            Some("text/plain; charset=utf-8"),
            "/a/story.md",
            "plain",
            Markdown,
        ),
        (
            Some("text/plain"),
            "/a/story.markdown?v=2#top",
            "",
            Markdown,
        ),
        (Some("text/plain"), "story.json", "", Json),
        (Some("application/octet-stream"), "s.jsonld", "", Json),
        (Some("text/plain"), "story.TXT", "{", PlainText),
        (None, "https://x.org/a/b.md?x=1.json", "", Markdown),
        (
            None,
            "https://x.org/a/b?format=.md#.json",
            "text",
            PlainText,
        ),
        (None, "https://example.com", "{\"meta\": 1}", Json),
        (None, "//cdn.example.com/a", "  \n {", Json),
        (
            Some("text/plain"),
            "https://x.org/story",
            "\u{feff}{}",
            Json,
        ),
        (
            Some("text/plain"),
            "https://x.org/story",
            "Just text.",
            PlainText,
        ),
        (None, "https://x.org/story", "# Headline\n\nText", Markdown),
        (None, "story", "---\ntitle: A\n---\nText", Markdown),
        (None, "story", "---\nnot front matter\n---", PlainText),
        (None, "", "", PlainText),
        (Some(""), ".md", "x", PlainText),
        (Some("text/html"), "x.markdown", "", Markdown),
    ];
    for &(content_type, url, body, expected) in cases {
        let found = detect(content_type, url, body);
        assert_eq!(found, expected, "{content_type:?} {url:?} {body:?}");
    }
}

#[test]
fn plain_text_is_kept_as_given() {
    let read = read_plain_text("\u{feff}One\r\nTwo\rThree\n\n  Four  ");
    assert_eq!(read.title, None);
    assert_eq!(read.standfirst, None);
    assert_eq!(read.body, "One\nTwo\nThree\n\n  Four  ");
    assert_eq!(read_plain_text(SEED_TEXT).body, SEED_TEXT);
    assert_eq!(read_plain_text(""), SourceArticle::default());
}

#[test]
fn the_seed_as_markdown_paragraphs_reads_back_the_same() {
    let paragraphs: Vec<&str> = SEED_TEXT.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(paragraphs.len() > 5);
    let md = format!("# Headline\n\n{}\n", paragraphs.join("\n\n"));
    let read = read_markdown(&md);
    assert_eq!(read.title.as_deref(), Some("Headline"));
    assert_eq!(read.body, paragraphs.join("\n"));
    assert_eq!(read.body, SEED_TEXT.trim_end());
    // Hard-wrapped the way editors save Markdown: the same paragraphs.
    let wrapped: Vec<String> = paragraphs
        .iter()
        .map(|p| p.replacen(", ", ",\n", 2))
        .collect();
    assert_eq!(
        read_markdown(&wrapped.join("\n\n")).body,
        SEED_TEXT.trim_end()
    );
}

fn body(md: &str) -> String {
    read_markdown(md).body
}

#[test]
fn markdown_blocks_table() {
    for (md, expected) in [
        ("", ""),
        ("One\ntwo\n\nThree", "One two\nThree"),
        ("  Indented\n\tline  \n\n\n", "Indented line"),
        ("Hard  \nbreak\\\nhere\\", "Hard break here\\"),
        ("Escaped \\\\\nbackslash", "Escaped \\ backslash"),
        (
            "Text\n\n## Section *one* ##\n\nMore",
            "Text\nSection one\nMore",
        ),
        ("Text\n# Heading\nMore", "Text\nHeading\nMore"),
        ("#hashtag and #7", "#hashtag and #7"),
        ("####### seven", "####### seven"),
        ("Intro\n\nSetext\n======\n\nSub\n---", "Intro\nSetext\nSub"),
        (
            "- one\n- two\n  continued\n* three\n+ four",
            "one\ntwo continued\nthree\nfour",
        ),
        ("1. first\n2) second\n10. tenth", "first\nsecond\ntenth"),
        ("- - nested\n- > quoted", "nested\nquoted"),
        ("In 2024\n2025. was next", "In 2024 2025. was next"),
        ("Wrapped\n1. starts a list", "Wrapped\nstarts a list"),
        (
            "1. a\n\n   more of a\n2. b\n\nOut\n3. c",
            "a\nmore of a\nb\nOut 3. c",
        ),
        (
            "> Quoted\n> lines\n>\n> > deeper\nlazy",
            "Quoted lines\ndeeper lazy",
        ),
        ("Para\n> quote", "Para\nquote"),
        (
            "```rust\nlet x = 1;\n\n  indented  \n```\nAfter",
            "let x = 1;\n  indented  \nAfter",
        ),
        ("  ~~~\n  a *b*\n    c\n  ~~~~", "a *b*\n  c"),
        ("```\nunclosed\n# not heading", "unclosed\n# not heading"),
        ("> ```\n> code\nout", "code\nout"),
        ("``` a`b\nnot a fence", "``` a`b not a fence"),
        ("Above\n\n---\n***\n- - -\n___\n\nBelow", "Above\nBelow"),
        ("[ref]: https://x.org \"T\"\n[Ref2]: <y>\n\nText", "Text"),
        ("[Note]: read this first", "[Note]: read this first"),
        ("Para\n[ref]: https://x.org", "Para [ref]: https://x.org"),
        ("[^1]: A footnote.", "[^1]: A footnote."),
        ("<div>\nBlock *html*\n</div>", "Block html"),
        ("<!-- comment\nspanning -->\nText", "Text"),
    ] {
        assert_eq!(body(md), expected, "{md:?}");
    }
}

#[test]
fn markdown_inline_table() {
    for (md, expected) in [
        ("**bold** and __strong__", "bold and strong"),
        ("*it* and _it_ and ***both***", "it and it and both"),
        ("snake_case_name and __init__", "snake_case_name and init"),
        ("2 * 3 * 4 and a*b*c", "2 * 3 * 4 and abc"),
        ("*unclosed and **half*", "*unclosed and *half"),
        ("~~struck~~ ~one~ ~~~three~~~", "struck one ~~~three~~~"),
        ("`code *x*` and ``a ` b``", "code *x* and a ` b"),
        ("` padded ` and `unclosed", "padded and `unclosed"),
        ("\\`not code` here", "`not code` here"),
        ("[text](https://x.org \"Title\") end", "text end"),
        ("[t](<a b>) [u](x(y)z) [v]( 'w' )", "t u v"),
        ("[t][ref] [c][] [short]", "t c [short]"),
        ("[short]\n\n[short]: /u", "short"),
        ("![alt *text*](img.png) pic", "alt text pic"),
        ("[![img](a.png)](b)", "img"),
        ("[not a link] (x) and [a]b", "[not a link] (x) and [a]b"),
        (
            "<https://x.org/a?b> <me@x.org>",
            "https://x.org/a?b me@x.org",
        ),
        (
            "a <em>b</em> c<br>d<br/>e <span class=\"x\">f</span>",
            "a b c d e f",
        ),
        ("x<y and y>z", "xz"),
        ("if a<b, then c>d", "if a<b, then c>d"),
        ("1 < 2 > 0 <3", "1 < 2 > 0 <3"),
        ("&amp; &lt;&gt; &quot;&#39; a&nbsp;b", "& <> \"' a\u{a0}b"),
        (
            "&#x1F600; &#65; &#0; &bogus; &#xZZ; & alone",
            "😀 A \u{FFFD} &bogus; &#xZZ; & alone",
        ),
        ("line&#10;feed", "line feed"),
        ("\\*lit\\* \\_u\\_ \\[b\\] \\# \\a", "*lit* _u_ [b] # \\a"),
        ("many     spaces\tand\ttabs", "many spaces and tabs"),
    ] {
        assert_eq!(body(md), expected, "{md:?}");
    }
}

#[test]
fn titles_and_standfirsts() {
    let read = read_markdown("# The *Headline*\n\nBody.");
    assert_eq!(read.title.as_deref(), Some("The Headline"));
    assert_eq!((read.standfirst, read.body.as_str()), (None, "Body."));
    // Only a level-1 heading before any paragraph is the title.
    let read = read_markdown("Lead.\n\n# Later");
    assert_eq!((read.title, read.body.as_str()), (None, "Lead.\nLater"));
    let read = read_markdown("## Kicker\n# Title\nText");
    assert_eq!(
        (read.title, read.body.as_str()),
        (None, "Kicker\nTitle\nText")
    );
    let read = read_markdown("# One\n# Two");
    assert_eq!(
        (read.title.as_deref(), read.body.as_str()),
        (Some("One"), "Two")
    );
    let md = "---\ntitle: \"Putin: no \\\"ceasefire\\\"\"\ndescription: 'It''s short' \nauthor: x\n---\n# Heading\n\nText";
    let read = read_markdown(md);
    assert_eq!(read.title.as_deref(), Some("Putin: no \"ceasefire\""));
    assert_eq!(read.standfirst.as_deref(), Some("It's short"));
    assert_eq!(read.body, "Heading\nText");
    let md = "\u{feff}---\r\nstandfirst: >\r\n  Folded\r\n  summary\r\ndescription: no\r\ntitle: Plain # note\r\n...\r\nText";
    let read = read_markdown(md);
    assert_eq!(read.title.as_deref(), Some("Plain"));
    assert_eq!(read.standfirst.as_deref(), Some("Folded summary"));
    assert_eq!(read.body, "Text");
    // Front matter without a title leaves a heading to be the title; empty values are none.
    let read = read_markdown("---\ntitle:\ndate: 2025-03-19\n---\n\n# Heading\nText");
    assert_eq!(
        (read.title.as_deref(), read.body.as_str()),
        (Some("Heading"), "Text")
    );
    // Not front matter: an unclosed block, or one that is not `key:` lines.
    assert_eq!(
        read_markdown("---\ntitle: x\n\nText").body,
        "title: x\nText"
    );
    assert_eq!(
        read_markdown("---\nJust text\n---\nMore").body,
        "Just text\nMore"
    );
}

#[test]
fn pathological_input_stays_fast() {
    let started = std::time::Instant::now();
    for unit in [
        "[", "[a](", "[a](b \"", "<", "<a ", "<a b=\"", "<!--", "&", "`", "``x", "*", "_a", "![",
        "]", "[]", "\\", "> ", "- ", "~~", "<x@", "<http:", "&#",
    ] {
        let md = unit.repeat(200_000 / unit.len());
        let read = read_markdown(&md);
        assert!(read.body.len() <= md.len() * 3, "{unit}");
    }
    let nested = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    assert_eq!(read_markdown(&nested).body, nested);
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
}

/// Markdown-ish text built from the tokens the reader cares about.
fn markdownish() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "\n", "\n\n", " ", "  ", "\t", "a", "word", "é", "😀", "*", "**", "_", "__", "~~", "`",
        "```", "~~~", "#", "# ", "## ", "- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "[", "]", "(",
        ")", "![", "](", "][", "\"", "'", "<", ">", "</", "<em>", "<!--", "-->", "<br>", "&",
        "&amp;", "&#", "&#x", ";", "\\", "---", "===", "***", "[r]: /u", ":", "http://x", "@",
        "\r\n", "\u{feff}", "title: ", "\u{a0}",
    ]);
    prop::collection::vec(tokens, 0..120).prop_map(|parts| parts.concat())
}

fn check(read: &SourceArticle) {
    let blank_line = read.body.split('\n').any(|line| line.trim().is_empty());
    assert!(
        !read.body.contains('\r') && (!blank_line || read.body.is_empty()),
        "{read:?}"
    );
    for field in [&read.title, &read.standfirst].into_iter().flatten() {
        assert!(!field.contains('\n') && !field.is_empty(), "{read:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn markdown_never_panics_and_gives_paragraph_lines(md in markdownish()) {
        check(&read_markdown(&md));
        let _ = detect(None, &md, &md);
    }

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>(), ct in proptest::option::of(any::<String>())) {
        check(&read_markdown(&s));
        let _ = detect(ct.as_deref(), &s, &s);
        prop_assert!(!read_plain_text(&s).body.contains('\r'));
    }
}
