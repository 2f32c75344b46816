//! A deterministic generator of large synthetic articles and annotation sets, for benchmarks and tests.
//!
//! The text mixes ASCII with accented letters, emoji and curly quotes so that code-point/byte
//! conversions are exercised; a tenth of the annotations nest inside or overlap another one.

use super::anchor::describe;
use super::annotation::{Annotation, AnnotationId, Origin, TextTarget};
use super::article::{Article, ArticleId, ArticleMeta};
use super::category::Category;
use super::span::Span;

/// A generated article with annotations that all anchor exactly.
#[derive(Clone, Debug)]
pub struct Synthetic {
    /// The article (about the requested size in bytes).
    pub article: Article,
    /// Annotations with quote, context and position hint.
    pub annotations: Vec<Annotation>,
}

const WORDS: &[&str] = &[
    "the",
    "minister",
    "said",
    "ceasefire",
    "talks",
    "would",
    "résumé",
    "naïve",
    "security",
    "guarantee",
    "troops",
    "peace",
    "“deal”",
    "Kyiv",
    "Moscow",
    "energy",
    "halt",
    "30-day",
    "officials",
    "dismissed",
    "proposal",
    "🇺🇦",
    "progress",
    "unclear",
    "whether",
    "concessions",
    "São",
    "Paulo",
    "façade",
    "Zürich",
    "coöperation",
    "demands",
    "question",
    "über",
    "😀",
];

/// SplitMix64: tiny, deterministic and good enough to spread spans around (tests use it too).
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Generates about `n_bytes` of text in paragraphs and `n_annotations` annotations over it.
pub fn generate(n_bytes: usize, n_annotations: usize, seed: u64) -> Synthetic {
    let mut rng = Rng(seed);
    let mut body = String::with_capacity(n_bytes + 64);
    // Word starts in code points, so annotations begin and end on word edges.
    let mut word_starts: Vec<(usize, usize)> = Vec::new();
    let mut n_chars = 0;
    while body.len() < n_bytes {
        let n_words = 60 + rng.below(140);
        for word_idx in 0..n_words {
            if word_idx > 0 {
                body.push(' ');
                n_chars += 1;
            }
            let word = WORDS[rng.below(WORDS.len())];
            let word_chars = word.chars().count();
            word_starts.push((n_chars, n_chars + word_chars));
            body.push_str(word);
            n_chars += word_chars;
        }
        body.push_str(".\n");
        n_chars += 2;
    }
    let meta = ArticleMeta {
        id: ArticleId::parse("synthetic").expect("literal id is valid"),
        title: "Synthetic article".into(),
        standfirst: None,
        source: "urn:article-annotator:article:synthetic".into(),
    };
    let article = Article::from_plain_text(meta, &body);
    let mut annotations: Vec<Annotation> = Vec::with_capacity(n_annotations);
    let mut spans: Vec<Span> = Vec::with_capacity(n_annotations);
    for idx in 0..n_annotations {
        let span = if idx % 10 == 9 && !spans.is_empty() {
            // Nest in, or overlap the end of, an earlier annotation.
            let host = spans[rng.below(spans.len())];
            let start = host.start() + rng.below(host.len());
            Span::new(start, start + 1 + rng.below(host.len() * 2))
        } else {
            let first = rng.below(word_starts.len());
            let last = (first + rng.below(12)).min(word_starts.len() - 1);
            Span::new(word_starts[first].0, word_starts[last].1)
        };
        let Some(span) = span.filter(|s| s.end() <= article.text().n_chars()) else {
            continue;
        };
        let Some(quote) = describe(article.text(), span) else {
            continue;
        };
        spans.push(span);
        annotations.push(Annotation {
            id: AnnotationId::from_uuid_bits(u128::from(rng.next_u64()) << 64 | idx as u128),
            category: Category::ALL[idx % 3],
            origin: Origin::Reader,
            note: format!("Synthetic note {idx}"),
            target: TextTarget {
                quote,
                position: Some(span),
            },
            created: None,
            modified: None,
            via: None,
        });
    }
    Synthetic {
        article,
        annotations,
    }
}

/// Quotes from `data` with one edit each (a deleted letter, a changed letter or an inserted
/// word), so they no longer occur verbatim and must go through the fuzzy path; with the
/// position each was recorded at. Shared by the native and the wasm benchmarks.
pub fn one_edit_quotes(
    data: &Synthetic,
    n: usize,
) -> Vec<(super::anchor::TextQuote, Option<Span>)> {
    let mut cases = Vec::new();
    for (idx, annotation) in data.annotations.iter().enumerate() {
        let exact = &annotation.target.quote.exact;
        if cases.len() == n || exact.split(' ').count() < 4 {
            continue;
        }
        let mid = exact
            .char_indices()
            .nth(exact.chars().count() / 2)
            .map_or(0, |(b, _)| b);
        let after_mid: String = exact[mid..].chars().skip(1).collect();
        let mut quote = annotation.target.quote.clone();
        quote.exact = match idx % 3 {
            0 => format!("{}{after_mid}", &exact[..mid]),
            1 => format!("{}X{after_mid}", &exact[..mid]),
            _ => exact.replacen(' ', " reportedly ", 1),
        };
        cases.push((quote, annotation.target.position));
    }
    cases
}

#[cfg(test)]
mod tests {
    use super::generate;

    #[test]
    fn generation_is_deterministic_and_sized() {
        let a = generate(20_000, 200, 7);
        let b = generate(20_000, 200, 7);
        assert_eq!(a.annotations, b.annotations);
        assert!(a.article.text().as_str().len() >= 20_000);
        assert!(a.annotations.len() >= 190, "{}", a.annotations.len());
        assert!(a.article.paragraphs().len() > 5);
    }
}
