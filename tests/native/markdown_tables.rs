//! Markdown structure tables: inline styles with the text they cover, list numbering and nesting, quotes and code, safe link targets, and any input giving one block per paragraph with spans inside it.

use proptest::prelude::*;

use article_annotator::model::article::{
    safe_href, Article, ArticleId, ArticleMeta, BlockKind, InlineStyle,
};
use article_annotator::model::source::read_markdown;

use BlockKind::{Code, Heading, ListItem, Paragraph, Quote};
use InlineStyle::{Code as Mono, Emphasis as Em, Strikethrough as Strike, Strong};

fn link(href: Option<&str>) -> InlineStyle {
    InlineStyle::Link {
        href: href.map(str::to_string),
    }
}

struct InlineCase {
    md: &'static str,
    styles: Vec<(InlineStyle, &'static str)>,
}

#[test]
fn inline_styles_table() {
    #[rustfmt::skip]
    let cases = [
        InlineCase { md: "**bold** and __strong__", styles: vec![(Strong, "bold"), (Strong, "strong")] },
        InlineCase { md: "*it* and _it_ and ***both***", styles: vec![(Em, "it"), (Em, "it"), (Strong, "both"), (Em, "both")] },
        InlineCase { md: "snake_case_name and __init__", styles: vec![(Strong, "init")] },
        InlineCase { md: "**a *b* c**", styles: vec![(Strong, "a b c"), (Em, "b")] },
        InlineCase { md: "*unclosed and **half*", styles: vec![(Em, "half")] },
        InlineCase { md: "*a*   *b*", styles: vec![(Em, "a"), (Em, "b")] },
        InlineCase { md: "`code *x*` and ``a ` b``", styles: vec![(Mono, "code *x*"), (Mono, "a ` b")] },
        InlineCase { md: "~~struck~~ ~one~ ~~~three~~~", styles: vec![(Strike, "struck"), (Strike, "one")] },
        InlineCase { md: "[text](https://x.org \"Title\") end", styles: vec![(link(Some("https://x.org")), "text")] },
        InlineCase { md: "[t](<a b>) [u](x(y)z) [v]( 'w' ) [e](a\\)b)", styles: vec![(link(Some("a b")), "t"), (link(Some("x(y)z")), "u"), (link(Some("'w'")), "v"), (link(Some("a)b")), "e")] },
        InlineCase { md: "[t][ref] [c][] [short] [n][nope]\n\n[ref]: /r\n[C]: </c>\n[short]: /s 'T'", styles: vec![(link(Some("/r")), "t"), (link(Some("/c")), "c"), (link(Some("/s")), "short"), (link(None), "n")] },
        InlineCase { md: "[**bold link**](/x)", styles: vec![(link(Some("/x")), "bold link"), (Strong, "bold link")] },
        InlineCase { md: "![alt *text*](img.png) pic", styles: vec![(Em, "text")] },
        InlineCase { md: "<https://x.org/a?b> <me@x.org>", styles: vec![(link(Some("https://x.org/a?b")), "https://x.org/a?b"), (link(Some("mailto:me@x.org")), "me@x.org")] },
        InlineCase { md: "a <em>b</em> &amp; *é😀*", styles: vec![(Em, "é😀")] },
        InlineCase { md: "[not a link] (x)", styles: vec![] },
    ];
    for case in cases {
        let read = read_markdown(case.md);
        let first = read.body.split('\n').next().unwrap_or("");
        let chars: Vec<char> = first.chars().collect();
        let got: Vec<(InlineStyle, String)> = read.blocks[0]
            .inlines
            .iter()
            .map(|i| {
                (
                    i.style.clone(),
                    chars[i.span.start()..i.span.end()].iter().collect(),
                )
            })
            .collect();
        let want: Vec<(InlineStyle, String)> = case
            .styles
            .into_iter()
            .map(|(s, t)| (s, t.to_string()))
            .collect();
        assert_eq!(got, want, "{:?}", case.md);
    }
}

struct BlockCase {
    md: &'static str,
    /// Kind, quote depth and list depth of each paragraph.
    blocks: Vec<(BlockKind, u8, u8)>,
}

#[test]
fn block_kinds_table() {
    let bullet = |number| ListItem {
        ordered: false,
        number,
    };
    let numbered = |number| ListItem {
        ordered: true,
        number,
    };
    #[rustfmt::skip]
    let cases = [
        BlockCase { md: "- a\n  - b\n    - c\n- d", blocks: vec![(bullet(1), 0, 1), (bullet(1), 0, 2), (bullet(1), 0, 3), (bullet(2), 0, 1)] },
        BlockCase { md: "3. x\n4. y\n\n   more\n5) z", blocks: vec![(numbered(3), 0, 1), (numbered(4), 0, 1), (Paragraph, 0, 1), (numbered(5), 0, 1)] },
        BlockCase { md: "1. a\n1. b\n1. c", blocks: vec![(numbered(1), 0, 1), (numbered(2), 0, 1), (numbered(3), 0, 1)] },
        BlockCase { md: "- a\n* b\n+ c", blocks: vec![(bullet(1), 0, 1), (bullet(1), 0, 1), (bullet(1), 0, 1)] },
        BlockCase { md: "- - nested\n- > quoted", blocks: vec![(bullet(1), 0, 2), (bullet(2), 1, 1)] },
        BlockCase { md: "1. a\n\n   more of a\n2. b\n\nOut\n3. c", blocks: vec![(numbered(1), 0, 1), (Paragraph, 0, 1), (numbered(2), 0, 1), (Paragraph, 0, 0)] },
        BlockCase { md: "- a\n\nAfter\n\n- b", blocks: vec![(bullet(1), 0, 1), (Paragraph, 0, 0), (bullet(1), 0, 1)] },
        BlockCase { md: "> ## Quoted heading\n> text\n>\n> - item", blocks: vec![(Heading(2), 1, 0), (Quote, 1, 0), (bullet(1), 1, 1)] },
        BlockCase { md: "Intro\n\nSetext\n======\n\nSub\n---\n###### Six", blocks: vec![(Paragraph, 0, 0), (Heading(1), 0, 0), (Heading(2), 0, 0), (Heading(6), 0, 0)] },
        BlockCase { md: "```\ncode\n\n  more\n```\n> ```\n> quoted code\n> ```", blocks: vec![(Code, 0, 0), (Code, 0, 0), (Code, 1, 0)] },
        BlockCase { md: "> a\nlazy\n> > b", blocks: vec![(Quote, 1, 0), (Quote, 2, 0)] },
    ];
    for case in cases {
        let read = read_markdown(case.md);
        let got: Vec<(BlockKind, u8, u8)> = read
            .blocks
            .iter()
            .map(|b| (b.kind, b.quote_depth, b.list_depth))
            .collect();
        assert_eq!(got, case.blocks, "{:?} → {:?}", case.md, read.body);
    }
}

#[test]
fn safe_hrefs_table() {
    struct Case {
        href: &'static str,
        safe: bool,
    }
    #[rustfmt::skip]
    let cases = [
        Case { href: "https://example.org/a?b#c", safe: true },
        Case { href: "HTTP://x.org", safe: true },
        Case { href: "mailto:desk@example.org", safe: true },
        Case { href: "/stories/peace.md", safe: true },
        Case { href: "peace.html#top", safe: true },
        Case { href: "#notes", safe: true },
        Case { href: "?page=2", safe: true },
        Case { href: "javascript:alert(1)", safe: false },
        Case { href: " JavaScript:alert(1)", safe: false },
        Case { href: "java\nscript:alert(1)", safe: false },
        Case { href: "data:text/html,x", safe: false },
        Case { href: "vbscript:x", safe: false },
        Case { href: "//evil.example", safe: false },
        Case { href: "\\\\evil.example", safe: false },
        Case { href: "", safe: false },
    ];
    for case in cases {
        assert_eq!(safe_href(case.href).is_some(), case.safe, "{:?}", case.href);
    }
}

fn markdownish() -> impl Strategy<Value = String> {
    let tokens = prop::sample::select(vec![
        "\n",
        "\n\n",
        " ",
        "   ",
        "\t",
        "a",
        "word",
        "é",
        "😀",
        "*",
        "**",
        "_",
        "__",
        "~~",
        "`",
        "```",
        "# ",
        "## ",
        "- ",
        "  - ",
        "* ",
        "1. ",
        "2) ",
        "> ",
        "> > ",
        "[",
        "]",
        "(",
        ")",
        "![",
        "](",
        "][",
        "<",
        ">",
        "<https://x.org>",
        "&amp;",
        "\\",
        "---",
        "===",
        "[r]: /u",
        "\u{a0}",
    ]);
    prop::collection::vec(tokens, 0..100).prop_map(|parts| parts.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn every_paragraph_has_a_block_with_spans_inside_it(md in markdownish()) {
        let read = read_markdown(&md);
        let lines: Vec<&str> = if read.body.is_empty() { Vec::new() } else { read.body.split('\n').collect() };
        prop_assert_eq!(read.blocks.len(), lines.len());
        for (line, block) in lines.iter().zip(&read.blocks) {
            for inline in &block.inlines {
                prop_assert!(inline.span.end() <= line.chars().count(), "{:?} {:?}", line, inline);
            }
        }
        let meta = ArticleMeta {
            id: ArticleId::parse("p").expect("valid id"),
            title: "T".into(),
            standfirst: None,
            source: "urn:x:p".into(),
        };
        let article = Article::from_blocks(meta.clone(), &read.body, read.blocks.clone());
        let plain = Article::from_plain_text(meta, &read.body);
        prop_assert_eq!(article.text(), plain.text());
        prop_assert_eq!(article.blocks().len(), article.paragraphs().len());
        for (block, paragraph) in article.blocks().iter().zip(article.paragraphs()) {
            prop_assert!(block.inlines.iter().all(|i| paragraph.contains(i.span)));
        }
    }
}
