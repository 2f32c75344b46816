//! `Category`: what kind of statement an annotation marks (claim, demand, unanswered question).

/// The three editorial categories. Everything that presents a category (CSS token, label, IRI)
/// is a method here, so no other code matches on strings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// A checkable assertion the article reports or makes.
    Claim,
    /// A condition or request one party puts on another.
    Demand,
    /// Something the article says remains open.
    Question,
}

/// Prefix of the category IRIs used as `SpecificResource` sources in W3C bodies (README documents it).
pub const CATEGORY_IRI_PREFIX: &str = "urn:article-annotator:category:";

impl Category {
    /// Every category, in legend order.
    pub const ALL: [Category; 3] = [Category::Claim, Category::Demand, Category::Question];

    /// The token used in `data-category` attributes and CSS: `claim`, `demand`, `question`.
    pub fn token(self) -> &'static str {
        match self {
            Category::Claim => "claim",
            Category::Demand => "demand",
            Category::Question => "question",
        }
    }

    /// The human label shown in the legend and read by screen readers.
    pub fn label(self) -> &'static str {
        match self {
            Category::Claim => "Claim",
            Category::Demand => "Demand",
            Category::Question => "Unanswered question",
        }
    }

    /// A one-word label for tight spaces such as the selection menu.
    pub fn short_label(self) -> &'static str {
        match self {
            Category::Claim => "Claim",
            Category::Demand => "Demand",
            Category::Question => "Question",
        }
    }

    /// The label as a noun inside a sentence ("a claim"); spelled out because `to_lowercase`
    /// would pull the whole Unicode case table into the wasm bundle.
    pub fn noun(self) -> &'static str {
        match self {
            Category::Claim => "claim",
            Category::Demand => "demand",
            Category::Question => "unanswered question",
        }
    }

    /// The noun with its indefinite article: "a claim", "an unanswered question".
    pub fn with_article(self) -> &'static str {
        match self {
            Category::Claim => "a claim",
            Category::Demand => "a demand",
            Category::Question => "an unanswered question",
        }
    }

    /// Plural label for counts in the legend.
    pub fn plural(self) -> &'static str {
        match self {
            Category::Claim => "Claims",
            Category::Demand => "Demands",
            Category::Question => "Unanswered questions",
        }
    }

    /// A glyph that tells the categories apart without colour.
    pub fn glyph(self) -> &'static str {
        match self {
            Category::Claim => "◆",
            Category::Demand => "▲",
            Category::Question => "?",
        }
    }

    /// The key that picks this category in the selection menu: `1`, `2`, `3`, in legend order.
    pub fn key(self) -> &'static str {
        match self {
            Category::Claim => "1",
            Category::Demand => "2",
            Category::Question => "3",
        }
    }

    /// The category a pressed key (`KeyboardEvent.key`) picks, if any.
    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL
            .into_iter()
            .find(|category| category.key() == key)
    }

    /// The documented IRI naming this category in exported W3C annotations.
    pub fn iri(self) -> String {
        format!("{CATEGORY_IRI_PREFIX}{}", self.token())
    }

    /// Parses a token (`claim`) or an IRI ending in one; case-insensitive.
    pub fn parse(value: &str) -> Option<Category> {
        let value = value.trim();
        let token = value.strip_prefix(CATEGORY_IRI_PREFIX).unwrap_or(value);
        Category::ALL
            .into_iter()
            .find(|category| category.token().eq_ignore_ascii_case(token))
    }
}

#[cfg(test)]
mod tests {
    use super::Category;

    #[test]
    fn tokens_and_iris_round_trip() {
        for category in Category::ALL {
            assert_eq!(Category::parse(category.token()), Some(category));
            assert_eq!(Category::parse(&category.iri()), Some(category));
        }
        assert_eq!(Category::parse(" CLAIM "), Some(Category::Claim));
        assert_eq!(Category::parse("opinion"), None);
        assert_eq!(Category::parse("urn:article-annotator:category:"), None);
    }

    #[test]
    fn keys_pick_categories_in_legend_order() {
        struct Case {
            key: &'static str,
            picks: Option<Category>,
        }
        let cases = [
            Case {
                key: "1",
                picks: Some(Category::Claim),
            },
            Case {
                key: "2",
                picks: Some(Category::Demand),
            },
            Case {
                key: "3",
                picks: Some(Category::Question),
            },
            Case {
                key: "4",
                picks: None,
            },
            Case {
                key: "0",
                picks: None,
            },
            Case {
                key: "c",
                picks: None,
            },
            Case {
                key: "",
                picks: None,
            },
        ];
        for case in cases {
            assert_eq!(Category::from_key(case.key), case.picks, "{:?}", case.key);
        }
        for category in Category::ALL {
            assert_eq!(Category::from_key(category.key()), Some(category));
        }
    }
}
