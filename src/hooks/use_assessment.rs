//! The self-assessment shared by its views: one reducer over the core's `Assessment`, provided
//! once, read and changed through `use_assessment()`. The reducer only calls `apply`; it does no
//! I/O of its own.

use super::saved_answers::{
    discard_unreadable, forget_everything, read_shared, remembering, save, set_remembering,
    SaveFailure, KEY,
};
use gloo_events::EventListener;
use ladder_core::{Action, Assessment, Framework};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Clone)]
pub struct AssessmentState {
    framework: Rc<Framework>,
    pub assessment: Assessment,
}

impl PartialEq for AssessmentState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework) && self.assessment == other.assessment
    }
}

/// What changes the state: an action on the assessment, or the framework it is checked
/// against (the whole framework arriving after its outline).
pub enum Change {
    Apply(Action),
    Framework(Rc<Framework>),
}

impl Reducible for AssessmentState {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Change::Apply(action) => next.assessment.apply(&next.framework, action),
            Change::Framework(framework) if Rc::ptr_eq(&framework, &self.framework) => return self,
            Change::Framework(framework) => next.framework = framework,
        }
        Rc::new(next)
    }
}

/// Read the assessment and change it by dispatching the core's `Action`s.
#[derive(Clone, PartialEq)]
pub struct AssessmentHandle(UseReducerHandle<AssessmentState>);

impl AssessmentHandle {
    pub fn assessment(&self) -> &Assessment {
        &self.0.assessment
    }

    pub fn dispatch(&self, action: Action) {
        self.0.dispatch(Change::Apply(action));
    }

    /// A callback that turns an event value into an action.
    pub fn callback<T: 'static>(
        &self,
        to_action: impl Fn(T) -> Option<Action> + 'static,
    ) -> Callback<T> {
        let handle = self.clone();
        Callback::from(move |value: T| {
            if let Some(action) = to_action(value) {
                handle.dispatch(action);
            }
        })
    }
}

/// What the last opened file brought, for the report to list: when it was saved, against which
/// framework version, and how its answers matched this framework.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedSummary {
    pub file_name: String,
    pub saved_on: ladder_core::NaiveDate,
    pub made_against: String,
    pub new_statements: Vec<ladder_core::StatementId>,
    pub no_longer_apply: Vec<String>,
}

/// The last opened file's summary, and a way to set it.
#[derive(Clone, PartialEq)]
pub struct OpenedFile {
    pub summary: Option<Rc<OpenedSummary>>,
    pub set: Callback<Option<OpenedSummary>>,
}

/// Whether the latest answers are kept in the tab's storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed since the page loaded, or the last change was written.
    Kept,
    /// The last change could not be written.
    Failed,
    /// Unreadable saved text still sits where answers are written; nothing is written until
    /// the person discards it.
    Paused,
}

impl SaveState {
    /// What a write's outcome means for the person: kept, or not kept (and said so).
    fn after(outcome: Result<(), SaveFailure>) -> Self {
        match outcome {
            Ok(()) => SaveState::Kept,
            Err(_) => SaveState::Failed,
        }
    }
}

/// The save state, and a way to discard unreadable text so that saving resumes.
#[derive(Clone, PartialEq)]
pub struct SaveStatus {
    pub state: SaveState,
    pub discard_unreadable: Callback<()>,
    /// Whether answers are remembered on this device (local storage) rather than in the tab.
    pub remembering: bool,
    pub set_remembering: Callback<bool>,
    /// Removes every key Ladder wrote and starts afresh; nothing is written until the next
    /// change the person makes.
    pub forget_everything: Callback<()>,
}

/// A framework compared by identity, as effect dependencies are.
#[derive(Clone)]
struct SameFramework(Rc<Framework>);

impl PartialEq for SameFramework {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties)]
pub struct AssessmentProviderProps {
    pub framework: Rc<Framework>,
    pub initial: Assessment,
    /// Start with saving paused (unreadable text could not be moved aside).
    #[prop_or_default]
    pub paused: bool,
    /// Whether remembering on this device was on at start-up (read once, at the edge).
    #[prop_or_default]
    pub remembering: bool,
    pub children: Html,
}

impl PartialEq for AssessmentProviderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
            && self.initial == other.initial
            && self.paused == other.paused
            && self.remembering == other.remembering
            && self.children == other.children
    }
}

#[component]
pub fn AssessmentProvider(props: &AssessmentProviderProps) -> Html {
    let state = {
        let (framework, initial) = (props.framework.clone(), props.initial.clone());
        use_reducer(move || AssessmentState {
            framework,
            assessment: initial,
        })
    };
    // The outline is replaced by the whole framework once its details arrive.
    {
        let state = state.clone();
        use_effect_with(SameFramework(props.framework.clone()), move |framework| {
            state.dispatch(Change::Framework(framework.0.clone()));
        });
    }
    let paused = props.paused;
    let save_state = use_state(move || {
        if paused {
            SaveState::Paused
        } else {
            SaveState::Kept
        }
    });
    // Storage writes happen here, after a change is on screen, never inside the reducer. The
    // first run is the page load: what is on screen came from storage or is untouched, so
    // nothing is written (a fresh tab must not later claim to restore answers).
    let loaded = use_mut_ref(|| false);
    // Set after "Forget everything", so the reset it causes is not written straight back.
    let skip_next = use_mut_ref(|| false);
    {
        let (save_state, skip_next) = (save_state.clone(), skip_next.clone());
        use_effect_with(
            (state.assessment.clone(), *save_state == SaveState::Paused),
            move |(assessment, paused)| {
                let first = !std::mem::replace(&mut *loaded.borrow_mut(), true);
                let skip = std::mem::replace(&mut *skip_next.borrow_mut(), false);
                if !first && !skip && !*paused {
                    save_state.set(SaveState::after(save(assessment)));
                }
            },
        );
    }
    let discard_unreadable = {
        let (save_state, assessment) = (save_state.clone(), state.assessment.clone());
        Callback::from(move |()| {
            let outcome = discard_unreadable().and_then(|()| save(&assessment));
            save_state.set(SaveState::after(outcome));
        })
    };
    let remember = use_state(|| props.remembering);
    let set_remember = {
        let (remember, save_state, assessment) = (
            remember.clone(),
            save_state.clone(),
            state.assessment.clone(),
        );
        Callback::from(move |on: bool| {
            let outcome = set_remembering(on, &assessment);
            remember.set(remembering());
            save_state.set(SaveState::after(outcome));
        })
    };
    let forget = {
        let (remember, save_state, state, framework) = (
            remember.clone(),
            save_state.clone(),
            state.clone(),
            props.framework.clone(),
        );
        Callback::from(move |()| {
            let outcome = forget_everything();
            *skip_next.borrow_mut() = true;
            let since = state.assessment.in_level_since;
            state.dispatch(Change::Apply(Action::Replace(Box::new(Assessment::new(
                &framework, since,
            )))));
            remember.set(remembering());
            save_state.set(SaveState::after(outcome));
        })
    };
    // With remembering on, every tab shares the answers: a change written by another tab
    // arrives as a storage event and replaces what this one shows, so they never drift apart.
    {
        let (state, framework) = (state.clone(), props.framework.clone());
        use_effect_with(*remember, move |on| {
            let listener = (*on).then(web_sys::window).flatten().map(|window| {
                EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(KEY) {
                        return;
                    }
                    let shared = event
                        .new_value()
                        .and_then(|text| read_shared(&framework, &text));
                    if let Some(shared) = shared {
                        state.dispatch(Change::Apply(Action::Replace(Box::new(shared))));
                    }
                })
            });
            move || drop(listener)
        });
    }
    let status = SaveStatus {
        state: *save_state,
        discard_unreadable,
        remembering: *remember,
        set_remembering: set_remember,
        forget_everything: forget,
    };
    let opened = use_state(|| None::<Rc<OpenedSummary>>);
    let opened_file = OpenedFile {
        summary: (*opened).clone(),
        set: {
            let opened = opened.clone();
            Callback::from(move |summary: Option<OpenedSummary>| opened.set(summary.map(Rc::new)))
        },
    };
    html! {
        <ContextProvider<SaveStatus> context={status}>
            <ContextProvider<OpenedFile> context={opened_file}>
                <ContextProvider<AssessmentHandle> context={AssessmentHandle(state)}>
                    { props.children.clone() }
                </ContextProvider<AssessmentHandle>>
            </ContextProvider<OpenedFile>>
        </ContextProvider<SaveStatus>>
    }
}

/// The assessment every self-assessment view works on.
#[hook]
pub fn use_assessment() -> AssessmentHandle {
    use_context::<AssessmentHandle>()
        .expect("assessment views are rendered inside AssessmentProvider")
}
