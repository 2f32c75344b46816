//! Incremental paragraph segments: equal to the full computation, and pointer-stable where nothing changed.

use std::collections::BTreeMap;
use std::rc::Rc;

use article_annotator::model::article::ArticleMeta;
use article_annotator::model::segments::{
    update_paragraph_segments, SegmentCache, SegmentKey, SharedSegments,
};
use article_annotator::model::{paragraph_segments, synthetic, Article, ArticleId, Category, Span};

/// Stand-in for the app's `HighlightKey`: id, category and the whole span.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    pub id: u64,
    pub category: Category,
    pub span: Span,
}

impl SegmentKey for Key {
    fn category(&self) -> Category {
        self.category
    }
}

pub type Keys = Vec<(Span, Key)>;

use article_annotator::model::synthetic::Rng;

pub fn s(start: usize, end: usize) -> Span {
    Span::new(start, end).expect("non-empty")
}

pub fn key(id: u64, span: Span) -> (Span, Key) {
    let category = Category::ALL[id as usize % 3];
    (span, Key { id, category, span })
}

fn article_from(body: &str) -> Article {
    let meta = ArticleMeta {
        id: ArticleId::parse("incremental").expect("valid"),
        title: "Incremental".into(),
        standfirst: None,
        source: "urn:test".into(),
    };
    Article::from_plain_text(meta, body)
}

fn full(article: &Article, keys: &Keys) -> Vec<SharedSegments<Key>> {
    paragraph_segments(article, keys)
        .into_iter()
        .map(Rc::new)
        .collect()
}

/// Paragraphs overlapped by a key in the multiset difference of `old` and `new`, found naively.
fn touched(article: &Article, old: &Keys, new: &Keys) -> Vec<bool> {
    let mut counts: BTreeMap<&(Span, Key), i64> = BTreeMap::new();
    for k in old {
        *counts.entry(k).or_default() -= 1;
    }
    for k in new {
        *counts.entry(k).or_default() += 1;
    }
    let changed: Vec<Span> = counts
        .iter()
        .filter(|(_, n)| **n != 0)
        .map(|(k, _)| k.0)
        .collect();
    article
        .paragraphs()
        .iter()
        .map(|p| changed.iter().any(|span| span.overlaps(*p)))
        .collect()
}

/// Checks one step through both entry points; returns the function's result for the next step.
fn check_step(
    article: &Article,
    cache: &mut SegmentCache<Key>,
    old: &Keys,
    old_result: &[SharedSegments<Key>],
    new: &Keys,
    label: &str,
) -> Vec<SharedSegments<Key>> {
    let want = full(article, new);
    let got = update_paragraph_segments(article, Some((old, old_result)), new);
    assert_eq!(got, want, "{label}: function result");
    let touched = touched(article, old, new);
    for (idx, hit) in touched.iter().enumerate() {
        if !hit {
            assert!(
                Rc::ptr_eq(&got[idx], &old_result[idx]),
                "{label}: paragraph {idx} untouched but rebuilt"
            );
        }
    }
    let before = cache.update(article, old.clone());
    let after = cache.update(article, new.clone());
    assert_eq!(*after, want, "{label}: cache result");
    for (idx, hit) in touched.iter().enumerate() {
        if !hit {
            assert!(
                Rc::ptr_eq(&after[idx], &before[idx]),
                "{label}: cache {idx}"
            );
        }
    }
    if !touched.contains(&true) {
        assert!(
            Rc::ptr_eq(&before, &after),
            "{label}: no change, same outer Rc"
        );
    }
    got
}

#[test]
fn random_edits_match_the_full_computation() {
    let data = synthetic::generate(200_000, 2_000, 7);
    let article = &data.article;
    let n_chars = article.text().n_chars();
    // The annotation list, in list order; keys are derived from it minus hidden categories.
    let mut list: Keys = data
        .annotations
        .iter()
        .enumerate()
        .filter_map(|(idx, a)| Some(key(idx as u64, a.target.position?)))
        .collect();
    let mut hidden: Vec<Category> = Vec::new();
    let derive = |list: &Keys, hidden: &[Category]| -> Keys {
        let visible = |k: &&(Span, Key)| !hidden.contains(&k.1.category);
        list.iter().filter(visible).cloned().collect()
    };
    let mut rng = Rng(2024);
    let mut next_id = 1_000_000;
    let mut cache = SegmentCache::default();
    let mut keys = derive(&list, &hidden);
    let mut result = update_paragraph_segments(article, None, &keys);
    assert_eq!(result, full(article, &keys));
    for step in 0..400 {
        let pick = rng.below(list.len());
        let op = rng.below(9);
        match op {
            0 | 1 => {
                // Add: usually inside a paragraph, sometimes across several.
                let start = rng.below(n_chars - 1);
                let len = if op == 0 {
                    1 + rng.below(80)
                } else {
                    1 + rng.below(3_000)
                };
                next_id += 1;
                list.insert(pick, key(next_id, s(start, (start + len).min(n_chars))));
            }
            2 => {
                list.remove(pick);
            }
            3 => {
                let k = &mut list[pick].1;
                k.category = Category::ALL[(k.category as usize + 1) % 3];
            }
            4 => {
                let (span, k) = &mut list[pick];
                *span = span.shifted(1 + rng.below(40) as isize).unwrap_or(*span);
                k.span = *span;
            }
            5 => {
                let category = Category::ALL[rng.below(3)];
                match hidden.iter().position(|c| *c == category) {
                    Some(at) => {
                        hidden.remove(at);
                    }
                    None => hidden.push(category),
                }
            }
            6 => list.insert(pick, list[pick].clone()),
            7 => {
                let other = rng.below(list.len());
                list.swap(pick, other);
            }
            _ => {}
        }
        let new_keys = derive(&list, &hidden);
        let label = format!("step {step} op {op}");
        result = check_step(article, &mut cache, &keys, &result, &new_keys, &label);
        keys = new_keys;
    }
}

#[test]
fn edge_cases() {
    let body =
        "First paragraph here.\nSecond one, a bit longer.\n\nThird after a blank line.\nFourth.";
    let article = article_from(body);
    let empty = article_from("");
    assert!(empty.paragraphs().is_empty());
    let base: Keys = vec![key(1, s(2, 8)), key(2, s(30, 40))];
    let cross = key(3, s(10, 60));
    let with = |extra: &(Span, Key)| -> Keys { base.iter().chain([extra]).cloned().collect() };
    struct Case<'a> {
        name: &'static str,
        article: &'a Article,
        old: Keys,
        new: Keys,
    }
    let case = |name, article, old, new| Case {
        name,
        article,
        old,
        new,
    };
    let cases = vec![
        case("empty article, no keys", &empty, vec![], vec![]),
        case(
            "empty article, a stray key",
            &empty,
            vec![],
            vec![key(1, s(0, 3))],
        ),
        case("nothing changes", &article, base.clone(), base.clone()),
        case(
            "cross-paragraph added",
            &article,
            base.clone(),
            with(&cross),
        ),
        case(
            "cross-paragraph removed",
            &article,
            with(&cross),
            base.clone(),
        ),
        case(
            "key over the newline only",
            &article,
            base.clone(),
            with(&key(4, s(21, 22))),
        ),
        case("duplicate added", &article, base.clone(), with(&base[0])),
        case("duplicate removed", &article, with(&base[0]), base.clone()),
        case("all keys removed", &article, with(&cross), vec![]),
        case("from no keys", &article, vec![], with(&cross)),
        case("whole text", &article, base.clone(), vec![key(5, s(0, 90))]),
    ];
    for Case {
        name,
        article,
        old,
        new,
    } in cases
    {
        let mut cache = SegmentCache::default();
        let old_result = update_paragraph_segments(article, None, &old);
        assert_eq!(old_result, full(article, &old), "{name}: from scratch");
        check_step(article, &mut cache, &old, &old_result, &new, name);
    }
}

#[test]
fn previous_of_another_length_is_ignored() {
    let article = article_from("One.\nTwo.\nThree.");
    let keys: Keys = vec![key(1, s(0, 3))];
    let stale = vec![Rc::new(Vec::new())];
    let got = update_paragraph_segments(&article, Some((&keys, &stale)), &keys);
    assert_eq!(got, full(&article, &keys));
}

#[test]
fn cache_starts_over_for_another_article() {
    let (one, two) = (
        article_from("One.\nTwo."),
        article_from("Longer one.\nTwo."),
    );
    let keys: Keys = vec![key(1, s(0, 3)), key(2, s(6, 9))];
    let mut cache = SegmentCache::default();
    assert_eq!(*cache.update(&one, keys.clone()), full(&one, &keys));
    assert_eq!(*cache.update(&two, keys.clone()), full(&two, &keys));
}
