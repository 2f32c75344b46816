//! The clause unitiser: cuts a sentence into the clause- and phrase-sized pieces editors mark.
//!
//! Measured on the seed (research note §0), span shape decides the score more than vocabulary:
//! a whole sentence cannot match a label under half its length. A sentence is cut at
//! `, ; : – — ( )` (commas inside a quotation excepted), before "but", before "and" when a new
//! verb or "that" follows, before "while/although" and before a condition ("unless", "only
//! if"). Then the pieces are put back together as an editor reads them:
//! - leading discourse markers, "that" and ", where" are stripped;
//! - pieces without a verb (appositions, list items, "BAYVIEW, Calif.") form a chain: the
//!   subject of a following piece that opens with a verb, the interrupted middle of a clause
//!   when between dashes ("its final offer—a 14% raise …—was generous"), or else part of the
//!   clause before them; an aside of four words or more between dashes stands alone;
//! - an "if" clause joins the clause after it (a conditional prediction is one claim);
//! - tails are dropped: the attribution after a quotation (", she said"), ", which …" and
//!   participial tails (", leaving it …"), though ", suggesting that X" keeps X;
//! - "according to …" and "to"-infinitive continuations join the clause before them.
mod pieces;

use std::ops::Range;

use super::lexicon::{has, COMPARATIVES, REPORTING};
use super::sentences::Sentence;
use super::tokens::Token;
use super::words::{is_finite_verb, is_participle, n_words, strip_lead, trim, verb_at};
use pieces::{pieces, Piece};

/// What opened a piece of a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cut {
    /// The sentence's start.
    Start,
    /// A comma.
    Comma,
    /// A semicolon or colon.
    Strong,
    /// A dash or a bracket: the piece is an aside.
    Aside,
    /// A conjunction or subordinator (kept in the piece).
    Word,
}

/// One clause unit: a token range of its paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    /// Tokens, edges trimmed.
    pub tokens: Range<usize>,
    /// What opened it.
    pub opened_by: Cut,
}

/// Minimum words of a unit that stands alone.
pub const MIN_WORDS: usize = 4;

/// Connectors of a condition; a clause is cut before them.
pub const CONDITIONS: &[&str] = &[
    "as long as",
    "in exchange for",
    "in return for",
    "on condition that",
    "only if",
    "provided that",
    "providing that",
    "unless",
];
/// What happens to a piece when the units are assembled.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Left out.
    Drop,
    /// An attribution after a quotation: left out, with the appositions after it.
    Tail,
    /// Joins the clause before it.
    Back,
    /// No verb: waits to learn whose part it is.
    Chain,
    /// An "if" clause: joins the clause after it.
    Lead,
    /// A clause; `true` when it opens with its verb.
    Stand(bool),
}

fn role(tokens: &[Token], piece: &mut Piece) -> Option<Role> {
    let mut r = trim(tokens, strip_lead(tokens, piece.range.clone()))?;
    let first = &tokens[r.start];
    let n = n_words(tokens, &r);
    let upper = tokens[r.clone()]
        .iter()
        .filter(|t| t.is_word())
        .all(|t| t.upper && t.norm.len() > 2);
    if piece.cut == Cut::Start && upper && n <= 3 {
        return Some(Role::Drop); // a dateline or a section label
    }
    let has_reporting = tokens[r.clone()].iter().any(|t| has(REPORTING, &t.norm));
    let has_that = tokens[r.clone()].iter().any(|t| t.is("that"));
    let last = tokens[..r.end].iter().rev().find(|t| t.is_word());
    // ", the report warned", ", said Laura Chen", ", officials said on Tuesday": the source
    // after its statement, with a reporting verb among its first words and no other verb.
    let words: Vec<&Token> = tokens[r.clone()].iter().filter(|t| t.is_word()).collect();
    let reporting_at = words.iter().position(|t| has(REPORTING, &t.norm));
    let n_verbs = words.iter().filter(|t| is_finite_verb(t)).count();
    let trailing_source = piece.cut == Cut::Comma
        && n <= 7
        && !has_that
        && n_verbs == 1
        && (reporting_at.is_some_and(|at| at < 4) || last.is_some_and(|t| has(REPORTING, &t.norm)));
    if (piece.after_quote && n <= 8 && has_reporting && !has_that) || trailing_source {
        return Some(Role::Tail);
    }
    if piece.cut == Cut::Strong && n < MIN_WORDS {
        return Some(Role::Drop); // "he smiled and said: “We will see.”"
    }
    let verb_that = is_finite_verb(first)
        && has(REPORTING, &first.norm)
        && tokens.get(r.start + 1).is_some_and(|t| t.is("that"));
    if matches!(piece.cut, Cut::Comma | Cut::Aside) {
        if first.is("which") || first.is("who") {
            piece.relative = true;
            return Some(Role::Chain);
        }
        if first.is("where") {
            r.start += 1;
        } else if is_participle(first) || verb_that {
            // ", suggesting that X" keeps X; ", leaving it …" is a tail.
            if !tokens.get(r.start + 1).is_some_and(|t| t.is("that")) {
                return Some(Role::Drop);
            }
            r.start += 2;
        }
        if first.is("according") || (first.is("to") && piece.cut == Cut::Comma) {
            piece.range = r;
            return Some(Role::Back);
        }
    }
    let r = trim(tokens, r)?;
    let n = n_words(tokens, &r);
    piece.range = r.clone();
    let verbless = !r.clone().any(|i| verb_at(tokens, i));
    // ", nearly double the figure for 2024": a comparison is a claim of its own.
    let compares = tokens[r.clone()].iter().any(|t| has(COMPARATIVES, &t.norm));
    Some(
        if tokens[r.start].is("if") && matches!(piece.cut, Cut::Start | Cut::Comma) {
            Role::Lead
        } else if n < MIN_WORDS
            || (verbless && piece.cut != Cut::Word && !(compares && piece.cut == Cut::Comma))
        {
            Role::Chain
        } else {
            Role::Stand(is_finite_verb(&tokens[r.start]))
        },
    )
}

/// True when `range` ends inside a "that" clause that has no verb yet.
fn open_that(tokens: &[Token], range: &Range<usize>) -> bool {
    let that = range.clone().rev().find(|&i| tokens[i].is("that"));
    that.is_some_and(|t| !(t + 1..range.end).any(|i| verb_at(tokens, i)))
}

/// Puts pending pieces where they belong: an aside long enough stands alone; the rest joins
/// the unit before it (or stands, when there is none and it is long enough).
fn flush_back(tokens: &[Token], chain: &mut Vec<Piece>, units: &mut Vec<Unit>) {
    for piece in chain.drain(..).filter(|p| !p.relative) {
        let long = n_words(tokens, &piece.range) >= MIN_WORDS;
        match units.last_mut() {
            Some(last) if !(piece.cut == Cut::Aside && long) => last.tokens.end = piece.range.end,
            _ if long => units.push(Unit {
                tokens: piece.range,
                opened_by: piece.cut,
            }),
            _ => {}
        }
    }
}

/// The clause units of one sentence, in order.
pub fn units(tokens: &[Token], sentence: &Sentence) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    let mut chain: Vec<Piece> = Vec::new();
    let mut lead: Option<Range<usize>> = None;
    let mut dropping = false;
    for mut piece in pieces(tokens, sentence) {
        let Some(role) = role(tokens, &mut piece) else {
            continue;
        };
        match role {
            Role::Drop | Role::Tail => {
                flush_back(tokens, &mut chain, &mut units);
                // An "if" clause with nothing after it but a tail is a unit of its own.
                units.extend(lead.take().map(|tokens| Unit {
                    tokens,
                    opened_by: Cut::Start,
                }));
                dropping = role == Role::Tail;
            }
            Role::Back | Role::Chain if dropping => {}
            Role::Back => {
                flush_back(tokens, &mut chain, &mut units);
                match units.last_mut() {
                    Some(last) => last.tokens.end = piece.range.end,
                    None => chain.push(piece),
                }
            }
            Role::Chain => chain.push(piece),
            Role::Lead => {
                flush_back(tokens, &mut chain, &mut units);
                lead = Some(piece.range);
            }
            Role::Stand(verb_first) => {
                let first = &tokens[piece.range.start];
                let apposition =
                    !first.capital && !verb_first && n_words(tokens, &piece.range) <= 8;
                if dropping && piece.cut == Cut::Comma && apposition {
                    continue; // ", said Maria Lopez, director of the group …"
                }
                dropping = false;
                // "warned that without federal help, thousands … could close": a that-clause
                // still waiting for its verb continues after the comma.
                if let Some(last) = units.last_mut().filter(|l| {
                    piece.cut == Cut::Comma && chain.is_empty() && open_that(tokens, &l.tokens)
                }) {
                    last.tokens.end = piece.range.end;
                    continue;
                }
                let mut start = piece.range.start;
                let interrupted = chain.first().is_some_and(|c| c.cut == Cut::Aside);
                match (verb_first, chain.first(), units.last_mut()) {
                    // "its final offer—a 14% raise …—was": the dashes interrupt one clause.
                    (true, Some(_), Some(last)) if interrupted => {
                        last.tokens.end = piece.range.end;
                        chain.clear();
                        continue;
                    }
                    // "The opposition leader, Councillor X, called …": the chain is the subject.
                    (true, Some(first), _) => start = first.range.start,
                    (false, Some(first), None) if piece.cut != Cut::Aside => {
                        start = first.range.start
                    }
                    _ => {}
                }
                let mut opened_by = piece.cut;
                if start == piece.range.start {
                    flush_back(tokens, &mut chain, &mut units);
                } else {
                    opened_by = chain.first().map_or(opened_by, |c| c.cut);
                    chain.clear();
                }
                if let Some(l) = lead.take() {
                    (start, opened_by) = (l.start, Cut::Start);
                }
                units.push(Unit {
                    tokens: start..piece.range.end,
                    opened_by,
                });
            }
        }
    }
    if units.is_empty() {
        if let (Some(first), Some(last)) = (chain.first(), chain.last()) {
            // A sentence without a recognised verb is still one unit.
            units.push(Unit {
                tokens: first.range.start..last.range.end,
                opened_by: first.cut,
            });
            chain.clear();
        }
    }
    flush_back(tokens, &mut chain, &mut units);
    if let Some(lead) = lead {
        if let Some(r) = trim(tokens, lead.start..sentence.tokens.end) {
            units.push(Unit {
                tokens: r,
                opened_by: Cut::Comma,
            });
        }
    }
    units.retain(|u| n_words(tokens, &u.tokens) >= MIN_WORDS);
    units
}
