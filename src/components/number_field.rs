//! A labelled whole-number field that keeps what the person typed while they type it, reports
//! an out-of-range or malformed value in words, and only passes on values that are valid. When
//! the person leaves the field with an invalid value, it shows the kept value again and says so,
//! so the field never shows a number other than the one saved.

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
    // Set when an invalid entry was put back to the kept value, to say why.
    let reverted = use_state(|| None::<String>);
    let (min, max) = (props.min, props.max);
    let valid = |t: &str| {
        t.trim()
            .parse::<i32>()
            .ok()
            .filter(|n| (min..=max).contains(n))
    };
    let error = valid(&text).is_none().then(|| {
        t!(
            "number-field-invalid",
            min = min,
            max = max,
            value = props.value
        )
    });
    let oninput = {
        let (text, on_valid, reverted) = (text.clone(), props.on_valid.clone(), reverted.clone());
        Callback::from(move |e: InputEvent| {
            reverted.set(None);
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
    let onchange = {
        let (text, reverted, kept) = (text.clone(), reverted.clone(), props.value);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let raw = input.value();
            let ok = raw
                .trim()
                .parse::<i32>()
                .ok()
                .is_some_and(|n| (min..=max).contains(&n));
            if ok {
                reverted.set(None);
            } else {
                let shown: String = raw.chars().take(12).collect();
                reverted.set(Some(t!(
                    "number-field-reverted",
                    typed = shown,
                    min = min,
                    max = max,
                    value = kept
                )));
                input.set_value(&kept.to_string());
                text.set(kept.to_string());
            }
        })
    };
    let status_id = format!("{}-status", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="number" inputmode="numeric" min={min.to_string()} max={max.to_string()}
                value={(*text).clone()} {oninput} {onchange} aria-invalid={error.is_some().then_some("true")}
                aria-describedby={status_id.clone()} />
            <p id={status_id} class="hint" aria-live="polite">
                if let Some(error) = error {
                    <span class="error">{ error }</span>
                } else if let Some(note) = &*reverted {
                    <span class="error">{ note.clone() }</span>
                } else if let Some(hint) = &props.hint {
                    { hint.clone() }
                }
            </p>
        </div>
    }
}
