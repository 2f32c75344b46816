//! Reading a subcommand's flags: `--name value`, `--name=value` and bare switches, with
//! one-line errors for unknown or incomplete flags.

use super::CliError;

/// One flag as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flag {
    /// The name without dashes (`article`).
    pub name: String,
    /// Its value, for flags that take one.
    pub value: Option<String>,
}

/// Splits `args` into flags. `takes_value` tells which names need a value; `switches` which
/// stand alone. Anything else is an error naming the culprit.
pub fn flags(
    args: &[String],
    takes_value: &[&str],
    switches: &[&str],
) -> Result<Vec<Flag>, CliError> {
    let mut out = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let Some(body) = arg.strip_prefix("--") else {
            return Err(CliError::usage(format!("unexpected argument {arg:?}")));
        };
        let (name, inline) = match body.split_once('=') {
            Some((name, value)) => (name, Some(value.to_string())),
            None => (body, None),
        };
        if takes_value.contains(&name) {
            let value = match inline {
                Some(value) => value,
                None => iter
                    .next()
                    .filter(|v| !v.starts_with("--"))
                    .cloned()
                    .ok_or_else(|| CliError::usage(format!("--{name} needs a value")))?,
            };
            if value.is_empty() {
                return Err(CliError::usage(format!("--{name} needs a value")));
            }
            out.push(Flag {
                name: name.to_string(),
                value: Some(value),
            });
        } else if switches.contains(&name) && inline.is_none() {
            out.push(Flag {
                name: name.to_string(),
                value: None,
            });
        } else {
            return Err(CliError::usage(format!("unknown flag --{name}")));
        }
    }
    Ok(out)
}

/// The value of the last `--name` given, if any.
pub fn value<'a>(flags: &'a [Flag], name: &str) -> Option<&'a str> {
    flags
        .iter()
        .rev()
        .find(|f| f.name == name)
        .and_then(|f| f.value.as_deref())
}

/// True when the switch `--name` was given.
pub fn switch(flags: &[Flag], name: &str) -> bool {
    flags.iter().any(|f| f.name == name)
}
