//! Why something outside the app could not be read (saved answers, an opened file, kept
//! history, the framework's files), worded from the core's errors through the catalogue. The
//! core's own `Display` stays English for the command line; outside text is passed clipped.

use ladder_core::binary::DecodeError;
use ladder_core::clip;
use ladder_core::file::FileError;
use ladder_core::history::HistoryError;
use ladder_core::json::JsonError;
use ladder_core::storage::StorageError;

/// Why saved answers could not be restored: "line 3 is damaged: …".
pub fn storage(e: &StorageError) -> String {
    match e {
        StorageError::UnknownVersion { first_line } => {
            t!(
                "problem-storage-unknown-version",
                first_line = clip(first_line)
            )
        }
        StorageError::Malformed { line, reason } => {
            t!("problem-storage-malformed", line = *line, reason = reason)
        }
        StorageError::Missing { key } => t!("problem-storage-missing", key = *key),
        StorageError::UnknownLevel { id } => t!("problem-storage-unknown-level", id = clip(id)),
        StorageError::TooLarge { bytes } => t!(
            "problem-storage-too-large",
            bytes = *bytes,
            max = ladder_core::storage::MAX_SAVED_BYTES
        ),
        StorageError::Truncated { lines } => t!("problem-storage-truncated", line = *lines),
    }
}

/// Why kept history could not be read.
pub fn history(e: &HistoryError) -> String {
    use ladder_core::history::{MAX_HISTORY_BYTES, MAX_SNAPSHOTS};
    match e {
        HistoryError::TooLarge { bytes } => t!(
            "problem-history-too-large",
            bytes = *bytes,
            max = MAX_HISTORY_BYTES
        ),
        HistoryError::UnknownVersion => t!("problem-history-unknown-version"),
        HistoryError::Malformed { line } => t!("problem-history-malformed", line = *line),
        HistoryError::Truncated => t!("problem-history-truncated"),
        HistoryError::TooMany { count } => t!(
            "problem-history-too-many",
            count = *count,
            max = MAX_SNAPSHOTS
        ),
    }
}

/// Why JSON text could not be read; the reader's own message is passed as it is.
pub fn json(e: &JsonError) -> String {
    match e {
        JsonError::Syntax {
            line,
            column,
            message,
        } => t!(
            "problem-json-syntax",
            line = *line,
            column = *column,
            message = message
        ),
        JsonError::Shape {
            path,
            line,
            column,
            message,
        } => t!(
            "problem-json-shape",
            path = path,
            line = *line,
            column = *column,
            message = message
        ),
        JsonError::DuplicateKey { path } => t!("problem-json-duplicate-key", path = path),
    }
}

/// Why an opened file could not be read as a saved assessment.
pub fn file(e: &FileError) -> String {
    match e {
        FileError::TooLarge { bytes } => t!(
            "problem-file-too-large",
            bytes = *bytes,
            max = ladder_core::file::MAX_FILE_BYTES
        ),
        FileError::Json(e) => json(e),
        FileError::NotAnAssessment { format } => {
            t!("problem-file-not-an-assessment", format = clip(format))
        }
        FileError::NewerVersion { version } => {
            t!("problem-file-newer-version", version = *version)
        }
        FileError::Invalid { path, reason } => {
            t!("problem-file-invalid", path = path, reason = reason)
        }
        FileError::UnknownLevel { path, id } => {
            t!("problem-file-unknown-level", path = path, id = clip(id))
        }
    }
}

/// Why a framework file's bytes could not be read back, for the file named `file`.
pub fn decode(file: &str, e: &DecodeError) -> String {
    match e {
        DecodeError::Empty => t!("problem-decode-empty", file = file),
        DecodeError::WrongFormat { found, expected } => t!(
            "problem-decode-wrong-format",
            file = file,
            found = *found,
            expected = *expected
        ),
        DecodeError::Malformed { reason } => {
            t!("problem-decode-malformed", file = file, reason = reason)
        }
        DecodeError::Mismatch { outline, details } => t!(
            "problem-decode-mismatch",
            file = file,
            details = clip(details),
            outline = clip(outline)
        ),
        // The framework's own rules, for whoever publishes it: each problem as the core says it.
        DecodeError::Invalid(problems) => t!(
            "problem-decode-invalid",
            file = file,
            count = problems.len(),
            problems = problems
                .iter()
                .map(|p| format!("- {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

/// Why a file could not be downloaded (`reason` is a `download-*` message).
pub fn download(file: &str, reason: &str) -> String {
    t!("problem-download", file = file, reason = reason)
}

/// A download problem's reason.
pub fn download_reason(key: Download) -> String {
    match key {
        Download::NoWindow => t!("problem-download-no-window"),
        Download::Network => t!("problem-download-network"),
        Download::NotHttp => t!("problem-download-not-http"),
        Download::Status(status) => t!("problem-download-status", status = status),
        Download::NoBody => t!("problem-download-no-body"),
        Download::Interrupted => t!("problem-download-interrupted"),
        Download::NotUtf8 => t!("problem-download-not-utf8"),
    }
}

/// Why a download failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Download {
    NoWindow,
    Network,
    NotHttp,
    Status(u16),
    NoBody,
    Interrupted,
    NotUtf8,
}
