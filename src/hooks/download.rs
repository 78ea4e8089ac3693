//! Hands text to the person as a file download, made in the browser from memory: nothing is
//! uploaded. The object URL lives until the page closes (revoking it at once can cancel the
//! download); a person makes a handful at most.

use wasm_bindgen::JsCast;

/// Starts a download of `text` named `file_name`. `false` if the browser would not make one.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    let started = (|| {
        let parts = js_sys::Array::of1(&text.into());
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let anchor: web_sys::HtmlAnchorElement = web_sys::window()?
            .document()?
            .create_element("a")
            .ok()?
            .dyn_into()
            .ok()?;
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
        Some(())
    })();
    started.is_some()
}
