//! Answers kept in the tab's session storage, so a reload loses nothing and closing the tab
//! forgets everything. Read once at start-up in the app shell; written in an effect whenever
//! the assessment changes, and every write is checked.
//!
//! Nothing is ever lost silently: saved text that cannot be read is copied to a key of its own
//! (`ladder.assessment.unreadable`, then `.2`, `.3`, … so an earlier copy is never overwritten)
//! before it is removed; if even the copy fails, the text stays where it is and saving pauses
//! until the person has downloaded or discarded it. A write the browser refuses is reported
//! with the answers offered as a download.

use ladder_core::storage::{decode, encode, LeftOut, Restored, StorageError};
use ladder_core::{Assessment, Framework};
use std::rc::Rc;

pub const KEY: &str = "ladder.assessment";
pub const UNREADABLE_KEY: &str = "ladder.assessment.unreadable";

/// Where unreadable saved text was kept.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    /// Copied to this key and removed from the answers key.
    At(String),
    /// The copy failed (storage full), so it stays under the answers key and saving is paused.
    InPlace,
}

/// What start-up found in session storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedAnswers {
    Nothing,
    Restored(Restored),
    Unreadable {
        error: StorageError,
        kept: Kept,
        raw: Rc<str>,
    },
}

/// What start-up found, as the views tell it (worded by `words::saved_notice`).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum SavedNotice {
    #[default]
    Nothing,
    /// Answers the person had entered were restored, except these, which the framework no
    /// longer has.
    Restored { left_out: Vec<LeftOut> },
    /// The saved text could not be read; `raw` is offered as a download.
    Unreadable {
        error: StorageError,
        kept: Kept,
        raw: Rc<str>,
    },
}

impl SavedAnswers {
    pub fn notice(&self) -> SavedNotice {
        match self {
            // Levels and dates alone are not worth announcing: a fresh tab says nothing.
            SavedAnswers::Restored(r) if r.assessment.has_answers() => SavedNotice::Restored {
                left_out: r.left_out.clone(),
            },
            SavedAnswers::Nothing | SavedAnswers::Restored(_) => SavedNotice::Nothing,
            SavedAnswers::Unreadable { error, kept, raw } => SavedNotice::Unreadable {
                error: error.clone(),
                kept: kept.clone(),
                raw: raw.clone(),
            },
        }
    }

    /// Whether saving must wait: unreadable text still sits under the answers key.
    pub fn blocks_saving(&self) -> bool {
        matches!(
            self,
            SavedAnswers::Unreadable {
                kept: Kept::InPlace,
                ..
            }
        )
    }
}

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveFailure {
    /// The browser offers no session storage (a privacy setting, or a sandboxed frame).
    NoStorage,
    /// The browser refused the write, usually because storage is full.
    Refused,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

pub fn read_saved(framework: &Framework) -> SavedAnswers {
    let Some(storage) = storage() else {
        return SavedAnswers::Nothing;
    };
    let Some(text) = storage.get_item(KEY).ok().flatten() else {
        return SavedAnswers::Nothing;
    };
    match decode(framework, &text) {
        Ok(restored) => SavedAnswers::Restored(restored),
        Err(error) => {
            let kept = keep_aside(&storage, &text);
            SavedAnswers::Unreadable {
                error,
                kept,
                raw: text.into(),
            }
        }
    }
}

/// Copies unreadable text to the first free unreadable key, then removes the original; leaves
/// the original alone if the copy cannot be written.
fn keep_aside(storage: &web_sys::Storage, text: &str) -> Kept {
    let free = (1..=100)
        .map(|n| match n {
            1 => UNREADABLE_KEY.to_string(),
            n => format!("{UNREADABLE_KEY}.{n}"),
        })
        .find(|key| matches!(storage.get_item(key), Ok(None)));
    let Some(key) = free else {
        return Kept::InPlace;
    };
    if storage.set_item(&key, text).is_err() {
        // Whatever part was written is not a faithful copy.
        let _ = storage.remove_item(&key);
        return Kept::InPlace;
    }
    // If the original cannot be removed, the next save replaces it: the copy is safe.
    let _ = storage.remove_item(KEY);
    Kept::At(key)
}

pub fn save(assessment: &Assessment) -> Result<(), SaveFailure> {
    let storage = storage().ok_or(SaveFailure::NoStorage)?;
    storage
        .set_item(KEY, &encode(assessment))
        .map_err(|_| SaveFailure::Refused)
}

/// Removes unreadable text left under the answers key, once the person chose to discard it.
pub fn discard_unreadable() -> Result<(), SaveFailure> {
    let storage = storage().ok_or(SaveFailure::NoStorage)?;
    storage.remove_item(KEY).map_err(|_| SaveFailure::Refused)
}
