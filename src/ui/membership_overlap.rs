//! Which Tech Accord signatories also appear in another framework's member lists, where the data
//! has such lists (the Charter of Trust's), with counts and names. Matched by name or alias.

use yew::prelude::*;

use super::context::Ctx;
use super::link::link;
use crate::state::View;

pub fn membership_overlap(ctx: &Ctx) -> Html {
    let d = &ctx.dataset;
    let rows = d.frameworks.iter().filter(|f| !f.member_lists.is_empty()).map(|f| {
        let both: Vec<_> = d.signatories.iter().filter(|s| d.frameworks_of(s).iter().any(|g| g.id == f.id)).collect();
        let listed: usize = f.member_lists.iter().map(|l| l.names.len()).sum();
        html! {
            <tr>
                <th scope="row">{ f.name.to_string() }</th>
                <td>{ listed }</td>
                <td>{ both.len() }</td>
                <td>
                    { for both.iter().enumerate().map(|(k, s)| html! {
                        <>
                            if k > 0 { { ", " } }
                            { link(ctx, &ctx.state.link_to(View::Signatory(s.id.to_string())), "", html! { s.name.to_string() }) }
                        </>
                    }) }
                </td>
            </tr>
        }
    });
    html! {
        <section aria-labelledby="overlap">
            <h2 id="overlap">{ "Membership overlap" }</h2>
            <p>{ "Signatories of the Tech Accord named in another framework's member lists in this dataset. The Paris Call's and the GCSC's member lists are not in the data, so they cannot be compared." }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Membership overlap, scrollable">
            <table aria-label="Membership overlap">
                <thead><tr>
                    <th scope="col">{ "Framework" }</th>
                    <th scope="col">{ "Names in its lists" }</th>
                    <th scope="col">{ "Also Tech Accord signatories" }</th>
                    <th scope="col">{ "Who" }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            </div>
        </section>
    }
}
