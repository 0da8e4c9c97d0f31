//! Files: reading one the author picked, and offering text as a download.

pub use ui::browser::download::download;

/// The bytes of a picked file, or `None` if the browser could not read it.
pub async fn read(file: &web_sys::File) -> Option<Vec<u8>> {
    let file = gloo_file::File::from(file.clone());
    gloo_file::futures::read_as_bytes(&file).await.ok()
}

/// The first file an `<input type="file">`'s change event carries.
pub fn picked(ev: &web_sys::Event) -> Option<web_sys::File> {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0);
    // Picking the same file again must fire `change` again.
    input.set_value("");
    file
}

/// The plain text a paste carries, and its text/html reduced to text when it has no
/// plain text (what a rich editor may put on the clipboard). The clipboard's data and the
/// HTML parser have no gloo API: web-sys.
pub fn pasted(ev: &web_sys::ClipboardEvent) -> Option<String> {
    let data = ev.clipboard_data()?;
    let plain = data.get_data("text/plain").unwrap_or_default();
    if !plain.is_empty() {
        return Some(plain);
    }
    let html = data.get_data("text/html").ok().filter(|h| !h.is_empty())?;
    // A parsed document never runs scripts or loads anything; only its text is kept.
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .ok()?;
    doc.body().and_then(|b| b.text_content())
}
