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

/// What a paste carries: its text, and whether the browser had to repair it. A JS string
/// may hold unpaired UTF-16 surrogates, which are not text and cannot be kept as such:
/// turned into a Rust string each becomes U+FFFD, and the author must be told.
pub struct Pasted {
    pub text: String,
    pub repaired: bool,
}

/// The plain text a paste carries, and its text/html reduced to text when it has no
/// plain text (what a rich editor may put on the clipboard). The clipboard's data and the
/// HTML parser have no gloo API: web-sys.
pub fn pasted(ev: &web_sys::ClipboardEvent) -> Option<Pasted> {
    let data = ev.clipboard_data()?;
    let plain = data_of(&data, "text/plain");
    if plain.as_ref().is_some_and(|p| p.length() > 0) {
        return plain.map(into_pasted);
    }
    let html = data.get_data("text/html").ok().filter(|h| !h.is_empty())?;
    // A parsed document never runs scripts or loads anything; only its text is kept.
    let parser = web_sys::DomParser::new().ok()?;
    let doc = parser
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .ok()?;
    let text = doc.body().and_then(|b| b.text_content())?;
    Some(into_pasted(js_sys::JsString::from(text)))
}

/// `DataTransfer.getData(kind)` as the JS string it is (web-sys's `get_data` converts it,
/// repairing it silently).
fn data_of(data: &web_sys::DataTransfer, kind: &str) -> Option<js_sys::JsString> {
    use wasm_bindgen::JsCast;
    let get = js_sys::Reflect::get(data, &"getData".into()).ok()?;
    let get: js_sys::Function = get.dyn_into().ok()?;
    get.call1(data, &kind.into()).ok()?.dyn_into().ok()
}

fn into_pasted(text: js_sys::JsString) -> Pasted {
    Pasted {
        repaired: !text.is_valid_utf16(),
        text: String::from(text),
    }
}
