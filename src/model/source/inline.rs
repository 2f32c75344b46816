//! Markdown inline markup dropped from a paragraph's text and kept as styled ranges of it: emphasis, code spans, links and images, autolinks, raw HTML, escapes and character references.
//!
//! One left-to-right scan turns the raw characters into cells (literal characters and emphasis
//! delimiters), consuming code spans, links' destinations, tags and references as it meets them;
//! then delimiter runs are matched (CommonMark's flanking rules, one stack per delimiter
//! character) and the matched ones dropped. Unmatched markup stays as the literal text it is.
//! Styles are recorded as cell ranges and mapped to code points of the rendered text at the end.
//! Every lookahead is either precomputed (code span closers, comment ends) or bounded, so the
//! cost stays linear in practice.

use std::collections::HashMap;
use std::ops::Range;

use super::super::article::{Inline, InlineStyle};
use super::super::order::sort_by_key;
use super::super::span::Span;
use super::emphasis::{self, DelimRun};
use super::{html, links};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cell {
    Lit(char),
    Delim(char),
    Drop,
}

struct Scan<'a> {
    chars: Vec<char>,
    defs: &'a HashMap<String, String>,
    cells: Vec<Cell>,
    /// Styled cell ranges.
    styles: Vec<(Range<usize>, InlineStyle)>,
    runs: Vec<DelimRun>,
    /// `[` or `![` openers: (cell index, raw index after the bracket, is image).
    brackets: Vec<(usize, usize, bool)>,
    /// Start of every backtick run, with the start of the next run of the same length.
    code_closers: HashMap<usize, Option<usize>>,
    comment_ends: Vec<usize>,
}

/// The readers' text of one paragraph's raw Markdown (lines already joined by spaces), with runs
/// of spaces collapsed and the ends trimmed, and its styles in code points of that text. `defs`
/// maps the link reference labels, normalised, to their destinations.
pub(super) fn strip(raw: &str, defs: &HashMap<String, String>) -> (String, Vec<Inline>) {
    let chars: Vec<char> = raw.chars().collect();
    let code_closers = backtick_runs(&chars);
    let comment_ends = (0..chars.len())
        .filter(|&k| chars.get(k..k + 3) == Some(&['-', '-', '>'][..]))
        .collect();
    let mut scan = Scan {
        chars,
        defs,
        cells: Vec::new(),
        styles: Vec::new(),
        runs: Vec::new(),
        brackets: Vec::new(),
        code_closers,
        comment_ends,
    };
    scan.scan();
    scan.match_delimiters();
    scan.render()
}

fn backtick_runs(chars: &[char]) -> HashMap<usize, Option<usize>> {
    let mut runs = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let len = chars[k..].iter().take_while(|&&c| c == '`').count();
        if len > 0 {
            runs.push((k, len));
        }
        k += len.max(1);
    }
    let mut next_of_len: HashMap<usize, usize> = HashMap::new();
    let mut closers = HashMap::with_capacity(runs.len());
    for &(start, len) in runs.iter().rev() {
        closers.insert(start, next_of_len.get(&len).copied());
        next_of_len.insert(len, start);
    }
    closers
}

impl Scan<'_> {
    fn at(&self, k: usize) -> Option<char> {
        self.chars.get(k).copied()
    }

    fn lit(&mut self, c: char) {
        self.cells.push(Cell::Lit(c));
    }

    fn scan(&mut self) {
        let mut i = 0;
        while let Some(c) = self.at(i) {
            i = match c {
                '\\' => match self.at(i + 1) {
                    Some(next) if next.is_ascii_punctuation() => {
                        self.lit(next);
                        i + 2
                    }
                    _ => {
                        self.lit('\\');
                        i + 1
                    }
                },
                '`' => self.code_span(i),
                '*' | '_' | '~' => self.delimiter_run(i, c),
                '!' if self.at(i + 1) == Some('[') => {
                    self.brackets.push((self.cells.len(), i + 2, true));
                    self.lit('!');
                    self.lit('[');
                    i + 2
                }
                '[' => {
                    self.brackets.push((self.cells.len(), i + 1, false));
                    self.lit('[');
                    i + 1
                }
                ']' => self.close_bracket(i),
                '<' => self.angle(i),
                '&' => match html::entity(&self.chars, i) {
                    Some((decoded, end)) => {
                        self.lit(decoded);
                        end
                    }
                    None => {
                        self.lit('&');
                        i + 1
                    }
                },
                other => {
                    self.lit(if other == '\t' { ' ' } else { other });
                    i + 1
                }
            };
        }
    }

    /// A backtick run at `i`: a code span if a run of the same length follows, else literal.
    fn code_span(&mut self, i: usize) -> usize {
        let len = self.chars[i..].iter().take_while(|&&c| c == '`').count();
        // A run whose start was escaped is not in the table: the rest of it is literal.
        let Some(Some(close)) = self.code_closers.get(&i).copied() else {
            (0..len).for_each(|_| self.lit('`'));
            return i + len;
        };
        let content: Vec<char> = self.chars[i + len..close].to_vec();
        let padded = content.len() >= 2
            && content.first() == Some(&' ')
            && content.last() == Some(&' ')
            && content.iter().any(|&c| c != ' ');
        let inner = if padded {
            &content[1..content.len() - 1]
        } else {
            &content[..]
        };
        let first = self.cells.len();
        inner.iter().for_each(|&c| self.lit(c));
        self.styles
            .push((first..self.cells.len(), InlineStyle::Code));
        close + len
    }

    fn delimiter_run(&mut self, i: usize, ch: char) -> usize {
        let len = self.chars[i..].iter().take_while(|&&c| c == ch).count();
        let before = i.checked_sub(1).and_then(|k| self.at(k)).unwrap_or(' ');
        let after = self.at(i + len).unwrap_or(' ');
        let (can_open, can_close) = emphasis::flanking(ch, len, before, after);
        let first = self.cells.len();
        (0..len).for_each(|_| self.cells.push(Cell::Delim(ch)));
        self.runs.push(DelimRun {
            ch,
            first,
            len,
            can_open,
            can_close,
            opened: 0,
            closed: 0,
        });
        i + len
    }

    /// `]` at `i`: closes the last open bracket as a link or image when a destination or a
    /// reference follows; the text stays, the brackets and the tail go.
    fn close_bracket(&mut self, i: usize) -> usize {
        let Some((cell, text_start, image)) = self.brackets.pop() else {
            self.lit(']');
            return i + 1;
        };
        match links::tail(&self.chars, i + 1, text_start, self.defs) {
            Some((end, href)) => {
                let n_open = if image { 2 } else { 1 };
                for c in self.cells.iter_mut().skip(cell).take(n_open) {
                    *c = Cell::Drop;
                }
                // An image's text is its description, not a link.
                if !image {
                    let text = cell + 1..self.cells.len();
                    self.styles.push((text, InlineStyle::Link { href }));
                }
                end
            }
            None => {
                self.lit(']');
                i + 1
            }
        }
    }

    /// `<` at `i`: an autolink keeps its address, a tag or comment goes, else a literal `<`.
    fn angle(&mut self, i: usize) -> usize {
        if let Some((address, end)) = html::autolink(&self.chars, i) {
            let first = self.cells.len();
            address.chars().for_each(|c| self.lit(c));
            let href = if address.contains(':') {
                address
            } else {
                format!("mailto:{address}")
            };
            let span = first..self.cells.len();
            self.styles
                .push((span, InlineStyle::Link { href: Some(href) }));
            return end;
        }
        if let Some(end) = html::tag(&self.chars, i, &self.comment_ends) {
            if html::is_line_break(&self.chars, i) {
                self.lit(' ');
            }
            return end;
        }
        self.lit('<');
        i + 1
    }

    /// Drops the delimiters that emphasis matching pairs up, keeping what they enclose as styles.
    fn match_delimiters(&mut self) {
        let (used, pairs) = emphasis::matched(&mut self.runs);
        for range in used {
            for cell in range {
                if let Some(c) = self.cells.get_mut(cell) {
                    *c = Cell::Drop;
                }
            }
        }
        for pair in pairs {
            if pair.ch == '~' {
                self.styles.push((pair.inner, InlineStyle::Strikethrough));
                continue;
            }
            if pair.n >= 2 {
                self.styles.push((pair.inner.clone(), InlineStyle::Strong));
            }
            if pair.n % 2 == 1 {
                self.styles.push((pair.inner, InlineStyle::Emphasis));
            }
        }
    }

    /// The text, and the styles as spans of its code points (empty ones dropped; sorted by
    /// start, outer first).
    fn render(&self) -> (String, Vec<Inline>) {
        let mut out = String::with_capacity(self.cells.len());
        // Code points written before each cell (and after the last).
        let mut at = Vec::with_capacity(self.cells.len() + 1);
        let mut n_chars = 0;
        for cell in &self.cells {
            at.push(n_chars);
            let c = match *cell {
                Cell::Lit('\t') => ' ',
                Cell::Lit(c) | Cell::Delim(c) => c,
                Cell::Drop => continue,
            };
            if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
                continue;
            }
            out.push(c);
            n_chars += 1;
        }
        at.push(n_chars);
        let trimmed = out.trim_end_matches(' ').len();
        n_chars -= out.len() - trimmed;
        out.truncate(trimmed);
        let point = |cell: usize| at.get(cell).copied().unwrap_or(n_chars).min(n_chars);
        let mut inlines: Vec<Inline> = self
            .styles
            .iter()
            .filter_map(|(cells, style)| {
                let span = Span::new(point(cells.start), point(cells.end))?;
                Some(Inline {
                    span,
                    style: style.clone(),
                })
            })
            .collect();
        sort_by_key(&mut inlines, |i| {
            (i.span.start(), std::cmp::Reverse(i.span.end()))
        });
        (out, inlines)
    }
}
