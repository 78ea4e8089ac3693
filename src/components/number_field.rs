//! A labelled whole-number field that keeps what the person typed while they type it, reports
//! an out-of-range or malformed value in words, and only passes on values that are valid (the
//! last valid one is kept).

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: i32,
    pub min: i32,
    pub max: i32,
    pub on_valid: Callback<i32>,
    /// Extra words under the field, such as "17 months in level".
    #[prop_or_default]
    pub hint: Option<AttrValue>,
}

#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let text = use_state(|| props.value.to_string());
    let (min, max) = (props.min, props.max);
    let valid = |t: &str| {
        t.trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (min..=max).contains(n))
    };
    let error = valid(&text)
        .is_none()
        .then(|| format!("Enter a whole number from {min} to {max}."));
    let oninput = {
        let (text, on_valid) = (text.clone(), props.on_valid.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            if let Some(n) = raw
                .trim()
                .parse::<i32>()
                .ok()
                .filter(|n| (min..=max).contains(n))
            {
                on_valid.emit(n);
            }
            text.set(raw);
        })
    };
    let status_id = format!("{}-status", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="number" inputmode="numeric" min={min.to_string()} max={max.to_string()}
                value={(*text).clone()} {oninput} aria-invalid={error.is_some().then_some("true")}
                aria-describedby={status_id.clone()} />
            <p id={status_id} class="hint" aria-live="polite">
                if let Some(error) = error {
                    <span class="error">{ error }</span>
                } else if let Some(hint) = &props.hint {
                    { hint.clone() }
                }
            </p>
        </div>
    }
}
