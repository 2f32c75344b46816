//! Markdown keeps its structure beside the same text: block kinds (headings, list items with numbers and nesting, quotes, code) and inline styles (strong, emphasis, strikethrough, code, links with href), relative in the source and absolute in the `Article`.

use article_annotator::model::article::{
    Article, ArticleId, ArticleMeta, Block, BlockKind, InlineStyle,
};
use article_annotator::model::source::read_markdown;

use BlockKind::{Code, Heading, ListItem, Paragraph, Quote};

fn meta() -> ArticleMeta {
    ArticleMeta {
        id: ArticleId::parse("md").expect("valid id"),
        title: "T".into(),
        standfirst: None,
        source: "urn:x:md".into(),
    }
}

/// Each inline style of a block with the text it covers, in order.
fn styles(line: &str, block: &Block) -> Vec<(InlineStyle, String)> {
    let chars: Vec<char> = line.chars().collect();
    let cut = |s: usize, e: usize| chars[s..e].iter().collect::<String>();
    let spans = block.inlines.iter();
    spans
        .map(|i| (i.style.clone(), cut(i.span.start(), i.span.end())))
        .collect()
}

fn link(href: &str) -> InlineStyle {
    InlineStyle::Link {
        href: Some(href.into()),
    }
}

const ARTICLE: &str = "# Peace talks stall

Officials said **no deal** was *close*.

## What each side wants

1. A ceasefire
2. Talks on `territory`
   - with the [UN](https://un.org \"UN\")
   - and observers
3. Prisoner swaps

> \"We will not ~~ever~~ give up,\" said a negotiator.
> > Inner quote

- Unordered
- list

```text
code line
```
";

#[test]
fn an_article_keeps_its_text_and_gains_its_structure() {
    let read = read_markdown(ARTICLE);
    assert_eq!(read.title.as_deref(), Some("Peace talks stall"));
    let lines = [
        "Officials said no deal was close.",
        "What each side wants",
        "A ceasefire",
        "Talks on territory",
        "with the UN",
        "and observers",
        "Prisoner swaps",
        "\"We will not ever give up,\" said a negotiator.",
        "Inner quote",
        "Unordered",
        "list",
        "code line",
    ];
    assert_eq!(read.body, lines.join("\n"));
    let item = |ordered, number| ListItem { ordered, number };
    let expected: [(BlockKind, u8, u8); 12] = [
        (Paragraph, 0, 0),
        (Heading(2), 0, 0),
        (item(true, 1), 0, 1),
        (item(true, 2), 0, 1),
        (item(false, 1), 0, 2),
        (item(false, 2), 0, 2),
        (item(true, 3), 0, 1),
        (Quote, 1, 0),
        (Quote, 2, 0),
        (item(false, 1), 0, 1),
        (item(false, 2), 0, 1),
        (Code, 0, 0),
    ];
    let got: Vec<(BlockKind, u8, u8)> = read
        .blocks
        .iter()
        .map(|b| (b.kind, b.quote_depth, b.list_depth))
        .collect();
    assert_eq!(got, expected);
    let styled: Vec<(usize, Vec<(InlineStyle, String)>)> = lines
        .iter()
        .zip(&read.blocks)
        .map(|(line, block)| styles(line, block))
        .enumerate()
        .filter(|(_, s)| !s.is_empty())
        .collect();
    assert_eq!(
        styled,
        vec![
            (
                0,
                vec![
                    (InlineStyle::Strong, "no deal".into()),
                    (InlineStyle::Emphasis, "close".into())
                ]
            ),
            (3, vec![(InlineStyle::Code, "territory".into())]),
            (4, vec![(link("https://un.org"), "UN".into())]),
            (7, vec![(InlineStyle::Strikethrough, "ever".into())]),
        ]
    );

    // In the article the same structure counts code points of the whole canonical text.
    let plain = Article::from_plain_text(meta(), &read.body);
    let article = Article::from_blocks(meta(), &read.body, read.blocks.clone());
    assert_eq!(article.text(), plain.text());
    assert_eq!(article.paragraphs(), plain.paragraphs());
    assert_eq!(article.text_hash(), plain.text_hash());
    assert_eq!(article.blocks().len(), article.paragraphs().len());
    for (block, paragraph) in article.blocks().iter().zip(article.paragraphs()) {
        for inline in &block.inlines {
            assert!(
                paragraph.contains(inline.span),
                "{inline:?} in {paragraph:?}"
            );
        }
    }
    let text = article.text();
    let un = &article.blocks()[4].inlines[0];
    assert_eq!(text.slice(un.span), Some("UN"));
    assert_eq!(un.span.start(), article.paragraphs()[4].start() + 9);
    assert_eq!(
        text.slice(article.blocks()[7].inlines[0].span),
        Some("ever")
    );
}

#[test]
fn plain_text_and_mismatched_blocks_are_body_paragraphs() {
    let plain = Article::from_plain_text(meta(), "One\n\nTwo");
    assert_eq!(plain.blocks(), &[Block::default(), Block::default()]);
    let one = vec![Block::of(Heading(2))];
    let article = Article::from_blocks(meta(), "One\n\nTwo", one);
    assert_eq!(article.blocks(), plain.blocks());
    let read = read_markdown("Just text.\n\nMore.");
    assert!(read.blocks.iter().all(|b| *b == Block::default()));
}
