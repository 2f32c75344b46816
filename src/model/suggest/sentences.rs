//! Sentences of one paragraph, as token ranges, coping with abbreviations and quoted questions.
//!
//! A sentence ends at `.`, `?`, `!` or `…` (with any closing quotes and brackets after it) when
//! whitespace and then something other than a lower-case word follow, or at the paragraph's
//! end. A period after a title or initial (Mr., Dr., J.) never ends one; after an abbreviation
//! that may close a sentence (U.S., Inc.) it does only when a usual sentence opener follows.
//! So “Why now?” he asked. stays one sentence, as sentencex prefers not splitting to splitting
//! wrongly.

use std::ops::Range;

use super::lexicon::{has, ABBREVIATIONS, FINAL_ABBREVIATIONS, SENTENCE_STARTERS};
use super::tokens::{Quote, Token};

/// One sentence: its tokens and how it ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Token indices, terminal marks and closing quotes included.
    pub tokens: Range<usize>,
    /// The sentence ends with a question mark.
    pub question: bool,
}

fn is_terminal(token: &Token) -> bool {
    matches!(token.mark(), Some('.' | '?' | '!' | '…'))
}

fn closes(token: &Token) -> bool {
    token.quote == Quote::Close || matches!(token.mark(), Some(')' | ']'))
}

/// True when the period at `at` belongs to an abbreviation and no sentence ends there.
fn is_abbreviation_period(tokens: &[Token], at: usize, next: Option<&Token>) -> bool {
    let Some(word) = at.checked_sub(1).and_then(|p| tokens.get(p)) else {
        return false;
    };
    if !word.is_word() || tokens[at].space_before {
        return false;
    }
    let initial = word.end - word.start == 1 && word.capital;
    if !(initial || has(ABBREVIATIONS, &word.norm)) {
        return false;
    }
    let may_close = has(FINAL_ABBREVIATIONS, &word.norm);
    let opener = next.is_some_and(|n| n.capital && has(SENTENCE_STARTERS, &n.norm));
    !(may_close && opener)
}

/// The sentences of a paragraph's tokens, in order, covering every token.
pub fn sentences(tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut idx = 0;
    while idx < tokens.len() {
        if !is_terminal(&tokens[idx]) {
            idx += 1;
            continue;
        }
        let terminal = idx;
        // A run of marks ("?!", "...") and the closing quotes after it stay with the sentence.
        let mut end = idx + 1;
        while end < tokens.len() && !tokens[end].space_before {
            if is_terminal(&tokens[end]) || closes(&tokens[end]) {
                end += 1;
            } else {
                break;
            }
        }
        let next = tokens.get(end);
        let ends = match next {
            None => true,
            Some(n) if !n.space_before => false,
            Some(n)
                if n.is_word()
                    && !n.capital
                    && !n.norm.starts_with(|c: char| c.is_ascii_digit()) =>
            {
                false
            }
            Some(_) => {
                !(tokens[terminal].is_mark('.') && is_abbreviation_period(tokens, terminal, next))
            }
        };
        if ends {
            let question = tokens[terminal..end].iter().any(|t| t.is_mark('?'));
            out.push(Sentence {
                tokens: start..end,
                question,
            });
            start = end;
        }
        idx = end;
    }
    if start < tokens.len() {
        out.push(Sentence {
            tokens: start..tokens.len(),
            question: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sentences;
    use crate::model::suggest::tokens::tokenize;

    /// The sentences of `text` as strings.
    fn split(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let chars: Vec<char> = text.chars().collect();
        sentences(&tokens)
            .iter()
            .map(|s| {
                let (a, b) = (tokens[s.tokens.start].start, tokens[s.tokens.end - 1].end);
                chars[a..b].iter().collect()
            })
            .collect()
    }

    struct Case {
        text: &'static str,
        want: &'static [&'static str],
    }

    #[test]
    fn sentence_table() {
        let cases = [
            Case {
                text: "Mr. Smith went to Washington. He left.",
                want: &["Mr. Smith went to Washington.", "He left."],
            },
            Case {
                text: "Troops left the U.S. The talks ended. Aid to the U.S. Navy rose.",
                want: &[
                    "Troops left the U.S.",
                    "The talks ended.",
                    "Aid to the U.S. Navy rose.",
                ],
            },
            Case {
                text: "“Why now?” he asked. “Because,” she said.",
                want: &["“Why now?” he asked.", "“Because,” she said."],
            },
            Case {
                text: "It cost $3.5bn. Dr. J. K. Rowling agreed… Is it over?! No.",
                want: &[
                    "It cost $3.5bn.",
                    "Dr. J. K. Rowling agreed…",
                    "Is it over?!",
                    "No.",
                ],
            },
            Case {
                text: "The vote was 52.1 per cent. 2024 was worse",
                want: &["The vote was 52.1 per cent.", "2024 was worse"],
            },
        ];
        for case in cases {
            assert_eq!(split(case.text), case.want, "{}", case.text);
        }
    }
}
