//! The self-assessment shared by its views: one reducer over the core's `Assessment`, provided
//! once, read and changed through `use_assessment()`. The reducer only calls `apply`; it does no
//! I/O of its own.

use super::saved_answers::save;
use ladder_core::{Action, Assessment, Framework};
use std::rc::Rc;
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

impl Reducible for AssessmentState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.assessment.apply(&next.framework, action);
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
        self.0.dispatch(action);
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

#[derive(Properties)]
pub struct AssessmentProviderProps {
    pub framework: Rc<Framework>,
    pub initial: Assessment,
    pub children: Html,
}

impl PartialEq for AssessmentProviderProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.framework, &other.framework)
            && self.initial == other.initial
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
    // Storage writes happen here, after a change is on screen, never inside the reducer.
    use_effect_with(state.assessment.clone(), save);
    html! {
        <ContextProvider<AssessmentHandle> context={AssessmentHandle(state)}>
            { props.children.clone() }
        </ContextProvider<AssessmentHandle>>
    }
}

/// The assessment every self-assessment view works on.
#[hook]
pub fn use_assessment() -> AssessmentHandle {
    use_context::<AssessmentHandle>()
        .expect("assessment views are rendered inside AssessmentProvider")
}
