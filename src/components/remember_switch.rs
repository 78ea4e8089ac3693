//! "Remember on this device": a switch, off by default, that keeps the assessment in this
//! browser's local storage so it outlives the tab; and "Forget everything on this device",
//! which asks first, then removes every key Ladder wrote.

use crate::hooks::SaveStatus;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[component]
pub fn RememberSwitch() -> Html {
    let Some(status) = use_context::<SaveStatus>() else {
        return html! {};
    };
    let asking = use_state(|| false);
    let done = use_state(|| false);
    let on_switch = {
        let (set, done) = (status.set_remembering.clone(), done.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let wanted = input.checked();
            // The switch shows what is true, not what was asked: it moves back until the
            // change has held (a full storage refuses it, and the notice says so).
            input.set_checked(!wanted);
            done.set(false);
            set.emit(wanted);
        })
    };
    let ask = {
        let (asking, done) = (asking.clone(), done.clone());
        Callback::from(move |_: MouseEvent| {
            done.set(false);
            asking.set(true);
        })
    };
    let keep = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(false))
    };
    let forget = {
        let (asking, done, forget) = (
            asking.clone(),
            done.clone(),
            status.forget_everything.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            forget.emit(());
            asking.set(false);
            done.set(true);
        })
    };
    html! {
        <section class="remember" aria-labelledby="remember-heading" data-testid="remember">
            <h2 id="remember-heading" class="visually-hidden">{ t!("remember-heading") }</h2>
            <div class="check">
                <input id="remember" type="checkbox" role="switch" checked={status.remembering} onchange={on_switch}
                    aria-describedby="remember-hint" />
                <label for="remember">{ t!("remember-label") }</label>
            </div>
            <p id="remember-hint" class="hint">{ if status.remembering {
                t!("remember-hint-on")
            } else {
                t!("remember-hint-off")
            } }</p>
            if *asking {
                <p class="confirm" role="group" aria-label={t!("remember-forget-group")}>
                    <span role="status">{ t!("remember-forget-confirm") }</span>
                    <button type="button" onclick={forget}>{ t!("remember-forget-yes") }</button>
                    <button type="button" class="link-button" onclick={keep}>{ t!("remember-forget-keep") }</button>
                </p>
            } else {
                <button type="button" class="link-button" onclick={ask}>{ t!("remember-forget") }</button>
            }
            if *done {
                <p role="status" data-testid="forgotten">{ t!("remember-forgotten") }</p>
            }
        </section>
    }
}
