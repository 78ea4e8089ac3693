//! Why something a person opened cannot be used, worded from the core's error data through the
//! page's catalogue (the core's own `Display` is English, for logs and tests).

use ladder_core::clip;
use ladder_core::share::{ShareError, MAX_LINK_CHARS};

/// Why a shared link cannot be read, as the clause a sentence such as "The link cannot be read:
/// { $reason }." takes: "it was cut short or changed on the way: …".
pub fn share_error(e: &ShareError) -> String {
    match e {
        ShareError::TooLong { chars } => {
            t!(
                "share-error-too-long",
                chars = *chars,
                most = MAX_LINK_CHARS
            )
        }
        ShareError::UnknownKind { found } => t!("share-error-unknown-kind", found = clip(found)),
        ShareError::Damaged => t!("share-error-damaged"),
        ShareError::Malformed { field } => {
            let field = match *field {
                "header" => "header",
                "framework" => "framework",
                "framework version" => "framework-version",
                "date" => "date",
                "start month" => "start-month",
                "criteria" => "criteria",
                "answers" => "answers",
                "role" => "role",
                "note" => "note",
                _ => "other",
            };
            t!("share-error-malformed", field = field)
        }
        ShareError::UnknownLevel { id } => t!("share-error-unknown-level", id = clip(id)),
        ShareError::Repeated { field, id } => {
            let field = match *field {
                "statement" => "statement",
                "the group of statements" => "group",
                "criteria question" => "criteria-question",
                "dimension" => "dimension",
                _ => "other",
            };
            t!("share-error-repeated", field = field, id = clip(id))
        }
        ShareError::TooManyAnswers { count, most } => {
            t!("share-error-too-many-answers", count = *count, most = *most)
        }
    }
}
