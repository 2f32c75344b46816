//! The native command line (`article-annotator-cli`): one enum of subcommands, one file each.
//!
//! [`run`] does the work in-process and returns what to print, so tests call it directly; the
//! binary only prints and sets the exit status. Errors are one line: usage mistakes (unknown
//! flag, missing value) exit with 2, unreadable or invalid input with 1. Adding a subcommand
//! (such as `render`) means a variant of [`Command`], a file beside `suggest.rs` and a line
//! of [`USAGE`].

mod args;
mod clock;
pub mod page;
pub mod render;
pub mod suggest;
pub mod synthetic;

use std::fmt;

/// The top-level help.
pub const USAGE: &str = "\
article-annotator-cli: newsroom tools for article-annotator

Usage:
  article-annotator-cli suggest --article FILE [--meta FILE] [--out FILE] [--compact]
  article-annotator-cli render --article FILE [--meta FILE] [--annotations FILE] [--out FILE]
                               [--fragment | --template FILE] [--instance NAME] [--assets URL]
                               [--allow-orphans]
  article-annotator-cli synthetic [--bytes N] [--annotations N] [--seed N] [--out FILE]
  article-annotator-cli help [COMMAND]
  article-annotator-cli --version

Commands:
  suggest   Propose claims, demands and open questions in an article and write them as a
            W3C Web Annotation collection, labelled as automatic (see `help suggest`).
  render    Pre-render an article with its editorial highlights and notes as HTML that
            reads without JavaScript and that the widget hydrates (see `help render`).
  synthetic Write a generated benchmark article with its annotations as one JSON bundle
            (see `help synthetic`).
  help      Show this help, or a command's.

Exit status: 0 on success, 1 when an input cannot be read or is invalid, 2 on a usage error.
";

/// What a run prints.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Output {
    /// For standard output (a document, or help).
    pub stdout: String,
    /// One-line notes for standard error (what was written where).
    pub notes: Vec<String>,
}

/// Why a run failed: one line for standard error, and the exit status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CliError {
    /// The message, without a trailing newline.
    pub message: String,
    /// The process exit status: 2 for usage errors, 1 for input errors.
    pub code: i32,
}

impl CliError {
    /// A mistake in the command line itself.
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError {
            message: format!("{} (see `article-annotator-cli --help`)", message.into()),
            code: 2,
        }
    }

    /// An input that cannot be read or used.
    pub fn input(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}

/// A parsed command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `suggest`: suggestions for one article.
    Suggest(suggest::Options),
    /// `render`: one article pre-rendered as HTML.
    Render(render::Options),
    /// `synthetic`: a generated benchmark bundle.
    Synthetic(synthetic::Options),
    /// `help [COMMAND]`, `--help`, or a command's `--help`.
    Help(Option<String>),
    /// `--version`.
    Version,
}

/// Parses the arguments after the program name.
pub fn parse(args: &[String]) -> Result<Command, CliError> {
    let Some((first, rest)) = args.split_first() else {
        return Ok(Command::Help(None));
    };
    let wants_help = rest.iter().any(|a| a == "--help" || a == "-h");
    match first.as_str() {
        "-h" | "--help" => Ok(Command::Help(None)),
        "help" => Ok(Command::Help(rest.first().cloned())),
        "-V" | "--version" => Ok(Command::Version),
        "suggest" if wants_help => Ok(Command::Help(Some("suggest".into()))),
        "suggest" => suggest::parse(rest).map(Command::Suggest),
        "render" if wants_help => Ok(Command::Help(Some("render".into()))),
        "render" => render::parse(rest).map(Command::Render),
        "synthetic" if wants_help => Ok(Command::Help(Some("synthetic".into()))),
        "synthetic" => synthetic::parse(rest).map(Command::Synthetic),
        other => Err(CliError::usage(format!("unknown command {other:?}"))),
    }
}

/// Runs a command line (the arguments after the program name).
pub fn run(args: &[String]) -> Result<Output, CliError> {
    match parse(args)? {
        Command::Suggest(options) => suggest::run(&options, &clock::now()),
        Command::Render(options) => render::run(&options),
        Command::Synthetic(options) => synthetic::run(&options),
        Command::Help(None) => Ok(Output {
            stdout: USAGE.into(),
            notes: Vec::new(),
        }),
        Command::Help(Some(topic)) if topic == "suggest" => Ok(Output {
            stdout: suggest::HELP.into(),
            notes: Vec::new(),
        }),
        Command::Help(Some(topic)) if topic == "render" => Ok(Output {
            stdout: render::HELP.into(),
            notes: Vec::new(),
        }),
        Command::Help(Some(topic)) if topic == "synthetic" => Ok(Output {
            stdout: synthetic::HELP.into(),
            notes: Vec::new(),
        }),
        Command::Help(Some(topic)) => Err(CliError::usage(format!("no help for {topic:?}"))),
        Command::Version => Ok(Output {
            stdout: format!("article-annotator-cli {}\n", env!("CARGO_PKG_VERSION")),
            notes: Vec::new(),
        }),
    }
}
