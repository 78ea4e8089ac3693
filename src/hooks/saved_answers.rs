//! Answers kept in the tab's session storage, so a reload loses nothing and closing the tab
//! forgets everything. Read once at start-up in the app shell; written in an effect whenever
//! the assessment changes. Saved text that cannot be read is moved aside, never overwritten.

use ladder_core::storage::{decode, encode, LeftOut, Restored, StorageError};
use ladder_core::{Assessment, Framework};

const KEY: &str = "ladder.assessment";
pub const UNREADABLE_KEY: &str = "ladder.assessment.unreadable";

/// What start-up found in session storage.
#[derive(Debug, Clone, PartialEq)]
pub enum SavedAnswers {
    Nothing,
    Restored(Restored),
    /// The saved text was kept under `UNREADABLE_KEY` and a fresh assessment started.
    Unreadable(StorageError),
}

/// What start-up found, as the views tell it (worded by `words::saved_notice`).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum SavedNotice {
    #[default]
    Nothing,
    /// Answers were restored, except these, which the framework no longer has.
    Restored { left_out: Vec<LeftOut> },
    /// The saved text could not be read; it was kept under `UNREADABLE_KEY`.
    Unreadable(StorageError),
}

impl SavedAnswers {
    pub fn notice(&self) -> SavedNotice {
        match self {
            SavedAnswers::Nothing => SavedNotice::Nothing,
            SavedAnswers::Restored(r) => SavedNotice::Restored {
                left_out: r.left_out.clone(),
            },
            SavedAnswers::Unreadable(e) => SavedNotice::Unreadable(e.clone()),
        }
    }
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
            let _ = storage.set_item(UNREADABLE_KEY, &text);
            let _ = storage.remove_item(KEY);
            SavedAnswers::Unreadable(error)
        }
    }
}

pub fn save(assessment: &Assessment) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &encode(assessment));
    }
}
