use serde::{Deserialize, Serialize};
use std::fmt;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Processing went on with the record (e.g. invalid UTF-8 decoded lossily).
    Warning,
    /// The record (a JSON line, an XML sentence, a dictionary entry) was skipped.
    Error,
}

/// A problem found in some input, with the place it was found.
///
/// Displays as `path:line: message` (or `path: byte N: message`), the form editors and
/// terminals link to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Warning or error (= skipped).
    pub severity: Severity,
    /// The file, `-` for standard input.
    pub path: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// Byte offset in the file, when that is the better locator (invalid UTF-8).
    pub byte: Option<u64>,
    /// What is wrong and, where useful, what to do.
    pub message: String,
}

impl Diagnostic {
    /// A warning at `path:line`.
    pub fn warning(
        path: impl Into<String>,
        line: Option<usize>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            path: path.into(),
            line,
            byte: None,
            message: message.into(),
        }
    }

    /// An error (the record was skipped) at `path:line`.
    pub fn error(path: impl Into<String>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line,
            byte: None,
            message: message.into(),
        }
    }

    /// Sets the byte offset.
    pub fn at_byte(mut self, byte: u64) -> Self {
        self.byte = Some(byte);
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(byte) = self.byte {
            write!(f, ": byte {byte}")?;
        }
        let kind = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, ": {kind}: {}", self.message)
    }
}

/// A collector of diagnostics that counts what was skipped.
#[derive(Clone, Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }
    /// Records a diagnostic.
    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }
    /// All diagnostics so far, in the order found.
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }
    /// Takes the diagnostics out, leaving the collector empty.
    pub fn drain(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.items)
    }
    /// Number of errors (records skipped).
    pub fn errors(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .count()
    }
    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
            .count()
    }
    /// True when nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_and_line_first() {
        let d = Diagnostic::error("news.jsonl", Some(17), "expected `text` to be a string");
        assert_eq!(
            d.to_string(),
            "news.jsonl:17: error: expected `text` to be a string"
        );
        let w = Diagnostic::warning("a.txt", None, "invalid UTF-8 replaced").at_byte(1033);
        assert_eq!(
            w.to_string(),
            "a.txt: byte 1033: warning: invalid UTF-8 replaced"
        );
    }
}
