//! The desk's keyboard: which key does what, as a pure table (the desk's component reads the
//! event, the README lists the same keys). Keys typed into a text field never get here.
//!
//! J or N next suggestion, K or P previous; A accept, R or X reject; 1/2/3 accept as claim,
//! demand or question (or, with words selected, add them as one); Shift+A / Shift+R accept or
//! reject every open suggestion of the current item's category; ] and [ move the end a word
//! right or left, { and } the start; E or Enter the note; M gives the current item the
//! selected words; Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo; Esc closes.

use super::resize::Edge;
use crate::model::selection::Direction;
use crate::model::Category;

/// A key press as the component saw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Shift held.
    pub shift: bool,
    /// Ctrl or Cmd held.
    pub command: bool,
    /// Alt (Option) held: left to the browser.
    pub alt: bool,
    /// Words are selected and waiting.
    pub pending: bool,
}

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// The next open suggestion.
    Next,
    /// The previous one.
    Previous,
    /// Accept the current item.
    Accept,
    /// Reject the current item.
    Reject,
    /// Accept the current item as this category.
    Recategorise(Category),
    /// Add the selected words as this category.
    Add(Category),
    /// Accept every open suggestion of the current item's category.
    AcceptAll,
    /// Reject every open suggestion of the current item's category.
    RejectAll,
    /// Move an edge of the current item by a word.
    Resize(Edge, Direction),
    /// Go to the current item's note field.
    Note,
    /// Give the current item the selected words.
    UseSelection,
    /// Undo.
    Undo,
    /// Redo.
    Redo,
}

/// The command for `press`, if it is one of the desk's keys.
pub fn command_for(press: &KeyPress<'_>) -> Option<Command> {
    if press.alt {
        return None;
    }
    if press.command {
        return match press.key {
            "z" | "Z" if press.shift => Some(Command::Redo),
            "z" | "Z" => Some(Command::Undo),
            "y" | "Y" => Some(Command::Redo),
            _ => None,
        };
    }
    if let Some(category) = Category::from_key(press.key) {
        return Some(if press.pending {
            Command::Add(category)
        } else {
            Command::Recategorise(category)
        });
    }
    let command = match press.key {
        "j" | "n" | "J" | "N" => Command::Next,
        "k" | "p" | "K" | "P" => Command::Previous,
        "A" if press.shift => Command::AcceptAll,
        "R" | "X" if press.shift => Command::RejectAll,
        "a" | "A" => Command::Accept,
        "r" | "x" | "R" | "X" => Command::Reject,
        "]" => Command::Resize(Edge::End, Direction::Forward),
        "[" => Command::Resize(Edge::End, Direction::Backward),
        "{" => Command::Resize(Edge::Start, Direction::Backward),
        "}" => Command::Resize(Edge::Start, Direction::Forward),
        "e" | "E" => Command::Note,
        "Enter" if !press.pending => Command::Note,
        "m" | "M" if press.pending => Command::UseSelection,
        _ => return None,
    };
    Some(command)
}
