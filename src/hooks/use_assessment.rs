//! The self-assessment shared by its views: one reducer over the core's `Assessment`, provided
//! once, read and changed through `use_assessment()`. The reducer only calls `apply`; it does no
//! I/O of its own.

use super::saved_answers::{
    discard_unreadable, forget_everything, leave_tab, new_writer, read_at, read_text, remember_off,
    remember_on, revision_of, save, stored_revision, Found, Place, SaveFailure, KEY, REMEMBER_KEY,
};
use gloo_events::EventListener;
use ladder_core::assessment::Changes;
use ladder_core::storage::Revision;
use ladder_core::{Action, Assessment, Framework, YearMonth};
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

/// Whether the latest answers are kept where this tab keeps them.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveState {
    /// Nothing changed since the page loaded, or the last change was written.
    Kept,
    /// The last change could not be written (the browser refused it, usually for lack of
    /// room): what is on screen and not kept is `SaveStatus::not_kept`.
    Failed,
    /// Unreadable saved text still sits where answers are written; nothing is written until
    /// the person discards it.
    Paused,
    /// Another tab wrote (or removed) the answers since this tab last read or wrote them.
    /// Nothing is written until the person chooses: take theirs, or keep this tab's.
    Stale {
        /// What is stored now, when it reads (`None`: removed, or unreadable).
        theirs: Option<Rc<Assessment>>,
    },
}

/// What another tab did, or start-up repaired, that the person is told about.
#[derive(Debug, Clone, PartialEq)]
pub enum News {
    /// Another tab changed the remembered answers; this tab shows them now.
    TookOther,
    /// Another tab forgot everything on this device; this tab forgot too.
    ForgottenElsewhere,
    /// Another tab turned remembering on; this tab had no answers and shows the remembered ones.
    RememberedElsewhere,
    /// Another tab turned remembering on while this tab has answers of its own: they stay in
    /// this tab until the person chooses.
    RememberedElsewhereAsk,
    /// Another tab turned remembering off; this tab keeps its answers in the tab now.
    UnrememberedElsewhere,
    /// Turning remembering on (`true`) or off did not happen: the browser refused the write.
    SwitchFailed { on: bool },
    /// The remember flag held this (clipped) instead of "on"; it was taken as on.
    OddFlag(String),
}

/// The save state, what the person can do about it, and the switches.
#[derive(Clone, PartialEq)]
pub struct SaveStatus {
    pub state: SaveState,
    /// What the page shows that is not kept (when the state is `Failed` or `Stale`).
    pub not_kept: Changes,
    pub discard_unreadable: Callback<()>,
    /// Whether answers are remembered on this device (local storage) rather than in the tab.
    pub remembering: bool,
    pub set_remembering: Callback<bool>,
    /// Removes every key Ladder wrote and starts afresh; nothing is written until the next
    /// change the person makes.
    pub forget_everything: Callback<()>,
    /// After `Stale`, or `News::RememberedElsewhereAsk`: show the stored answers here.
    pub use_theirs: Callback<()>,
    /// After `Stale`: write this tab's answers over the stored ones; after
    /// `News::RememberedElsewhereAsk`: keep them in this tab.
    pub keep_mine: Callback<()>,
    pub news: Option<News>,
    pub dismiss_news: Callback<()>,
}

/// What this tab knows of where its answers are kept: the place, the revision it last read or
/// wrote there, and the assessment as it was then. Compared with the one on screen, it says
/// whether there is anything to write (so a reset that changes nothing is never written, and
/// never swallows a later save).
struct Keeper {
    framework: Rc<Framework>,
    writer: String,
    place: Place,
    seen: Option<Revision>,
    kept: Assessment,
}

impl Keeper {
    /// A write of `assessment` where this tab keeps its answers, recorded when it holds.
    fn save(&mut self, assessment: &Assessment) -> Result<(), SaveFailure> {
        let written = save(
            &self.framework,
            self.place,
            self.seen.as_ref(),
            &self.writer,
            assessment,
        )?;
        self.seen = Some(written);
        self.kept = assessment.clone();
        Ok(())
    }

    /// Takes what is stored at this tab's place as what it last read: `theirs` is on screen next.
    fn adopt(&mut self, theirs: Assessment, seen: Option<Revision>) {
        self.kept = theirs;
        self.seen = seen;
    }

    /// Takes whatever is stored at this tab's place now (a fresh assessment from `since` when
    /// nothing readable is) and returns it, for the screen to show next.
    fn adopt_stored(&mut self, since: YearMonth) -> Assessment {
        let (theirs, seen) = match read_at(&self.framework, self.place) {
            Some((theirs, revision)) => (theirs, Some(revision)),
            None => (Assessment::new(&self.framework, since), None),
        };
        self.adopt(theirs.clone(), seen);
        theirs
    }
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
    /// Where start-up found this tab's answers, and what it noticed (read once, at the edge).
    #[prop_or_default]
    pub found: Found,
    pub children: Html,
}

impl PartialEq for AssessmentProviderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
            && self.initial == other.initial
            && self.paused == other.paused
            && self.found == other.found
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
    let keeper = {
        let (framework, found, initial) = (
            props.framework.clone(),
            props.found.clone(),
            props.initial.clone(),
        );
        use_mut_ref(move || Keeper {
            framework,
            writer: new_writer(),
            place: found.place,
            seen: found.seen,
            kept: initial,
        })
    };
    // The outline is replaced by the whole framework once its details arrive.
    {
        let (state, keeper) = (state.clone(), keeper.clone());
        use_effect_with(SameFramework(props.framework.clone()), move |framework| {
            keeper.borrow_mut().framework = framework.0.clone();
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
    let remember = use_state(|| props.found.place == Place::Device);
    let news = use_state(|| props.found.odd_flag.clone().map(News::OddFlag));
    // What a failed or refused write leaves on screen only.
    let outcome = {
        let save_state = save_state.clone();
        move |result: Result<(), SaveFailure>| {
            save_state.set(match result {
                Ok(()) => SaveState::Kept,
                Err(SaveFailure::Stale { theirs, .. }) => SaveState::Stale {
                    theirs: theirs.map(|t| Rc::new(*t)),
                },
                Err(SaveFailure::NoStorage | SaveFailure::Refused) => SaveState::Failed,
            })
        }
    };
    // Storage writes happen here, after a change is on screen, never inside the reducer, and
    // only when what is on screen differs from what this tab last read or wrote.
    {
        let (keeper, outcome) = (keeper.clone(), outcome.clone());
        let waiting = matches!(*save_state, SaveState::Paused | SaveState::Stale { .. });
        use_effect_with(state.assessment.clone(), move |assessment| {
            let mut keeper = keeper.borrow_mut();
            if !waiting && *assessment != keeper.kept {
                outcome(keeper.save(assessment));
            }
        });
    }
    let replace = {
        let state = state.clone();
        move |assessment: Assessment| {
            state.dispatch(Change::Apply(Action::Replace(Box::new(assessment))))
        }
    };
    let discard_unreadable = {
        let (keeper, outcome, assessment) =
            (keeper.clone(), outcome.clone(), state.assessment.clone());
        Callback::from(move |()| {
            let mut keeper = keeper.borrow_mut();
            let result = discard_unreadable(keeper.place).and_then(|()| {
                keeper.seen = None;
                keeper.save(&assessment)
            });
            outcome(result);
        })
    };
    let set_remember = {
        let (keeper, remember, news, outcome, assessment) = (
            keeper.clone(),
            remember.clone(),
            news.clone(),
            outcome.clone(),
            state.assessment.clone(),
        );
        Callback::from(move |on: bool| {
            let mut keeper = keeper.borrow_mut();
            let k = &mut *keeper;
            let result = if on {
                remember_on(&k.framework, None, &k.writer, &assessment)
            } else {
                remember_off(&k.framework, k.seen.as_ref(), &k.writer, &assessment)
            };
            match result {
                Ok(written) => {
                    k.place = if on { Place::Device } else { Place::Tab };
                    k.seen = Some(written);
                    k.kept = assessment.clone();
                    remember.set(on);
                    news.set(None);
                    outcome(Ok(()));
                }
                Err(stale @ SaveFailure::Stale { .. }) => {
                    // The device holds other answers: this tab moves there and the person
                    // chooses whose to keep.
                    if let SaveFailure::Stale { revision, .. } = &stale {
                        k.place = Place::Device;
                        k.seen = if on { None } else { revision.clone() };
                    }
                    remember.set(true);
                    outcome(Err(stale));
                }
                Err(_) => news.set(Some(News::SwitchFailed { on })),
            }
        })
    };
    let forget = {
        let (keeper, remember, save_state, news, replace, since) = (
            keeper.clone(),
            remember.clone(),
            save_state.clone(),
            news.clone(),
            replace.clone(),
            state.assessment.in_level_since,
        );
        Callback::from(move |()| {
            let result = forget_everything();
            let mut keeper = keeper.borrow_mut();
            let fresh = Assessment::new(&keeper.framework, since);
            keeper.place = Place::Tab;
            keeper.adopt(fresh.clone(), None);
            replace(fresh);
            remember.set(false);
            news.set(None);
            save_state.set(match result {
                Ok(()) => SaveState::Kept,
                Err(_) => SaveState::Failed,
            });
        })
    };
    // Whose answers to keep, after another tab wrote: theirs (shown here), or this tab's.
    let use_theirs = {
        let (keeper, remember, save_state, news, replace, since) = (
            keeper.clone(),
            remember.clone(),
            save_state.clone(),
            news.clone(),
            replace.clone(),
            state.assessment.in_level_since,
        );
        Callback::from(move |()| {
            let mut keeper = keeper.borrow_mut();
            if *news == Some(News::RememberedElsewhereAsk) {
                keeper.place = Place::Device;
                remember.set(true);
            }
            let theirs = keeper.adopt_stored(since);
            if keeper.place == Place::Device {
                leave_tab();
            }
            replace(theirs);
            news.set(Some(News::TookOther));
            save_state.set(SaveState::Kept);
        })
    };
    let keep_mine = {
        let (keeper, news, outcome, assessment) = (
            keeper.clone(),
            news.clone(),
            outcome.clone(),
            state.assessment.clone(),
        );
        Callback::from(move |()| {
            let mut keeper = keeper.borrow_mut();
            if *news == Some(News::RememberedElsewhereAsk) {
                news.set(None);
                return;
            }
            // Written over whatever is stored now: the person chose this tab's answers.
            keeper.seen = stored_revision(keeper.place);
            let result = keeper.save(&assessment);
            if result.is_ok() && keeper.place == Place::Device {
                leave_tab();
            }
            outcome(result);
        })
    };
    // Another tab wrote, removed, or switched remembering: this tab follows, or asks.
    {
        let (keeper, remember, save_state, news, replace) = (
            keeper.clone(),
            remember.clone(),
            save_state.clone(),
            news.clone(),
            replace.clone(),
        );
        let assessment = state.assessment.clone();
        let current_state = (*save_state).clone();
        let current_news = (*news).clone();
        use_effect_with(
            (
                assessment.clone(),
                current_state.clone(),
                current_news.clone(),
            ),
            move |_| {
                let listener = web_sys::window().map(|window| {
                    EventListener::new(&window, "storage", move |event| {
                        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                            return;
                        };
                        let mut keeper = keeper.borrow_mut();
                        let k = &mut *keeper;
                        let new_value = event.new_value();
                        match event.key().as_deref() {
                            Some(KEY) if k.place == Place::Device => {
                                let revision = new_value.as_deref().map(revision_of);
                                if revision == k.seen {
                                    return;
                                }
                                let theirs = new_value
                                    .as_deref()
                                    .and_then(|text| read_text(&k.framework, text));
                                let unsaved = assessment != k.kept
                                    || matches!(current_state, SaveState::Stale { .. });
                                match (new_value, theirs) {
                                    (Some(_), Some(theirs)) if !unsaved => {
                                        k.adopt(theirs.clone(), revision);
                                        replace(theirs);
                                        news.set(Some(News::TookOther));
                                    }
                                    (None, _) if !unsaved => {
                                        let fresh = Assessment::new(
                                            &k.framework,
                                            assessment.in_level_since,
                                        );
                                        k.adopt(fresh.clone(), None);
                                        replace(fresh);
                                        news.set(Some(News::ForgottenElsewhere));
                                    }
                                    (_, theirs) => save_state.set(SaveState::Stale {
                                        theirs: theirs.map(Rc::new),
                                    }),
                                }
                            }
                            Some(REMEMBER_KEY) => match (new_value, k.place) {
                                (Some(_), Place::Tab) if !assessment.has_answers() => {
                                    k.place = Place::Device;
                                    let theirs = k.adopt_stored(assessment.in_level_since);
                                    leave_tab();
                                    replace(theirs);
                                    remember.set(true);
                                    news.set(Some(News::RememberedElsewhere));
                                }
                                (Some(_), Place::Tab) => {
                                    news.set(Some(News::RememberedElsewhereAsk))
                                }
                                (None, Place::Device) => {
                                    k.place = Place::Tab;
                                    k.seen = stored_revision(Place::Tab);
                                    remember.set(false);
                                    if current_news == Some(News::ForgottenElsewhere) {
                                        return;
                                    }
                                    news.set(Some(News::UnrememberedElsewhere));
                                    if k.save(&assessment).is_err() {
                                        save_state.set(SaveState::Failed);
                                    }
                                }
                                _ => {}
                            },
                            _ => {}
                        }
                    })
                });
                move || drop(listener)
            },
        );
    }
    let not_kept = state.assessment.changes_since(&keeper.borrow().kept);
    let status = SaveStatus {
        state: (*save_state).clone(),
        not_kept,
        discard_unreadable,
        remembering: *remember,
        set_remembering: set_remember,
        forget_everything: forget,
        use_theirs,
        keep_mine,
        news: (*news).clone(),
        dismiss_news: {
            let news = news.clone();
            Callback::from(move |()| news.set(None))
        },
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
