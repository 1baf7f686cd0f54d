//! A file opened by picker or by dropping it on the zone around the picker: for "Use another
//! dataset" and "Check a list". Only the first file counts; the picker is emptied after each
//! choice, so that choosing the same file again opens it again.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The id of the file input (its label points at it).
    pub id: AttrValue,
    pub label: AttrValue,
    /// The `accept` list of the picker.
    pub accept: AttrValue,
    /// What the zone says below the picker.
    pub help: AttrValue,
    pub on_file: Callback<web_sys::File>,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn FileDrop(props: &Props) -> Html {
    let dragging = use_state(|| false);
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let (dragging, on_file) = (dragging.clone(), props.on_file.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|dt| dt.files())
                .and_then(|f| f.get(0))
            {
                on_file.emit(file);
            }
        })
    };
    html! {
        <div class="drop-zone" data-dragging={dragging.then_some("")} {ondragover} {ondragleave} {ondrop}>
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="file" accept={props.accept.clone()} {onchange} />
            <p class="help">{ props.help.clone() }</p>
            { props.children.clone() }
        </div>
    }
}
